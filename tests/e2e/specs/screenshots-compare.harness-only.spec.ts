import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { openTodayBesideLastQuarter } from '../support/compare-files';

// Pictures of comparing two sessions for people to look at (not compared automatically): the
// review step and the comparison under the Map, at projector and laptop size, in both themes.
const sizes = [
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;
const themes = ['light', 'dark'] as const;
const folder = join(__dirname, '../../../test-results/screenshots');

async function shootAll(page: Page, name: string, settle?: () => Promise<void>): Promise<void> {
  for (const size of sizes) {
    for (const theme of themes) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: theme });
      await settle?.();
      await page.screenshot({ path: join(folder, `${name}-${size.name}-${theme}.png`) });
    }
  }
}

test('comparing the sample with a changed copy: the review step and the comparison', async ({ app }) => {
  // Twelve full-page shots of a big page; a machine shared with other work takes its time.
  test.slow();
  await mkdir(folder, { recursive: true });
  const { page, earlierFile } = await openTodayBesideLastQuarter(app);

  await app.answerImportDialog(earlierFile);
  await app.sendMenuCommand('file.compare');
  const review = page.getByTestId('compare-review');
  await expect(review).toBeVisible();
  await review.getByRole('button', { name: /^Unpair C7 / }).click();
  await shootAll(page, 'compare-review');
  await review.getByRole('button', { name: 'Compare' }).click();
  const panel = page.locator('.comparison-panel');
  await shootAll(page, 'compare-map', () => panel.scrollIntoViewIfNeeded());
  await shootAll(page, 'compare-map-top', () => page.evaluate(() => window.scrollTo(0, 0)));
});
