import { describe, expect, it } from 'vitest';
import { findBrowser, HOW_TO_GET_ONE, type BrowserSearch } from '../../e2e/harness/find-browser';

// A newcomer's `npm test` finds a browser the way their machine has one, or says in one line
// how to get one. Each case is a machine with only the named files on it.

function machine(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}, playwright: string | null = null): BrowserSearch {
  const present = new Set(files);
  return { platform, env, exists: (path) => present.has(path), playwrightChromium: () => playwright };
}

describe('finding a browser for the end-to-end tests', () => {
  it('takes PICKWISE_CHROMIUM first, and names it when it points nowhere', () => {
    expect(findBrowser(machine('linux', ['/opt/mine/chrome', '/usr/bin/chromium'], { PICKWISE_CHROMIUM: '/opt/mine/chrome' }))).toEqual({ path: '/opt/mine/chrome', found: 'PICKWISE_CHROMIUM' });
    const wrong = findBrowser(machine('linux', ['/usr/bin/chromium'], { PICKWISE_CHROMIUM: '/opt/gone' }));
    expect(wrong).toEqual({ missing: expect.stringContaining('PICKWISE_CHROMIUM names /opt/gone, which does not exist') });
  });

  it.each([
    ['Debian or Arch', '/usr/bin/chromium'],
    ['Ubuntu or Fedora', '/usr/bin/chromium-browser'],
    ['a snap', '/snap/bin/chromium'],
    ['Google Chrome', '/opt/google/chrome/chrome'],
    ['Microsoft Edge', '/opt/microsoft/msedge/msedge'],
  ])('on Linux, finds Chromium from %s', (_name, path) => {
    expect(findBrowser(machine('linux', [path]))).toMatchObject({ path });
  });

  it('prefers Chromium to Chrome, and Chrome to Edge, when a machine has several', () => {
    expect(findBrowser(machine('linux', ['/usr/bin/microsoft-edge', '/usr/bin/google-chrome', '/usr/bin/chromium-browser']))).toMatchObject({ path: '/usr/bin/chromium-browser' });
    expect(findBrowser(machine('linux', ['/usr/bin/microsoft-edge', '/usr/bin/google-chrome']))).toMatchObject({ path: '/usr/bin/google-chrome' });
  });

  it('on macOS, finds Chrome or Edge in Applications, the user’s own too', () => {
    expect(findBrowser(machine('darwin', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']))).toMatchObject({ found: 'Google Chrome' });
    expect(findBrowser(machine('darwin', ['/Users/ana/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'], { HOME: '/Users/ana' }))).toMatchObject({ found: 'Microsoft Edge' });
  });

  it('on Windows, finds Chrome for one user or all, and Edge, which every Windows has', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    expect(findBrowser(machine('win32', ['C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'], env))).toMatchObject({ found: 'Google Chrome' });
    expect(findBrowser(machine('win32', ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'], env))).toMatchObject({ found: 'Microsoft Edge' });
  });

  it('falls back to the Chromium `npx playwright install chromium` downloaded', () => {
    const downloaded = '/home/ana/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
    expect(findBrowser(machine('linux', [downloaded], {}, downloaded))).toEqual({ path: downloaded, found: 'Playwright’s Chromium' });
  });

  it('with no browser at all, says in one line how to get one', () => {
    const none = findBrowser(machine('darwin', [], {}, '/Users/ana/Library/Caches/ms-playwright/chromium-1255/chrome-mac/Chromium'));
    expect(none).toEqual({ missing: HOW_TO_GET_ONE });
    expect(HOW_TO_GET_ONE).toContain('npx playwright install chromium');
    expect(HOW_TO_GET_ONE).not.toContain('\n');
  });
});
