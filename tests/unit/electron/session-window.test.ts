import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { lockDownContents, type ContentsPort, type PreventableEvent } from '../../../electron/main/navigation-policy';
import { APP_ORIGIN } from '../../../electron/main/security';
import { lockDownSession, type Permission, type SessionPort } from '../../../electron/main/session-policy';
import { createSessionWindow, type WindowPort } from '../../../electron/main/window';
import { LOCKED_DOWN_PREFERENCES, UNSAFE_PREFERENCES } from './locked-down-preferences';

// The window factory and the session lock-down, run over fakes of BrowserWindow, webContents
// and Session. The fakes emit events the way Electron documents them:
// - docs/api/web-contents.md: `will-navigate` (a page-started navigation of the main frame),
//   `will-redirect` (a server redirect; preventing it cancels the navigation) and
//   `will-attach-webview` (preventing it destroys the guest) are cancelled by
//   `event.preventDefault()`; `setWindowOpenHandler`'s handler runs before a window is created
//   and `{ action: 'deny' }` cancels it. Several listeners may be registered for one event.
// - docs/api/session.md: the permission request handler answers through `callback(granted)`,
//   the check handler by returning a boolean; `webRequest.onBeforeRequest` answers
//   `{ cancel }`. docs/tutorial/security.md (item 5): with no handler set, Electron grants
//   every permission, so a missing handler is a hole.

const PAGE = `${APP_ORIGIN}/index.html`;
const PRELOAD = '/app/out/preload/index.cjs';

type Listener = (event: PreventableEvent, ...args: unknown[]) => void;

class FakeContents implements ContentsPort {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  url = '';

  getURL(): string {
    return this.url;
  }

  on(event: string, listener: (...args: never[]) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as unknown as Listener]);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  /** Emits an event to every listener; says whether one of them cancelled it. */
  emit(event: string, ...args: unknown[]): { prevented: boolean; listeners: number } {
    let prevented = false;
    const listeners = this.listeners.get(event) ?? [];
    for (const listener of listeners) listener({ preventDefault: () => void (prevented = true) }, ...args);
    return { prevented, listeners: listeners.length };
  }

  /** A window the page asks for, with the details Electron passes. */
  openWindow(url: string): 'allow' | 'deny' {
    // No handler: Electron opens the window.
    return this.windowOpenHandler?.({ url }).action ?? 'allow';
  }
}

class FakeBrowserWindow implements WindowPort {
  static made: FakeBrowserWindow[] = [];
  readonly webContents = new FakeContents();
  readonly readyListeners: (() => void)[] = [];
  shown = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeBrowserWindow.made.push(this);
  }

  once(_event: 'ready-to-show', listener: () => void): this {
    this.readyListeners.push(listener);
    return this;
  }

  show(): void {
    this.shown = true;
  }

  async loadURL(url: string): Promise<void> {
    this.webContents.url = url;
  }
}

describe('the window factory', () => {
  let window: FakeBrowserWindow;

  beforeEach(() => {
    FakeBrowserWindow.made = [];
    window = createSessionWindow(PRELOAD, PAGE, FakeBrowserWindow);
  });

  it('builds one hidden window with an isolated, sandboxed page that has no Node and no webview', () => {
    expect(FakeBrowserWindow.made).toEqual([window]);
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({ preload: PRELOAD, ...LOCKED_DOWN_PREFERENCES });
    for (const unsafe of UNSAFE_PREFERENCES) {
      expect(window.options.webPreferences, unsafe).not.toHaveProperty(unsafe);
    }
  });

  it('loads the app’s own page and shows the window once it is ready', () => {
    expect(window.webContents.getURL()).toBe(PAGE);
    expect(window.shown).toBe(false);
    for (const listener of window.readyListeners) listener();
    expect(window.shown).toBe(true);
  });

  it.each([
    ['a web page', 'https://example.com/'],
    ['another page of the app', `${APP_ORIGIN}/other.html`],
    ['a file on disk', 'file:///etc/passwd'],
    ['a look-alike host', 'app://pickwise.evil/index.html'],
  ])('refuses a navigation to %s (will-navigate)', (_what, url) => {
    expect(window.webContents.emit('will-navigate', url)).toMatchObject({ prevented: true });
  });

  it('lets the page reload itself (will-navigate to the same page)', () => {
    const reload = window.webContents.emit('will-navigate', PAGE);
    expect(reload.listeners).toBeGreaterThan(0);
    expect(reload.prevented).toBe(false);
  });

  it('refuses every server redirect (will-redirect), even to the app itself', () => {
    expect(window.webContents.emit('will-redirect', 'https://example.com/')).toMatchObject({ prevented: true });
    expect(window.webContents.emit('will-redirect', PAGE)).toMatchObject({ prevented: true });
  });

  it('destroys any webview before it attaches (will-attach-webview)', () => {
    expect(window.webContents.emit('will-attach-webview', {}, { src: 'https://example.com/' })).toMatchObject({ prevented: true });
  });

  it('opens no window for window.open or a link with a target (setWindowOpenHandler)', () => {
    expect(window.webContents.openWindow('https://example.com/')).toBe('deny');
    expect(window.webContents.openWindow(PAGE)).toBe('deny');
    expect(window.webContents.openWindow('about:blank')).toBe('deny');
  });
});

