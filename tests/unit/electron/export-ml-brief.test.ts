import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, ML_BRIEF_BUDGETS, type Paper, type Session } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { createExportHandlers } from '../../../electron/main/ipc/export-handlers';
import type { Dialogs } from '../../../electron/main/ipc/ports';
import { createExportFiles } from '../../../electron/main/services/export-files';
import { pdfPageCount, printOnOnePage } from '../../../electron/main/services/pdf-pages';
import { createSessionFiles } from '../../../electron/main/services/session-files';

const tinyPng = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
const window = { windowId: 1 };

/** A PDF as Chromium (Skia) writes one: a page tree, then one uncompressed dictionary per page. */
function pdfOf(pages: number): Uint8Array {
  const objects = Array.from({ length: pages }, (_, index) => `${index + 3} 0 obj\n<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]>>\nendobj`);
  return new TextEncoder().encode(`%PDF-1.4\n1 0 obj\n<</Type /Catalog\n/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type /Pages\n/Count ${pages}>>\nendobj\n${objects.join('\n')}\n%%EOF`);
}

let folder: string;
let sample: Session;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-brief-'));
  sample = createSampleSession();
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The export handlers over real files, with a printer whose PDFs have the pages `pagesAt` says for each print. */
function setup(exportPath: string | null, pagesAt: (print: number) => number = () => 1) {
  const errors: FileError[] = [];
  const printed: { html: string; paper: Paper }[] = [];
  const dialogs = {
    chooseExportPath: async () => exportPath,
    showFileError: async (_id: number, error: FileError) => void errors.push(error),
  } as unknown as Dialogs;
  const handlers = createExportHandlers(dialogs, createSessionFiles(fs), {
    files: createExportFiles(fs),
    clipboard: { writePng: () => undefined },
    printer: {
      printToPdf: async (html, paper) => {
        printed.push({ html, paper });
        return pdfOf(pagesAt(printed.length - 1));
      },
    },
    now: () => new Date('2026-11-26T10:00:00Z'),
  });
  return { handlers, errors, printed };
}

describe('counting a PDF’s pages', () => {
  it('counts the page objects, not the page tree, and nothing in bytes that are not a PDF', () => {
    expect(pdfPageCount(pdfOf(1))).toBe(1);
    expect(pdfPageCount(pdfOf(3))).toBe(3);
    expect(pdfPageCount(new TextEncoder().encode('<</Type /Page>>'))).toBe(0);
    expect(pdfPageCount(new TextEncoder().encode('%PDF-1.4\n%%EOF'))).toBe(0);
    expect(pdfPageCount(new TextEncoder().encode('%PDF-1.4\n<</Type /PageLabel>> <</Type/Page>>'))).toBe(1);
  });

  it('prints the first level that fits on one page, and the last one whatever it gives', async () => {
    const tried: number[] = [];
    const fits = await printOnOnePage(3, (level) => `level ${level}`, async (html) => {
      tried.push(Number(html.slice(6)));
      return pdfOf(tried.length === 2 ? 1 : 2);
    });
    expect(fits.level).toBe(1);
    expect(tried).toEqual([0, 1]);
    const never = await printOnOnePage(3, (level) => `level ${level}`, async () => pdfOf(2));
    expect(never.level).toBe(2);
  });
});

describe('exporting the ML brief', () => {
  it('prints the PDF on the chosen paper, tighter until it is one page, with the chart inlined', async () => {
    const { handlers, errors, printed } = setup(join(folder, 'brief.pdf'), (print) => (print < 1 ? 2 : 1));
    const result = await handlers.exportMlBrief(window, { format: 'pdf', session: sample, candidateId: 'cand-churn', paper: 'letter', chartPng: tinyPng });
    expect(errors).toEqual([]);
    expect(result).toEqual({ status: 'exported', fileName: 'brief.pdf' });
    expect(printed.map((each) => each.paper)).toEqual(['letter', 'letter']);
    expect(printed[0]!.html).toContain('@page { size: letter;');
    expect(printed[1]!.html).toContain(Buffer.from(tinyPng).toString('base64'));
    // The second page came from a tighter level, and that is what was written.
    expect(printed[1]!.html).not.toBe(printed[0]!.html);
    expect(new Uint8Array(await readFile(join(folder, 'brief.pdf')))).toEqual(pdfOf(1));
  });

  it('never prints more than its levels', async () => {
    const { handlers, printed } = setup(join(folder, 'brief.pdf'), () => 2);
    await handlers.exportMlBrief(window, { format: 'pdf', session: sample, candidateId: 'cand-churn', paper: 'a4', chartPng: null });
    expect(printed).toHaveLength(ML_BRIEF_BUDGETS.length);
  });

  it('writes the Markdown with its chart beside it', async () => {
    const { handlers } = setup(join(folder, 'brief.md'));
    expect(await handlers.exportMlBrief(window, { format: 'markdown', session: sample, candidateId: 'cand-tickets', paper: 'a4', chartPng: tinyPng })).toEqual({ status: 'exported', fileName: 'brief.md' });
    const markdown = await readFile(join(folder, 'brief.md'), 'utf8');
    expect(markdown).toMatch(/^# ML brief: \*\*C7 · /);
    expect(markdown).toContain('(brief-chart.png)');
    expect(new Uint8Array(await readFile(join(folder, 'brief-chart.png')))).toEqual(tinyPng);
  });

  it('refuses, with a message and writing nothing, a candidate no longer in the session or scores still sealed', async () => {
    const gone = setup(join(folder, 'brief.pdf'));
    const result = await gone.handlers.exportMlBrief(window, { format: 'pdf', session: sample, candidateId: 'cand-gone', paper: 'a4', chartPng: null });
    expect(result.status).toBe('failed');
    expect(gone.errors.map((error) => error.message)).toEqual(['The ML brief could not be made: its candidate is no longer in the session. Choose another candidate and export again.']);
    const sealed = setup(join(folder, 'brief.pdf'));
    const sealedSession = { ...sample, settings: { ...sample.settings, revealed: false } };
    expect((await sealed.handlers.exportMlBrief(window, { format: 'markdown', session: sealedSession, candidateId: 'cand-churn', paper: 'a4', chartPng: null })).status).toBe('failed');
    expect(sealed.errors[0]!.message).toMatch(/^The ML brief cannot be exported yet/);
    expect(gone.printed).toEqual([]);
    expect(sealed.printed).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });
});
