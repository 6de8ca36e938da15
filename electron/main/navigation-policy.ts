import { APP_SCHEME } from './security';

// The rules that keep a window on the app's own page and the app off the network, as pure
// functions so a unit test can hold them to it; window.ts and index.ts apply them.

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
