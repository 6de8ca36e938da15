import { defineConfig } from '@playwright/test';
import { findElectronBinary } from './tests/e2e/harness/electron-binary';
import { findBrowser } from './tests/e2e/harness/find-browser';

const browser = findBrowser();
if ('missing' in browser) {
  // One line that says what to do, before any test starts, rather than a launch error per test.
  console.error(`[pickwise e2e] ${browser.missing}`);
  process.exit(1);
}

const electronBinary = findElectronBinary();
if ('missing' in electronBinary) {
  // Said once, up front, so a skipped electron project never goes unexplained.
  console.log(`[pickwise e2e] electron mode will be skipped: ${electronBinary.missing}`);
}

const SCREENSHOT_SPECS = /\/screenshots[^/]*\.spec\.ts$/;

// The same specs run twice: against the built renderer in Chromium with the real preload,
// handlers and services (harness), and through a real Electron when one is installed.
export default defineConfig({
  testDir: 'tests/e2e/specs',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  // Room for a loaded 2-core machine: whole-workshop specs took up to 58 s there. A timeout is a
  // guard against a hang, not a measure of speed (the benchmark measures speed).
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env['CI'] ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
  // Screenshots are for people to look at, not assertions: `npm run screenshots` takes them, and
  // `npm test` (CI) leaves them out, which keeps a full run under 20 minutes.
  projects: [
    { name: 'harness', testIgnore: SCREENSHOT_SPECS },
    { name: 'electron', testIgnore: [/\.harness-only\.spec\.ts$/, SCREENSHOT_SPECS] },
    { name: 'screenshots', testMatch: SCREENSHOT_SPECS },
  ],
});
