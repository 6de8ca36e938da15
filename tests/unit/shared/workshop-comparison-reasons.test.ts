import { beforeEach, describe, expect, it } from 'vitest';
import {
  compareSessions,
  moveReasons,
  SAME_WITHIN,
  sameValue,
  standingChanged,
  type CandidateDelta,
  type ComparedSessions,
  type Criterion,
  type MoveFacts,
  type Score,
  type Session,
  type Standing,
} from '../../../shared';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

// Each reason alone, then combined. A small board on the 1–5 scale, thresholds 3 and 3, one
// participant; criteria i1 (impact, weight 2), i2 (impact, 1), c1 and c2 (complexity, 1 each):
//
//   candidate  i1 i2 c1 c2   impact             complexity  quadrant    rank (impact − complexity)
//   a          4  4  2  2    4                  2           quick wins  1   (2)
//   c          4  2  4  4    (2·4 + 2)/3 = 3.33  4           big bets    2   (−0.67)
//   b          2  2  4  4    2                  4           money pits  3   (−2)

function board(): Session {
  return session({
    participants: [participant('p1')],
    candidates: [candidate('a', { code: 'A' }), candidate('b', { code: 'B' }), candidate('c', { code: 'C' })],
    scores: [
      ...scores('p1', 'a', { i1: 4, i2: 4, c1: 2, c2: 2 }),
      ...scores('p1', 'b', { i1: 2, i2: 2, c1: 4, c2: 4 }),
      ...scores('p1', 'c', { i1: 4, i2: 2, c1: 4, c2: 4 }),
    ],
    settings: { revealed: true },
  });
}

function compared(earlier: Session, current: Session): ComparedSessions {
  const result = compareSessions(earlier, current, undefined, 'en');
  if (result.kind !== 'compared') throw new Error(`expected a comparison, got ${result.kind}`);
  return result;
}

function delta(comparison: ComparedSessions, code: string): CandidateDelta {
  const found = comparison.deltas.find((each) => each.current.code === code);
  if (found === undefined) throw new Error(`no delta for ${code}`);
  return found;
}

/** Each code's reasons, for the candidates with any. */
function reasonsByCode(comparison: ComparedSessions): Record<string, string[]> {
  return Object.fromEntries(comparison.deltas.filter((each) => each.reasons.length > 0).map((each) => [each.current.code, each.reasons]));
}

function setScore(s: Session, candidateId: string, criterionId: string, value: number): Session {
  return { ...s, scores: s.scores.map((score): Score => (score.candidateId === candidateId && score.criterionId === criterionId ? { ...score, value } : score)) };
}

function setWeight(s: Session, criterionId: string, weight: number): Session {
  return { ...s, criteria: s.criteria.map((each): Criterion => (each.id === criterionId ? { ...each, weight } : each)) };
}

function place(s: Session, candidateId: string, override: { impact: number; complexity: number } | null): Session {
  return { ...s, candidates: s.candidates.map((each) => (each.id === candidateId ? { ...each, override } : each)) };
}

