import type { FileFingerprint } from './file-fingerprint';

/** What main knows of the session shown in each window. */
export interface DocumentState {
  filePath: string | null;
  dirty: boolean;
  title: string;
  /** The file as last opened or saved, so Save notices when someone else changed it since. */
  fileFingerprint: FileFingerprint | null;
  /**
   * The session format of the file when an earlier Pickwise wrote it (as Open found it), until
   * it is saved in the current one: Save asks first (session-handlers.ts).
   */
  olderFormat: number | null;
}

/** Per-window document state, keyed by the window's id; the renderer never sees paths. */
export class DocumentRegistry {
  private readonly states = new Map<number, DocumentState>();

  get(windowId: number): DocumentState {
    return this.states.get(windowId) ?? { filePath: null, dirty: false, title: 'Untitled', fileFingerprint: null, olderFormat: null };
  }

  update(windowId: number, change: Partial<DocumentState>): DocumentState {
    const previous = this.get(windowId);
    const next = { ...previous, ...change };
    // A fingerprint and a format belong to one file: moving to another file without them forgets them.
    if (change.filePath !== undefined && change.filePath !== previous.filePath) {
      if (change.fileFingerprint === undefined) next.fileFingerprint = null;
      if (change.olderFormat === undefined) next.olderFormat = null;
    }
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
