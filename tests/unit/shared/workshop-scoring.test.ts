import { describe, expect, it } from 'vitest';
import { sessionSchema } from '../../../shared/session/schema';
import {
  aggregateValues,
  axisAggregate,
  candidatePosition,
  computeCandidateResults,
  criteriaByAxis,
  indexConsensusScores,
  indexScores,
  participantAxisValue,
  scoresAxis,
  scoringContext,
  weightedAxisValue,
} from '../../../shared/workshop';
import { bigSession, candidate, criterion, participant, scores, session, STANDARD_CRITERIA } from './workshop-fixtures';

const impactCriteria = STANDARD_CRITERIA.filter((c) => c.axis === 'impact'); // i1 w2, i2 w1
const complexityCriteria = STANDARD_CRITERIA.filter((c) => c.axis === 'complexity'); // c1 w1, c2 w1

describe('fixtures', () => {
  it('builds sessions the schema accepts', () => {
    const s = session({
      participants: [participant('p1', 'business')],
      candidates: [candidate('a')],
      scores: scores('p1', 'a', { i1: 3 }),
    });
    expect(sessionSchema.safeParse(s).success).toBe(true);
    expect(sessionSchema.safeParse(bigSession(3)).success).toBe(true);
  });
});

describe('indexScores', () => {
  it('indexes candidate → participant → criterion, the last duplicate winning', () => {
    const index = indexScores(
      session({ scores: [...scores('p1', 'a', { i1: 2, c1: 4 }), ...scores('p2', 'a', { i1: 5 }), ...scores('p1', 'a', { i1: 3 })] }),
    );
    expect(index.get('a')?.get('p1')?.get('i1')).toBe(3);
    expect(index.get('a')?.get('p1')?.get('c1')).toBe(4);
    expect(index.get('a')?.get('p2')?.get('i1')).toBe(5);
    expect(index.get('b')).toBeUndefined();
  });

  it('indexes consensus scores candidate → criterion', () => {
    const index = indexConsensusScores(session({ consensusScores: [{ candidateId: 'a', criterionId: 'i1', value: 4 }] }));
    expect(index.get('a')?.get('i1')).toBe(4);
  });
});

describe('weightedAxisValue', () => {
  const m = (o: Record<string, number>) => new Map(Object.entries(o));

  it('is the weighted mean: weights 2 and 1, scores 4 and 1 → (8 + 1) / 3 = 3', () => {
    expect(weightedAxisValue(m({ i1: 4, i2: 1 }), impactCriteria)).toBe(3);
  });

  it('normalises weights over the criteria actually scored (a missing score is not 0)', () => {
    expect(weightedAxisValue(m({ i1: 4 }), impactCriteria)).toBe(4);
    expect(weightedAxisValue(m({ i2: 1 }), impactCriteria)).toBe(1);
  });

  it('is undefined with no score on the axis', () => {
    expect(weightedAxisValue(m({ c1: 4 }), impactCriteria)).toBeUndefined();
    expect(weightedAxisValue(undefined, impactCriteria)).toBeUndefined();
    expect(weightedAxisValue(m({}), impactCriteria)).toBeUndefined();
  });

  it('ignores criteria with weight 0, and is undefined when only those are scored', () => {
    const withZero = [...impactCriteria, criterion('i3', 'impact', 0)];
    expect(weightedAxisValue(m({ i1: 4, i2: 1, i3: 5 }), withZero)).toBe(3);
    expect(weightedAxisValue(m({ i3: 5 }), withZero)).toBeUndefined();
  });

  it('follows changed weights: weights 1 and 3, scores 4 and 1 → (4 + 3) / 4 = 1.75', () => {
    expect(weightedAxisValue(m({ i1: 4, i2: 1 }), [criterion('i1', 'impact', 1), criterion('i2', 'impact', 3)])).toBe(1.75);
  });

  it('lands exactly on whole numbers despite fractional weights (no float noise)', () => {
    const crit = [criterion('x', 'impact', 0.1), criterion('y', 'impact', 0.2), criterion('z', 'impact', 0.7)];
    expect(weightedAxisValue(m({ x: 3, y: 3, z: 3 }), crit)).toBe(3);
  });
});

