import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { createSampleSession, sinceHeading } from '../../../shared';
import { expect, test } from '../fixtures';
import { exportRecordMarkdown } from '../support/record-export';
import { openTodayBesideLastQuarter } from '../support/compare-files';
import { pdfPages } from '../support/pdf-text';
import { gotoPhase } from './session-page';

// Issue 16, the comparison goes into exports: today's session (the sample changed a quarter
// later) compared with the sample saved then; the decision record (Markdown and PDF) carries a
// "Since …" section, the CSV before columns, and Share says so beside their buttons.

test('after comparing, the record and the CSV carry what moved since the earlier session', async ({ app }) => {
  const { page, earlierFile } = await openTodayBesideLastQuarter(app);

  const heading = sinceHeading(createSampleSession().frame, 'en');
  await gotoPhase(page, 'Share');
  await expect(page.getByTestId('since-export-note')).toHaveCount(0);
  await app.answerImportDialog(earlierFile);
  await page.getByRole('button', { name: 'Compare with another session…' }).click();
  const review = page.getByTestId('compare-review');
  await review.getByRole('button', { name: 'Compare' }).click();
  await expect(review).toBeHidden();

  await gotoPhase(page, 'Share');
  await expect(page.getByTestId('since-export-note')).toHaveText([`Includes a section ${heading}: what moved, and why.`, `Includes before columns and a column ${heading} (dropped candidates are in the record only).`]);

  const markdown = await exportRecordMarkdown(app);
  const since = markdown.slice(markdown.indexOf(`## ${heading}\n`), markdown.indexOf('## Focus problem'));
  expect(since).toContain('_Compared with “last quarter.pickwise”._');
  expect(since).toContain('11 candidates compared: 3 changed quadrant, 8 changed rank or position only, 0 unchanged; 1 new, 1 dropped.');
  expect(since).toContain('| C2 | Product recommendations in the web shop | Big bets → Quick wins | 6 → 5 |');
  expect(since).toMatch(/\| C4 \| Personalised video feed in the app \| Money pits → – \| 10 → – \|.*\| Dropped since then \|/);
  expect(since).toContain('| C13 | Markdown pricing for seasonal stock | – → Quick wins | – → 4 |');

  const csvFile = join(app.folder, 'backlog.csv');
  await app.answerExportDialog(csvFile);
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect.poll(() => readFile(csvFile, 'utf8').then((body) => body.length, () => 0)).toBeGreaterThan(100);
  const rows = Papa.parse<Record<string, string>>((await readFile(csvFile, 'utf8')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(rows.map((row) => row.Code)).toEqual(['C1', 'C2', 'C3', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11', 'C12', 'C13']);
  const cells = (code: string) => {
    const row = rows.find((each) => each.Code === code)!;
    return [row['Quadrant before'], row.Quadrant, row['Rank before'], row.Rank, row[heading]];
  };
  expect(cells('C2')).toEqual(['Big bets', 'Quick wins', '6', '5', 'Scores changed; weights or criteria changed']);
  expect(cells('C10')).toEqual(['Money pits', 'Big bets', '11', '8', 'Scores changed; weights or criteria changed']);
  expect(cells('C13')).toEqual(['', 'Quick wins', '', '4', 'New since then']);

  const pdfFile = join(app.folder, 'record.pdf');
  await app.answerExportDialog(pdfFile);
  await page.getByRole('button', { name: 'Export as PDF…' }).click();
  await expect.poll(() => readFile(pdfFile).then((bytes) => bytes.length, () => 0)).toBeGreaterThan(1000);
  const pages = await pdfPages(new Uint8Array(await readFile(pdfFile)));
  const text = pages.map((each) => each.text).join(' ').replace(/\s+/g, ' ');
  expect(text).toContain(heading.toUpperCase().replace(/\s+/g, ' ').slice(0, 20));
  for (const words of ['Compared with “last quarter.pickwise”.', 'Big bets → Quick wins', 'Personalised video feed in the app', 'Dropped since then', 'Markdown pricing for seasonal stock', 'New since then']) {
    expect(text).toContain(words);
  }
  // Printed whole, never split across pages: its table and the sentence above it on one page.
  expect(pages.filter((each) => each.text.includes('Compared with') && each.text.includes('Dropped since then'))).toHaveLength(1);
  expect(await app.fileErrors()).toEqual([]);
});
