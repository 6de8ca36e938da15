import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decisionRecordHtml, rankCandidates, serializeSession } from '../../../shared';
import { expect, test } from '../fixtures';
import { bigBoardSession } from '../support/big-board';
import { pdfText, pngSize } from '../support/pdf-text';
import { gotoPhase } from './session-page';

// The decision record's PDF is printed from a page main serves by address, never from a data:
// URL (Chromium refuses URLs over 2 MB): a record carrying a 4× chart of 300 candidates prints.

/** Width and height of every image the PDF holds (Chromium writes image dictionaries plainly). */
function pdfImageSizes(pdf: Uint8Array): { width: number; height: number }[] {
  const text = Buffer.from(pdf).toString('latin1');
  return [...text.matchAll(/\/Subtype\s*\/Image[^>]*?\/Width\s+(\d+)[^>]*?\/Height\s+(\d+)|\/Height\s+(\d+)[^>]*?\/Subtype\s*\/Image[^>]*?\/Width\s+(\d+)|\/Width\s+(\d+)[^>]*?\/Height\s+(\d+)[^>]*?\/Subtype\s*\/Image/g)].map(
    (match) => ({ width: Number(match[1] ?? match[4] ?? match[5]), height: Number(match[2] ?? match[3] ?? match[6]) }),
  );
}

test('a decision record with a 4× chart of 300 candidates prints to PDF, chart and all', async ({ app }) => {
  // Drawing a 4× picture of a big board and printing it takes a while on a loaded machine.
  test.slow();
  const { page } = app;
  // The projector's full-HD screen: the chart is drawn at the window's size.
  await page.setViewportSize({ width: 1920, height: 1080 });
  const session = bigBoardSession(300);
  const file = join(app.folder, 'big board.pickwise');
  await writeFile(file, serializeSession(session));
  await app.answerOpenDialog(file);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle('big board.pickwise — Pickwise');
  await gotoPhase(page, 'Map');
  await expect(page.getByTestId('matrix-point').first()).toBeVisible();

  // The chart at 4× on a transparent background (the heaviest picture the export dialog
  // draws), copied so it carries no session.
  await page.getByRole('button', { name: 'Export image…' }).click();
  const dialog = page.getByTestId('chart-export-dialog');
  await expect(dialog.getByTestId('chart-export-preview')).toBeVisible();
  await dialog.getByLabel(/^4×/).check();
  await dialog.getByLabel('Transparent').check();
  await dialog.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect.poll(async () => (await app.clipboardImages()).length, { timeout: 30_000 }).toBe(1);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const chart = (await app.clipboardImages())[0]!;
  // The record's page, as a data: URL, is beyond what Chromium loads as a URL (2,097,152 characters).
  const recordPage = decisionRecordHtml(session, { chartImageDataUrl: `data:image/png;base64,${Buffer.from(chart).toString('base64')}`, generatedAt: new Date() }, 'en');
  const recordAsDataUrl = 'data:text/html;charset=utf-8;base64,'.length + Math.ceil(Buffer.byteLength(recordPage) / 3) * 4;
  console.log(
    `4× chart of 300 candidates: ${pngSize(chart).width}×${pngSize(chart).height} px, ${(chart.byteLength / 1e6).toFixed(2)} MB; the record as a data: URL: ${(recordAsDataUrl / 1e6).toFixed(2)} M characters`,
  );
  expect(recordAsDataUrl).toBeGreaterThan(2 * 1024 * 1024);

  const pdfFile = join(app.folder, 'record.pdf');
  await app.answerExportDialog(pdfFile);
  const result = await page.evaluate(
    async ({ chartBase64, sessionJson }) => {
      const bytes = Uint8Array.from(atob(chartBase64), (char) => char.charCodeAt(0));
      return window.pickwise.exportDecisionRecord({ format: 'pdf', session: JSON.parse(sessionJson), chartPng: bytes });
    },
    { chartBase64: Buffer.from(chart).toString('base64'), sessionJson: JSON.stringify(session) },
  );
  expect(result).toEqual({ status: 'exported', fileName: 'record.pdf' });
  const pdf = new Uint8Array(await readFile(pdfFile));
  expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  // The chart is in the PDF at its full size, and the record's text is there.
  expect(pdfImageSizes(pdf)).toContainEqual(pngSize(chart));
  const text = await pdfText(pdf);
  const top = rankCandidates(session).ranked[0]!;
  expect(text).toContain(top.candidate.title.replace(/\s+/g, ' '));
  expect(await app.fileErrors()).toEqual([]);
});
