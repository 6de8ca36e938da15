import { beforeEach, describe, expect, it } from 'vitest';
import {
  compareSessions,
  comparisonRows,
  createSampleSession,
  sealedComparisonMessage,
  type ComparedSessions,
  type Session,
} from '../../../shared';
import { changedSample } from '../../e2e/support/changed-sample';

// Issue 16's "Done when": the sample session compared with a changed copy of itself (scores
// changed for two candidates, one weight changed, one candidate added, one removed, one
// renamed) gives exactly those moves with the right reasons.
//
// The sample's criteria: impact = value (weight 3), reach (2), urgency (1); complexity = data,
// difficulty, production (2 each), know-how (1). Four participants, mean, thresholds 3 and 3.
// The changes, and what they do by hand:
// - urgency weighted 3 instead of 1: impact is now (3·value + 2·reach + 3·urgency) / 8. C12
//   Web-shop search (value 3, reach 4, urgency 2 for three people, 3 for Tom) falls from
//   3.21 to (23 + 23 + 26 + 23) / 32 = 2.97: quick wins → fill-ins, by the weights alone.
// - C2 Product recommendations: everyone's production effort 1 instead of 3 or 4: complexity
//   (17 + 17 + 15 + 15) / 28 = 2.29 instead of 3.07: big bets → quick wins.
// - C10 Predictive maintenance of delivery vans: everyone's business value 5: impact
//   (25 + 23 + 30 + 25) / 32 = 3.22: money pits → big bets.
// - C13 Markdown pricing for seasonal stock is new; C4 Personalised video feed is gone;
//   C7 Support-ticket routing is renamed (same id).
// - C9 Supplier invoice data extraction is placed by the room: no weight moves it.
function compared(earlier: Session, current: Session): ComparedSessions {
  const result = compareSessions(earlier, current, undefined, 'en');
  if (result.kind !== 'compared') throw new Error(`expected a comparison, got ${result.kind}`);
  return result;
}

