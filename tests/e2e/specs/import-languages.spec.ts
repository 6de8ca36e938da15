// Importing spreadsheets exported in each of the five languages (tests/fixtures/import): the
// preview shows the file's own columns with the field each goes to, the person can choose per
// column, and what is imported is what the columns hold.
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { fieldLabel, type ImportFieldKey } from '../../../shared';
import { expectedColumns, IMPORT_FIXTURES } from '../../fixtures/import/expected-columns';
import { expect, test } from '../fixtures';
import { gotoPhase, saveAndRead } from './session-page';

const FIXTURES = IMPORT_FIXTURES;

/** What each column of the preview says: its header, the field chosen and how sure the header made it. */
async function columnsShown(dialog: Locator): Promise<{ header: string; field: string; match: string }[]> {
  const table = dialog.getByRole('table', { name: 'Columns of the file' });
  const headers = await table.locator('th.column-header').allInnerTexts();
  const selects = table.getByRole('combobox');
  const matches = await table.getByTestId('import-column-match').allInnerTexts();
  const fields = await selects.evaluateAll((elements) => elements.map((element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''));
  return headers.map((header, index) => ({ header: header.trim(), field: fields[index]!, match: matches[index]!.trim() }));
}

const FILES = [
  { file: 'en-google-sheets.csv', rows: 8, converted: false },
  { file: 'de-excel-windows.csv', rows: 8, converted: true },
  { file: 'fr-excel-utf8.csv', rows: 7, converted: false },
  { file: 'es-libreoffice.csv', rows: 7, converted: false },
  { file: 'pt-excel-utf8.csv', rows: 7, converted: false },
];

for (const { file, rows, converted } of FILES) {
  test(`${file}: every column goes to its field by name or synonym, and all ${rows} rows import with their dates and decimal commas`, async ({ app }) => {
    const { page } = app;
    await gotoPhase(page, 'Share');
    const path = join(app.folder, file);
    await copyFile(join(FIXTURES, file), path);
    await app.answerImportDialog(path);
    await page.getByRole('button', { name: 'Import from a file…' }).click();
    const dialog = page.getByTestId('import-dialog');
    await expect(dialog.getByTestId('import-row')).toHaveCount(rows);

    const expected = expectedColumns(file);
    expect(await columnsShown(dialog)).toEqual(
      expected.map(({ header, field }) => ({
        header,
        field: field === null ? 'Leave out' : fieldLabel(field as ImportFieldKey, 'en'),
        match: field === null ? 'Not recognised' : expect.stringMatching(/^(Name matches|Known name)$/),
      })),
    );
    const notes = dialog.getByTestId('import-file-note');
    if (converted) await expect(notes.first()).toContainText('it was read as Windows-1252');
    else await expect(notes.filter({ hasText: 'Windows-1252' })).toHaveCount(0);
    await expect(notes.last()).toContainText(file.startsWith('en') ? 'read month first' : 'read day first');
    // No row has a problem: every yes, no, partly, status, date and number was understood.
    for (const row of await dialog.getByTestId('import-row').all()) await expect(row.locator('td').last()).toHaveText('');

    await dialog.getByLabel('Start a new session with them').check();
    await dialog.getByRole('button', { name: `Import ${rows} candidates` }).click();
    await expect(dialog).toBeHidden();
    const saved = await saveAndRead(app, join(app.folder, `${file}.pickwise`));
    expect(saved.candidates).toHaveLength(rows);
    expect(saved.candidates[0]!.createdAt).toBe('2025-03-12T12:00:00.000Z');
    expect(saved.candidates.some((candidate) => candidate.override !== null && !Number.isInteger(candidate.override.complexity))).toBe(true);
    expect(new Set(saved.candidates.map((candidate) => candidate.status))).toEqual(new Set(['open', 'shortlisted', 'focus', 'parked', 'non-ml']));
  });
}

test('a title only guessed at is shown as a guess with a warning; choosing another column for Title moves it there', async ({ app }) => {
  const { page } = app;
  await gotoPhase(page, 'Share');
  const path = join(app.folder, 'guess.csv');
  await writeFile(path, 'Spalte A;Problembeschreibung;Verantwortlich\r\nChurn;Kunden kündigen;Jana\r\nRechnungen;Abgleich von Hand;Stefan\r\n');
  await app.answerImportDialog(path);
  await page.getByRole('button', { name: 'Import from a file…' }).click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-row')).toHaveCount(2);
  // No column names a title, so the problem statement stands for it: a guess, said twice.
  expect(await columnsShown(dialog)).toEqual([
    { header: 'Spalte A', field: 'Leave out', match: 'Not recognised' },
    { header: 'Problembeschreibung', field: 'Title', match: 'Guess: check' },
    { header: 'Verantwortlich', field: 'Owner', match: 'Name matches' },
  ]);
  await expect(dialog.getByRole('alert')).toHaveText('The titles are taken from “Problembeschreibung”, a guess. Check its first values below, or choose the column that holds the titles.');
  await expect(dialog.getByTestId('import-row').first()).toContainText('Kunden kündigen');

  await dialog.getByLabel('Field for the column “Spalte A”').selectOption({ label: 'Title' });
  await dialog.getByLabel('Field for the column “Problembeschreibung”').selectOption({ label: 'Problem statement' });
  expect(await columnsShown(dialog)).toEqual([
    { header: 'Spalte A', field: 'Title', match: 'Chosen' },
    { header: 'Problembeschreibung', field: 'Problem statement', match: 'Chosen' },
    { header: 'Verantwortlich', field: 'Owner', match: 'Name matches' },
  ]);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByTestId('import-row').first()).toContainText('Churn');
  await dialog.getByRole('button', { name: 'Import 2 candidates' }).click();
  const saved = await saveAndRead(app, join(app.folder, 'guess.pickwise'));
  expect(saved.candidates.slice(-2).map((candidate) => [candidate.title, candidate.problem, candidate.owner])).toEqual([
    ['Churn', 'Kunden kündigen', 'Jana'],
    ['Rechnungen', 'Abgleich von Hand', 'Stefan'],
  ]);
});

