// A stand-in for Electron's `app` and `BrowserWindow` that follows their DOCUMENTED behaviour,
// so main's services can be driven the way Electron drives them, under plain Node. What each
// part models, with where Electron documents it:
//
// docs/api/app.md
//  - `app.quit()`: "Try to close all windows. The before-quit event will be emitted first. If all
//    windows are successfully closed, the will-quit event will be emitted and by default the
//    application will terminate."
//  - `before-quit`: preventable; "Calling event.preventDefault() will prevent the default
//    behavior, which is terminating the application."
//  - every window then gets `close`; a window whose `close` is prevented stays open, and the
//    quit is over (the others were still asked to close).
//  - `will-quit`: emitted "when all windows have been closed and the application will quit";
//    preventable. Then `quit`.
//  - `window-all-closed`: "If the user pressed Cmd + Q, or the developer called app.quit(),
//    Electron will first try to close all the windows and then emit the will-quit event, and
//    in this case the window-all-closed event would not be emitted." It IS emitted when the
//    last window closes outside a quit. (The chain lists it after `close`; the docs say
//    otherwise, and the fake follows the docs.)
//  - a second `app.quit()` while a quit is closing the windows changes nothing.
//
// docs/api/browser-window.md
//  - `close()`: "Try to close the window. This has the same effect as a user manually clicking
//    the close button." Emits `close` ("Calling event.preventDefault() will cancel the close"),
//    then `closed`.
//  - `destroy()`: "Force closing the window ... close event will also not be emitted for this
//    window, but it guarantees the closed event will be emitted."
//  - `restore()` brings a minimised window back, `show()` "Shows and gives focus to the window",
//    `focus()` focuses it; `isMinimized()`, `isVisible()`, `isFocused()` report it.
//  - `setFullScreen(flag)`; "On macOS, fullscreen transitions take place asynchronously", with
//    `enter-full-screen` / `leave-full-screen` when they are done (`asyncFullScreen` models it).
//
// docs/api/web-contents.md
//  - `render-process-gone` (the page crashed or was killed), `unresponsive`, `responsive`.
//  - `send(channel, ...args)` delivers a message to the page (recorded here; `onSend` relays it).
//  - `loadURL(url)` "returns a promise ... rejects if the page fails to load"; Chromium refuses a
//    URL longer than 2,097,152 characters with ERR_INVALID_URL (-300), as Electron's own test
//    for did-fail-load shows (electron/electron#8478).

/** A preventable event, as Electron passes to its listeners. */
class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type Listener = (...args: never[]) => unknown;

/** Node's EventEmitter in miniature: listeners run in the order they were added. */
class Emitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapped = ((...args: never[]) => {
      this.off(event, wrapped);
      return listener(...args);
    }) as Listener;
    return this.on(event, wrapped);
  }

  off(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((each) => each !== listener));
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as (...all: unknown[]) => unknown)(...args);
  }
}

/** Chromium's longest URL (content/public/common/content_constants.cc, kMaxURLChars). */
export const MAX_URL_CHARS = 2 * 1024 * 1024;

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeWebContents extends Emitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  /** Called for every message sent to the page; a test's fake page listens here. */
  onSend: ((channel: string, ...args: unknown[]) => void) | null = null;
  reloads = 0;
  loadedUrls: string[] = [];

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
    this.onSend?.(channel, ...args);
  }

  reload(): void {
    this.reloads += 1;
  }

  /** Messages sent on `channel`, oldest first. */
  sentOn(channel: string): unknown[][] {
    return this.sent.filter((message) => message.channel === channel).map((message) => message.args);
  }

  async loadURL(url: string): Promise<void> {
    if (url.length > MAX_URL_CHARS) throw new Error(`ERR_INVALID_URL (-300) loading '${url.slice(0, 40)}…'`);
    this.loadedUrls.push(url);
  }

  crash(reason = 'crashed'): void {
    this.emit('render-process-gone', new FakeEvent(), { reason, exitCode: 139 });
  }

  hang(): void {
    this.emit('unresponsive');
  }

  recover(): void {
    this.emit('responsive');
  }
}

