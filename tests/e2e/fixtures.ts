import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Browser, type BrowserContext, type ElectronApplication } from '@playwright/test';
import type { AppUnderTest } from './harness/app-under-test';
import { launchInBrowser, type NetworkLog } from './harness/browser-app';
import { chromiumLaunchOptions } from './harness/chromium';
import { findElectronBinary } from './harness/electron-binary';
import { launchInElectron } from './harness/electron-app';

export const ELECTRON_PROJECT = 'electron';

/**
 * Every spec gets `app`, the same in both modes, and `network`, the requests that tried to
 * leave the app (harness mode sees every request the page makes).
 */
export const test = base.extend<{ app: AppUnderTest; network: NetworkLog }, { harnessBrowser: Browser | null }>({
  harnessBrowser: [
    async ({ playwright }, use, workerInfo) => {
      if (workerInfo.project.name === ELECTRON_PROJECT) return use(null);
      const browser = await playwright.chromium.launch(chromiumLaunchOptions);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  network: async ({}, use) => use({ outside: [], all: [] }),
  app: async ({ harnessBrowser, network }, use, testInfo) => {
    const folder = await mkdtemp(join(tmpdir(), 'pickwise-e2e-'));
    try {
      if (testInfo.project.name === ELECTRON_PROJECT) {
        const binary = findElectronBinary();
        if ('missing' in binary) {
          testInfo.skip(true, `electron mode skipped: ${binary.missing}`);
          return;
        }
        // A relaunch kills the running app (SIGKILL, as a crash) and starts one on the same data folder.
        let running: { app: AppUnderTest; electronApp: ElectronApplication };
        const launch = async (): Promise<AppUnderTest> => {
          running = await launchInElectron(binary.path, folder, {
            relaunch: async () => {
              running.electronApp.process().kill('SIGKILL');
              return launch();
            },
          });
          return running.app;
        };
        await use(await launch());
        expect(await running!.app.unexpectedDialogs(), 'dialogs that came up with no scripted answer').toEqual([]);
        await running!.electronApp.close().catch(() => undefined);
        return;
      }
      // A relaunch throws the page and the harness's main side away as a crash would (no
      // handler runs), then starts both again on the same data folder.
      const userDataFolder = join(folder, '.user-data');
      let context: BrowserContext;
      let current: AppUnderTest;
      const launch = async (): Promise<AppUnderTest> => {
        context = await harnessBrowser!.newContext({ viewport: { width: 1280, height: 800 } });
        current = await launchInBrowser(context, folder, network, {
          userDataFolder,
          relaunch: async () => {
            await context.close();
            return launch();
          },
        });
        return current;
      };
      await use(await launch());
      expect(await current!.unexpectedDialogs(), 'dialogs that came up with no scripted answer').toEqual([]);
      await context!.close();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
});

export { expect };
