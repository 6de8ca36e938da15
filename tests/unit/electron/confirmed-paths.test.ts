import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { exportDialogOptions, replaceQuestionOptions, saveSessionDialogOptions } from '../../../electron/main/dialog-options';
import { createExportHandlers } from '../../../electron/main/ipc/export-handlers';
import type { Dialogs } from '../../../electron/main/ipc/ports';
import { createExportFiles, EXPORT_KINDS, type ExportKind } from '../../../electron/main/services/export-files';
import { createSessionFiles } from '../../../electron/main/services/session-files';
import { realHandlers } from './handler-setup';

// Every path written is one the facilitator confirmed. Electron's save dialog
// (docs/api/dialog.md showSaveDialog) returns the path the facilitator chose; with
// `showOverwriteConfirmation` the system asks before that path is replaced — only that path.
// Its `defaultPath` and `filters` put the extension in the name, and `message` is shown on
// macOS only. So main asks itself about any other file it would replace: the name typed
// without its extension, and the chart picture beside a Markdown record.

const tinyPng = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
const sample = createSampleSession();

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-paths-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the save dialogs', () => {
  it('put the extension into the suggested name and the filter, and ask before replacing', () => {
    const save = saveSessionDialogOptions('Northwind workshop', 'en');
    expect(save.title).toBe('Save session');
    expect(save.defaultPath).toBe('Northwind workshop.pickwise');
    expect(save.filters).toEqual([{ name: 'Pickwise session', extensions: ['pickwise', 'json'] }]);
    expect(save.properties).toContain('showOverwriteConfirmation');
    const typeNames: Record<ExportKind, string> = { png: 'PNG image', svg: 'SVG image', markdown: 'Markdown', pdf: 'PDF document', csv: 'CSV spreadsheet' };
    for (const kind of Object.keys(EXPORT_KINDS) as ExportKind[]) {
      const options = exportDialogOptions(kind, 'Northwind — chart', 'en');
      expect(options.title).toBe(`Export ${typeNames[kind]}`);
      expect(options.defaultPath).toBe(`Northwind — chart${EXPORT_KINDS[kind].extension}`);
      expect(options.filters).toEqual([{ name: typeNames[kind], extensions: [EXPORT_KINDS[kind].extension.slice(1)] }]);
      expect(options.properties).toContain('showOverwriteConfirmation');
    }
  });

  it('name the chart picture saved beside a Markdown record', () => {
    expect(exportDialogOptions('markdown', 'Q3 — decision record', 'en').message).toBe(
      'The chart is saved beside the record as a picture named after it, e.g. “Q3 — decision record-chart.png”.',
    );
    expect(exportDialogOptions('pdf', 'Q3', 'en').message).toBeUndefined();
  });

  it('never suggest a name that climbs into another folder', () => {
    expect(saveSessionDialogOptions('../../etc/passwd', 'en').defaultPath).toBe('.. .. etc passwd.pickwise');
    expect(saveSessionDialogOptions('  ', 'en').defaultPath).toBe('Untitled.pickwise');
    expect(saveSessionDialogOptions('  ', 'fr').defaultPath).toBe('Sans titre.pickwise');
    expect(exportDialogOptions('csv', 'a\u0000b:c', 'en').defaultPath).toBe('a b c.csv');
  });

  it('the replace question names the file and defaults to Cancel', () => {
    const options = replaceQuestionOptions({ fileName: 'plan.pickwise', detail: 'why' }, 'en');
    expect(options.message).toBe('“plan.pickwise” already exists. Do you want to replace it?');
    expect(options.buttons).toEqual(['Replace', 'Cancel']);
    expect(options.cancelId).toBe(1);
    expect(options.defaultId).toBe(1);
  });
});