describe('every other web contents (web-contents-created)', () => {
  it('attaches no webview and opens no window', () => {
    const contents = new FakeContents();
    lockDownContents(contents);
    expect(contents.emit('will-attach-webview', {}, {})).toMatchObject({ prevented: true });
    expect(contents.openWindow('https://example.com/')).toBe('deny');
  });
});

class FakeSession implements SessionPort {
  requestHandler: Parameters<SessionPort['setPermissionRequestHandler']>[0] | null = null;
  checkHandler: Parameters<SessionPort['setPermissionCheckHandler']>[0] | null = null;
  beforeRequest: Parameters<SessionPort['webRequest']['onBeforeRequest']>[0] | null = null;

  setPermissionRequestHandler(handler: Parameters<SessionPort['setPermissionRequestHandler']>[0]): void {
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: Parameters<SessionPort['setPermissionCheckHandler']>[0]): void {
    this.checkHandler = handler;
  }

  readonly webRequest = {
    onBeforeRequest: (listener: Parameters<SessionPort['webRequest']['onBeforeRequest']>[0]) => {
      this.beforeRequest = listener;
    },
  };

  /** A permission request as Electron makes it; granted when no handler is set. */
  request(permission: Permission): boolean {
    let granted: boolean | undefined;
    if (!this.requestHandler) return true;
    this.requestHandler({}, permission, (answer) => void (granted = answer), { requestingUrl: PAGE, isMainFrame: true });
    if (granted === undefined) throw new Error(`The request handler never answered about ${permission}.`);
    return granted;
  }

  check(permission: Permission): boolean {
    return this.checkHandler ? this.checkHandler({}, permission, APP_ORIGIN, { requestingUrl: PAGE, isMainFrame: true }) : true;
  }

  /** Whether a request to the URL is cancelled; one with no listener goes out. */
  cancels(url: string): boolean {
    let cancel: boolean | undefined;
    this.beforeRequest?.({ url }, (response) => void (cancel = response.cancel));
    return cancel ?? false;
  }
}

describe('the session lock-down', () => {
  const PERMISSIONS: Permission[] = [
    'media', 'display-capture', 'geolocation', 'notifications', 'fullscreen', 'clipboard-read', 'clipboard-sanitized-write',
    'midi', 'midiSysex', 'pointerLock', 'keyboardLock', 'openExternal', 'fileSystem', 'window-management', 'idle-detection',
    'storage-access', 'persistent-storage', 'screen-wake-lock', 'local-fonts', 'hid', 'serial', 'usb', 'unknown',
  ];
  const session = new FakeSession();
  lockDownSession(session);

  it.each(PERMISSIONS)('refuses the permission %s when asked, and when checked', (permission) => {
    expect(session.request(permission)).toBe(false);
    expect(session.check(permission)).toBe(false);
  });

  it.each(['https://example.com/', 'http://localhost:5173/src/main.tsx', 'wss://example.com/', 'file:///etc/passwd'])('cancels a request to %s', (url) => {
    expect(session.cancels(url)).toBe(true);
  });

  it.each([PAGE, `${APP_ORIGIN}/assets/index.js`, 'data:image/png;base64,AAAA'])('serves %s', (url) => {
    expect(session.cancels(url)).toBe(false);
  });

  it('lets the dev server through only when one is given', () => {
    const development = new FakeSession();
    lockDownSession(development, 'http://localhost:5173');
    expect(development.cancels('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(development.cancels('https://example.com/')).toBe(true);
  });
});
