import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, planOf, proposeMatches, sinceHeading, type ComparisonRequest } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { createDispatch, RejectedCall } from '../../../electron/main/ipc/dispatch';
import { createExportHandlers } from '../../../electron/main/ipc/export-handlers';
import type { IpcHandlers } from '../../../electron/main/ipc/dispatch';
import type { Dialogs } from '../../../electron/main/ipc/ports';
import { createExportFiles } from '../../../electron/main/services/export-files';
import { createSessionFiles } from '../../../electron/main/services/session-files';
import { changedSample } from '../../e2e/support/changed-sample';

// Issue 16: the record and the CSV take the comparison in use as the earlier session, its file
// name and the pairs; main compares with the shared rule. A payload that is not one is refused
// at the gate; pairs that do not fit the sessions stop the export with the rule's message.

const window = { windowId: 1 };
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-export-comparison-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function setup(exportPath: string) {
  const errors: FileError[] = [];
  const printed: string[] = [];
  const dialogs = {
    chooseExportPath: async () => exportPath,
    chooseFileToImport: async () => null,
    showFileError: async (_id: number, error: FileError) => void errors.push(error),
  } as unknown as Dialogs;
  const handlers = createExportHandlers(dialogs, createSessionFiles(fs), {
    files: createExportFiles(fs),
    clipboard: { writePng: async () => undefined },
    printer: {
      printToPdf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7 a printed page');
      },
    },
    now: () => new Date('2026-03-05T10:00:00Z'),
  });
  return { handlers, errors, printed };
}

function request(): ComparisonRequest {
  const earlier = createSampleSession();
  return { earlier, fileName: 'last quarter.pickwise', plan: planOf(proposeMatches(earlier, changedSample())) };
}

describe('exports with a comparison', () => {
  it('writes the record’s "Since …" section and the CSV’s before columns, computed in main', async () => {
    const session = changedSample();
    const markdown = setup(join(folder, 'record.md'));
    expect(await markdown.handlers.exportDecisionRecord(window, { format: 'markdown', session, chartPng: null, comparison: request() })).toEqual({ status: 'exported', fileName: 'record.md' });
    const record = await readFile(join(folder, 'record.md'), 'utf8');
    expect(record).toContain(`## ${sinceHeading(createSampleSession().frame, 'en')}\n`);
    expect(record).toContain('| C2 | Product recommendations in the web shop | Big bets → Quick wins | 6 → 5 |');

    const pdf = setup(join(folder, 'record.pdf'));
    await pdf.handlers.exportDecisionRecord(window, { format: 'pdf', session, chartPng: null, comparison: request() });
    expect(pdf.printed[0]).toContain('<td>Big bets → Quick wins</td>');

    const csv = setup(join(folder, 'backlog.csv'));
    expect(await csv.handlers.exportBacklogCsv(window, { session, bom: false, delimiter: ',', comparison: request() })).toEqual({ status: 'exported', fileName: 'backlog.csv' });
    const header = (await readFile(join(folder, 'backlog.csv'), 'utf8')).split('\r\n')[0]!;
    expect(header.endsWith(',Quadrant before,Rank before,Impact before,Complexity before,"Since “Northwind Retail — ML opportunities workshop”, 2025-03-12"')).toBe(true);
  });

  it('refuses pairs that do not fit the sessions with the rule’s message, and writes nothing', async () => {
    const session = changedSample();
    const stale = { ...request(), plan: { pairs: [{ earlierId: 'cand-recs', currentId: 'cand-gone' }] } };
    const message =
      'The comparison with “last quarter.pickwise” cannot go into this export. These pairs cannot be compared: this session has no candidate with the id “cand-gone”. Review the pairs under the Map, or end the comparison, then export again.';
    const record = setup(join(folder, 'record.pdf'));
    expect(await record.handlers.exportDecisionRecord(window, { format: 'pdf', session, chartPng: null, comparison: stale })).toEqual({
      status: 'failed',
      error: { code: 'comparison-refused', fileName: '', message },
    });
    expect(record.errors.map((error) => error.message)).toEqual([message]);
    expect(record.printed).toEqual([]);
    const csv = setup(join(folder, 'backlog.csv'));
    expect(await csv.handlers.exportBacklogCsv(window, { session, bom: false, delimiter: ',', comparison: stale })).toMatchObject({ status: 'failed', error: { message } });
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('the gate in front of the record and the CSV', () => {
  const calls: string[] = [];
  const exportHandlers = setupGate(calls);
  const dispatch = createDispatch(exportHandlers, () => true);
  const origin = { windowId: 1, frameUrl: 'app://pickwise/index.html' };

  function setupGate(log: string[]): IpcHandlers {
    const record = async (_context: unknown, args: { comparison?: { plan: unknown } }) => {
      log.push(JSON.stringify(args.comparison?.plan));
      return { status: 'cancelled' as const };
    };
    return { exportDecisionRecord: record, exportBacklogCsv: record } as unknown as IpcHandlers;
  }

  it.each([
    ['an earlier session that is not a session', { earlier: { format: 'other' }, fileName: 'x.pickwise', plan: { pairs: [] } }, /at 0\.comparison\.earlier\./],
    ['numbers instead of pairs', { ...request(), plan: { pairs: [{ earlierId: 'cand-recs', currentId: 'cand-recs', impactBefore: 3 }], impact: [1, 2] } }, null],
    ['a pair without its current id', { ...request(), plan: { pairs: [{ earlierId: 'cand-recs' }] } }, /at 0\.comparison\.plan\.pairs\.0\.currentId\./],
    ['no file name', { ...request(), fileName: '' }, /at 0\.comparison\.fileName\./],
  ])('refuses %s before any handler runs', async (_what, comparison, where) => {
    calls.length = 0;
    const session = changedSample();
    for (const [name, args] of [
      ['exportDecisionRecord', { format: 'markdown', session, chartPng: null, comparison }],
      ['exportBacklogCsv', { session, bom: false, delimiter: ',', comparison }],
    ] as const) {
      const call = dispatch(name, origin, [args]);
      if (where === null) {
        // Extra keys are dropped by the contract: what reaches the handler is the pairs alone.
        await expect(call).resolves.toEqual({ status: 'cancelled' });
      } else {
        await expect(call).rejects.toBeInstanceOf(RejectedCall);
        await expect(dispatch(name, origin, [args])).rejects.toThrow(where);
      }
    }
    const pairsOnly = JSON.stringify({ pairs: [{ earlierId: 'cand-recs', currentId: 'cand-recs' }] });
    expect(calls).toEqual(where === null ? [pairsOnly, pairsOnly] : []);
  });
});
