import { expect, test } from '../fixtures';
import { shootAll } from '../support/screenshots';
import { openTodayBesideLastQuarter } from '../support/compare-files';

// Pictures of comparing two sessions for people to look at (not compared automatically): the
// review step and the comparison under the Map, at projector and laptop size, in both themes.

test('comparing the sample with a changed copy: the review step and the comparison', async ({ app }) => {
  // Twelve full-page shots of a big page; a machine shared with other work takes its time.
  test.slow();
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
