/** What main knows of the session shown in each window. */
export interface DocumentState {
  filePath: string | null;
  dirty: boolean;
  title: string;
}

/** Per-window document state, keyed by the window's id; the renderer never sees paths. */
export class DocumentRegistry {
  private readonly states = new Map<number, DocumentState>();

  get(windowId: number): DocumentState {
    return this.states.get(windowId) ?? { filePath: null, dirty: false, title: 'Untitled' };
  }

  update(windowId: number, change: Partial<DocumentState>): DocumentState {
    const next = { ...this.get(windowId), ...change };
    this.states.set(windowId, next);
    return next;
  }

  /** A window with unsaved work is not closed at once: the renderer asks the facilitator first. */
  mustAskBeforeClosing(windowId: number): boolean {
    return this.get(windowId).dirty;
  }

  forget(windowId: number): void {
    this.states.delete(windowId);
  }
}
