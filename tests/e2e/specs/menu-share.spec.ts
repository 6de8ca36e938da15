import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decisionRecordSections, isPng } from '../../../shared';
import { expect, test } from '../fixtures';

// File ▸ Export, File ▸ Import, View ▸ Share and View ▸ Presentation Mode, chosen from the
// menu: each does what its label says.

test('File ▸ Export and Import, and View ▸ Share and Presentation Mode, from the menu', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();

  await app.sendMenuCommand('view.phase.share');
  await expect(page.getByRole('main')).toHaveAccessibleName('Share');

  await app.sendMenuCommand('view.phase.map');
  await app.sendMenuCommand('view.presentation');
  await expect(page.getByTestId('presentation')).toBeVisible();
  await app.sendMenuCommand('view.presentation');
  await expect(page.getByTestId('presentation')).toHaveCount(0);

  await app.sendMenuCommand('file.export.chart');
  const dialog = page.getByTestId('chart-export-dialog');
  await expect(dialog.getByTestId('chart-export-preview')).toBeVisible();
  await app.answerExportDialog(join(app.folder, 'menu-chart.png'));
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect.poll(() => readFile(join(app.folder, 'menu-chart.png')).then((bytes) => isPng(new Uint8Array(bytes)), () => false)).toBe(true);

  await app.answerExportDialog(join(app.folder, 'menu-record.md'));
  await app.sendMenuCommand('file.export.recordMarkdown');
  await expect.poll(() => readFile(join(app.folder, 'menu-record.md'), 'utf8').catch(() => '')).toContain(`## ${decisionRecordSections('en').focus}`);

  await app.answerExportDialog(join(app.folder, 'menu-record.pdf'));
  await app.sendMenuCommand('file.export.recordPdf');
  await expect.poll(() => readFile(join(app.folder, 'menu-record.pdf')).then((bytes) => bytes.subarray(0, 5).toString(), () => '')).toBe('%PDF-');

  await app.answerExportDialog(join(app.folder, 'menu-backlog.csv'));
  await app.sendMenuCommand('file.export.csv');
  await expect.poll(() => readFile(join(app.folder, 'menu-backlog.csv'), 'utf8').catch(() => '')).toContain('Churn prediction for loyalty members');

  const list = join(app.folder, 'ideas.txt');
  await writeFile(list, 'Invoice matching\nStaff rostering\n');
  await app.answerImportDialog(list);
  await app.sendMenuCommand('file.import.candidates');
  await expect(page.getByTestId('import-dialog').getByTestId('import-row')).toHaveCount(2);
  await page.getByTestId('import-dialog').getByRole('button', { name: 'Cancel' }).click();

  await app.answerImportDialog(null);
  await app.sendMenuCommand('file.import.merge');
  await expect(page.getByTestId('merge-dialog')).toBeHidden();
});
