// Pins the disagreement of a candidate when only one axis has two values, and the limits of
// the list of widest gaps and of who is named as scoring highest and lowest.
import { describe, expect, it } from 'vitest';
import { computeCandidateResults, disagreementOf, gapExtremes, widestGaps, type AxisValues } from '../../../shared/workshop';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

const values = (entries: Array<[string, number | undefined, number | undefined]>) =>
  new Map<string, AxisValues>(entries.map(([id, impact, complexity]) => [id, { impact, complexity }]));

describe('disagreement on one axis', () => {
  it('is the complexity spread, on complexity, when only complexity has two values', () => {
    const d = disagreementOf(values([['a', 4, 2], ['b', undefined, 2.5]]))!;
    expect(d.impact).toBeUndefined();
    expect(d).toMatchObject({ overall: 0.5, axis: 'complexity', stdDev: 0.25 });
  });

  it('is the impact spread, on impact, when only impact has two values', () => {
    const d = disagreementOf(values([['a', 2, 3], ['b', 2.5, undefined]]))!;
    expect(d.complexity).toBeUndefined();
    expect(d).toMatchObject({ overall: 0.5, axis: 'impact', stdDev: 0.25 });
  });

  it('takes the larger standard deviation when it is complexity’s', () => {
    const d = disagreementOf(values([['a', 1, 1], ['b', 2, 5]]))!;
    expect(d.stdDev).toBe(2);
    expect(d.impact?.stdDev).toBe(0.5);
  });
});

describe('widest gaps', () => {
  const s = session({
    participants: [participant('p1'), participant('p2')],
    criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
    candidates: [candidate('a'), candidate('b')],
    scores: [...scores('p1', 'a', { i: 1, c: 1 }), ...scores('p2', 'a', { i: 5, c: 1 }), ...scores('p1', 'b', { i: 2, c: 1 }), ...scores('p2', 'b', { i: 3, c: 1 })],
  });
  const results = computeCandidateResults(s);

  it('are none for a limit of zero, a negative limit or no number', () => {
    expect(widestGaps(results, 0)).toEqual([]);
    expect(widestGaps(results, -1)).toEqual([]);
    expect(widestGaps(results, Number.NaN)).toEqual([]);
  });

  it('are all of them, widest first, when the limit is larger than the list', () => {
    expect(widestGaps(results, 5).map((r) => r.candidate.id)).toEqual(['a', 'b']);
    expect(widestGaps(results, 1).map((r) => r.candidate.id)).toEqual(['a']);
  });
});

describe('who scored highest and lowest', () => {
  it('names the two participants of a two-person gap', () => {
    const s = session({
      participants: [participant('p1'), participant('p2')],
      criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
      candidates: [candidate('a')],
      scores: [...scores('p1', 'a', { i: 1, c: 2 }), ...scores('p2', 'a', { i: 5, c: 2 })],
    });
    const [gap] = widestGaps(computeCandidateResults(s), 1);
    expect(gapExtremes(gap!)).toEqual({ axis: 'impact', high: { participantId: 'p2', value: 5 }, low: { participantId: 'p1', value: 1 } });
  });

  it('never names someone who did not score the gap’s axis', () => {
    const s = session({
      participants: [participant('biz', 'business'), participant('dom1'), participant('dom2')],
      criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
      candidates: [candidate('a')],
      scores: [...scores('biz', 'a', { i: 5, c: 5 }), ...scores('dom1', 'a', { i: 3, c: 1 }), ...scores('dom2', 'a', { i: 3, c: 4 })],
      settings: { scoreByBackground: true },
    });
    const [gap] = widestGaps(computeCandidateResults(s), 1);
    const named = gapExtremes(gap!)!;
    expect(named.axis).toBe('complexity');
    expect([named.high.participantId, named.low.participantId]).toEqual(['dom2', 'dom1']);
  });
});
