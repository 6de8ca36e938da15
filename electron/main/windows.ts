import { BrowserWindow, screen, type Display, type Rectangle } from 'electron';
import type { OpenedSession } from '../../shared/ipc-contract';
import { sendEvent } from './ipc/send-event';
import type { MenuCommand } from '../../shared/menu-table';
import { bringForward } from './services/bring-forward';
import type { DocumentRegistry } from './services/documents';
import type { OpenerWindows } from './services/session-opener';
import { cascadeFrom, type DisplayArea, type WindowStateStore } from './services/window-state';
import { createSessionWindow } from './window';

export interface SessionWindowsOptions {
  preloadPath: string;
  pageUrl: string;
  documents: DocumentRegistry;
  windowState: WindowStateStore;
  /** A window's page finished loading (pending sessions are handed over then). */
  onReady(windowId: number): void;
  onClosed(windowId: number): void;
  /** A window was made: the quit flow and the page watch take it from here. */
  onCreated(window: BrowserWindow): void;
}

const toArea = (display: Display): DisplayArea => ({ bounds: display.bounds, workArea: display.workArea });

/**
 * The app's windows, one per session: each opens where the last one was left on its display
 * and remembers its place when moved or resized. Closing with unsaved work is the quit flow's
 * (services/quit-flow.ts), a crashed or hung page the page watch's (services/page-health.ts).
 */
export class SessionWindows implements OpenerWindows {
  private readonly windows = new Map<number, BrowserWindow>();
  private readonly loaded = new Set<number>();
  private readonly queued = new Map<number, MenuCommand[]>();
  private lastFocused: number | null = null;

  constructor(private readonly options: SessionWindowsOptions) {}

  ids(): number[] {
    return [...this.windows.keys()];
  }

  focused(): number | null {
    const focused = BrowserWindow.getFocusedWindow();
    if (focused && this.windows.has(focused.id)) return focused.id;
    if (this.lastFocused !== null && this.windows.has(this.lastFocused)) return this.lastFocused;
    return this.ids().at(-1) ?? null;
  }

  /** Brings a window forward: restored if minimised, shown, focused. */
  focus(windowId: number): void {
    const window = this.windows.get(windowId);
    if (window) bringForward(window);
  }

  /** A fresh, empty window in the place of one whose page stopped (Reload after a crash or hang). */
  reopen(windowId: number): number {
    const stopped = this.windows.get(windowId);
    return this.create(stopped && !stopped.isDestroyed() ? stopped.getNormalBounds() : undefined);
  }

  send(windowId: number, opened: OpenedSession): void {
    const window = this.windows.get(windowId);
    if (window) sendEvent(window.webContents, 'sessionOpened', opened);
  }

  /** A menu command for the window in front; with no window, one is opened for it. */
  sendCommand(command: MenuCommand): void {
    let target = this.focused();
    if (target === null) {
      target = this.create();
      if (command === 'file.new') return; // A fresh window is the new session.
    }
    const window = this.windows.get(target);
    if (this.loaded.has(target)) {
      if (window) sendEvent(window.webContents, 'menuCommand', command);
    } else this.queued.set(target, [...(this.queued.get(target) ?? []), command]);
  }

  /** Asks the window in front to close (its unsaved-work prompt still applies). */
  closeFocused(): void {
    const id = this.focused();
    if (id !== null) this.windows.get(id)?.close();
  }

  create(bounds?: Rectangle): number {
    const displays = screen.getAllDisplays().map(toArea);
    const front = this.focused();
    const frontWindow = front === null ? undefined : this.windows.get(front);
    const placed = bounds
      ? { bounds, maximized: false }
      : frontWindow
        ? { bounds: cascadeFrom(frontWindow.getNormalBounds(), displays), maximized: false }
        : this.options.windowState.restore(displays, toArea(screen.getPrimaryDisplay()));

    const window = createSessionWindow(this.options.preloadPath, this.options.pageUrl, BrowserWindow);
    const windowId = window.id;
    window.setBounds(placed.bounds);
    if (placed.maximized) window.once('ready-to-show', () => window.maximize());
    this.windows.set(windowId, window);
    this.lastFocused = windowId;

    const { documents } = this.options;
    window.on('focus', () => {
      this.lastFocused = windowId;
    });
    window.on('close', () => this.remember(window));
    window.on('closed', () => {
      this.windows.delete(windowId);
      this.loaded.delete(windowId);
      this.queued.delete(windowId);
      documents.forget(windowId);
      this.options.onClosed(windowId);
    });
    let timer: NodeJS.Timeout | undefined;
    const rememberSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.remember(window), 500);
    };
    for (const change of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(change as 'resize', rememberSoon);
    window.webContents.on('did-finish-load', () => {
      this.loaded.add(windowId);
      this.options.onReady(windowId);
      for (const command of this.queued.get(windowId) ?? []) sendEvent(window.webContents, 'menuCommand', command);
      this.queued.delete(windowId);
    });
    this.options.onCreated(window);
    return windowId;
  }

  private remember(window: BrowserWindow): void {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    void this.options.windowState.remember(
      { bounds: window.getNormalBounds(), maximized: window.isMaximized() },
      screen.getAllDisplays().map(toArea),
    );
  }
}
