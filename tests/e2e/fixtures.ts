import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Browser } from '@playwright/test';
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
  network: async ({}, use) => use({ outside: [] }),
  app: async ({ harnessBrowser, network }, use, testInfo) => {
    const folder = await mkdtemp(join(tmpdir(), 'pickwise-e2e-'));
    try {
      if (testInfo.project.name === ELECTRON_PROJECT) {
        const binary = findElectronBinary();
        if ('missing' in binary) {
          testInfo.skip(true, `electron mode skipped: ${binary.missing}`);
          return;
        }
        const { app, electronApp } = await launchInElectron(binary.path, folder);
        await use(app);
        expect(await app.unexpectedDialogs(), 'dialogs that came up with no scripted answer').toEqual([]);
        await electronApp.close().catch(() => undefined);
        return;
      }
      const context = await harnessBrowser!.newContext({ viewport: { width: 1280, height: 800 } });
      const app = await launchInBrowser(context, folder, network);
      await use(app);
      expect(await app.unexpectedDialogs(), 'dialogs that came up with no scripted answer').toEqual([]);
      await context.close();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
});

export { expect };
