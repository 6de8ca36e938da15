/** Where a window was and how, before presenting. */
interface Placement {
  fullScreen: boolean;
  maximized: boolean;
  bounds: { x: number; y: number; width: number; height: number };
}

/** The part of a BrowserWindow presentation mode needs; Electron's windows satisfy it. */
export interface PresentationWindow {
  isDestroyed(): boolean;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
  isMaximized(): boolean;
  maximize(): void;
  unmaximize(): void;
  getNormalBounds(): Placement['bounds'];
  setBounds(bounds: Placement['bounds']): void;
  once(event: 'leave-full-screen', listener: () => void): unknown;
}

/**
 * Presentation mode really goes full screen: main sets the window full screen (the page's own
 * `requestFullscreen` is refused by the app's deny-all permission handler, and needs a user
 * gesture anyway), and leaving puts the window back as it was — maximised, at its size and
 * place, or still full screen when it already was. On macOS the change finishes later
 * (docs/api/browser-window.md): the window is put back on `leave-full-screen`.
 */
export class PresentationScreen {
  private readonly before = new Map<number, Placement>();
  /** A leave waiting for its `leave-full-screen`; a new enter cancels it. */
  private readonly leaving = new Map<number, symbol>();

  constructor(private readonly windowOf: (windowId: number) => PresentationWindow | null) {}

  /** What the page asks for (setPresentationFullScreen): presenting, or back as the window was. */
  set(windowId: number, presenting: boolean): void {
    if (presenting) this.enter(windowId);
    else this.leave(windowId);
  }

  enter(windowId: number): void {
    const window = this.windowOf(windowId);
    if (!window || window.isDestroyed()) return;
    this.leaving.delete(windowId);
    // Presenting already (or leaving still under way): the window keeps its first placement.
    if (!this.before.has(windowId)) {
      this.before.set(windowId, { fullScreen: window.isFullScreen(), maximized: window.isMaximized(), bounds: window.getNormalBounds() });
    }
    window.setFullScreen(true);
  }

  leave(windowId: number): void {
    const window = this.windowOf(windowId);
    const placement = this.before.get(windowId);
    if (!window || window.isDestroyed() || !placement) return;
    if (placement.fullScreen) {
      this.before.delete(windowId); // It was full screen before presenting: it stays so.
      return;
    }
    const token = Symbol('leave');
    this.leaving.set(windowId, token);
    const putBack = () => {
      if (this.leaving.get(windowId) !== token || window.isDestroyed()) return;
      this.leaving.delete(windowId);
      this.before.delete(windowId);
      if (placement.maximized) {
        // Stryker disable next-line ConditionalExpression: maximising a maximised window leaves it maximised.
        if (!window.isMaximized()) window.maximize();
        return;
      }
      if (window.isMaximized()) window.unmaximize();
      window.setBounds(placement.bounds);
    };
    if (window.isFullScreen()) {
      window.once('leave-full-screen', putBack);
      window.setFullScreen(false);
    } else {
      window.setFullScreen(false);
      putBack();
    }
  }

  /** The window closed: nothing to put back. */
  forget(windowId: number): void {
    this.before.delete(windowId);
    this.leaving.delete(windowId);
  }
}