describe('the reasons for a move, each alone', () => {
  let earlier: Session;
  beforeEach(() => {
    earlier = board();
  });

  it('the board reads as the table says', () => {
    const c = delta(compared(earlier, board()), 'C');
    expect(c.before.point).toEqual({ impact: 3.333333333, complexity: 4 });
    expect([c.before.quadrant, c.before.rank]).toEqual(['big-bets', 2]);
  });

  it('scores: a lower score moves A from quick wins to fill-ins; C rises because A fell, and says so', () => {
    // A: i1 4 → 2 gives impact (2·2 + 4)/3 = 2.67: fill-ins, ranked after C's big bet.
    const comparison = compared(earlier, setScore(board(), 'a', 'i1', 2));
    const a = delta(comparison, 'A');
    expect(a.after.point).toEqual({ impact: 2.666666667, complexity: 2 });
    expect([a.before.quadrant, a.after.quadrant, a.before.rank, a.after.rank]).toEqual(['quick-wins', 'fill-ins', 1, 2]);
    expect(a.impactChange).toBe(-1.333333333);
    expect(a.complexityChange).toBe(0);
    expect(reasonsByCode(comparison)).toEqual({ A: ['scores'], C: ['others'] });
    expect(delta(comparison, 'C').moved).toBe(false);
  });

  it('weights: i2 weighted 5 moves C from big bets to money pits with the same scores, shown as weights only', () => {
    // C: (2·4 + 5·2)/7 = 2.57. A and B score i1 and i2 alike, so no weight moves them.
    const comparison = compared(earlier, setWeight(board(), 'i2', 5));
    const c = delta(comparison, 'C');
    expect(c.after.point).toEqual({ impact: 2.571428571, complexity: 4 });
    expect([c.before.quadrant, c.after.quadrant]).toEqual(['big-bets', 'money-pits']);
    expect(reasonsByCode(comparison)).toEqual({ C: ['weights'] });
    expect(comparison.criteria).toEqual([{ name: 'i2', before: { axis: 'impact', weight: 1 }, after: { axis: 'impact', weight: 5 } }]);
  });

  it('weights: a criterion removed today counts as a change of criteria', () => {
    const current = board();
    current.criteria = current.criteria.filter((each) => each.id !== 'i2');
    const comparison = compared(earlier, current);
    expect(delta(comparison, 'C').after.point).toEqual({ impact: 4, complexity: 4 });
    expect(reasonsByCode(comparison)).toEqual({ C: ['weights'] });
    expect(comparison.criteria).toEqual([{ name: 'i2', before: { axis: 'impact', weight: 1 }, after: null }]);
  });

  it('criteria matched by name when their ids differ: retyped ids and names with other case and accents change nothing', () => {
    const current = board();
    const renamed = new Map([['i1', 'value'], ['i2', 'reach'], ['c1', 'data'], ['c2', 'difficulty']]);
    const names: Record<string, [string, string]> = { i1: ['Valeur métier', 'VALEUR METIER'], i2: ['Reach', 'reach'], c1: ['Data', 'data'], c2: ['Difficulty', 'difficulty!'] };
    earlier.criteria = earlier.criteria.map((each) => ({ ...each, name: names[each.id]![0] }));
    current.criteria = current.criteria.map((each) => ({ ...each, id: renamed.get(each.id)!, name: names[each.id]![1] }));
    current.scores = current.scores.map((score) => ({ ...score, criterionId: renamed.get(score.criterionId)! }));
    const comparison = compared(earlier, current);
    expect(comparison.criteria).toEqual([]);
    expect(comparison.deltas.map((each) => each.changed)).toEqual([false, false, false]);
  });

  it('thresholds: the impact line moved to 3.5 puts C in money pits while its point stays', () => {
    const current = board();
    current.settings = { ...current.settings, thresholds: { impact: 3.5, complexity: 3 } };
    const comparison = compared(earlier, current);
    const c = delta(comparison, 'C');
    expect(c.moved).toBe(false);
    expect([c.before.quadrant, c.after.quadrant]).toEqual(['big-bets', 'money-pits']);
    expect(reasonsByCode(comparison)).toEqual({ C: ['thresholds'] });
    expect(comparison.thresholds).toEqual({ before: { impact: 3, complexity: 3 }, after: { impact: 3.5, complexity: 3 }, moved: true });
  });

  it('thresholds that move across no point give no reason at all', () => {
    const current = board();
    current.settings = { ...current.settings, thresholds: { impact: 3, complexity: 3.5 } };
    const comparison = compared(earlier, current);
    expect(comparison.thresholds.moved).toBe(true);
    expect(reasonsByCode(comparison)).toEqual({});
  });

  it('placement set: the room drags A into money pits', () => {
    const comparison = compared(earlier, place(board(), 'a', { impact: 2, complexity: 5 }));
    const a = delta(comparison, 'A');
    expect([a.before.placedByRoom, a.after.placedByRoom, a.after.quadrant]).toEqual([false, true, 'money-pits']);
    // A lands after B (2 − 5 = −3 < −2): B rises from 3 to 2 and C from 2 to 1 around it.
    expect(reasonsByCode(comparison)).toEqual({ A: ['placement'], B: ['others'], C: ['others'] });
  });

  it('placement changed and placement removed', () => {
    const placedThen = place(board(), 'a', { impact: 4, complexity: 4 });
    expect(reasonsByCode(compared(placedThen, place(board(), 'a', { impact: 5, complexity: 4 })))).toEqual({ A: ['placement'] });
    // Removed: back to its scores (4, 2), which did not change.
    const removed = compared(placedThen, board());
    expect(delta(removed, 'A').after.point).toEqual({ impact: 4, complexity: 2 });
    expect(reasonsByCode(removed)).toEqual({ A: ['placement'] });
  });

  it('set aside: B set aside as better without ML leaves the ranking, its point unchanged', () => {
    const current = board();
    current.candidates = current.candidates.map((each) => (each.id === 'b' ? { ...each, betterWithoutMl: true } : each));
    const comparison = compared(earlier, current);
    const b = delta(comparison, 'B');
    expect([b.moved, b.before.rank, b.after.rank, b.after.withoutMl]).toEqual([false, 3, null, true]);
    expect(reasonsByCode(comparison)).toEqual({ B: ['set-aside'] });
  });

  it('votes: on equal footing, dots for E put it before D; D says others moved', () => {
    const twins = (s: Session): Session => ({
      ...s,
      candidates: [candidate('d', { code: 'D' }), candidate('e', { code: 'E' })],
      scores: [...scores('p1', 'd', { i1: 4, i2: 4, c1: 2, c2: 2 }), ...scores('p1', 'e', { i1: 4, i2: 4, c1: 2, c2: 2 })],
    });
    const before = twins(earlier);
    const after = { ...twins(board()), votes: [{ participantId: 'p1', candidateId: 'e', dots: 2 }] };
    const comparison = compared(before, after);
    expect(comparison.deltas.map((each) => [each.current.code, each.before.rank, each.after.rank])).toEqual([
      ['D', 1, 2],
      ['E', 2, 1],
    ]);
    expect(reasonsByCode(comparison)).toEqual({ D: ['others'], E: ['votes'] });
  });

  it('votes, between two candidates of one code and title: an exact tie goes by today’s order, as the ranking breaks it', () => {
    const twins = (s: Session): Session => ({
      ...s,
      candidates: [candidate('d', { code: 'X', title: 'Twin' }), candidate('e', { code: 'X', title: 'Twin' })],
      scores: [...scores('p1', 'd', { i1: 4, i2: 4, c1: 2, c2: 2 }), ...scores('p1', 'e', { i1: 4, i2: 4, c1: 2, c2: 2 })],
    });
    const comparison = compared(twins(earlier), { ...twins(board()), votes: [{ participantId: 'p1', candidateId: 'e', dots: 2 }] });
    expect(comparison.deltas.map((each) => [each.current.id, each.before.rank, each.after.rank, each.reasons])).toEqual([
      ['d', 1, 2, ['others']],
      ['e', 2, 1, ['votes']],
    ]);
  });

  it('scored on one side only: moved, with no change of impact or complexity to give', () => {
    const unscored = (s: Session): Session => ({ ...s, scores: s.scores.filter((score) => score.candidateId !== 'b') });
    for (const [before, after] of [[unscored(earlier), board()], [earlier, unscored(board())]]) {
      const b = delta(compared(before!, after!), 'B');
      expect([b.moved, b.impactChange, b.complexityChange]).toEqual([true, null, null]);
    }
    const a = delta(compared(earlier, setScore(board(), 'a', 'c1', 4)), 'A');
    expect([a.impactChange, a.complexityChange]).toEqual([0, 1]);
  });

  it('others: a new candidate ranked first pushes every other down one, for that reason alone', () => {
    const current = board();
    current.candidates = [...current.candidates, candidate('n', { code: 'N', override: { impact: 5, complexity: 1 } })];
    const comparison = compared(earlier, current);
    expect(comparison.deltas.map((each) => [each.current.code, each.before.rank, each.after.rank])).toEqual([
      ['A', 1, 2],
      ['B', 3, 4],
      ['C', 2, 3],
    ]);
    expect(reasonsByCode(comparison)).toEqual({ A: ['others'], B: ['others'], C: ['others'] });
    expect(comparison.added.map((each) => [each.candidate.code, each.after.rank])).toEqual([['N', 1]]);
  });
});

