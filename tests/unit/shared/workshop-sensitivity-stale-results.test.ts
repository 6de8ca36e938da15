// Pins that the weight check copes with results computed before a candidate was added: the
// new candidate is reported stable (nothing to move yet), and the others keep their answer.
import { describe, expect, it } from 'vitest';
import { computeCandidateResults, weightSensitivity } from '../../../shared/workshop';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

describe('weight sensitivity with results from before a change', () => {
  it('reports a candidate the results do not know as stable, and still checks the others', () => {
    const s = session({
      participants: [participant('p')],
      criteria: [criterion('i1', 'impact'), criterion('i2', 'impact'), criterion('c', 'complexity')],
      candidates: [candidate('edge')],
      scores: scores('p', 'edge', { i1: 4, i2: 2, c: 1 }),
    });
    const results = computeCandidateResults(s);
    const later = { ...s, candidates: [...s.candidates, candidate('new')], scores: [...s.scores, ...scores('p', 'new', { i1: 4, i2: 2, c: 1 })] };
    const sensitivity = weightSensitivity(later, undefined, results);
    expect(sensitivity.get('new')).toEqual({ unstable: false, flips: [] });
    expect(sensitivity.get('edge')!.unstable).toBe(true);
  });
});
