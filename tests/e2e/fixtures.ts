import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type ElectronApplication, type Page } from '@playwright/test';
import type { AppUnderTest } from './harness/app-under-test';
import { launchInBrowser, type HarnessOnly, type NetworkLog } from './harness/browser-app';
import { WatchedBrowser } from './harness/browser-watch';
import { findElectronBinary } from './harness/electron-binary';
import { launchInElectron } from './harness/electron-app';
import { emptyPolicyLog, type PolicyLog } from './harness/main-policy';

export const ELECTRON_PROJECT = 'electron';

/**
 * Every spec gets `app`, the same in both modes; `network`, the requests that tried to leave
 * the app (harness mode sees every request the page makes); and `policy`, what main's
 * security policy decided about navigation, new windows, permissions and requests (harness).
 */
export const test = base.extend<
  { app: AppUnderTest; network: NetworkLog; policy: PolicyLog; systemLocales: string[]; pseudoLocale: boolean },
  { harnessBrowser: WatchedBrowser | null }
>({
  /** The system's preferred languages the app starts on (`test.use({ systemLocales: ['de-DE'] })`). */
  systemLocales: [['en-US'], { option: true }],
  /** Starts the app in the pseudo-locale (PICKWISE_PSEUDO_LOCALE=1). */
  pseudoLocale: [false, { option: true }],
  harnessBrowser: [
    async ({ playwright }, use, workerInfo) => {
      if (workerInfo.project.name === ELECTRON_PROJECT) return use(null);
      const watched = await WatchedBrowser.launch(playwright.chromium);
      await use(watched);
      await watched.close();
    },
    { scope: 'worker' },
  ],
  network: async ({}, use) => use({ outside: [], all: [] }),
  policy: async ({}, use) => use(emptyPolicyLog()),
  app: async ({ harnessBrowser, network, policy, systemLocales, pseudoLocale }, use, testInfo) => {
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
            systemLocales,
            pseudoLocale,
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
      const watched = harnessBrowser!;
      // A browser that died before this test is named, with its cause, instead of a bare "closed".
      const diedBefore = await watched.deathMessage();
      if (diedBefore) throw new Error(diedBefore);
      watched.testStarted(testInfo.titlePath.slice(1).join(' › '));
      // A relaunch throws the page and the harness's main side away as a crash would (no
      // handler runs), then starts both again on the same data folder.
      const userDataFolder = join(folder, '.user-data');
      let context: BrowserContext;
      let current: AppUnderTest & HarnessOnly;
      const crashes: string[] = [];
      const launch = async (): Promise<AppUnderTest> => {
        context = await watched.browser.newContext({ viewport: { width: 1280, height: 800 } });
        const launched = await launchInBrowser(context, folder, network, {
          userDataFolder,
          policyLog: policy,
          systemLocales,
          pseudoLocale,
          relaunch: async () => {
            await context.close();
            return launch();
          },
        });
        current = launched;
        watchForCrash(launched.page, crashes, () => launched.crashedOnPurpose());
        return launched;
      };
      try {
        await use(await launch());
      } finally {
        watched.testEnded();
      }
      const died = await watched.deathMessage();
      if (died) throw new Error(died);
      expect(crashes, 'pages of the app whose renderer crashed').toEqual([]);
      expect(await current!.unexpectedDialogs(), 'dialogs that came up with no scripted answer').toEqual([]);
      // A menu command or event main sent at the very end still reaches the page: closing the
      // context under it made a page.evaluate fail after the test had passed ("Target page,
      // context or browser has been closed" in presentation-full-screen.spec).
      await current!.delivered();
      await context!.close();
      // Main's work the page started (a PDF still printing, a draft, Open Recent) ends before the
      // test does. A print's browser context left open would be closed under the next test's
      // start, where Playwright's tracing touches every open context: that test then failed in
      // a few milliseconds with "Target page, context or browser has been closed", and the
      // worker, browser and all, was thrown away.
      await current!.settled();
      const leftOpen = watched.browser.contexts().map((left) => left.pages().map((page) => page.url()).join(', ') || 'no page');
      expect(leftOpen, 'browser contexts this test left open on the worker’s browser').toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
});

/**
 * A renderer that crashed (out of memory, a Chromium fault) is recorded with the page it showed;
 * a crash the spec caused itself (crashPage, to test what the app does then) is not a fault.
 */
function watchForCrash(page: Page, crashes: string[], onPurpose: () => boolean): void {
  page.on('crash', () => {
    if (!onPurpose()) crashes.push(`${new Date().toISOString()}: the page at ${page.url()} crashed (its renderer process died)`);
  });
}

export { expect };
