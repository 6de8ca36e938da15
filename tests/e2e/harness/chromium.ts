import type { LaunchOptions } from '@playwright/test';
import { findBrowser } from './find-browser';
import { HARNESS_ORIGIN } from './main-side';

const browser = findBrowser();

/**
 * The machine's Chromium (or Chrome, or Edge: find-browser.ts), started so that it makes no
 * connection of its own: the machines that test Pickwise may have no network, and the app must
 * not need one. The harness's origin counts as secure, as the app's own scheme does in
 * Electron (registered with `secure: true`). playwright.config.ts stops with one line before
 * any test when no browser was found.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  ...('path' in browser ? { executablePath: browser.path } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
    `--unsafely-treat-insecure-origin-as-secure=${HARNESS_ORIGIN}`,
  ],
};
