import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

// Pictures for people to look at (the `screenshots` project, not compared automatically):
// every screen at projector and laptop size, in both themes, into test-results/screenshots.

export const SCREENSHOT_FOLDER = join(__dirname, '../../../test-results/screenshots');

const SCREEN_SIZES = [
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;

const THEMES = ['light', 'dark'] as const;

/**
 * `<name>-<size>-<theme>.png` for each size and theme. `settle` runs after each resize: what the
 * shot is about may have left the screen.
 */
export async function shootAll(page: Page, name: string, settle?: () => Promise<void>): Promise<void> {
  await mkdir(SCREENSHOT_FOLDER, { recursive: true });
  for (const size of SCREEN_SIZES) {
    for (const theme of THEMES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: theme });
      await settle?.();
      await page.screenshot({ path: join(SCREENSHOT_FOLDER, `${name}-${size.name}-${theme}.png`) });
    }
  }
}