describe('the sample compared with a changed copy of itself', () => {
  let earlier: Session;
  let current: Session;
  let comparison: ComparedSessions;
  beforeEach(() => {
    earlier = createSampleSession();
    current = changedSample();
    comparison = compared(earlier, current);
  });

  it('finds the one added, the one removed and the one renamed', () => {
    expect(comparison.added.map((each) => each.candidate.code)).toEqual(['C13']);
    expect(comparison.dropped.map((each) => each.candidate.code)).toEqual(['C4']);
    const renamed = comparison.deltas.filter((delta) => delta.earlier.title !== delta.current.title);
    expect(renamed.map((delta) => [delta.current.code, delta.matchedBy, delta.earlier.title, delta.current.title])).toEqual([
      ['C7', 'id', 'Support-ticket routing', 'Routing support tickets to the right queue'],
    ]);
    expect(comparison.deltas.every((delta) => delta.matchedBy === 'id')).toBe(true);
  });

  it('finds the one weight that changed', () => {
    expect(comparison.criteria).toEqual([{ name: 'Urgency', before: { axis: 'impact', weight: 1 }, after: { axis: 'impact', weight: 3 } }]);
    expect(comparison.thresholds.moved).toBe(false);
  });

  it('says scores changed for exactly the two rescored candidates, at the hand-computed points', () => {
    const rescored = comparison.deltas.filter((delta) => delta.reasons.includes('scores'));
    expect(rescored.map((delta) => [delta.current.code, delta.before.quadrant, delta.after.quadrant, delta.after.point])).toEqual([
      ['C2', 'big-bets', 'quick-wins', { impact: 3.1875, complexity: 2.285714286 }],
      ['C10', 'money-pits', 'big-bets', { impact: 3.21875, complexity: 3.678571429 }],
    ]);
  });

  it('says weights changed for every candidate placed by its scores, and for none placed by the room', () => {
    const weighted = comparison.deltas.filter((delta) => delta.reasons.includes('weights')).map((delta) => delta.current.code);
    const byScores = comparison.deltas.filter((delta) => !delta.after.placedByRoom).map((delta) => delta.current.code);
    expect(weighted).toEqual(byScores);
    const invoices = comparison.deltas.find((delta) => delta.current.code === 'C9')!;
    expect([invoices.moved, invoices.reasons]).toEqual([false, ['others']]);
  });

  it('shows the move caused only by the new weight as such: C12 leaves the quick wins with its scores unchanged', () => {
    const search = comparison.deltas.find((delta) => delta.current.code === 'C12')!;
    expect(search.after.point).toEqual({ impact: 2.96875, complexity: 2.678571428 });
    expect([search.before.quadrant, search.after.quadrant]).toEqual(['quick-wins', 'fill-ins']);
    expect(search.reasons).not.toContain('scores');
    expect(search.reasons).toContain('weights');
  });

  it('gives no reason that did not happen: no placement, thresholds, set-aside or votes', () => {
    const all = new Set(comparison.deltas.flatMap((delta) => delta.reasons));
    expect([...all].sort()).toEqual(['others', 'scores', 'weights']);
  });

  it('reads, row by row, as the export will show it', () => {
    const rows = comparisonRows(comparison, current.settings.quadrantNames, 'en');
    expect(rows.map((row) => [row.status, row.code, row.quadrantBefore, row.quadrantAfter, row.rankBefore, row.rankAfter, row.why])).toEqual([
      ['matched', 'C5', 'Quick wins', 'Quick wins', 1, 1, 'Weights or criteria changed'],
      ['matched', 'C7', 'Quick wins', 'Quick wins', 3, 2, 'Weights or criteria changed; other candidates moved, came or went'],
      ['matched', 'C6', 'Quick wins', 'Quick wins', 2, 3, 'Weights or criteria changed; other candidates moved, came or went'],
      ['new', 'C13', null, 'Quick wins', null, 4, 'New since then'],
      ['matched', 'C2', 'Big bets', 'Quick wins', 6, 5, 'Scores changed; weights or criteria changed'],
      ['matched', 'C1', 'Big bets', 'Big bets', 5, 6, 'Weights or criteria changed; other candidates moved, came or went'],
      ['matched', 'C11', 'Big bets', 'Big bets', 7, 7, 'Weights or criteria changed'],
      ['matched', 'C10', 'Money pits', 'Big bets', 11, 8, 'Scores changed; weights or criteria changed'],
      ['matched', 'C3', 'Big bets', 'Big bets', 8, 9, 'Weights or criteria changed; other candidates moved, came or went'],
      ['matched', 'C9', 'Fill-ins', 'Fill-ins', 9, 10, 'Other candidates moved, came or went'],
      ['matched', 'C12', 'Quick wins', 'Fill-ins', 4, 11, 'Weights or criteria changed; other candidates moved, came or went'],
      ['matched', 'C8', 'Fill-ins', 'Fill-ins', null, null, 'Weights or criteria changed'],
      ['dropped', 'C4', 'Money pits', null, 10, null, 'Dropped since then'],
    ]);
    expect(rows.find((row) => row.code === 'C7')!.renamedFrom).toBe('Support-ticket routing');
    expect(rows.find((row) => row.code === 'C7')!.title).toBe('Routing support tickets to the right queue');
  });

  it('reports every pair once, and every candidate of both sessions once', () => {
    const earlierIds = [...comparison.deltas.map((delta) => delta.earlier.id), ...comparison.dropped.map((each) => each.candidate.id)];
    const currentIds = [...comparison.deltas.map((delta) => delta.current.id), ...comparison.added.map((each) => each.candidate.id)];
    expect(earlierIds.sort()).toEqual(earlier.candidates.map((candidate) => candidate.id).sort());
    expect(currentIds.sort()).toEqual(current.candidates.map((candidate) => candidate.id).sort());
    const rows = comparisonRows(comparison, current.settings.quadrantNames, 'en');
    expect(rows).toHaveLength(comparison.deltas.length + comparison.added.length + comparison.dropped.length);
    expect(new Set(rows.map((row) => row.code)).size).toBe(rows.length);
  });

  it('without the weight change, exactly the two rescored candidates move', () => {
    current.criteria = earlier.criteria;
    const moved = compared(earlier, current).deltas.filter((delta) => delta.moved);
    expect(moved.map((delta) => [delta.current.code, delta.reasons.filter((reason) => reason !== 'others')])).toEqual([
      ['C2', ['scores']],
      ['C10', ['scores']],
    ]);
  });
});

