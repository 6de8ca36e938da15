import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { WatchedBrowser } from '../../e2e/harness/browser-watch';

// The end-to-end fixture's watch over the worker's Chromium (tests/e2e/harness/browser-watch.ts):
// a browser that goes away on its own is named with the test it went during and how it ended,
// instead of Playwright's "Target page, context or browser has been closed". The exit status is
// read through a POSIX shell wrapper, so this runs where there is one.
describe.skipIf(process.platform === 'win32')('a worker’s Chromium that dies', () => {
  it('is named with the test it died during and the signal that ended it', async () => {
    const watched = await WatchedBrowser.launch(chromium);
    try {
      watched.testStarted('an invalid file gives a message naming the file and the reason');
      expect(await watched.deathMessage()).toBeNull();
      // The wrapper's child is Chromium itself: killed from outside, as the kernel's
      // out-of-memory killer would.
      const folder = (watched as unknown as { folder: string }).folder;
      const wrapper = execFileSync('pgrep', ['-f', `chromium-exit.sh .*${folder}`], { encoding: 'utf8' }).trim().split('\n')[0]!;
      const gone = new Promise((resolve) => watched.browser.on('disconnected', resolve));
      for (const pid of execFileSync('pgrep', ['-P', wrapper], { encoding: 'utf8' }).trim().split('\n')) process.kill(Number(pid), 'SIGKILL');
      await gone;
      const message = await watched.deathMessage();
      expect(message).toMatch(/^The worker’s Chromium went away on its own at \S+, during “an invalid file gives a message naming the file and the reason”: ended by SIGKILL \(killed from outside/);
    } finally {
      // Closing a browser that is already gone may reject; the folder is removed all the same.
      await watched.close().catch(() => undefined);
    }
  }, 60_000);
});
