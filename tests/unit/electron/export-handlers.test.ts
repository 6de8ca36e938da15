import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, extractSessionFromPng, parseSession } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { createExportHandlers } from '../../../electron/main/ipc/export-handlers';
import type { Dialogs } from '../../../electron/main/ipc/ports';
import { createExportFiles } from '../../../electron/main/services/export-files';
import { createSessionFiles } from '../../../electron/main/services/session-files';

// A 1×1 PNG as any program would write it.
const tinyPng = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
const sample = createSampleSession();
const window = { windowId: 1 };

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-export-handlers-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function setup(exportPath: string | null) {
  const errors: FileError[] = [];
  const clipboard: Uint8Array[] = [];
  const printed: string[] = [];
  const dialogs = {
    chooseExportPath: async () => exportPath,
    chooseFileToImport: async () => null,
    showFileError: async (_id: number, error: FileError) => void errors.push(error),
  } as unknown as Dialogs;
  const handlers = createExportHandlers(dialogs, createSessionFiles(fs), {
    files: createExportFiles(fs),
    clipboard: { writePng: (png) => void clipboard.push(png) },
    printer: {
      printToPdf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7 a printed page');
      },
    },
    now: () => new Date('2026-11-26T10:00:00Z'),
  });
  return { handlers, errors, clipboard, printed };
}

describe('export handlers', () => {
  it('writes the session into the exported PNG, so it opens again as the same session', async () => {
    const { handlers } = setup(join(folder, 'chart'));
    expect(await handlers.exportChartImage(window, { format: 'png', png: tinyPng, session: sample, suggestedName: 'x' })).toEqual({ status: 'exported', fileName: 'chart.png' });
    const extracted = extractSessionFromPng(new Uint8Array(await readFile(join(folder, 'chart.png'))), 'en');
    expect(extracted.ok).toBe(true);
    const parsed = extracted.ok ? parseSession(extracted.text, 'en') : null;
    expect(parsed?.ok && parsed.session).toEqual(sample);
  });

  it('refuses bytes that are not a PNG, for the file and the clipboard', async () => {
    const { handlers, clipboard } = setup(join(folder, 'chart.png'));
    const notPng = new TextEncoder().encode('hello');
    await expect(handlers.exportChartImage(window, { format: 'png', png: notPng, session: sample, suggestedName: 'x' })).rejects.toThrow(/not a PNG/);
    await expect(handlers.copyChartImage(window, { png: notPng })).rejects.toThrow(/not a PNG/);
    await handlers.copyChartImage(window, { png: tinyPng });
    expect(clipboard).toEqual([tinyPng]);
  });

  it('a cancelled save dialog writes nothing', async () => {
    const { handlers } = setup(null);
    expect(await handlers.exportBacklogCsv(window, { session: sample, bom: true, delimiter: ',' })).toEqual({ status: 'cancelled' });
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('writes the Markdown record with its chart beside it, and prints the PDF from the record’s page', async () => {
    const markdown = setup(join(folder, 'record.md'));
    expect(await markdown.handlers.exportDecisionRecord(window, { format: 'markdown', session: sample, chartPng: tinyPng })).toEqual({ status: 'exported', fileName: 'record.md' });
    expect(await readFile(join(folder, 'record.md'), 'utf8')).toContain('(record-chart.png)');
    expect(new Uint8Array(await readFile(join(folder, 'record-chart.png')))).toEqual(tinyPng);

    const pdf = setup(join(folder, 'record.pdf'));
    expect(await pdf.handlers.exportDecisionRecord(window, { format: 'pdf', session: sample, chartPng: tinyPng })).toEqual({ status: 'exported', fileName: 'record.pdf' });
    expect(pdf.printed[0]).toContain('data:image/png;base64,');
    expect(await readFile(join(folder, 'record.pdf'), 'utf8')).toContain('%PDF');
  });

  it('lists the chart’s key after the picture, in the Markdown record and in the PDF’s page', async () => {
    const recs = sample.candidates.find((candidate) => candidate.id === 'cand-recs')!;
    const markdown = setup(join(folder, 'record.md'));
    await markdown.handlers.exportDecisionRecord(window, { format: 'markdown', session: sample, chartPng: tinyPng, chartKey: ['cand-recs'] });
    expect(await readFile(join(folder, 'record.md'), 'utf8')).toContain(`(record-chart.png)\n\n**Key:**\n\n- **${recs.code}** ${recs.title}\n`);
    const pdf = setup(join(folder, 'record.pdf'));
    await pdf.handlers.exportDecisionRecord(window, { format: 'pdf', session: sample, chartPng: tinyPng, chartKey: ['cand-recs'] });
    expect(pdf.printed[0]).toContain(`<li><strong>${recs.code}</strong> ${recs.title}</li>`);
  });

  it('a failed export shows the reason and reports it', async () => {
    const { handlers, errors } = setup(join(folder, 'no-such-folder', 'backlog.csv'));
    const result = await handlers.exportBacklogCsv(window, { session: sample, bom: false, delimiter: ';' });
    expect(result).toMatchObject({ status: 'failed', error: { fileName: 'backlog.csv' } });
    expect(errors[0]?.message).toMatch(/“backlog\.csv” could not be written/);
  });
});
