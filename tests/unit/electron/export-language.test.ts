import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backlogToCsv, createSampleSession, decisionRecordMarkdown, mlBriefMarkdown, type Language, type Session } from '../../../shared';
import { exportLanguage } from '../../../shared/i18n/texts';
import { speakInterfaceLanguage } from '../../../electron/main/interface-language';
import { createExportHandlers } from '../../../electron/main/ipc/export-handlers';
import type { Dialogs } from '../../../electron/main/ipc/ports';
import { createExportFiles } from '../../../electron/main/services/export-files';
import { createSessionFiles } from '../../../electron/main/services/session-files';

// Exports are written in the session's language (settings.language), whatever main's interface
// speaks; a session with none chosen follows main's interface language.

const window = { windowId: 1 };
const GENERATED_AT = new Date('2026-11-26T10:00:00Z');

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-export-language-'));
  await speakInterfaceLanguage('en');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
  // Main speaks one language for the whole process: the next test file finds it as it was.
  await speakInterfaceLanguage('en');
});

function setup(fileName: string) {
  const suggested: string[] = [];
  const printed: string[] = [];
  const dialogs = {
    chooseExportPath: async (_id: number, _kind: string, name: string) => {
      suggested.push(name);
      return join(folder, fileName);
    },
    showFileError: async () => undefined,
  } as unknown as Dialogs;
  const handlers = createExportHandlers(dialogs, createSessionFiles(fs), {
    files: createExportFiles(fs),
    clipboard: { writePng: () => undefined },
    printer: {
      printToPdf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7');
      },
    },
    now: () => GENERATED_AT,
  });
  const written = () => readFile(join(folder, fileName), 'utf8');
  return { handlers, suggested, printed, written };
}

const untitled = (language: Language | null): Session => {
  const session = createSampleSession();
  return { ...session, frame: { ...session.frame, title: '' }, settings: { ...session.settings, language } };
};

describe('exportLanguage', () => {
  it('is the session’s language when it has one, else the interface language passed', () => {
    const session = createSampleSession();
    expect(exportLanguage({ settings: { ...session.settings, language: 'de' } }, 'en')).toBe('de');
    expect(exportLanguage({ settings: { ...session.settings, language: 'en' } }, 'fr')).toBe('en');
    expect(exportLanguage({ settings: { ...session.settings, language: null } }, 'pt')).toBe('pt');
  });
});

describe('a German session exported while the interface is English', () => {
  const german = untitled('de');

  it('writes its decision record in German, under a German name, in Markdown and PDF', async () => {
    const markdown = setup('record.md');
    await markdown.handlers.exportDecisionRecord(window, { format: 'markdown', session: german, chartPng: null });
    const text = await markdown.written();
    expect(text).toBe(decisionRecordMarkdown(german, { chartImageFileName: null, generatedAt: GENERATED_AT, chartKey: [], chartClusters: [], comparison: null }, 'de'));
    expect(text).toContain('Entscheidungsprotokoll');
    expect(text).not.toBe(decisionRecordMarkdown(german, { chartImageFileName: null, generatedAt: GENERATED_AT, chartKey: [], chartClusters: [], comparison: null }, 'en'));
    expect(markdown.suggested).toEqual(['Entscheidungsprotokoll']);

    const pdf = setup('record.pdf');
    await pdf.handlers.exportDecisionRecord(window, { format: 'pdf', session: german, chartPng: null });
    expect(pdf.printed[0]).toContain('lang="de"');
    expect(pdf.printed[0]).toContain('Entscheidungsprotokoll');
  });

  it('writes its ML brief in German', async () => {
    const brief = setup('brief.md');
    await brief.handlers.exportMlBrief(window, { format: 'markdown', session: german, candidateId: 'cand-churn', paper: 'a4', chartPng: null });
    expect(await brief.written()).toBe(mlBriefMarkdown(german, 'cand-churn', { chartImageFileName: null, generatedAt: GENERATED_AT }, 'de'));
    expect(await brief.written()).toContain('ML-Steckbrief');
    expect(brief.suggested).toEqual([`${german.candidates.find((c) => c.id === 'cand-churn')!.code} ML-Steckbrief`]);
  });

  it('writes its backlog CSV with German headers', async () => {
    const csv = setup('backlog.csv');
    await csv.handlers.exportBacklogCsv(window, { session: german, bom: false, delimiter: ';' });
    const text = await csv.written();
    expect(text).toBe(backlogToCsv(german, { bom: false, delimiter: ';' }, 'de'));
    expect(text.split('\r\n')[0]!.split(';').slice(0, 3)).toEqual(['Kürzel', 'Titel', 'Problembeschreibung']);
  });
});

describe('a session with no language chosen', () => {
  it('is exported in the interface language, whichever it is', async () => {
    const unchosen = untitled(null);
    await speakInterfaceLanguage('fr');
    const record = setup('record.md');
    await record.handlers.exportDecisionRecord(window, { format: 'markdown', session: unchosen, chartPng: null });
    expect(await record.written()).toBe(decisionRecordMarkdown(unchosen, { chartImageFileName: null, generatedAt: GENERATED_AT, chartKey: [], chartClusters: [], comparison: null }, 'fr'));
    expect(record.suggested).toEqual(['compte rendu de décision']);

    await speakInterfaceLanguage('en');
    const csv = setup('backlog.csv');
    await csv.handlers.exportBacklogCsv(window, { session: unchosen, bom: false, delimiter: ',' });
    expect((await csv.written()).split('\r\n')[0]!.split(',')[0]).toBe('Code');
  });

  it('while a session with one is exported in its own, whatever the interface speaks', async () => {
    await speakInterfaceLanguage('fr');
    const csv = setup('backlog.csv');
    await csv.handlers.exportBacklogCsv(window, { session: untitled('es'), bom: false, delimiter: ',' });
    expect(await csv.written()).toBe(backlogToCsv(untitled('es'), { bom: false, delimiter: ',' }, 'es'));
    expect((await csv.written()).split('\r\n')[0]!.split(',')[0]).toBe('Código');
  });
});
