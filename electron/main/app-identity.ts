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
