import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, restartBlindScoring, type Session } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { createExportHandlers } from '../../../electron/main/ipc/export-handlers';
import type { Dialogs } from '../../../electron/main/ipc/ports';
import { createExportFiles } from '../../../electron/main/services/export-files';
import { createSessionFiles } from '../../../electron/main/services/session-files';

// Main is the last gate before anything leaves the room: whatever the page sends, an export
// made while blind scores are sealed carries none of them.

const tinyPng = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
const window = { windowId: 1 };
/** The sample workshop scored in full, then hidden again to score once more: sealed, with scores and placements. */
const sealed = restartBlindScoring(createSampleSession());
/** The same room and backlog before anyone scored or placed anything. */
const unscored: Session = {
  ...sealed,
  scores: [],
  candidates: sealed.candidates.map((candidate) => ({ ...candidate, override: null })),
};

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-export-sealed-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function setup(exportPath: string) {
  const errors: FileError[] = [];
  const dialogs = {
    chooseExportPath: async () => exportPath,
    chooseFileToImport: async () => null,
    showFileError: async (_id: number, error: FileError) => void errors.push(error),
  } as unknown as Dialogs;
  const printed: string[] = [];
  const handlers = createExportHandlers(dialogs, createSessionFiles(fs), {
    files: createExportFiles(fs),
    clipboard: { writePng: () => undefined },
    printer: {
      printToPdf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7');
      },
    },
    now: () => new Date('2026-11-26T10:00:00Z'),
  });
  return { handlers, errors, printed };
}

describe('exports while blind scores are sealed', () => {
  it('the sample really is sealed with scores and a placement in it', () => {
    expect(sealed.settings.scoringMode).toBe('blind');
    expect(sealed.settings.revealed).toBe(false);
    expect(sealed.scores.length).toBeGreaterThan(0);
    expect(sealed.candidates.some((candidate) => candidate.override !== null)).toBe(true);
  });

  it('refuses the chart PNG (which would carry the scores inside it) with a message, and writes nothing', async () => {
    const { handlers, errors } = setup(join(folder, 'chart.png'));
    const result = await handlers.exportChartImage(window, { format: 'png', png: tinyPng, session: sealed, suggestedName: 'x' });
    expect(result).toMatchObject({ status: 'failed', error: { code: 'scores-sealed' } });
    expect(errors.map((error) => error.message)).toEqual([expect.stringMatching(/^The chart cannot be exported yet: .*Reveal all scores/)]);
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses the decision record as PDF and as Markdown, prints nothing and writes nothing', async () => {
    for (const format of ['pdf', 'markdown'] as const) {
      const { handlers, errors, printed } = setup(join(folder, `record.${format === 'pdf' ? 'pdf' : 'md'}`));
      const result = await handlers.exportDecisionRecord(window, { format, session: sealed, chartPng: tinyPng });
      expect(result).toMatchObject({ status: 'failed', error: { code: 'scores-sealed' } });
      expect(errors[0]?.message).toMatch(/^The decision record cannot be exported yet/);
      expect(printed).toEqual([]);
    }
    expect(await readdir(folder)).toEqual([]);
  });

  it('writes the backlog CSV without a single score-derived value: the same file as before anyone scored', async () => {
    const { handlers } = setup(join(folder, 'backlog.csv'));
    await handlers.exportBacklogCsv(window, { session: sealed, bom: false, delimiter: ',' });
    const whileSealed = await readFile(join(folder, 'backlog.csv'), 'utf8');
    await handlers.exportBacklogCsv(window, { session: unscored, bom: false, delimiter: ',' });
    expect(whileSealed).toBe(await readFile(join(folder, 'backlog.csv'), 'utf8'));

    const revealed = { ...sealed, settings: { ...sealed.settings, revealed: true } };
    await handlers.exportBacklogCsv(window, { session: revealed, bom: false, delimiter: ',' });
    expect(await readFile(join(folder, 'backlog.csv'), 'utf8')).not.toBe(whileSealed);
  });
});