export class FakeWindow extends Emitter {
  readonly webContents = new FakeWebContents();
  private minimized = false;
  private visible = true;
  private focused = false;
  private destroyed = false;
  private maximized = false;
  private fullScreen = false;
  private normalBounds: Bounds = { x: 100, y: 80, width: 1280, height: 800 };
  /** Full-screen changes finish later, as on macOS; `finishFullScreen()` completes them. */
  asyncFullScreen = false;
  private pendingFullScreen: boolean | null = null;
  /** Every state change, in order, so a test can check what came before what. */
  readonly history: string[] = [];

  constructor(
    readonly id: number,
    private readonly app: FakeApp,
  ) {
    super();
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isFocused(): boolean {
    return this.focused;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  getNormalBounds(): Bounds {
    return { ...this.normalBounds };
  }

  minimize(): void {
    this.minimized = true;
    this.focused = false;
    this.history.push('minimize');
  }
  hide(): void {
    this.visible = false;
    this.focused = false;
    this.history.push('hide');
  }
  restore(): void {
    this.minimized = false;
    this.history.push('restore');
  }
  show(): void {
    this.visible = true;
    this.focused = !this.minimized;
    this.history.push('show');
  }
  focus(): void {
    this.focused = !this.minimized && this.visible;
    if (this.focused) for (const other of this.app.windows) if (other !== this) other.focused = false;
    this.history.push('focus');
  }
  maximize(): void {
    this.maximized = true;
    this.history.push('maximize');
  }
  unmaximize(): void {
    this.maximized = false;
    this.history.push('unmaximize');
  }
  setBounds(bounds: Bounds): void {
    this.normalBounds = { ...bounds };
    this.history.push(`setBounds ${bounds.x},${bounds.y},${bounds.width}x${bounds.height}`);
  }

  setFullScreen(flag: boolean): void {
    this.history.push(`setFullScreen ${flag}`);
    if (this.asyncFullScreen) {
      this.pendingFullScreen = flag;
      return;
    }
    this.applyFullScreen(flag);
  }

  /** The platform finished an asynchronous full-screen transition. */
  finishFullScreen(): void {
    const flag = this.pendingFullScreen;
    this.pendingFullScreen = null;
    if (flag !== null) this.applyFullScreen(flag);
  }

  private applyFullScreen(flag: boolean): void {
    if (this.fullScreen === flag) return;
    this.fullScreen = flag;
    // Leaving full screen gives the window back its size as the platform kept it.
    this.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
  }

  /** The user clicked the window's close button, or main called close(). */
  close(): void {
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) {
      this.app.windowCloseCancelled();
      return;
    }
    this.finishClosing();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.finishClosing();
  }

  private finishClosing(): void {
    this.destroyed = true;
    this.history.push('closed');
    this.emit('closed');
    this.app.windowClosed(this);
  }
}

/** Electron's `app`: its quit sequence and the list of open windows. */
export class FakeApp extends Emitter {
  readonly windows: FakeWindow[] = [];
  /** The app events in the order they were emitted. */
  readonly events: string[] = [];
  private nextId = 1;
  private quitting = false;
  quitRequests = 0;
  exited = false;

  createWindow(): FakeWindow {
    const window = new FakeWindow(this.nextId++, this);
    this.windows.push(window);
    return window;
  }

  window(id: number): FakeWindow | undefined {
    return this.windows.find((window) => window.id === id);
  }

  quit(): void {
    this.quitRequests += 1;
    if (this.quitting || this.exited) return;
    const event = new FakeEvent();
    this.events.push('before-quit');
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.quitting = true;
    if (this.windows.length === 0) return this.finishQuit();
    // Every window is asked, even after one refused (WindowList::CloseAllWindows).
    for (const window of [...this.windows]) window.close();
  }

  windowCloseCancelled(): void {
    if (this.quitting) this.events.push('quit-cancelled');
    this.quitting = false;
  }

  windowClosed(window: FakeWindow): void {
    this.windows.splice(this.windows.indexOf(window), 1);
    if (this.windows.length > 0) return;
    if (this.quitting) this.finishQuit();
    else {
      this.events.push('window-all-closed');
      this.emit('window-all-closed');
    }
  }

  private finishQuit(): void {
    const event = new FakeEvent();
    this.events.push('will-quit');
    this.emit('will-quit', event);
    if (event.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.events.push('quit');
    this.emit('quit', new FakeEvent(), 0);
    this.exited = true;
    this.quitting = false;
  }
}
