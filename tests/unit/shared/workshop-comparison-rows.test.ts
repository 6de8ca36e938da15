import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  compareSessions,
  comparisonRows,
  reasonWords,
  sinceHeading,
  type CandidateDelta,
  type ComparedSessions,
  type Session,
  type Standing,
} from '../../../shared';
import { candidate, participant, scores, session } from './workshop-fixtures';

function compared(earlier: Session, current: Session): ComparedSessions {
  const result = compareSessions(earlier, current, undefined, 'en');
  if (result.kind !== 'compared') throw new Error(`expected a comparison, got ${result.kind}`);
  return result;
}

const standing = (fields: Partial<Standing> = {}): Standing => ({
  point: { impact: 3, complexity: 3 },
  quadrant: 'big-bets',
  rank: 1,
  placedByRoom: false,
  withoutMl: false,
  votes: 0,
  ...fields,
});

describe('the “Since” heading', () => {
  it('names the earlier session by its title and date, or by what it has', () => {
    expect(sinceHeading({ title: 'Northwind Retail — ML opportunities workshop', date: '2025-03-12' }, 'en')).toBe('Since “Northwind Retail — ML opportunities workshop”, 2025-03-12');
    expect(sinceHeading({ title: '  Q1 review ', date: '' }, 'en')).toBe('Since “Q1 review”');
    expect(sinceHeading({ title: ' ', date: '2025-03-12' }, 'en')).toBe('Since the session of 2025-03-12');
    expect(sinceHeading({ title: '', date: '' }, 'en')).toBe('Since the earlier session');
    expect(sinceHeading({ title: 'Q1 review', date: ' 2025-03-12 ' }, 'en')).toBe('Since “Q1 review”, 2025-03-12');
  });
});

describe('reasons in words', () => {
  it('say each reason in sentence case, without jargon', () => {
    const delta = { before: standing(), after: standing(), moved: true };
    expect(reasonWords('scores', delta, 'en')).toBe('Scores changed');
    expect(reasonWords('weights', delta, 'en')).toBe('Weights or criteria changed');
    expect(reasonWords('thresholds', delta, 'en')).toBe('Thresholds moved');
    expect(reasonWords('votes', delta, 'en')).toBe('Dot votes changed');
    expect(reasonWords('others', delta, 'en')).toBe('Other candidates moved, came or went');
  });

  it('say when the thresholds moved and the point did not', () => {
    expect(reasonWords('thresholds', { before: standing(), after: standing(), moved: false }, 'en')).toBe('Thresholds moved (the point did not)');
  });

  it('say which way a placement or a set-aside went', () => {
    const placed = standing({ placedByRoom: true });
    expect(reasonWords('placement', { before: standing(), after: placed, moved: true }, 'en')).toBe('Placed by the room');
    expect(reasonWords('placement', { before: placed, after: placed, moved: true }, 'en')).toBe('Placed elsewhere by the room');
    expect(reasonWords('placement', { before: placed, after: standing(), moved: true }, 'en')).toBe('No longer placed by the room');
    const aside = standing({ withoutMl: true, rank: null });
    expect(reasonWords('set-aside', { before: standing(), after: aside, moved: false }, 'en')).toBe('Set aside as better without ML');
    expect(reasonWords('set-aside', { before: aside, after: standing(), moved: false }, 'en')).toBe('Back among the ML candidates');
  });
});

describe('rows', () => {
  // a: quick win (4, 2); b: money pit (2, 4); c: not scored; d: dropped today; n: new today.
  let earlier: Session;
  let current: Session;
  beforeEach(() => {
    const base = {
      participants: [participant('p1')],
      settings: { revealed: true },
    };
    earlier = session({
      ...base,
      candidates: [candidate('a', { code: 'A' }), candidate('b', { code: 'B' }), candidate('c', { code: 'C' }), candidate('d', { code: 'D', override: { impact: 5, complexity: 1 } })],
      scores: [...scores('p1', 'a', { i1: 4, i2: 4, c1: 2, c2: 2 }), ...scores('p1', 'b', { i1: 2, i2: 2, c1: 4, c2: 4 })],
    });
    current = session({
      ...base,
      candidates: [candidate('c', { code: 'C' }), candidate('n', { code: 'N', override: { impact: 5, complexity: 2 } }), candidate('b', { code: 'B', title: 'Bee' }), candidate('a', { code: 'A' })],
      scores: [...scores('p1', 'a', { i1: 4, i2: 4, c1: 2, c2: 2 }), ...scores('p1', 'b', { i1: 2, i2: 2, c1: 4, c2: 4 })],
    });
    current.settings = { ...current.settings, quadrantNames: { ...current.settings.quadrantNames, 'quick-wins': 'Do now', 'money-pits': ' ' } };
  });

  it('list today’s ranking, then the unranked, then the dropped by their earlier rank, with today’s quadrant names', () => {
    const rows = comparisonRows(compared(earlier, current), current.settings.quadrantNames, 'en');
    expect(rows.map((row) => [row.status, row.code, row.quadrantBefore, row.quadrantAfter, row.rankBefore, row.rankAfter, row.renamedFrom, row.why])).toEqual([
      ['new', 'N', null, 'Do now', null, 1, null, 'New since then'],
      ['matched', 'A', 'Do now', 'Do now', 2, 2, null, 'No change'],
      // A blank quadrant name reads as the quadrant's own key rather than as nothing.
      ['matched', 'B', 'money-pits', 'money-pits', 3, 3, 'Candidate b', 'No change'],
      ['matched', 'C', null, null, null, null, null, 'No change'],
      ['dropped', 'D', 'Do now', null, 1, null, null, 'Dropped since then'],
    ]);
  });

  it('list the dropped by their earlier rank, then by code, whatever their order in the earlier session, each with its one reason', () => {
    earlier.candidates = [candidate('e', { code: 'E' }), candidate('f', { code: 'F', override: { impact: 2, complexity: 4 } }), ...earlier.candidates];
    const rows = comparisonRows(compared(earlier, current), current.settings.quadrantNames, 'en').filter((row) => row.status !== 'matched');
    expect(rows.map((row) => [row.status, row.code, row.rankBefore, row.reasons])).toEqual([
      ['new', 'N', null, ['New since then']],
      ['dropped', 'D', 1, ['Dropped since then']],
      ['dropped', 'F', 4, ['Dropped since then']],
      ['dropped', 'E', null, ['Dropped since then']],
    ]);
  });

  it('carry the numbers before and after, and their change where there are both', () => {
    current.scores = current.scores.map((score) => (score.candidateId === 'a' && score.criterionId === 'c1' ? { ...score, value: 3 } : score));
    const rows = comparisonRows(compared(earlier, current), current.settings.quadrantNames, 'en');
    const a = rows.find((row) => row.code === 'A')!;
    expect([a.impactBefore, a.impactAfter, a.impactChange, a.complexityBefore, a.complexityAfter, a.complexityChange]).toEqual([4, 4, 0, 2, 2.5, 0.5]);
    expect([a.reasons, a.why]).toEqual([['Scores changed'], 'Scores changed']);
    const n = rows.find((row) => row.code === 'N')!;
    expect([n.impactBefore, n.impactAfter, n.impactChange, n.complexityAfter]).toEqual([null, 5, null, 2]);
    const d = rows.find((row) => row.code === 'D')!;
    expect([d.impactBefore, d.complexityBefore, d.impactAfter, d.complexityChange]).toEqual([5, 1, null, null]);
  });
});

