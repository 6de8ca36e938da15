// Pins how scoring treats partial input: candidates nobody scored, participants who scored
// only some candidates or only weight-0 criteria, and a point with a value on one axis only.
import { describe, expect, it } from 'vitest';
import {
  AXES,
  axisAggregate,
  candidatePosition,
  computeCandidateResults,
  participantAxisValue,
  scoringContext,
  scoringProgress,
} from '../../../shared/workshop';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

const criteria = [criterion('i', 'impact'), criterion('c', 'complexity'), criterion('z', 'impact', 0)];
const s = session({
  participants: [participant('p1'), participant('p2'), participant('p3')],
  criteria,
  candidates: [candidate('a'), candidate('nobody')],
  scores: [...scores('p1', 'a', { i: 4, c: 2 }), ...scores('p2', 'a', { i: 2, c: 4 }), ...scores('p3', 'a', { z: 5 })],
});
const impactCriteria = criteria.filter((c) => c.axis === 'impact' && c.weight > 0);

describe('scoring with partial input', () => {
  it('lists the axes in display order, impact first', () => {
    expect(AXES).toEqual(['impact', 'complexity']);
  });

  it('gives no value for a candidate nobody scored, in blind mode and per participant', () => {
    const ctx = scoringContext(s);
    expect(axisAggregate(ctx, 'nobody', 'impact', impactCriteria)).toBeUndefined();
    expect(participantAxisValue(ctx, 'nobody', s.participants[0]!, 'impact', impactCriteria)).toBeUndefined();
    expect(computeCandidateResults(s).get('nobody')).toMatchObject({ scoredBy: 0, position: { source: 'none' }, quadrant: undefined });
  });

  it('aggregates over the participants who have a value, ignoring those who have none', () => {
    const ctx = scoringContext(s);
    expect(axisAggregate(ctx, 'a', 'impact', impactCriteria)).toBe(3);
  });

  it('does not count a participant who scored only a weight-0 criterion as having scored', () => {
    const result = computeCandidateResults(s).get('a')!;
    expect(result.scoredBy).toBe(2);
    expect([...result.perParticipant.keys()]).toEqual(['p1', 'p2']);
  });

  it('places no point with a value on one axis only', () => {
    expect(candidatePosition(null, { impact: undefined, complexity: 2 }, 1)).toEqual({ source: 'none', impact: undefined, complexity: 2, scoredBy: 1 });
    expect(candidatePosition(null, { impact: 4, complexity: undefined }, 1)).toEqual({ source: 'none', impact: 4, complexity: undefined, scoredBy: 1 });
  });

  it('counts progress for candidates nobody has scored yet as not done', () => {
    expect(scoringProgress(s).get('p1')).toEqual({ done: 2, total: 4 });
    expect(scoringProgress(s).get('p3')).toEqual({ done: 0, total: 4 });
  });
});
