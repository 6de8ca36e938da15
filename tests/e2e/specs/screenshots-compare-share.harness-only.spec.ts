import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { SCREENSHOT_FOLDER, shootAll } from '../support/screenshots';
import { compareTodayWithLastQuarter } from '../support/compare-files';
import { gotoPhase } from './session-page';

// Pictures for people to look at (not compared automatically): Share while a comparison is in
// use, saying beside the record's and the CSV's buttons that they carry "Since …", at projector
// and laptop size in both themes; and the decision record's PDF with its "Since …" section,
// kept beside them to be turned into a picture (pdftoppm).
test('Share with a comparison in use, and the record it exports', async ({ app }) => {
  test.slow();
  const page = await compareTodayWithLastQuarter(app);
  await gotoPhase(page, 'Share');
  await expect(page.getByTestId('since-export-note')).toHaveCount(2);
  await shootAll(page, 'compare-share', () => page.evaluate(() => window.scrollTo(0, 0)));
  const pdfFile = join(app.folder, 'record.pdf');
  await app.answerExportDialog(pdfFile);
  await page.getByRole('button', { name: 'Export as PDF…' }).click();
  await expect.poll(() => readFile(pdfFile).then((bytes) => bytes.length, () => 0)).toBeGreaterThan(1000);
  await copyFile(pdfFile, join(SCREENSHOT_FOLDER, 'compare-record.pdf'));
});
