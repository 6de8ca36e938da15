import { describe, expect, test } from 'vitest';
import { benchSession, boardFiles, describeBoard } from '../../../bench/big-session';
import { withoutChecklists } from '../shared/version-1-file';
import { measureOpen, measureSave, profileOpen, profileSave } from '../../../bench/node-figures';
import { figure, formatMarkdown, formatTable } from '../../../bench/report';
import { percentile, ratios, summarize } from '../../../bench/stats';
import { parseSession, serializeSession } from '../../../shared';

// The Node half of `npm run bench` at tiny sizes, so it cannot rot; no budgets here.

describe('bench statistics', () => {
  test('median, quartiles, p95 and spread of samples', () => {
    const summary = summarize([5, 1, 4, 2, 3]);
    expect(summary).toMatchObject({ runs: 5, median: 3, min: 1, max: 5, q1: 2, q3: 4 });
    expect(summary.p95).toBeCloseTo(4.8);
    expect(percentile([10], 95)).toBe(10);
    expect(ratios([4, 9], [2, 3])).toEqual([2, 3]);
    expect(() => ratios([1], [1, 2])).toThrow();
  });

  test('a figure is judged on its statistic against its budget, and only with budgets on', () => {
    const within = figure({ id: 'x', name: 'X', unit: 'ms', method: '', samples: [10, 12, 40], baseline: null, budget: { max: 16, on: 'median' }, useBudgets: true });
    expect(within.met).toBe(true);
    const tail = figure({ id: 'y', name: 'Y', unit: 'ms', method: '', samples: [10, 12, 40], stat: 'p95', baseline: null, budget: { max: 33, on: 'p95' }, useBudgets: true });
    expect(tail.met).toBe(false);
    const smoke = figure({ id: 'z', name: 'Z', unit: '×', method: '', samples: [9], baseline: null, budget: { max: 1, on: 'median' }, useBudgets: false });
    expect(smoke.met).toBeNull();
    const table = formatTable([within, tail, smoke]);
    expect(table).toContain('MISSED');
    expect(table).toContain('met');
    expect(formatMarkdown([within]).split('\n')).toHaveLength(3);
  });
});

describe('bench Node figures at tiny sizes', () => {
  const board = benchSession(12);

  test('the bench board has eight criteria, every participant scoring every candidate on each, and opens', () => {
    expect(board.criteria).toHaveLength(8);
    expect(board.scores).toHaveLength(12 * board.participants.length * 8);
    expect(describeBoard(board)).toContain('12 candidates × 4 participants × 8 criteria');
    const opened = parseSession(serializeSession(board), 'en');
    expect(opened.ok).toBe(true);
  });

  test('the board’s version-1 file, the format figures’ yardstick, opens as the same board', () => {
    const files = boardFiles(board);
    const opened = parseSession(files.version1, 'en');
    expect(opened.ok && opened.migratedFrom).toBe(1);
    // Version 1 has no checklists: the board's own come back empty, all else the same.
    expect(opened.ok && serializeSession(opened.session)).toBe(files.current);
    expect(files.board).toEqual(withoutChecklists(board));
    expect(files.current.length).toBeLessThan(files.version1.length / 2);
  });

  test('open and save measure paired runs against their baselines', async () => {
    const files = boardFiles(board);
    const open = await measureOpen(board, files.version1, { runs: 2, warmup: 0 });
    const save = await measureSave(board, files.version1, { runs: 2, warmup: 0 });
    for (const samples of [open, save]) {
      expect(samples.measured).toHaveLength(2);
      expect(samples.baseline).toHaveLength(2);
      expect(samples.measured.every((ms) => ms > 0 && Number.isFinite(ms))).toBe(true);
      expect(samples.bytes).toBeGreaterThan(1000);
    }
    const profile = await profileSave(board, 1);
    expect(Object.keys(profile)).toContain('serializeSessionBytes (as main)');
    expect(Object.keys(profileOpen(board, 1))).toEqual(['parseSession', 'of which readJson (JSON.parse)', 'of which the one pass (sure-open.ts)']);
  });
});
