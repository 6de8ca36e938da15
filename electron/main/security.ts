import type { WebPreferences } from 'electron';

/** The app's own origin: pages are served over this scheme, never from `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pickwise';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The renderer runs as an ordinary, isolated web page with no Node and no way out. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/**
 * The Content Security Policy of every page: only the app's own scripts, no eval, no remote
 * origins, no plugins, no framing. Styles allow inline attributes because the chart library
 * sets SVG styles inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join('; ');
