// Pins what each point of the map says at the edges: consensus confidence, the focus flag,
// weight sensitivity, overrides without a full score, and ranges when a participant scores
// one axis only.
import { describe, expect, it } from 'vitest';
import { computeCandidateResults, matrixPoints, weightSensitivity, type MapPoint } from '../../../shared/workshop';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

const criteria = [criterion('i', 'impact'), criterion('c', 'complexity')];
const pointsOf = (s: ReturnType<typeof session>) => {
  const results = computeCandidateResults(s);
  return matrixPoints(s, results, weightSensitivity(s, undefined, results));
};
const byId = (points: MapPoint[], id: string) => points.find((point) => point.candidate.id === id);

describe('map points', () => {
  it('count a consensus-scored candidate as scored by the whole room', () => {
    const s = session({
      participants: [participant('p1'), participant('p2'), participant('p3')],
      criteria,
      candidates: [candidate('a')],
      consensusScores: [
        { candidateId: 'a', criterionId: 'i', value: 4 },
        { candidateId: 'a', criterionId: 'c', value: 2 },
      ],
      settings: { scoringMode: 'consensus' },
    });
    expect(byId(pointsOf(s), 'a')).toMatchObject({ impact: 4, complexity: 2, confidence: 1, disagreement: 0 });
  });

  it('flag the focus candidate, and only it', () => {
    const base = session({
      participants: [participant('p1')],
      criteria,
      candidates: [candidate('a'), candidate('b')],
      scores: [...scores('p1', 'a', { i: 4, c: 2 }), ...scores('p1', 'b', { i: 2, c: 4 })],
    });
    const s = { ...base, decision: { ...base.decision, focusCandidateId: 'b' } };
    const points = pointsOf(s);
    expect(points.map((point) => [point.candidate.id, point.focus])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect(pointsOf(base).some((point) => point.focus)).toBe(false);
  });

  it('mark a candidate whose quadrant flips with a ±25 % weight as unstable, and no other', () => {
    // Impact (4·w1 + 2·1) / (w1 + 1) is exactly 3 (the line) at w1 = 1; 0.75 drops it below.
    const s = session({
      participants: [participant('p1')],
      criteria: [criterion('i1', 'impact'), criterion('i2', 'impact'), criterion('c', 'complexity')],
      candidates: [candidate('edge'), candidate('safe')],
      scores: [...scores('p1', 'edge', { i1: 4, i2: 2, c: 1 }), ...scores('p1', 'safe', { i1: 5, i2: 5, c: 1 })],
    });
    const points = pointsOf(s);
    expect(byId(points, 'edge')!.unstable).toBe(true);
    expect(byId(points, 'safe')!.unstable).toBe(false);
    // Without a sensitivity entry (e.g. not computed yet) a point is not called unstable.
    const results = computeCandidateResults(s);
    expect(matrixPoints(s, results, new Map()).map((point) => point.unstable)).toEqual([false, false]);
  });

  it('skip a candidate the results do not know yet (added after they were computed)', () => {
    const s = session({ participants: [participant('p1')], criteria, candidates: [candidate('a')], scores: scores('p1', 'a', { i: 4, c: 2 }) });
    const results = computeCandidateResults(s);
    const later = { ...s, candidates: [...s.candidates, candidate('new', { override: { impact: 5, complexity: 1 } })] };
    expect(matrixPoints(later, results, new Map()).map((point) => point.candidate.id)).toEqual(['a']);
  });

  it('remember no scores position for an override whose scores place nothing', () => {
    const s = session({
      participants: [participant('p1')],
      criteria,
      candidates: [candidate('half', { override: { impact: 5, complexity: 1 } }), candidate('bare', { override: { impact: 1, complexity: 1 } })],
      scores: scores('p1', 'half', { i: 4 }),
    });
    const points = pointsOf(s);
    expect(byId(points, 'half')).toMatchObject({ overridden: true, scoresPosition: null, impact: 5, complexity: 1 });
    expect(byId(points, 'bare')).toMatchObject({ overridden: true, scoresPosition: null });
  });

  it('take each range from the participants who scored that axis only', () => {
    const s = session({
      participants: [participant('biz', 'business'), participant('tech', 'technical'), participant('dom', 'domain')],
      criteria,
      candidates: [candidate('a')],
      scores: [...scores('biz', 'a', { i: 5, c: 5 }), ...scores('tech', 'a', { i: 1, c: 1 }), ...scores('dom', 'a', { i: 3, c: 3 })],
      settings: { scoreByBackground: true },
    });
    const point = byId(pointsOf(s), 'a')!;
    expect(point.impactRange).toEqual({ min: 3, max: 5 }); // biz and dom; tech's impact is ignored
    expect(point.complexityRange).toEqual({ min: 1, max: 3 }); // tech and dom; biz's complexity is ignored
    expect(point.priority).toBe(4 - 2);
  });
});
