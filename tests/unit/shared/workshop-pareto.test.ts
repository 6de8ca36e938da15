import { beforeEach, describe, expect, it } from 'vitest';
import {
  compareParetoOrder,
  paretoCurve,
  paretoSentences,
  paretoText,
  percentOf,
  rankCandidates,
  type Candidate,
  type Session,
} from '../../../shared';
import { candidate, participant, scores, session } from './workshop-fixtures';

const at = (impact: number, complexity: number) => ({ override: { impact, complexity } });

/** A ranking made by hand, for inputs the app's scales cannot give (no complexity, no impact). */
function rows(...values: [code: string, impact: number, complexity: number][]): Parameters<typeof paretoCurve>[0] {
  return {
    ranked: values.map(([code, impact, complexity]) => ({
      candidate: candidate(code.toLowerCase(), { code }),
      impact,
      complexity,
    })),
    withoutMl: [],
    unscored: [],
  };
}

const codes = (curve: ReturnType<typeof paretoCurve>) => curve.steps.map((step) => step.candidate.code);

describe('the 80/20 of a hand-computed backlog', () => {
  // Six ML candidates on the 1–5 scale, one set aside as better without ML, one not scored:
  //
  //   code  impact  complexity  ratio   (C5 from scores: p1 gave 3 on every criterion → 3 and 3)
  //   C1    5       1           5
  //   C2    4       2           2       ties with C3 on the ratio; the higher impact goes first
  //   C3    2       1           2
  //   C4    5       4           1.25
  //   C5    3       3           1
  //   C6    1       4           0.25
  //   totals: impact 20, complexity 15
  //
  //   after  impact share   effort share    lead over the diagonal
  //   C1     5/20  = 0.25   1/15  = 0.0667  0.1833
  //   C2     9/20  = 0.45   3/15  = 0.2     0.25
  //   C3     11/20 = 0.55   4/15  = 0.2667  0.2833  ← the largest: the knee, 3 candidates
  //   C4     16/20 = 0.80   8/15  = 0.5333  0.2667
  //   C5     19/20 = 0.95   11/15 = 0.7333  0.2167
  //   C6     20/20 = 1      15/15 = 1       0
  //
  // Sentence: 55 % of the impact for 26.67 % → 27 % of the effort.
  let s: Session;
  beforeEach(() => {
    s = session({
      participants: [participant('p1')],
      settings: { revealed: true },
      candidates: [
        candidate('f', { code: 'C6', ...at(1, 4) }),
        candidate('d', { code: 'C4', ...at(5, 4) }),
        candidate('c', { code: 'C3', ...at(2, 1) }),
        candidate('b', { code: 'C2', ...at(4, 2) }),
        candidate('a', { code: 'C1', ...at(5, 1) }),
        candidate('e', { code: 'C5' }),
        candidate('g', { code: 'C7', ...at(5, 1), betterWithoutMl: true }),
        candidate('h', { code: 'C8' }),
      ],
      scores: scores('p1', 'e', { i1: 3, i2: 3, c1: 3, c2: 3 }),
    });
  });

  it('orders by impact ÷ complexity, ties to the higher impact, and accumulates shares', () => {
    const curve = paretoCurve(rankCandidates(s));
    expect(codes(curve)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6']);
    expect(curve.steps.map((step) => step.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(curve.steps.map((step) => step.ratio)).toEqual([5, 2, 2, 1.25, 1, 0.25]);
    expect(curve.steps.map((step) => [step.impact, step.complexity])).toEqual([
      [5, 1],
      [4, 2],
      [2, 1],
      [5, 4],
      [3, 3],
      [1, 4],
    ]);
    const shares = curve.steps.map((step) => [step.impactShare, step.effortShare]);
    const expected = [
      [5 / 20, 1 / 15],
      [9 / 20, 3 / 15],
      [11 / 20, 4 / 15],
      [16 / 20, 8 / 15],
      [19 / 20, 11 / 15],
      [1, 1],
    ];
    shares.forEach(([impact, effort], i) => {
      expect(impact).toBeCloseTo(expected[i]![0]!, 12);
      expect(effort).toBeCloseTo(expected[i]![1]!, 12);
    });
  });

  it('finds the knee where the lead over the diagonal is largest', () => {
    expect(paretoCurve(rankCandidates(s)).kneeCount).toBe(3);
  });

  it('says it in one sentence, and says what is left out', () => {
    const curve = paretoCurve(rankCandidates(s));
    expect(paretoSentences(curve, 'en')).toEqual({
      headline: 'The first 3 candidates give 55 % of the backlog’s impact for 27 % of its effort.',
      leftOut: ['1 candidate set aside as better without ML is left out.', '1 candidate not placed on the matrix yet is left out.'],
    });
    expect(curve.withoutMl.map((c) => c.code)).toEqual(['C7']);
    expect(curve.unscored.map((c) => c.code)).toEqual(['C8']);
    expect(paretoText(curve, 'en')).toBe(
      'The first 3 candidates give 55 % of the backlog’s impact for 27 % of its effort. 1 candidate set aside as better without ML is left out. 1 candidate not placed on the matrix yet is left out.',
    );
  });

  it('counts several left-out candidates in the plural', () => {
    s.candidates.push(candidate('i', { code: 'C9', status: 'non-ml' }), candidate('j', { code: 'C10' }));
    expect(paretoSentences(paretoCurve(rankCandidates(s)), 'en').leftOut).toEqual([
      '2 candidates set aside as better without ML are left out.',
      '2 candidates not placed on the matrix yet are left out.',
    ]);
  });

  it('uses the positions the ranking computed: a changed score moves the candidate', () => {
    // C5 scored 5 on impact and 1 on complexity: ratio 5, ties with C1 at impact 5, so C1 goes first by code.
    s.scores = scores('p1', 'e', { i1: 5, i2: 5, c1: 1, c2: 1 });
    expect(codes(paretoCurve(rankCandidates(s)))).toEqual(['C1', 'C5', 'C2', 'C3', 'C4', 'C6']);
  });
});

describe('the 80/20 at the edges', () => {
  let lone: Candidate;
  beforeEach(() => {
    lone = candidate('x', { code: 'X1' });
  });

  it('no scored candidate: no curve, no knee, and a sentence that says so', () => {
    const curve = paretoCurve({ ranked: [], withoutMl: [lone], unscored: [] });
    expect(curve.steps).toEqual([]);
    expect(curve.kneeCount).toBe(0);
    expect(paretoSentences(curve, 'en')).toEqual({
      headline: 'No ML candidate is placed on the matrix yet, so there is no 80/20 to show.',
      leftOut: ['1 candidate set aside as better without ML is left out.'],
    });
  });

  it('one candidate: all of the impact for all of the effort, no knee', () => {
    const curve = paretoCurve(rows(['A1', 4, 2]));
    expect(curve.kneeCount).toBe(0);
    expect(curve.steps.map((step) => [step.impactShare, step.effortShare])).toEqual([[1, 1]]);
    expect(paretoText(curve, 'en')).toBe('Only one ML candidate is placed on the matrix: it gives all of the backlog’s impact for all of its effort.');
  });

  it('all with the same ratio: every point on the diagonal, no knee, ordered by impact then code', () => {
    // 2/1, 4/2, 6/3, 2/1 (totals 14 and 7): after A10 6/14 against 3/7, after A9 10/14 against 5/7 … all equal.
    const curve = paretoCurve(rows(['B2', 2, 1], ['A9', 4, 2], ['A10', 6, 3], ['A2', 2, 1]));
    expect(codes(curve)).toEqual(['A10', 'A9', 'A2', 'B2']);
    expect(curve.kneeCount).toBe(0);
    expect(paretoSentences(curve, 'en').headline).toBe('All 4 candidates give the same impact for their effort: no few of them give most of the impact.');
  });

  it('a knee at the first candidate reads in the singular', () => {
    // 9/1 then 1/9: after the first, 90 % of the impact for 10 % of the effort.
    const curve = paretoCurve(rows(['A2', 1, 9], ['A1', 9, 1]));
    expect(curve.kneeCount).toBe(1);
    expect(paretoSentences(curve, 'en').headline).toBe('The first candidate gives 90 % of the backlog’s impact for 10 % of its effort.');
  });

  it('no complexity: the ratio is unbounded and the candidate comes first, at no effort', () => {
    // Totals: impact 6, complexity 3. After A0: 1/6 of the impact for 0; after A1: 4/6 for 1/3 (the knee, lead 1/3).
    const curve = paretoCurve(rows(['A1', 3, 1], ['A2', 2, 2], ['A0', 1, 0]));
    expect(codes(curve)).toEqual(['A0', 'A1', 'A2']);
    expect(curve.steps[0]!.ratio).toBe(Infinity);
    expect(curve.steps[0]!.effortShare).toBe(0);
    expect(curve.kneeCount).toBe(2);
    expect(paretoSentences(curve, 'en').headline).toBe('The first 2 candidates give 67 % of the backlog’s impact for 33 % of its effort.');
  });

  it('no complexity at all: every effort share is 0, the order goes by impact, the last is never the knee', () => {
    // Leads 3/4 after A2 and 1 after A1, but all of the backlog is not a few of it.
    const curve = paretoCurve(rows(['A1', 1, 0], ['A2', 3, 0]));
    expect(codes(curve)).toEqual(['A2', 'A1']);
    expect(curve.steps.map((step) => step.effortShare)).toEqual([0, 0]);
    expect(curve.kneeCount).toBe(1);
    expect(paretoSentences(curve, 'en').headline).toBe('The first candidate gives 75 % of the backlog’s impact for 0 % of its effort.');
  });

  it('no impact at all: every impact share is 0 and there is no knee', () => {
    const curve = paretoCurve(rows(['A1', 0, 1], ['A2', 0, 2]));
    expect(curve.steps.map((step) => step.impactShare)).toEqual([0, 0]);
    expect(codes(curve)).toEqual(['A1', 'A2']);
    expect(curve.kneeCount).toBe(0);
  });

  it('an equal lead keeps the earlier knee', () => {
    // Totals 8 and 8. After A1 (4/2): 0.5 − 0.25 = 0.25; after A2 (1/1, the whole's ratio): 0.625 − 0.375 = 0.25; then 3/5.
    const curve = paretoCurve(rows(['A1', 4, 2], ['A2', 1, 1], ['A3', 3, 5]));
    expect(codes(curve)).toEqual(['A1', 'A2', 'A3']);
    expect(curve.kneeCount).toBe(1);
  });

  it('compareParetoOrder: ratio first, then impact, then code', () => {
    const [a, b, c] = rows(['A1', 4, 2], ['A2', 2, 1], ['A3', 3, 1]).ranked;
    expect(compareParetoOrder(c!, a!)).toBeLessThan(0);
    expect(compareParetoOrder(a!, b!)).toBeLessThan(0);
    expect(compareParetoOrder(b!, a!)).toBeGreaterThan(0);
    expect(compareParetoOrder(a!, a!)).toBe(0);
  });

  it('percentOf rounds to a whole percent, halves up', () => {
    expect(percentOf(0.605)).toBe(61);
    expect(percentOf(0.6049)).toBe(60);
    expect(percentOf(4 / 15)).toBe(27);
    expect(percentOf(1)).toBe(100);
    expect(percentOf(0)).toBe(0);
  });
});