describe('the reasons for a move, combined', () => {
  let earlier: Session;
  beforeEach(() => {
    earlier = board();
  });

  it('scores and weights: C rescored and i2 reweighted, both named', () => {
    // S0 = 3.33 (earlier scores, earlier weights); S1 = (2·4 + 5·2)/7 = 2.57 (earlier scores,
    // today's weights); S2 = (2·5 + 5·2)/7 = 2.86 (today's scores and weights).
    const comparison = compared(earlier, setScore(setWeight(board(), 'i2', 5), 'c', 'i1', 5));
    const c = delta(comparison, 'C');
    expect(c.after.point).toEqual({ impact: 2.857142857, complexity: 4 });
    expect(reasonsByCode(comparison)).toEqual({ C: ['scores', 'weights'] });
  });

  it('scores and thresholds: C made easier while the impact line rose, both contribute to fill-ins', () => {
    // C: (3.33, 2) today. Under the earlier line 3 it would be a quick win; under 3.5 it is a fill-in.
    const current = setScore(setScore(board(), 'c', 'c1', 2), 'c', 'c2', 2);
    current.settings = { ...current.settings, thresholds: { impact: 3.5, complexity: 3 } };
    const comparison = compared(earlier, current);
    const c = delta(comparison, 'C');
    expect([c.before.quadrant, c.after.quadrant]).toEqual(['big-bets', 'fill-ins']);
    expect(c.reasons).toEqual(['scores', 'thresholds']);
  });

  it('scores moving a point across a line that also moved: the lines are not a reason when they did not decide the quadrant', () => {
    // B: impact 2 → 4 (i1 and i2 at 4 today), complexity 4: money pits → big bets; the
    // complexity line moved from 3 to 3.5, which changes nothing for a complexity of 4.
    const current = setScore(setScore(board(), 'b', 'i1', 4), 'b', 'i2', 4);
    current.settings = { ...current.settings, thresholds: { impact: 3, complexity: 3.5 } };
    const b = delta(compared(earlier, current), 'B');
    expect([b.before.quadrant, b.after.quadrant]).toEqual(['money-pits', 'big-bets']);
    expect(b.reasons).toEqual(['scores']);
  });

  it('weights and a placement removed: both, the point going back to its scores under the new weights', () => {
    const comparison = compared(place(board(), 'c', { impact: 5, complexity: 5 }), setWeight(board(), 'i2', 5));
    const c = delta(comparison, 'C');
    expect(c.after.point).toEqual({ impact: 2.571428571, complexity: 4 });
    expect(c.reasons).toEqual(['weights', 'placement']);
  });

  it('placed by the room on both sides: new weights and scores do not move it, so they are no reason', () => {
    const placed = (s: Session) => place(s, 'c', { impact: 4, complexity: 4 });
    const comparison = compared(placed(earlier), placed(setScore(setWeight(board(), 'i2', 5), 'c', 'i1', 1)));
    expect(delta(comparison, 'C').changed).toBe(false);
    expect(reasonsByCode(comparison)).toEqual({});
  });

  it('placed by the room today: the placement alone explains where it is, whatever the scores did underneath', () => {
    const comparison = compared(earlier, place(setScore(setWeight(board(), 'i2', 5), 'c', 'i1', 5), 'c', { impact: 5, complexity: 2 }));
    // C, placed at (5, 2), is a quick win ahead of A (5 − 2 = 3 against 2): A says others moved.
    expect(reasonsByCode(comparison)).toEqual({ A: ['others'], C: ['placement'] });
  });

  it('a move with all four: placement removed, rescored and reweighted underneath, across a moved line', () => {
    // Earlier: C placed at (5, 5), big bets. Today: its scores again, S2 = (2.86, 4) as above;
    // the complexity line at 4.5 makes that a fill-in where the earlier line 3 would make it a money pit.
    const current = setScore(setWeight(board(), 'i2', 5), 'c', 'i1', 5);
    current.settings = { ...current.settings, thresholds: { impact: 3, complexity: 4.5 } };
    const c = delta(compared(place(earlier, 'c', { impact: 5, complexity: 5 }), current), 'C');
    expect([c.before.quadrant, c.after.quadrant]).toEqual(['big-bets', 'fill-ins']);
    expect(c.reasons).toEqual(['scores', 'weights', 'thresholds', 'placement']);
  });
});