test('at 1280 × 720 the import preview of a wide file fits the window and nothing in it overlaps', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 720 });
  await gotoPhase(page, 'Share');
  const path = join(app.folder, 'de.csv');
  await copyFile(join(FIXTURES, 'de-excel-windows.csv'), path);
  await app.answerImportDialog(path);
  await page.getByRole('button', { name: 'Import from a file…' }).click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-row')).toHaveCount(8);
  const overlaps = await dialog.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const inside = box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
    // The dialog's own parts, each a block: they must not cover one another.
    const parts = [...element.querySelectorAll(':scope > *')].map((part) => ({ name: `${part.tagName.toLowerCase()}.${part.className}`, box: part.getBoundingClientRect() }));
    const found: string[] = [];
    parts.forEach((a, i) =>
      parts.slice(i + 1).forEach((b) => {
        const overlap = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 1 && Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 1;
        if (overlap && a.box.height > 0 && b.box.height > 0) found.push(`${a.name} × ${b.name}`);
      }),
    );
    // Within the columns table, each cell's text stays in its cell (clipped with an ellipsis, never drawn over the next).
    for (const cell of element.querySelectorAll('.import-columns td, .import-columns th')) {
      const cellBox = cell.getBoundingClientRect();
      for (const child of cell.querySelectorAll('select, .column-name, .column-value, .column-match')) {
        const childBox = child.getBoundingClientRect();
        if (childBox.left < cellBox.left - 0.5 || childBox.right > cellBox.right + 0.5) found.push(`${child.className || child.tagName} outside its cell`);
      }
    }
    return { inside, found, scrollsItself: element.scrollHeight > element.clientHeight + 1 };
  });
  expect(overlaps.inside).toBe(true);
  expect(overlaps.found).toEqual([]);
  // The dialog does not scroll as a whole: the rows' table does, and the buttons stay in view.
  expect(overlaps.scrollsItself).toBe(false);
  await expect(dialog.getByRole('button', { name: 'Import 8 candidates' })).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('table', { name: 'Columns of the file' }).getByRole('combobox').first()).toBeInViewport({ ratio: 1 });
});
