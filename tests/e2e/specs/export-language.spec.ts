import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { backlogCsvColumns, createSampleSession, decisionRecordSections } from '../../../shared';
import { expect, test } from '../fixtures';
import { exportRecordMarkdown } from '../support/record-export';
import { gotoPhase, pressRedo, pressUndo, saveAndRead } from './session-page';

// Share ▸ Language of exports: the interface stays English while the session's exports are
// written in German; the choice is an edit of the session, undone by Undo and kept in the file.

test('a session’s exports in the language chosen for it in Share, the interface staying English', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await gotoPhase(page, 'Share');
  const language = page.getByRole('combobox', { name: 'Language of exports' });
  // The sample is a new session: its exports start in the interface's language.
  await expect(language).toHaveValue('en');
  await expect(page).not.toHaveTitle(/●/);

  await language.selectOption({ label: 'Deutsch' });
  await expect(language).toHaveValue('de');
  await expect(page).toHaveTitle(/●/);
  await expect(page.getByRole('button', { name: 'Export CSV…' })).toBeVisible();

  const csv = join(app.folder, 'backlog.csv');
  await app.answerExportDialog(csv);
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect.poll(() => readFile(csv).then((bytes) => bytes.length, () => 0)).toBeGreaterThan(100);
  const header = (await readFile(csv, 'utf8')).replace(/^\uFEFF/, '').split('\r\n')[0]!;
  expect(header).toBe(backlogCsvColumns(createSampleSession(), 'de').map((column) => column.header).join(','));
  expect(header.startsWith('Kürzel,Titel,Problembeschreibung,')).toBe(true);
  // Its cells' words are German too: the checklist's answers and the owner's mark (the sample's own texts stay English).
  const body = await readFile(csv, 'utf8');
  expect(body).toContain('Bereit — Four years of loyalty-card history in the warehouse.');
  expect(body).toContain('— verantwortlich: Maria Lopez');
  expect(body).not.toContain('— owner:');

  const markdown = await exportRecordMarkdown(app);
  for (const section of Object.values(decisionRecordSections('de'))) expect(markdown).toContain(`## ${section}`);

  const svgFile = join(app.folder, 'chart.svg');
  await page.getByRole('button', { name: 'Export chart image…' }).click();
  const dialog = page.getByTestId('chart-export-dialog');
  await expect(dialog.getByTestId('chart-export-preview')).toBeVisible();
  await dialog.getByLabel(/^SVG/).check();
  await app.answerExportDialog(svgFile);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => readFile(svgFile, 'utf8').then((svg) => svg.includes('Checkliste widerspricht der Komplexität der Runde'), () => false)).toBe(true);

  await pressUndo(page);
  await expect(language).toHaveValue('en');
  await pressRedo(page);
  await expect(language).toHaveValue('de');
  const saved = await saveAndRead(app, join(app.folder, 'german.pickwise'));
  expect(saved.settings.language).toBe('de');
  expect(saved.frame.title).toBe(createSampleSession().frame.title);
});