describe('a criterion new today', () => {
  it('is scored only today, so its effect shows as scores changed (the earlier session has nothing on it to reweigh)', () => {
    const earlier = board();
    const current = board();
    current.criteria = [...current.criteria, criterion('i3', 'impact', 3)];
    current.scores = [...current.scores, ...scores('p1', 'c', { i3: 1 })];
    const comparison = compareSessions(earlier, current, undefined, 'en');
    if (comparison.kind !== 'compared') throw new Error(comparison.kind);
    expect(comparison.criteria).toEqual([{ name: 'i3', before: null, after: { axis: 'impact', weight: 3 } }]);
    expect(reasonsByCode(comparison)).toEqual({ C: ['scores'] });
  });
});

// The rules read one condition at a time, on facts made by hand: each case changes one fact
// from a pair that stayed where it was, so a rule that ignored that fact would give no reason.
describe('moveReasons, each condition on its own', () => {
  const standing = (change: Partial<Standing> = {}): Standing => ({ point: { impact: 4, complexity: 2 }, quadrant: 'quick-wins', rank: 1, placedByRoom: false, withoutMl: false, votes: 0, ...change });
  const scoresAt = { impact: 4, complexity: 2 };
  const facts = (change: Partial<MoveFacts> = {}): MoveFacts => ({
    before: standing(),
    after: standing(),
    earlierPlacement: null,
    currentPlacement: null,
    scoresBefore: scoresAt,
    scoresReweighed: scoresAt,
    scoresAfter: scoresAt,
    thresholdsBefore: { impact: 3, complexity: 3 },
    thresholdsAfter: { impact: 3, complexity: 3 },
    rankAsBeforeToday: 1,
    rankWithEarlierVotes: 1,
    ...change,
  });

  it('gives none for a pair that stayed', () => {
    expect(moveReasons(facts())).toEqual([]);
    expect(standingChanged(standing(), standing())).toBe(false);
  });

  it('names the scores or the weights only when the point moved and the scores place it today', () => {
    const moved = { after: standing({ point: { impact: 2, complexity: 2 } }) };
    expect(moveReasons(facts({ ...moved, scoresAfter: { impact: 2, complexity: 2 } }))).toEqual(['scores']);
    expect(moveReasons(facts({ ...moved, scoresReweighed: { impact: 2, complexity: 2 }, scoresAfter: { impact: 2, complexity: 2 } }))).toEqual(['weights']);
    // The same scores points with the point where it was: nothing moved, so nothing to explain.
    expect(moveReasons(facts({ scoresAfter: { impact: 2, complexity: 2 } }))).toEqual([]);
    // A missing axis is a change from a value, and a point on one side only is a move.
    expect(moveReasons(facts({ ...moved, scoresAfter: { impact: 4, complexity: undefined } }))).toEqual(['scores']);
    expect(moveReasons(facts({ after: standing({ point: null, quadrant: null, rank: null }), scoresAfter: { impact: 4, complexity: undefined } }))).toEqual(['scores']);
  });

  it('names the thresholds only when both sides have a quadrant, it changed, the lines moved, and they decided it', () => {
    const crossed = { after: standing({ quadrant: 'fill-ins' }), thresholdsAfter: { impact: 4.5, complexity: 3 } };
    expect(moveReasons(facts(crossed))).toEqual(['thresholds']);
    expect(moveReasons(facts({ ...crossed, before: standing({ quadrant: null }) }))).toEqual([]);
    expect(moveReasons(facts({ ...crossed, after: standing({ quadrant: null }) }))).toEqual([]);
    expect(moveReasons(facts({ ...crossed, after: standing({ quadrant: 'fill-ins', point: null }) }))).toEqual([]);
    expect(moveReasons(facts({ ...crossed, after: standing() }))).toEqual([]);
    expect(moveReasons(facts({ ...crossed, thresholdsAfter: { impact: 3, complexity: 3 } }))).toEqual([]);
    // Its quadrant the same on both sides: the lines moved with it, so they explain no change.
    const along = { before: standing({ point: { impact: 2, complexity: 2 }, quadrant: 'fill-ins' }), after: standing({ quadrant: 'fill-ins' }), thresholdsAfter: { impact: 4.5, complexity: 3 } };
    expect(moveReasons(facts({ ...along, scoresBefore: { impact: 2, complexity: 2 }, scoresReweighed: { impact: 2, complexity: 2 } }))).toEqual(['scores']);
  });

  it('names the votes when the rank changed with the dots, and today’s ranking with the earlier dots differs', () => {
    const reranked = { before: standing({ rank: 2, votes: 1 }), after: standing({ rank: 1, votes: 4 }), rankAsBeforeToday: 2 };
    expect(moveReasons(facts({ ...reranked, rankWithEarlierVotes: 2 }))).toEqual(['votes']);
    expect(moveReasons(facts({ ...reranked, rankWithEarlierVotes: 1 }))).toEqual([]);
    expect(moveReasons(facts({ ...reranked, rankWithEarlierVotes: null }))).toEqual([]);
    expect(moveReasons(facts({ ...reranked, after: standing({ rank: 1, votes: 1 }), rankWithEarlierVotes: 2 }))).toEqual([]);
    expect(moveReasons(facts({ ...reranked, after: standing({ rank: 2, votes: 4 }), rankWithEarlierVotes: 1 }))).toEqual([]);
  });

  it('names the others when its earlier standing would rank elsewhere today, and only between two ranks', () => {
    const reranked = { before: standing({ rank: 2 }), after: standing({ rank: 1 }) };
    expect(moveReasons(facts({ ...reranked, rankAsBeforeToday: 1 }))).toEqual(['others']);
    expect(moveReasons(facts({ ...reranked, rankAsBeforeToday: 2 }))).toEqual([]);
    expect(moveReasons(facts({ ...reranked, rankAsBeforeToday: null }))).toEqual([]);
    expect(moveReasons(facts({ before: standing({ rank: null }), after: standing({ rank: 1 }), rankAsBeforeToday: 3, rankWithEarlierVotes: 3 }))).toEqual([]);
    expect(moveReasons(facts({ before: standing({ rank: 2 }), after: standing({ rank: null }), rankAsBeforeToday: 3, rankWithEarlierVotes: 3 }))).toEqual([]);
    expect(moveReasons(facts({ before: standing({ rank: 2 }), after: standing({ rank: 2 }), rankAsBeforeToday: 3, rankWithEarlierVotes: 3 }))).toEqual([]);
  });

  it('counts a change of quadrant, rank or set-aside state as a change of standing on its own', () => {
    expect(standingChanged(standing(), standing({ quadrant: 'fill-ins' }))).toBe(true);
    expect(standingChanged(standing(), standing({ rank: 2 }))).toBe(true);
    expect(standingChanged(standing(), standing({ withoutMl: true }))).toBe(true);
    expect(standingChanged(standing(), standing({ point: { impact: 4, complexity: 2 + SAME_WITHIN / 2 } }))).toBe(false);
  });
});

describe('sameValue', () => {
  it('counts values closer than SAME_WITHIN as one, and a missing value as equal only to a missing one', () => {
    expect(sameValue(2, 2 + SAME_WITHIN / 2)).toBe(true);
    expect(sameValue(0, SAME_WITHIN)).toBe(false);
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue(undefined, null)).toBe(true);
    for (const [a, b] of [[null, 0], [0, null], [undefined, 0], [0, undefined], [null, 3], [3, undefined]] as const) expect(sameValue(a, b), `${a} and ${b}`).toBe(false);
  });
});