describe('identical sessions', () => {
  let earlier: Session;
  beforeEach(() => {
    earlier = createSampleSession();
  });

  it('give no moves, no new, no dropped, no changed criteria or thresholds', () => {
    const comparison = compared(earlier, createSampleSession());
    expect(comparison.deltas).toHaveLength(earlier.candidates.length);
    expect(comparison.deltas.filter((delta) => delta.changed || delta.moved || delta.reasons.length > 0)).toEqual([]);
    expect(comparison.deltas.every((delta) => delta.impactChange === 0 || delta.impactChange === null)).toBe(true);
    expect([comparison.added, comparison.dropped, comparison.criteria, comparison.thresholds.moved, comparison.rescaledFrom]).toEqual([[], [], [], false, null]);
    expect(new Set(comparisonRows(comparison, earlier.settings.quadrantNames, 'en').map((row) => row.why))).toEqual(new Set(['No change']));
  });

  it('another room’s copy with new ids and reworded titles pairs by title and still shows no move', () => {
    const copy = createSampleSession();
    const retitled: Record<string, string> = { 'cand-churn': 'loyalty members — CHURN prediction for', 'cand-fraud': 'Fraud detection (card payments) for' };
    copy.candidates = copy.candidates.map((candidate) => ({ ...candidate, id: `other-${candidate.id}`, title: retitled[candidate.id] ?? candidate.title }));
    copy.scores = copy.scores.map((score) => ({ ...score, candidateId: `other-${score.candidateId}` }));
    copy.votes = copy.votes.map((vote) => ({ ...vote, candidateId: `other-${vote.candidateId}` }));
    const comparison = compared(earlier, copy);
    expect(comparison.deltas.map((delta) => delta.matchedBy)).toEqual(earlier.candidates.map(() => 'title'));
    expect(comparison.deltas.filter((delta) => delta.changed)).toEqual([]);
  });
});

describe('blind scoring: a comparison computes nothing from sealed scores', () => {
  let earlier: Session;
  let current: Session;
  const seal = (session: Session): Session => ({ ...session, settings: { ...session.settings, revealed: false } });
  beforeEach(() => {
    earlier = createSampleSession();
    current = changedSample();
  });

  it('this session sealed: the result says so, with the pairs and nothing else', () => {
    const result = compareSessions(earlier, seal(current), undefined, 'en');
    expect(result.kind).toBe('sealed');
    if (result.kind !== 'sealed') return;
    expect(result.sealed).toEqual(['current']);
    expect(result.message).toBe(sealedComparisonMessage(['current'], 'en'));
    expect(Object.keys(result).sort()).toEqual(['kind', 'matching', 'message', 'sealed']);
    expect(result.matching.added.map((candidate) => candidate.code)).toEqual(['C13']);
    expect(result.matching.dropped.map((candidate) => candidate.code)).toEqual(['C4']);
  });

  it('the earlier session sealed, or both', () => {
    const earlierSealed = compareSessions(seal(earlier), current, undefined, 'en');
    expect(earlierSealed.kind === 'sealed' && [earlierSealed.sealed, earlierSealed.message]).toEqual([['earlier'], sealedComparisonMessage(['earlier'], 'en')]);
    const both = compareSessions(seal(earlier), seal(current), undefined, 'en');
    expect(both.kind === 'sealed' && [both.sealed, both.message]).toEqual([['earlier', 'current'], sealedComparisonMessage(['earlier', 'current'], 'en')]);
  });

  it('sealed, other scores and placements give the very same result: nothing is read from them', () => {
    const other = changedSample();
    other.scores = other.scores.map((score) => ({ ...score, value: 1 }));
    other.candidates = other.candidates.map((candidate) => ({ ...candidate, override: { impact: 5, complexity: 5 } }));
    expect(compareSessions(earlier, seal(other), undefined, 'en')).toEqual(compareSessions(earlier, seal(current), undefined, 'en'));
  });

  it('consensus scores are the room’s own and never sealed', () => {
    const consensus = { ...current, settings: { ...current.settings, scoringMode: 'consensus' as const, revealed: false } };
    expect(compareSessions(earlier, consensus, undefined, 'en').kind).toBe('compared');
  });
});
