import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

/** A browser the harness can drive, and where it was found; or one line saying how to get one. */
export type BrowserFound = { path: string; found: string } | { missing: string };

/** What finding a browser looks at; the real machine's by default, a test's own in tests. */
export interface BrowserSearch {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  /** Where Playwright's own Chromium is (or would be) after `npx playwright install chromium`. */
  playwrightChromium(): string | null;
}

export const HOW_TO_GET_ONE =
  'No Chromium, Chrome or Edge was found for the end-to-end tests. Run `npx playwright install chromium` (or set PICKWISE_CHROMIUM to a browser’s executable), then `npm test` again.';

/** Where the usual packages put Chromium, Chrome and Edge, in the order they are tried. */
function installedBrowsers(platform: NodeJS.Platform, env: BrowserSearch['env']): { path: string; found: string }[] {
  if (platform === 'darwin') {
    const apps = ['/Applications', join(env['HOME'] ?? '~', 'Applications')];
    return apps.flatMap((folder) => [
      { path: join(folder, 'Chromium.app/Contents/MacOS/Chromium'), found: 'Chromium' },
      { path: join(folder, 'Google Chrome.app/Contents/MacOS/Google Chrome'), found: 'Google Chrome' },
      { path: join(folder, 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'), found: 'Microsoft Edge' },
    ]);
  }
  if (platform === 'win32') {
    const folders = [env['LOCALAPPDATA'], env['PROGRAMFILES'], env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)']].filter((folder): folder is string => !!folder);
    return folders.flatMap((folder) => [
      { path: `${folder}\\Google\\Chrome\\Application\\chrome.exe`, found: 'Google Chrome' },
      { path: `${folder}\\Chromium\\Application\\chrome.exe`, found: 'Chromium' },
      { path: `${folder}\\Microsoft\\Edge\\Application\\msedge.exe`, found: 'Microsoft Edge' },
    ]);
  }
  return [
    { path: '/usr/bin/chromium', found: 'Chromium (Debian, Arch)' },
    { path: '/usr/bin/chromium-browser', found: 'Chromium (Ubuntu, Fedora)' },
    { path: '/snap/bin/chromium', found: 'Chromium (snap)' },
    { path: '/usr/bin/google-chrome-stable', found: 'Google Chrome' },
    { path: '/usr/bin/google-chrome', found: 'Google Chrome' },
    { path: '/opt/google/chrome/chrome', found: 'Google Chrome' },
    { path: '/usr/bin/microsoft-edge', found: 'Microsoft Edge' },
    { path: '/opt/microsoft/msedge/msedge', found: 'Microsoft Edge' },
  ];
}

/**
 * The browser the end-to-end tests drive: PICKWISE_CHROMIUM when set, else the first installed
 * Chromium, Chrome or Edge, else the Chromium `npx playwright install chromium` downloaded.
 */
export function findBrowser(search: BrowserSearch = thisMachine()): BrowserFound {
  const chosen = search.env['PICKWISE_CHROMIUM'];
  if (chosen) {
    return search.exists(chosen) ? { path: chosen, found: 'PICKWISE_CHROMIUM' } : { missing: `PICKWISE_CHROMIUM names ${chosen}, which does not exist: set it to a browser’s executable, or unset it to use an installed Chromium, Chrome or Edge.` };
  }
  const installed = installedBrowsers(search.platform, search.env).find((browser) => search.exists(browser.path));
  if (installed) return installed;
  const downloaded = search.playwrightChromium();
  if (downloaded !== null && search.exists(downloaded)) return { path: downloaded, found: 'Playwright’s Chromium' };
  return { missing: HOW_TO_GET_ONE };
}

function thisMachine(): BrowserSearch {
  return {
    platform: process.platform,
    env: process.env,
    exists: existsSync,
    playwrightChromium: () => {
      try {
        return chromium.executablePath();
      } catch {
        // Playwright names no path for a platform it has no Chromium build of: none to find.
        return null;
      }
    },
  };
}