describe('criteriaByAxis and scoresAxis', () => {
  it('splits by axis and drops weight 0', () => {
    const split = criteriaByAxis([...STANDARD_CRITERIA, criterion('z', 'complexity', 0)]);
    expect(split.impact.map((c) => c.id)).toEqual(['i1', 'i2']);
    expect(split.complexity.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('scoreByBackground: business scores impact only, technical complexity only, domain and data both', () => {
    expect(scoresAxis('business', 'impact', true)).toBe(true);
    expect(scoresAxis('business', 'complexity', true)).toBe(false);
    expect(scoresAxis('technical', 'impact', true)).toBe(false);
    expect(scoresAxis('technical', 'complexity', true)).toBe(true);
    for (const b of ['domain', 'data'] as const) {
      expect(scoresAxis(b, 'impact', true)).toBe(true);
      expect(scoresAxis(b, 'complexity', true)).toBe(true);
    }
    expect(scoresAxis('business', 'complexity', false)).toBe(true);
    expect(scoresAxis('technical', 'impact', false)).toBe(true);
  });
});

describe('aggregateValues', () => {
  it('mean', () => {
    expect(aggregateValues([1, 2, 3, 5], 'mean')).toBe(2.75);
    expect(aggregateValues([2, 3, 5], 'mean')).toBe(3.333333333);
  });
  it('median with odd and even counts (even: mean of the two middle values)', () => {
    expect(aggregateValues([5, 2, 3], 'median')).toBe(3);
    expect(aggregateValues([5, 1, 3, 2], 'median')).toBe(2.5);
    expect(aggregateValues([4, 4], 'median')).toBe(4);
    expect(aggregateValues([4], 'median')).toBe(4);
  });
  it('undefined for no values', () => {
    expect(aggregateValues([], 'mean')).toBeUndefined();
    expect(aggregateValues([], 'median')).toBeUndefined();
  });
});

describe('computeCandidateResults (blind mode)', () => {
  const base = {
    participants: [participant('p1'), participant('p2'), participant('p3')],
    candidates: [candidate('a', { code: 'C1' })],
    scores: [
      ...scores('p1', 'a', { i1: 2, i2: 2, c1: 1, c2: 1 }), // impact 2, complexity 1
      ...scores('p2', 'a', { i1: 3, i2: 3, c1: 1, c2: 1 }), // impact 3, complexity 1
      ...scores('p3', 'a', { i1: 5, i2: 5, c1: 1, c2: 3 }), // impact 5, complexity 2
    ],
  };

  it('reports per-participant values, the mean aggregate, position, quadrant and priority', () => {
    const r = computeCandidateResults(session(base)).get('a')!;
    expect(r.perParticipant.get('p1')).toEqual({ impact: 2, complexity: 1 });
    expect(r.perParticipant.get('p3')).toEqual({ impact: 5, complexity: 2 });
    expect(r.aggregate).toEqual({ impact: 3.333333333, complexity: 1.333333333 });
    expect(r.scoredBy).toBe(3);
    expect(r.position).toEqual({ source: 'scores', impact: 3.333333333, complexity: 1.333333333, scoredBy: 3 });
    expect(r.quadrant).toBe('quick-wins');
    expect(r.priority).toBe(2);
    expect(r.votes).toBe(0);
    expect(r.disagreement?.overall).toBe(3);
  });

  it('uses the median when asked', () => {
    const r = computeCandidateResults(session({ ...base, settings: { aggregation: 'median' } })).get('a')!;
    expect(r.aggregate).toEqual({ impact: 3, complexity: 1 });
  });

  it('median with an even number of participants averages the two middle values', () => {
    const s = session({
      ...base,
      participants: [...base.participants, participant('p4')],
      scores: [...base.scores, ...scores('p4', 'a', { i1: 4, i2: 4, c1: 5, c2: 5 })],
      settings: { aggregation: 'median' },
    });
    // impacts 2, 3, 5, 4 → (3 + 4) / 2; complexities 1, 1, 2, 5 → (1 + 2) / 2
    expect(computeCandidateResults(s).get('a')!.aggregate).toEqual({ impact: 3.5, complexity: 1.5 });
  });

  it('ignores missing scores per participant and participants who scored nothing', () => {
    const s = session({
      participants: [participant('p1'), participant('p2'), participant('p3')],
      candidates: [candidate('a')],
      scores: [...scores('p1', 'a', { i1: 4, c2: 2 }), ...scores('p2', 'a', { i2: 2 })],
    });
    const r = computeCandidateResults(s).get('a')!;
    expect(r.perParticipant.get('p1')).toEqual({ impact: 4, complexity: 2 });
    expect(r.perParticipant.get('p2')).toEqual({ impact: 2, complexity: undefined });
    expect(r.perParticipant.has('p3')).toBe(false);
    expect(r.scoredBy).toBe(2);
    // impact mean of 4 and 2; complexity only p1's 2
    expect(r.aggregate).toEqual({ impact: 3, complexity: 2 });
    expect(r.position.source).toBe('scores');
  });

  it('ignores scores of removed participants and of unknown criteria', () => {
    const s = session({
      participants: [participant('p1')],
      candidates: [candidate('a')],
      scores: [...scores('p1', 'a', { i1: 4, c1: 2, ghost: 1 }), ...scores('gone', 'a', { i1: 1, c1: 5 })],
    });
    const r = computeCandidateResults(s).get('a')!;
    expect(r.aggregate).toEqual({ impact: 4, complexity: 2 });
    expect(r.scoredBy).toBe(1);
    expect(r.disagreement).toBeUndefined();
  });

  it('has no position when an axis has no score', () => {
    const s = session({ participants: [participant('p1')], candidates: [candidate('a'), candidate('b')], scores: scores('p1', 'a', { i1: 4 }) });
    const results = computeCandidateResults(s);
    expect(results.get('a')!.position).toEqual({ source: 'none', impact: 4, complexity: undefined, scoredBy: 1 });
    expect(results.get('a')!.quadrant).toBeUndefined();
    expect(results.get('a')!.priority).toBeUndefined();
    expect(results.get('b')!.position).toEqual({ source: 'none', impact: undefined, complexity: undefined, scoredBy: 0 });
  });

  it('recomputes with changed weights', () => {
    const s = session({
      participants: [participant('p1')],
      candidates: [candidate('a')],
      criteria: [criterion('i1', 'impact', 1), criterion('i2', 'impact', 3), criterion('c1', 'complexity', 0), criterion('c2', 'complexity', 2)],
      scores: scores('p1', 'a', { i1: 4, i2: 1, c1: 5, c2: 2 }),
    });
    expect(computeCandidateResults(s).get('a')!.aggregate).toEqual({ impact: 1.75, complexity: 2 });
  });

  it('keeps results in session order and counts dot votes', () => {
    const s = session({
      participants: [participant('p1'), participant('p2')],
      candidates: [candidate('b'), candidate('a')],
      votes: [
        { participantId: 'p1', candidateId: 'a', dots: 2 },
        { participantId: 'p2', candidateId: 'a', dots: 1 },
      ],
    });
    const results = computeCandidateResults(s);
    expect([...results.keys()]).toEqual(['b', 'a']);
    expect(results.get('a')!.votes).toBe(3);
    expect(results.get('b')!.votes).toBe(0);
  });
});

describe('scoreByBackground', () => {
  const s = (on: boolean) =>
    session({
      participants: [participant('B', 'business'), participant('T', 'technical'), participant('D', 'domain')],
      candidates: [candidate('a')],
      scores: [
        ...scores('B', 'a', { i1: 5, i2: 5, c1: 5, c2: 5 }),
        ...scores('T', 'a', { i1: 1, i2: 1, c1: 1, c2: 1 }),
        ...scores('D', 'a', { i1: 3, i2: 3, c1: 3, c2: 3 }),
      ],
      settings: { scoreByBackground: on },
    });

  it('off: everyone counts on both axes', () => {
    expect(computeCandidateResults(s(false)).get('a')!.aggregate).toEqual({ impact: 3, complexity: 3 });
  });

  it("on: business complexity and technical impact are ignored", () => {
    const r = computeCandidateResults(s(true)).get('a')!;
    expect(r.perParticipant.get('B')).toEqual({ impact: 5, complexity: undefined });
    expect(r.perParticipant.get('T')).toEqual({ impact: undefined, complexity: 1 });
    expect(r.perParticipant.get('D')).toEqual({ impact: 3, complexity: 3 });
    expect(r.aggregate).toEqual({ impact: 4, complexity: 2 });
    expect(r.quadrant).toBe('quick-wins');
    expect(r.scoredBy).toBe(3);
  });

  it('participantAxisValue and axisAggregate honour it too', () => {
    const sess = s(true);
    const ctx = scoringContext(sess);
    expect(participantAxisValue(ctx, 'a', sess.participants[0]!, 'complexity', complexityCriteria)).toBeUndefined();
    expect(participantAxisValue(ctx, 'a', sess.participants[0]!, 'impact', impactCriteria)).toBe(5);
    expect(axisAggregate(ctx, 'a', 'impact', impactCriteria)).toBe(4);
    expect(axisAggregate(ctx, 'a', 'complexity', complexityCriteria)).toBe(2);
  });
});

describe('consensus mode', () => {
  const s = session({
    participants: [participant('p1'), participant('p2')],
    candidates: [candidate('a'), candidate('b')],
    scores: [...scores('p1', 'a', { i1: 1, i2: 1, c1: 5, c2: 5 }), ...scores('p2', 'a', { i1: 5, i2: 5, c1: 1, c2: 1 })],
    consensusScores: [
      { candidateId: 'a', criterionId: 'i1', value: 5 },
      { candidateId: 'a', criterionId: 'i2', value: 2 },
      { candidateId: 'a', criterionId: 'c1', value: 1 },
      { candidateId: 'a', criterionId: 'c2', value: 2 },
      { candidateId: 'b', criterionId: 'i1', value: 4 },
    ],
    settings: { scoringMode: 'consensus', scoreByBackground: true },
  });

  it('takes the axis values from the consensus scores, weighted the same way', () => {
    const r = computeCandidateResults(s).get('a')!;
    // impact (2·5 + 1·2) / 3 = 4; complexity (1 + 2) / 2 = 1.5
    expect(r.aggregate).toEqual({ impact: 4, complexity: 1.5 });
    expect(r.position).toEqual({ source: 'scores', impact: 4, complexity: 1.5, scoredBy: 0 });
    expect(r.perParticipant.size).toBe(0);
    expect(r.disagreement).toBeUndefined();
    expect(r.quadrant).toBe('quick-wins');
  });

  it('a partly scored candidate has no position', () => {
    const r = computeCandidateResults(s).get('b')!;
    expect(r.position.source).toBe('none');
    expect(r.aggregate).toEqual({ impact: 4, complexity: undefined });
  });

  it('axisAggregate reads the consensus scores', () => {
    expect(axisAggregate(scoringContext(s), 'a', 'impact', impactCriteria)).toBe(4);
  });
});

describe('overrides', () => {
  it('an override wins over the scores; the scores stay reported', () => {
    const s = session({
      participants: [participant('p1'), participant('p2')],
      candidates: [candidate('a', { override: { impact: 2, complexity: 4 } }), candidate('b', { override: { impact: 5, complexity: 1 } })],
      scores: [...scores('p1', 'a', { i1: 5, i2: 5, c1: 1, c2: 1 }), ...scores('p2', 'a', { i1: 4, i2: 4, c1: 2, c2: 2 })],
    });
    const results = computeCandidateResults(s);
    const a = results.get('a')!;
    expect(a.position).toEqual({ source: 'override', impact: 2, complexity: 4, scoredBy: 2 });
    expect(a.aggregate).toEqual({ impact: 4.5, complexity: 1.5 });
    expect(a.quadrant).toBe('money-pits');
    expect(a.priority).toBe(-2);
    expect(a.disagreement?.overall).toBe(1);
    expect(results.get('b')!.position).toEqual({ source: 'override', impact: 5, complexity: 1, scoredBy: 0 });
    expect(results.get('b')!.quadrant).toBe('quick-wins');
  });

  it('candidatePosition picks override, then scores, then none', () => {
    expect(candidatePosition({ impact: 1, complexity: 2 }, { impact: 4, complexity: 4 }, 3).source).toBe('override');
    expect(candidatePosition(null, { impact: 4, complexity: 4 }, 3)).toEqual({ source: 'scores', impact: 4, complexity: 4, scoredBy: 3 });
    expect(candidatePosition(null, { impact: 4, complexity: undefined }, 1).source).toBe('none');
  });
});

describe('1–10 scale', () => {
  it('splits at 5.5 and a point exactly there is a big bet', () => {
    const s = session({
      participants: [participant('p1'), participant('p2')],
      candidates: [candidate('a'), candidate('b')],
      scores: [
        ...scores('p1', 'a', { i1: 5, i2: 5, c1: 5, c2: 5 }),
        ...scores('p2', 'a', { i1: 6, i2: 6, c1: 6, c2: 6 }),
        ...scores('p1', 'b', { i1: 10, i2: 7, c1: 2, c2: 3 }),
      ],
      settings: { scale: 10 },
    });
    const results = computeCandidateResults(s);
    expect(s.settings.thresholds).toEqual({ impact: 5.5, complexity: 5.5 });
    expect(results.get('a')!.position).toMatchObject({ impact: 5.5, complexity: 5.5 });
    expect(results.get('a')!.quadrant).toBe('big-bets');
    // impact (20 + 7) / 3 = 9, complexity 2.5 → priority 6.5
    expect(results.get('b')!.position).toMatchObject({ impact: 9, complexity: 2.5 });
    expect(results.get('b')!.priority).toBe(6.5);
    expect(results.get('b')!.quadrant).toBe('quick-wins');
  });
});

describe('big board', () => {
  it('computes 5,000 candidates × 4 participants × 8 criteria in one pass', () => {
    const s = bigSession(5000);
    const results = computeCandidateResults(s);
    expect(results.size).toBe(5000);
    for (const r of results.values()) {
      expect(r.position.source).toBe('scores');
      expect(r.scoredBy).toBe(4);
    }
  });
});
