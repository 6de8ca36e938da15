import { describe, expect, it } from 'vitest';
import { WEIGHT_NUDGE, computeCandidateResults, indexScores, weightSensitivity } from '../../../shared/workshop';
import { bigSession, candidate, criterion, participant, scores, session, STANDARD_CRITERIA } from './workshop-fixtures';

// Criteria: i1 (impact, 2), i2 (impact, 1), c1 (complexity, 1), c2 (complexity, 1); thresholds 3.
const s = session({
  participants: [participant('p1')],
  criteria: [...STANDARD_CRITERIA, criterion('i3', 'impact', 0)],
  candidates: [
    candidate('x'), // impact (2·2 + 5) / 3 = 3 (on the line), complexity 1.5 → quick win
    candidate('y'), // impact 5, complexity 1 → firmly a quick win
    candidate('z', { override: { impact: 3, complexity: 1 } }), // same scores as x but placed by the room
    candidate('w'), // unscored
    candidate('v'), // impact 5, complexity (2 + 4) / 2 = 3 (on the line) → big bet
  ],
  scores: [
    ...scores('p1', 'x', { i1: 2, i2: 5, i3: 1, c1: 1, c2: 2 }),
    ...scores('p1', 'y', { i1: 5, i2: 5, c1: 1, c2: 1 }),
    ...scores('p1', 'z', { i1: 2, i2: 5, c1: 1, c2: 2 }),
    ...scores('p1', 'v', { i1: 5, i2: 5, c1: 2, c2: 4 }),
  ],
});

describe('weightSensitivity', () => {
  it('nudges by ±25 %', () => {
    expect(WEIGHT_NUDGE).toBe(0.25);
  });

  it('reports every single-weight nudge that moves a candidate to another quadrant', () => {
    const out = weightSensitivity(s);
    // x: i1 up → (2.5·2 + 5) / 3.5 = 2.857 (fill-in); i1 down → (1.5·2 + 5) / 2.5 = 3.2 (stays);
    //    i2 up → (4 + 1.25·5) / 3.25 = 3.154 (stays); i2 down → (4 + 0.75·5) / 2.75 = 2.818 (fill-in)
    expect(out.get('x')).toEqual({
      unstable: true,
      flips: [
        { criterionId: 'i1', direction: 'up', quadrant: 'fill-ins' },
        { criterionId: 'i2', direction: 'down', quadrant: 'fill-ins' },
      ],
    });
    // v: c1 up → (2.5 + 4) / 2.25 = 2.889 (quick win); c1 down → 3.143; c2 up → 3.111; c2 down → (2 + 3) / 1.75 = 2.857 (quick win)
    expect(out.get('v')).toEqual({
      unstable: true,
      flips: [
        { criterionId: 'c1', direction: 'up', quadrant: 'quick-wins' },
        { criterionId: 'c2', direction: 'down', quadrant: 'quick-wins' },
      ],
    });
  });

  it('a firm candidate, an overridden one and an unscored one are stable', () => {
    const out = weightSensitivity(s);
    expect(out.get('y')).toEqual({ unstable: false, flips: [] });
    expect(out.get('z')).toEqual({ unstable: false, flips: [] });
    expect(out.get('w')).toEqual({ unstable: false, flips: [] });
    expect([...out.keys()]).toEqual(['x', 'y', 'z', 'w', 'v']);
  });

  it('weight-0 criteria never flip anything', () => {
    const out = weightSensitivity(s);
    for (const r of out.values()) expect(r.flips.some((f) => f.criterionId === 'i3')).toBe(false);
  });

  it('uses the consensus scores in consensus mode', () => {
    const consensus = session({
      candidates: [candidate('x')],
      consensusScores: [
        { candidateId: 'x', criterionId: 'i1', value: 2 },
        { candidateId: 'x', criterionId: 'i2', value: 5 },
        { candidateId: 'x', criterionId: 'c1', value: 1 },
        { candidateId: 'x', criterionId: 'c2', value: 2 },
      ],
      settings: { scoringMode: 'consensus' },
    });
    expect(weightSensitivity(consensus).get('x')!.flips.map((f) => `${f.criterionId}:${f.direction}`)).toEqual(['i1:up', 'i2:down']);
  });

  it('reuses a given index and results, and runs on a big board', () => {
    const big = bigSession(300, 4);
    big.criteria.pop(); // 7 criteria
    const index = indexScores(big);
    const out = weightSensitivity(big, index, computeCandidateResults(big, index));
    expect(out.size).toBe(300);
    for (const r of out.values()) expect(r.unstable).toBe(r.flips.length > 0);
  });
});