describe('Save As with a name typed without .pickwise', () => {
  it('asks before replacing the .pickwise file of that name; Cancel writes nothing', async () => {
    const existing = join(folder, 'plan.pickwise');
    await writeFile(existing, 'the older plan');
    const { handlers, answers, shown } = realHandlers(folder);
    answers.save.push(join(folder, 'plan'));
    answers.replace.push(false);
    expect(await handlers.saveSessionAs({ windowId: 1 }, { session: sample, suggestedName: 'x' })).toEqual({ status: 'cancelled' });
    expect(shown.replacePrompts).toEqual(['plan.pickwise']);
    expect(await readFile(existing, 'utf8')).toBe('the older plan');

    answers.save.push(join(folder, 'plan'));
    answers.replace.push(true);
    expect(await handlers.saveSessionAs({ windowId: 1 }, { session: sample, suggestedName: 'x' })).toEqual({ status: 'saved', fileName: 'plan.pickwise' });
    expect(await readFile(existing, 'utf8')).toContain('"format": "pickwise-session"');
  });

  it('asks nothing when no such file is there, or when the name already has its extension (the system asked)', async () => {
    const { handlers, answers, shown } = realHandlers(folder);
    answers.save.push(join(folder, 'fresh'));
    expect(await handlers.saveSessionAs({ windowId: 1 }, { session: sample, suggestedName: 'x' })).toEqual({ status: 'saved', fileName: 'fresh.pickwise' });
    await writeFile(join(folder, 'kept.json'), 'old');
    answers.save.push(join(folder, 'kept.json'));
    expect(await handlers.saveSessionAs({ windowId: 1 }, { session: sample, suggestedName: 'x' })).toEqual({ status: 'saved', fileName: 'kept.json' });
    expect(shown.replacePrompts).toEqual([]);
  });
});

function exportSetup(exportPath: string, replaceAnswers: boolean[]) {
  const prompts: string[] = [];
  const errors: FileError[] = [];
  const dialogs = {
    chooseExportPath: async () => exportPath,
    showFileError: async (_id: number, error: FileError) => void errors.push(error),
    confirmReplace: async (_id: number, question: { fileName: string }) => {
      prompts.push(question.fileName);
      return replaceAnswers.shift() ?? false;
    },
  } as unknown as Dialogs;
  const handlers = createExportHandlers(dialogs, createSessionFiles(fs), {
    files: createExportFiles(fs),
    clipboard: { writePng: () => undefined },
    printer: { printToPdf: async () => new TextEncoder().encode('%PDF') },
    now: () => new Date('2026-11-26T10:00:00Z'),
  });
  return { handlers, prompts, errors };
}

describe('exports', () => {
  it('an export named without its extension asks before replacing the file with it', async () => {
    await writeFile(join(folder, 'backlog.csv'), 'old rows');
    const declined = exportSetup(join(folder, 'backlog'), [false]);
    expect(await declined.handlers.exportBacklogCsv({ windowId: 1 }, { session: sample, bom: false, delimiter: ',' })).toEqual({ status: 'cancelled' });
    expect(declined.prompts).toEqual(['backlog.csv']);
    expect(await readFile(join(folder, 'backlog.csv'), 'utf8')).toBe('old rows');

    const accepted = exportSetup(join(folder, 'backlog'), [true]);
    expect(await accepted.handlers.exportBacklogCsv({ windowId: 1 }, { session: sample, bom: false, delimiter: ',' })).toEqual({ status: 'exported', fileName: 'backlog.csv' });
    expect(await readFile(join(folder, 'backlog.csv'), 'utf8')).not.toBe('old rows');
  });

  it('the Markdown record asks before its chart picture replaces a file beside it; Cancel writes neither', async () => {
    await writeFile(join(folder, 'record-chart.png'), 'a holiday photo');
    const declined = exportSetup(join(folder, 'record.md'), [false]);
    expect(await declined.handlers.exportDecisionRecord({ windowId: 1 }, { format: 'markdown', session: sample, chartPng: tinyPng })).toEqual({ status: 'cancelled' });
    expect(declined.prompts).toEqual(['record-chart.png']);
    expect((await readdir(folder)).sort()).toEqual(['record-chart.png']);
    expect(await readFile(join(folder, 'record-chart.png'), 'utf8')).toBe('a holiday photo');

    const accepted = exportSetup(join(folder, 'record.md'), [true]);
    expect(await accepted.handlers.exportDecisionRecord({ windowId: 1 }, { format: 'markdown', session: sample, chartPng: tinyPng })).toEqual({ status: 'exported', fileName: 'record.md' });
    expect(new Uint8Array(await readFile(join(folder, 'record-chart.png')))).toEqual(tinyPng);
  });

  it('a Markdown record with nothing beside it asks nothing', async () => {
    const { handlers, prompts } = exportSetup(join(folder, 'record.md'), []);
    expect(await handlers.exportDecisionRecord({ windowId: 1 }, { format: 'markdown', session: sample, chartPng: tinyPng })).toEqual({ status: 'exported', fileName: 'record.md' });
    expect(prompts).toEqual([]);
  });
});
