import { copyFile, readFile, writeFile } from 'node:fs/promises';
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

test('the import preview of a German Excel file, and of a sheet whose titles are only guessed at', async ({ app }) => {
  const { page } = app;
  await gotoPhase(page, 'Share');
  const german = join(app.folder, 'de-excel-windows.csv');
  await copyFile(join(__dirname, '../../fixtures/import/de-excel-windows.csv'), german);
  await app.answerImportDialog(german);
  await page.getByRole('button', { name: 'Import from a file…' }).click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-row')).toHaveCount(8);
  await shootAll(page, 'import-german');
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.screenshot({ path: join(SCREENSHOT_FOLDER, `import-german-1280x720-${theme}.png`) });
  }
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const guessed = join(app.folder, 'guessed.csv');
  await writeFile(guessed, 'Spalte A;Problembeschreibung;Verantwortlich;Reife: Datenqualität\nChurn;Kunden kündigen;Jana;teilweise\nRechnungen;Abgleich von Hand;Stefan;fehlt\n');
  await app.answerImportDialog(guessed);
  await page.getByRole('button', { name: 'Import from a file…' }).click();
  await expect(dialog.getByTestId('import-row')).toHaveCount(2);
  await shootAll(page, 'import-guessed');
});
