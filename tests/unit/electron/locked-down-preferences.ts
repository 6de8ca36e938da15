// What a locked-down window's web preferences must say, written out here rather than taken
// from security.ts, so a weakened setting there fails the tests that compare against it
// (security.test.ts for the preferences, session-window.test.ts for the window built with them).

/** Isolated, sandboxed, no Node anywhere, no webview, no drag-and-drop navigation. */
export const LOCKED_DOWN_PREFERENCES = {
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
} as const;

/** Preferences that would switch something unsafe on, or share a session; none may be set. */
export const UNSAFE_PREFERENCES = ['enableBlinkFeatures', 'disableBlinkFeatures', 'additionalArguments', 'plugins', 'enableWebSQL', 'partition', 'session'] as const;
