// Who Pickwise is to the operating system, and what it says about itself, as plain data so
// unit tests can hold it to the packaging configuration.
import type { Language } from '../../shared/i18n/languages';
import { textsIn } from '../../shared/i18n/texts';

/**
 * The app's id: electron-builder's `appId`, Windows' AppUserModelID (the taskbar groups the
 * windows and the jump list's recent files under it), and on Linux the desktop entry's name
 * (`desktopName` in package.json is this plus `.desktop`). Tested equal to all three.
 */
export const APP_ID = 'app.pickwise.desktop';

/** Said in the error log (in English) and the About box (in the interface's language) when Chromium's sandbox is off. */
export const NO_SANDBOX_NOTICE = textsIn('en')('desktop:about.noSandbox');

/** True when the app was started without Chromium's sandbox (`--no-sandbox`, e.g. by the AppImage's launcher). */
export function runsWithoutSandbox(commandLine: { hasSwitch(name: string): boolean }, argv: readonly string[]): boolean {
  return commandLine.hasSwitch('no-sandbox') || argv.includes('--no-sandbox');
}

/** Help ▸ About (docs/api/app.md setAboutPanelOptions: on Linux only what is set is shown). */
export function aboutPanelOptions(version: string, withoutSandbox: boolean, language: Language): Electron.AboutPanelOptionsOptions {
  const t = textsIn(language);
  const copyright = t('desktop:about.copyright');
  return {
    applicationName: 'Pickwise',
    applicationVersion: version,
    copyright: withoutSandbox ? `${copyright}\n\n${t('desktop:about.noSandbox')}` : copyright,
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