describe('an earlier session on the other scale', () => {
  it('is read on today’s scale: points, placements and thresholds rescaled, so an unchanged board shows no move', () => {
    // 1–5 → 1–10 maps v to 1 + (v − 1) · 9/4: 3 → 5.5, 2 → 3.25, 4 → 7.75.
    const earlier = session({ candidates: [candidate('a', { override: { impact: 4, complexity: 2 } })], settings: { revealed: true, scale: 5 } });
    const current = session({ candidates: [candidate('a', { override: { impact: 7.75, complexity: 3.25 } })], settings: { revealed: true, scale: 10 } });
    const comparison = compared(earlier, current);
    expect(comparison.rescaledFrom).toBe(5);
    expect(comparison.thresholds).toEqual({ before: { impact: 5.5, complexity: 5.5 }, after: { impact: 5.5, complexity: 5.5 }, moved: false });
    const [a] = comparison.deltas as [CandidateDelta];
    expect(a.before.point).toEqual({ impact: 7.75, complexity: 3.25 });
    expect([a.changed, a.reasons]).toEqual([false, []]);
  });
});

describe('every change has a reason, and no reason comes without a change', () => {
  // Random boards of three candidates on both sides, the same ids: any scores, weights,
  // thresholds, placements, set-asides and dot votes.
  const value = fc.integer({ min: 1, max: 5 });
  const side = fc.record({
    weights: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
    thresholds: fc.record({ impact: fc.constantFrom(2.5, 3, 3.5), complexity: fc.constantFrom(2.5, 3, 3.5) }),
    boards: fc.array(
      fc.record({
        scores: fc.tuple(value, value, value, value),
        placed: fc.option(fc.record({ impact: value, complexity: value }), { nil: null }),
        aside: fc.boolean(),
        dots: fc.integer({ min: 0, max: 2 }),
      }),
      { minLength: 3, maxLength: 3 },
    ),
  });
  type Side = typeof side extends fc.Arbitrary<infer T> ? T : never;

  function build(input: Side): Session {
    const ids = ['a', 'b', 'c'];
    const base = session({ participants: [participant('p1')], settings: { revealed: true, thresholds: input.thresholds } });
    return {
      ...base,
      criteria: base.criteria.map((criterion, k) => ({ ...criterion, weight: input.weights[k]! })),
      candidates: input.boards.map((board, i) => candidate(ids[i]!, { override: board.placed, betterWithoutMl: board.aside })),
      scores: input.boards.flatMap((board, i) => scores('p1', ids[i]!, { i1: board.scores[0], i2: board.scores[1], c1: board.scores[2], c2: board.scores[3] })),
      votes: input.boards.flatMap((board, i) => (board.dots > 0 ? [{ participantId: 'p1', candidateId: ids[i]!, dots: board.dots }] : [])),
    };
  }

  it('holds on random boards', () => {
    fc.assert(
      fc.property(side, side, (before, after) => {
        const comparison = compared(build(before), build(after));
        for (const delta of comparison.deltas) {
          expect([delta.current.id, delta.changed, delta.reasons.length > 0]).toEqual([delta.current.id, delta.changed, delta.changed]);
          if (delta.reasons.includes('thresholds')) expect(comparison.thresholds.moved).toBe(true);
          if (delta.moved) expect(delta.reasons.some((reason) => reason === 'scores' || reason === 'weights' || reason === 'placement')).toBe(true);
        }
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});
