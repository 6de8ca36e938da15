import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSampleSession, serializeSession } from '../../../shared';
import { expect, test } from '../fixtures';
import { changedSample } from '../support/changed-sample';
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
  const { page } = app;
  await mkdir(folder, { recursive: true });
  const earlierFile = join(app.folder, 'last quarter.pickwise');
  const todayFile = join(app.folder, 'today.pickwise');
  await writeFile(earlierFile, serializeSession(createSampleSession()));
  await writeFile(todayFile, serializeSession(changedSample()));
  await app.answerOpenDialog(todayFile);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle('today.pickwise — Pickwise');
  await app.answerImportDialog(earlierFile);
  await app.sendMenuCommand('file.compare');
  await page.getByTestId('compare-review').getByRole('button', { name: 'Compare' }).click();
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
