// Pins how a score list is placed into the byte grid the file's score tables are written from
// (shared/session/dense-table.ts): each score in its cell, candidate by participant by
// criterion, whatever order the list is in; null for any list the grid cannot hold exactly.
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY, placeDense } from '../../../shared/session/dense-table';

type Entry = { candidateId: string; participantId?: string; criterionId: string; value: number };

const positions = (ids: readonly string[]) => new Map<unknown, number>(ids.map((id, index) => [id, index]));
/** The grid as rows of cells, null where empty: row (candidate × participants + participant). */
function rowsOf(grid: Int8Array | null, width: number): (number | null)[][] | null {
  if (grid === null) return null;
  const rows: (number | null)[][] = [];
  for (let at = 0; at < grid.length; at += width) rows.push(Array.from(grid.subarray(at, at + width), (value) => (value === EMPTY ? null : value)));
  return rows;
}

describe('placing scores in a dense grid', () => {
  let candidates: Map<unknown, number>;
  let participants: Map<unknown, number>;
  let columns: Map<unknown, number>;
  beforeEach(() => {
    candidates = positions(['c1', 'c2']);
    participants = positions(['ana', 'ben']);
    columns = positions(['value', 'data', 'risk']);
  });

  it('puts each score in its cell, criterion after criterion, row by row', () => {
    const scores: Entry[] = [
      { candidateId: 'c1', participantId: 'ana', criterionId: 'value', value: 1 },
      { candidateId: 'c1', participantId: 'ana', criterionId: 'data', value: 2 },
      { candidateId: 'c1', participantId: 'ana', criterionId: 'risk', value: 3 },
      { candidateId: 'c1', participantId: 'ben', criterionId: 'value', value: 4 },
      { candidateId: 'c2', participantId: 'ben', criterionId: 'risk', value: 5 },
    ];
    expect(rowsOf(placeDense(scores, candidates, participants, columns), 3)).toEqual([
      [1, 2, 3],
      [4, null, null],
      [null, null, null],
      [null, null, 5],
    ]);
  });

  it('places a list in any order: criteria skipped or backwards, participants and candidates alternating', () => {
    const scores: Entry[] = [
      { candidateId: 'c2', participantId: 'ana', criterionId: 'risk', value: 9 },
      { candidateId: 'c1', participantId: 'ben', criterionId: 'data', value: 8 },
      { candidateId: 'c1', participantId: 'ana', criterionId: 'data', value: 7 },
      { candidateId: 'c1', participantId: 'ana', criterionId: 'value', value: 6 },
      { candidateId: 'c2', participantId: 'ana', criterionId: 'value', value: 0 },
      { candidateId: 'c2', participantId: 'ben', criterionId: 'value', value: 127 },
    ];
    expect(rowsOf(placeDense(scores, candidates, participants, columns), 3)).toEqual([
      [6, 7, null],
      [null, 8, null],
      [0, null, 9],
      [127, null, null],
    ]);
  });

  it('keeps the last of a repeated score, as every rule reads the list', () => {
    const scores: Entry[] = [
      { candidateId: 'c1', participantId: 'ana', criterionId: 'value', value: 2 },
      { candidateId: 'c1', participantId: 'ana', criterionId: 'value', value: 5 },
    ];
    expect(rowsOf(placeDense(scores, candidates, participants, columns), 3)![0]).toEqual([5, null, null]);
  });

  it('places the consensus table, which has no participants', () => {
    const scores: Entry[] = [
      { candidateId: 'c2', criterionId: 'data', value: 3 },
      { candidateId: 'c1', criterionId: 'risk', value: 4 },
    ];
    expect(rowsOf(placeDense(scores, candidates, null, columns), 3)).toEqual([
      [null, null, 4],
      [null, 3, null],
    ]);
  });

  it('gives no grid for an id its lists do not hold', () => {
    const score = { candidateId: 'c1', participantId: 'ana', criterionId: 'value', value: 1 };
    expect(placeDense([score, { ...score, candidateId: 'c9' }], candidates, participants, columns)).toBeNull();
    expect(placeDense([score, { ...score, participantId: 'zoe' }], candidates, participants, columns)).toBeNull();
    expect(placeDense([{ ...score, participantId: undefined }], candidates, participants, columns)).toBeNull();
    expect(placeDense([score, { ...score, criterionId: 'cost' }], candidates, participants, columns)).toBeNull();
    expect(placeDense([{ ...score, criterionId: 'cost' }], candidates, participants, columns)).toBeNull();
  });

  it('gives no grid for a value a byte cannot hold as it is: a fraction, below 0, above 127, not a number', () => {
    const score = { candidateId: 'c1', participantId: 'ana', criterionId: 'value', value: 1 };
    for (const value of [1.5, -1, 128, Number.NaN, '3' as unknown as number]) {
      expect(placeDense([score, { ...score, value }], candidates, participants, columns), String(value)).toBeNull();
    }
  });

  it('gives no grid where it would be mostly empty: more than eight cells a score beyond a small grid', () => {
    const many = positions(Array.from({ length: 2000 }, (_, i) => `c${i}`));
    const one = [{ candidateId: 'c1', participantId: 'ana', criterionId: 'value', value: 1 }];
    // 2,000 × 2 × 3 = 12,000 cells for one score.
    expect(placeDense(one, many, participants, columns)).toBeNull();
    const lots = Array.from({ length: 1500 }, (_, i) => ({ candidateId: `c${i}`, participantId: 'ana', criterionId: 'value', value: 1 }));
    expect(placeDense(lots, many, participants, columns)).toHaveLength(12_000);
  });
});
