import { describe, expect, it } from 'vitest';
import { axisSpread, computeCandidateResults, disagreementOf, gapExtremes, widestGaps, type AxisValues } from '../../../shared/workshop';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

const values = (entries: Array<[string, number | undefined, number | undefined]>) =>
  new Map<string, AxisValues>(entries.map(([id, impact, complexity]) => [id, { impact, complexity }]));

describe('axisSpread', () => {
  it('is max − min with the population standard deviation', () => {
    const s = axisSpread([2, 3, 5])!;
    expect(s.spread).toBe(3);
    // mean 10/3, squares 16/9 + 1/9 + 25/9 = 42/9, / 3 → sqrt(14/9)
    expect(s.stdDev).toBe(1.247219129);
    expect(s).toMatchObject({ count: 3, min: 2, max: 5 });
  });
  it('is undefined with fewer than 2 values', () => {
    expect(axisSpread([4])).toBeUndefined();
    expect(axisSpread([])).toBeUndefined();
  });
  it('is 0 when everyone agrees', () => {
    expect(axisSpread([3, 3])).toMatchObject({ spread: 0, stdDev: 0 });
  });
});

describe('disagreementOf', () => {
  it('overall is the larger axis spread (and the larger standard deviation)', () => {
    const d = disagreementOf(values([['a', 2, 1], ['b', 3, 1], ['c', 5, 2]]))!;
    expect(d.impact?.spread).toBe(3);
    expect(d.complexity?.spread).toBe(1);
    expect(d.overall).toBe(3);
    expect(d.axis).toBe('impact');
    // complexity stdDev sqrt(2/9) = 0.471404521; impact's is larger
    expect(d.complexity?.stdDev).toBe(0.471404521);
    expect(d.stdDev).toBe(1.247219129);
  });

  it('names complexity when it is wider; impact on a tie', () => {
    expect(disagreementOf(values([['a', 3, 1], ['b', 3, 4]]))!.axis).toBe('complexity');
    expect(disagreementOf(values([['a', 1, 1], ['b', 2, 2]]))!.axis).toBe('impact');
  });

  it('is undefined for one participant', () => {
    expect(disagreementOf(values([['a', 1, 5]]))).toBeUndefined();
  });

  it('uses only the axis that has 2 values', () => {
    const d = disagreementOf(values([['a', 1, undefined], ['b', 4, 2]]))!;
    expect(d.complexity).toBeUndefined();
    expect(d.overall).toBe(3);
  });

  it('is undefined when each axis has a single value (e.g. scoring by background)', () => {
    expect(disagreementOf(values([['biz', 5, undefined], ['tech', undefined, 1]]))).toBeUndefined();
  });
});

describe('widestGaps', () => {
  const s = session({
    participants: [participant('p1'), participant('p2')],
    candidates: [
      candidate('a', { code: 'C10' }),
      candidate('b', { code: 'C2' }),
      candidate('c', { code: 'C3' }),
      candidate('d', { code: 'C4' }),
      candidate('e', { code: 'C5' }),
    ],
    scores: [
      // a: impact 1 vs 5 → 4
      ...scores('p1', 'a', { i1: 1, i2: 1, c1: 2, c2: 2 }),
      ...scores('p2', 'a', { i1: 5, i2: 5, c1: 2, c2: 2 }),
      // b: complexity 1 vs 5 → 4 (tie with a; C2 sorts before C10)
      ...scores('p1', 'b', { i1: 3, i2: 3, c1: 1, c2: 1 }),
      ...scores('p2', 'b', { i1: 3, i2: 3, c1: 5, c2: 5 }),
      // c: impact 2 vs 3 → 1
      ...scores('p1', 'c', { i1: 2, i2: 2, c1: 1, c2: 1 }),
      ...scores('p2', 'c', { i1: 3, i2: 3, c1: 1, c2: 1 }),
      // d: only one participant → no disagreement
      ...scores('p1', 'd', { i1: 1, i2: 5, c1: 1, c2: 5 }),
      // e: full agreement → 0, still listed last
      ...scores('p1', 'e', { i1: 4, i2: 4, c1: 4, c2: 4 }),
      ...scores('p2', 'e', { i1: 4, i2: 4, c1: 4, c2: 4 }),
    ],
  });
  const results = computeCandidateResults(s);

  it('lists by overall spread descending, ties by code in natural order, excluding single scorers', () => {
    expect(widestGaps(results, 10).map((r) => r.candidate.code)).toEqual(['C2', 'C10', 'C3', 'C5']);
    expect(widestGaps(results, 10).map((r) => r.disagreement.overall)).toEqual([4, 4, 1, 0]);
  });

  it('respects the limit', () => {
    expect(widestGaps(results, 2).map((r) => r.candidate.code)).toEqual(['C2', 'C10']);
    expect(widestGaps(results, 0)).toEqual([]);
  });

  it('accepts any iterable of results', () => {
    expect(widestGaps([...results.values()].reverse(), 1).map((r) => r.candidate.code)).toEqual(['C2']);
  });
});

describe('gapExtremes', () => {
  it('names who scored highest and lowest on the axis of the widest gap', () => {
    const board = session({
      participants: [participant('ana'), participant('ben'), participant('cy')],
      criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
      candidates: [candidate('x')],
      scores: [...scores('ana', 'x', { i: 5, c: 3 }), ...scores('ben', 'x', { i: 1, c: 3 }), ...scores('cy', 'x', { i: 3, c: 2 })],
    });
    const [gap] = widestGaps(computeCandidateResults(board), 1);
    expect(gapExtremes(gap!)).toEqual({ axis: 'impact', high: { participantId: 'ana', value: 5 }, low: { participantId: 'ben', value: 1 } });
  });

  it('names the first in the room’s order of those who share the highest or the lowest value', () => {
    const board = session({
      participants: [participant('ana'), participant('ben'), participant('cy'), participant('dan')],
      criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
      candidates: [candidate('x')],
      scores: [...scores('ana', 'x', { i: 1, c: 3 }), ...scores('ben', 'x', { i: 5, c: 3 }), ...scores('cy', 'x', { i: 1, c: 3 }), ...scores('dan', 'x', { i: 5, c: 3 })],
    });
    const [gap] = widestGaps(computeCandidateResults(board), 1);
    expect(gapExtremes(gap!)).toEqual({ axis: 'impact', high: { participantId: 'ben', value: 5 }, low: { participantId: 'ana', value: 1 } });
  });
});
