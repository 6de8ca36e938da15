import { sendEvent } from '../ipc/send-event';
import { bringForward, type ForwardWindow } from './bring-forward';

/** A preventable Electron event (`before-quit`, a window's `close`). */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The part of a BrowserWindow closing needs; Electron's windows satisfy it, a fake does in tests. */
export interface ClosingWindow extends ForwardWindow {
  readonly id: number;
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  isDestroyed(): boolean;
  close(): void;
  destroy(): void;
  readonly webContents: { send(channel: string, ...args: unknown[]): void };
}

/** The part of Electron's `app` quitting needs. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown;
  quit(): void;
}

export interface QuitFlowOptions {
  /** Whether the window's session has unsaved work (main's registry, kept up by the page). */
  hasUnsavedWork(windowId: number): boolean;
  /** False while the window's page has crashed or hangs: nobody is there to answer a prompt. */
  pageCanAnswer(windowId: number): boolean;
  /** Starts Electron's own quit again once every prompt is answered (app.quit, deferred). */
  quit(): void;
}

/**
 * Closing windows and quitting with unsaved work: each window asks Save / Don't Save / Cancel
 * at most once at a time, brought to the front (restored, shown, focused) before it asks.
 *
 * Electron's `app.quit()` sends `close` to every window at once (docs/api/app.md), which would
 * put up every window's prompt together and, if quitting were simply started again after each
 * window closed, a second prompt in the windows still asking. So the quit is held back in
 * `before-quit` while any window has work to settle, and the windows are asked one after
 * another: Save or Don't Save closes that window and asks the next; Cancel ends the whole quit.
 * When nobody is left to ask, Electron's quit runs for real. A window whose prompt is open
 * never gets a second one: its `close` is refused silently; another window closed while a quit
 * asks waits its turn in the queue. A page that crashed or hangs cannot answer: its window
 * closes without asking and its draft stays for the next start.
 */
export class QuitFlow {
  private readonly windows = new Map<number, ClosingWindow>();
  /** Windows whose unsaved-work prompt is open. */
  private readonly asking = new Set<number>();
  private state: 'idle' | 'asking' | 'settled' = 'idle';
  /** The windows a quit still has to ask, in the order they were opened. */
  // Stryker disable next-line ArrayDeclaration: each quit lists the windows afresh before the queue is read.
  private queue: number[] = [];

  constructor(private readonly options: QuitFlowOptions) {}

  /** Holds the app's quit back until every window's unsaved work is settled. */
  install(app: QuittingApp): void {
    app.on('before-quit', (event) => this.beforeQuit(event));
  }

  /** Every window is watched from its creation. */
  watch(window: ClosingWindow): void {
    this.windows.set(window.id, window);
    window.on('close', (event) => this.windowClosing(window, event));
    window.on('closed', () => this.windowClosed(window.id));
  }

  /** True from the first quit request until it is cancelled or done. */
  get quitUnderWay(): boolean {
    return this.state !== 'idle';
  }

  /** The page answered Save (and saved) or Don't Save: the window may close now. */
  windowMayClose(windowId: number): void {
    this.asking.delete(windowId);
    const window = this.windows.get(windowId);
    if (window && !window.isDestroyed()) window.close();
  }

  /** The page answered Cancel (or its save did not happen): the window stays and a quit stops. */
  closeCancelled(windowId: number): void {
    this.asking.delete(windowId);
    this.state = 'idle';
    // Stryker disable next-line ArrayDeclaration: as above.
    this.queue = [];
  }

  /** The window's page crashed or stopped responding: an open prompt will not be answered. */
  pageStopped(windowId: number): void {
    if (!this.asking.delete(windowId)) return;
    if (this.state === 'asking') this.askNext();
  }

  private beforeQuit(event: PreventableEvent): void {
    // Stryker disable next-line ConditionalExpression,StringLiteral: settled, nothing is left to ask: the sums done again settle again.
    if (this.state === 'settled') return; // Every answer is in: Electron closes the windows now.
    // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: listed again, the windows still to ask are the same, in the same order, and one prompt is open.
    if (this.state === 'asking') {
      event.preventDefault(); // A prompt is open: asking again would be a second prompt.
      return;
    }
    this.queue = [...this.windows.keys()];
    if (this.asking.size === 0 && !this.queue.some((windowId) => this.needsAnswer(windowId))) {
      this.settle(); // Nothing to ask: Electron's quit goes on at once.
      return;
    }
    event.preventDefault();
    this.state = 'asking';
    this.askNext();
  }

  private needsAnswer(windowId: number): boolean {
    return this.options.hasUnsavedWork(windowId) && this.options.pageCanAnswer(windowId);
  }

  private askNext(): void {
    // One prompt at a time: one already open (a window closed by hand just before the quit) is
    // answered first.
    if (this.asking.size > 0) return;
    while (this.queue.length > 0) {
      const windowId = this.queue[0]!;
      const window = this.windows.get(windowId);
      // Stryker disable next-line LogicalOperator: a destroyed window has had its `closed`, which took it out of the queue.
      if (!window || window.isDestroyed() || !this.needsAnswer(windowId)) {
        this.queue.shift();
        continue;
      }
      this.ask(window);
      return;
    }
    this.settle();
    this.options.quit();
  }

  /** Every answer is in: Electron's quit closes the windows (those whose page cannot answer too). */
  private settle(): void {
    this.state = 'settled';
    // Stryker disable next-line ArrayDeclaration: as above.
    this.queue = [];
  }

  private ask(window: ClosingWindow): void {
    this.asking.add(window.id);
    bringForward(window);
    sendEvent(window.webContents, 'closeRequested');
  }

  private windowClosing(window: ClosingWindow, event: PreventableEvent): void {
    const windowId = window.id;
    if (this.asking.has(windowId)) {
      event.preventDefault(); // Its prompt is open: never a second one.
      return;
    }
    if (!this.options.hasUnsavedWork(windowId)) return;
    if (!this.options.pageCanAnswer(windowId)) {
      // Nobody can answer: the window goes, its draft stays. During the final quit Electron
      // closes it itself; otherwise it is destroyed, so a hung page cannot hold the close up.
      if (this.state === 'settled') return;
      event.preventDefault();
      setImmediate(() => {
        if (!window.isDestroyed()) window.destroy();
      });
      return;
    }
    event.preventDefault();
    if (this.state === 'settled') {
      // New unsaved work turned up during the final quit (which the prevented close ends):
      // ask about it, then quit again.
      this.state = 'asking';
      // Stryker disable next-line ArrayDeclaration: this window is asked at once; the queue is read once its prompt is gone (the window closed, filtered out, or its page stopped, skipped).
      this.queue = [windowId];
    } else if (this.state === 'asking' && this.asking.size > 0) {
      // A quit is asking another window (Electron's quit closes every window in one go, and a
      // window may be closed by hand meanwhile): this one asks in its turn, never at once.
      if (!this.queue.includes(windowId)) this.queue.push(windowId);
      return;
    }
    this.ask(window);
  }

  private windowClosed(windowId: number): void {
    this.windows.delete(windowId);
    this.asking.delete(windowId);
    if (this.state !== 'asking') return;
    // Stryker disable next-line MethodExpression,ConditionalExpression: askNext skips a window that is gone anyway.
    this.queue = this.queue.filter((id) => id !== windowId);
    this.askNext();
  }
}
