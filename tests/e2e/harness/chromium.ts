import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, started so that it makes no connection of its own: the machines that
 * test Pickwise have no network, and the app must not need one.
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
  ],
};
