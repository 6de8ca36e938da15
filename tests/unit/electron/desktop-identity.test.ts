import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { aboutPanelOptions, APP_ID, claimDesktopIdentity, NO_SANDBOX_NOTICE, runsWithoutSandbox, startNotices, type StartingApp } from '../../../electron/main/app-identity';
import { menuLabel, menuTemplate } from '../../../electron/main/menu/build-menu';

// Desktop details only a real Electron and a real desktop would show.

const ROOT = join(__dirname, '..', '..', '..');
const config = createRequire(__filename)(join(ROOT, 'electron-builder.config.cjs')) as Configuration;
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { desktopName?: string };

describe('the app’s identity', () => {
  it('is one id: the installer’s appId, Windows’ AppUserModelID and Linux’s desktop entry', () => {
    // docs/api/app.md setAppUserModelId (Windows); electron-builder gives the NSIS shortcut the appId.
    expect(config.appId).toBe(APP_ID);
    // docs/api/app.md setDesktopName / package.json desktopName: the .desktop file's name; Electron
    // and electron-builder both take the name without its .desktop suffix as the app id
    // (Wayland app_id, X11 WM_CLASS, the desktop entry's StartupWMClass).
    expect(packageJson.desktopName).toBe(`${APP_ID}.desktop`);
    expect(config.linux?.syncDesktopName).toBe(true);
    const entry = (config.linux?.desktop as { entry: Record<string, string> }).entry;
    // No StartupWMClass of our own: electron-builder derives it from desktopName.
    expect(entry['StartupWMClass']).toBeUndefined();
  });
});

describe('Open Recent', () => {
  it('shows a file name with & as it is: the & is doubled, the click still opens the real path', () => {
    // docs/api/menu.md: "&" marks the mnemonic on Windows and Linux and is not displayed;
    // "&&" displays one "&".
    expect(menuLabel('R&D plan.pickwise')).toBe('R&&D plan.pickwise');
    expect(menuLabel('A && B')).toBe('A &&&& B');
    const opened: string[] = [];
    const template = menuTemplate('linux', ['/work/R&D plan.pickwise'], { command: () => undefined, main: () => undefined, openRecent: (path) => void opened.push(path), chooseLanguage: () => undefined }, 'en');
    const recent = (template[0]!.submenu as MenuItemConstructorOptions[]).find((item) => item.id === 'recent')!.submenu as MenuItemConstructorOptions[];
    expect(recent[0]!.label).toBe('R&&D plan.pickwise');
    (recent[0]!.click as () => void)();
    expect(opened).toEqual(['/work/R&D plan.pickwise']);
  });
});

describe('a start without Chromium’s sandbox', () => {
  it('is noticed from the command line (--no-sandbox, as the AppImage launcher adds it)', () => {
    // docs/api/command-line.md: app.commandLine.hasSwitch(switch) — whether the switch is present.
    const switches = (names: string[]) => ({ hasSwitch: (name: string) => names.includes(name) });
    expect(runsWithoutSandbox(switches(['no-sandbox']), ['/opt/Pickwise/pickwise'])).toBe(true);
    expect(runsWithoutSandbox(switches([]), ['/tmp/.mount_Pick/pickwise', '--no-sandbox', 'plan.pickwise'])).toBe(true);
    expect(runsWithoutSandbox(switches([]), ['/opt/Pickwise/pickwise', 'plan.pickwise'])).toBe(false);
  });

  it('is said in the About box, which otherwise shows only the name, version and licence', () => {
    expect(aboutPanelOptions('1.2.3', false, 'en')).toEqual({ applicationName: 'Pickwise', applicationVersion: '1.2.3', copyright: 'Pickwise — MIT licence' });
    expect(aboutPanelOptions('1.2.3', true, 'en').copyright).toContain(NO_SANDBOX_NOTICE);
    expect(NO_SANDBOX_NOTICE).toMatch(/--no-sandbox/);
  });
});

describe('the first steps of a start (index.ts)', () => {
  /** An app that records what is asked of it, as docs/api/app.md names the calls. */
  function startingApp(switches: string[] = []): StartingApp & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      enableSandbox: () => void calls.push('enableSandbox'),
      setAppUserModelId: (id) => void calls.push(`setAppUserModelId ${id}`),
      commandLine: { hasSwitch: (name) => switches.includes(name) },
    };
  }

  it('sandboxes every page, and on Windows only gives the taskbar and jump list the installer’s id', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const app = startingApp();
      expect(claimDesktopIdentity(app, platform, ['/opt/Pickwise/pickwise'])).toEqual({ withoutSandbox: false });
      expect(app.calls, platform).toEqual(platform === 'win32' ? ['enableSandbox', `setAppUserModelId ${APP_ID}`] : ['enableSandbox']);
    }
  });

  it('notices a start without Chromium’s sandbox, by switch or by argument, and says so first in the log', () => {
    expect(claimDesktopIdentity(startingApp(['no-sandbox']), 'linux', []).withoutSandbox).toBe(true);
    expect(claimDesktopIdentity(startingApp(), 'linux', ['/tmp/.mount/pickwise', '--no-sandbox']).withoutSandbox).toBe(true);
    expect(startNotices(true, null)).toEqual([NO_SANDBOX_NOTICE]);
    expect(startNotices(true, 'ignored')).toEqual([NO_SANDBOX_NOTICE, 'ignored']);
    expect(startNotices(false, null)).toEqual([]);
  });
});
