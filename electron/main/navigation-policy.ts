import { APP_SCHEME } from './security';

// The rules that keep a window on the app's own page and the app off the network, as pure
// functions so a unit test can hold them to it, installed on a window's contents by window.ts
// and on every other contents by index.ts.

/** A window may only reload the page it shows; every other navigation is refused. */
export function isAllowedNavigation(currentUrl: string, targetUrl: string): boolean {
  try {
    const current = new URL(currentUrl);
    const target = new URL(targetUrl);
    return current.protocol === target.protocol && current.host === target.host && current.href === target.href;
  } catch {
    return false;
  }
}

/** `window.open`, links with a target, and `noopener` pop-ups: never a new window. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** An Electron event whose default a handler may cancel. */
export interface PreventableEvent {
  preventDefault(): void;
}

/**
 * The part of Electron's `webContents` the rules are installed on. main passes the real
 * one; unit tests and the e2e harness pass their own and emit its events the way Electron
 * documents them (docs/api/web-contents.md), so every check runs main's own handlers.
 */
export interface ContentsPort {
  getURL(): string;
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void;
}

/** A window stays on its page: navigating away is refused, and so is any server redirect. */
export function keepOnPage(contents: ContentsPort): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(contents.getURL(), url)) event.preventDefault();
  });
  // Preventing a redirect cancels the whole navigation, not only the redirect.
  contents.on('will-redirect', (event) => event.preventDefault());
}

/** No `<webview>` is ever attached and no page opens a window: for every web contents main creates. */
export function lockDownContents(contents: ContentsPort): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenDecision);
}

const LOCAL_SCHEMES = [`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:'];

/**
 * Every request that would leave the app is cancelled: only the app's own scheme and
 * in-memory data are served, plus the dev server (and its hot-reload socket) in development.
 */
export function shouldCancelRequest(url: string, devServerUrl?: string): boolean {
  const local = LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme));
  const dev = devServerUrl !== undefined && devServerUrl !== '' && (url.startsWith(devServerUrl) || url.startsWith('ws://localhost'));
  return !(local || dev);
}
