import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { compareTodayWithLastQuarter } from '../support/compare-files';
import { gotoPhase } from './session-page';

// Pictures for people to look at (not compared automatically): Share while a comparison is in
// use, saying beside the record's and the CSV's buttons that they carry "Since …", at projector
// and laptop size in both themes; and the decision record's PDF with its "Since …" section,
// kept beside them to be turned into a picture (pdftoppm).
const sizes = [
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;
const themes = ['light', 'dark'] as const;
const folder = join(__dirname, '../../../test-results/screenshots');

test('Share with a comparison in use, and the record it exports', async ({ app }) => {
  test.slow();
  await mkdir(folder, { recursive: true });
  const page = await compareTodayWithLastQuarter(app);
  await gotoPhase(page, 'Share');
  await expect(page.getByTestId('since-export-note')).toHaveCount(2);
  for (const size of sizes) {
    for (const theme of themes) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: theme });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(folder, `compare-share-${size.name}-${theme}.png`) });
    }
  }
  const pdfFile = join(app.folder, 'record.pdf');
  await app.answerExportDialog(pdfFile);
  await page.getByRole('button', { name: 'Export as PDF…' }).click();
  await expect.poll(() => readFile(pdfFile).then((bytes) => bytes.length, () => 0)).toBeGreaterThan(1000);
  await copyFile(pdfFile, join(folder, 'compare-record.pdf'));
});
