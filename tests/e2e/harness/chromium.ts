import type { LaunchOptions } from '@playwright/test';
import { HARNESS_ORIGIN } from './main-side';

/**
 * Debian's Chromium, started so that it makes no connection of its own: the machines that
 * test Pickwise have no network, and the app must not need one. The harness's origin counts
 * as secure, as the app's own scheme does in Electron (registered with `secure: true`).
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env['PICKWISE_CHROMIUM'] ?? '/usr/bin/chromium',
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
