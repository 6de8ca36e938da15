// Who Pickwise is to the operating system, and what it says about itself, as plain data so
// unit tests can hold it to the packaging configuration.

/**
 * The app's id: electron-builder's `appId`, Windows' AppUserModelID (the taskbar groups the
 * windows and the jump list's recent files under it), and on Linux the desktop entry's name
 * (`desktopName` in package.json is this plus `.desktop`). Tested equal to all three.
 */
export const APP_ID = 'app.pickwise.desktop';

/** Said in the error log and the About box when Chromium's sandbox is off. */
export const NO_SANDBOX_NOTICE =
  'Pickwise is running without Chromium’s sandbox: it was started with --no-sandbox, as the AppImage does on systems that allow no user namespaces. The .deb package keeps the sandbox.';

/** True when the app was started without Chromium's sandbox (`--no-sandbox`, e.g. by the AppImage's launcher). */
export function runsWithoutSandbox(commandLine: { hasSwitch(name: string): boolean }, argv: readonly string[]): boolean {
  return commandLine.hasSwitch('no-sandbox') || argv.includes('--no-sandbox');
}

/** Help ▸ About (docs/api/app.md setAboutPanelOptions: on Linux only what is set is shown). */
export function aboutPanelOptions(version: string, withoutSandbox: boolean): Electron.AboutPanelOptionsOptions {
  const copyright = 'Pickwise — MIT licence';
  return {
    applicationName: 'Pickwise',
    applicationVersion: version,
    copyright: withoutSandbox ? `${copyright}\n\n${NO_SANDBOX_NOTICE}` : copyright,
  };
}

/** The part of Electron's `app` the first steps of a start use. */
export interface StartingApp {
  enableSandbox(): void;
  setAppUserModelId(id: string): void;
  readonly commandLine: { hasSwitch(name: string): boolean };
}

/**
 * The first thing index.ts does, before the app is ready (docs/api/app.md: both calls must come
 * before `ready`): every page sandboxed, and on Windows the id the taskbar and the jump list's
 * recent files group under. Returns whether Chromium's sandbox is off all the same.
 */
export function claimDesktopIdentity(app: StartingApp, platform: NodeJS.Platform, argv: readonly string[]): { withoutSandbox: boolean } {
  app.enableSandbox();
  if (platform === 'win32') app.setAppUserModelId(APP_ID);
  return { withoutSandbox: runsWithoutSandbox(app.commandLine, argv) };
}

/** What the error log says first at a start: the sandbox off, a data-folder override ignored. */
export function startNotices(withoutSandbox: boolean, ignoredUserData: string | null): string[] {
  return [withoutSandbox ? NO_SANDBOX_NOTICE : null, ignoredUserData].filter((notice): notice is string => notice !== null);
}
