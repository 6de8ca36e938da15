import { beforeEach, describe, expect, it } from 'vitest';
import {
  computeCandidateResults,
  matrixPoints,
  passesFilters,
  rankCandidates,
  tagsInUse,
  weightSensitivity,
  type MapPoint,
  type MatrixFilters,
} from '../../../shared';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

const criteria = [criterion('i', 'impact'), criterion('c', 'complexity')];
const board = session({
  participants: [participant('p1'), participant('p2')],
  criteria,
  candidates: [
    candidate('quick', { tags: ['retention'] }),
    candidate('pit', { tags: ['ops', 'retention'], status: 'parked' }),
    candidate('dragged', { override: { impact: 5, complexity: 5 } }),
    candidate('sql', { betterWithoutMl: true, status: 'non-ml' }),
    candidate('unscored'),
  ],
  scores: [
    ...scores('p1', 'quick', { i: 5, c: 1 }),
    ...scores('p2', 'quick', { i: 3, c: 2 }),
    ...scores('p1', 'pit', { i: 1, c: 5 }),
    ...scores('p1', 'dragged', { i: 2, c: 2 }),
    ...scores('p2', 'dragged', { i: 2, c: 2 }),
    ...scores('p1', 'sql', { i: 4, c: 1 }),
  ],
  votes: [{ participantId: 'p1', candidateId: 'quick', dots: 2 }],
});
// Computed in each test, not while the file is read: Stryker credits the rules' code to the
// tests that run it, and code run while collecting tests counts for none.
let results: ReturnType<typeof computeCandidateResults>;
let points: MapPoint[];
beforeEach(() => {
  results = computeCandidateResults(board);
  points = matrixPoints(board, results, weightSensitivity(board, undefined, results));
});
const byId = (id: string) => points.find((point) => point.candidate.id === id) as MapPoint;
const none: MatrixFilters = { tags: [], statuses: [], quadrants: [], showWithoutMl: true };

describe('the matrix as data', () => {
  it('places every candidate with a position, and only those', () => {
    expect(points.map((point) => point.candidate.id)).toEqual(['quick', 'pit', 'dragged', 'sql']);
  });

  it('gives each point its quadrant, spread and the share of the room that scored it', () => {
    expect(byId('quick')).toMatchObject({ impact: 4, complexity: 1.5, quadrant: 'quick-wins', votes: 2, confidence: 1, disagreement: 2 });
    expect(byId('quick').impactRange).toEqual({ min: 3, max: 5 });
    expect(byId('quick').complexityRange).toEqual({ min: 1, max: 2 });
    expect(byId('pit')).toMatchObject({ quadrant: 'money-pits', confidence: 0.5, impactRange: undefined, disagreement: 0 });
  });

  it('shows an override where the room put it, and remembers where the scores put it', () => {
    expect(byId('dragged')).toMatchObject({ impact: 5, complexity: 5, quadrant: 'big-bets', overridden: true, scoresPosition: { impact: 2, complexity: 2 } });
    expect(byId('quick').scoresPosition).toBeNull();
    expect(byId('quick').overridden).toBe(false);
    expect(byId('pit').overridden).toBe(false);
  });

  it('remembers where the scores put an override only when they place it on both axes', () => {
    const halfScored = session({
      participants: [participant('p1')],
      criteria,
      candidates: [candidate('impact-only', { override: { impact: 5, complexity: 1 } }), candidate('complexity-only', { override: { impact: 5, complexity: 1 } })],
      scores: [...scores('p1', 'impact-only', { i: 4 }), ...scores('p1', 'complexity-only', { c: 4 })],
    });
    const halfResults = computeCandidateResults(halfScored);
    const halfPoints = matrixPoints(halfScored, halfResults, weightSensitivity(halfScored, undefined, halfResults));
    expect(halfPoints.map((point) => [point.candidate.id, point.overridden, point.scoresPosition])).toEqual([
      ['impact-only', true, null],
      ['complexity-only', true, null],
    ]);
  });

  it('gives each point the ranking’s priority, impact − complexity tidied, which labels go by', () => {
    // 3.3 − 1.1 is 2.1999999999999997 in floating point; the ranking shows 2.2.
    const dragged = session({ criteria, candidates: [candidate('d', { override: { impact: 3.3, complexity: 1.1 } })] });
    const draggedResults = computeCandidateResults(dragged);
    const [point] = matrixPoints(dragged, draggedResults, weightSensitivity(dragged, undefined, draggedResults));
    expect(point?.priority).toBe(2.2);
    expect(point?.priority).toBe(rankCandidates(dragged, draggedResults).ranked[0]?.priority);
  });

  it('filters by quadrant, status and tag, and hides the candidates better without ML unless asked', () => {
    const kept = (filters: Partial<MatrixFilters>) => points.filter((point) => passesFilters(point, { ...none, ...filters })).map((point) => point.candidate.id);
    expect(kept({})).toEqual(['quick', 'pit', 'dragged', 'sql']);
    expect(kept({ showWithoutMl: false })).toEqual(['quick', 'pit', 'dragged']);
    expect(kept({ quadrants: ['quick-wins'] })).toEqual(['quick', 'sql']);
    expect(kept({ statuses: ['parked'] })).toEqual(['pit']);
    expect(kept({ tags: ['retention'] })).toEqual(['quick', 'pit']);
    expect(kept({ tags: ['ops'], quadrants: ['quick-wins'] })).toEqual([]);
  });

  it('lists the tags in use, once each, in order', () => {
    expect(tagsInUse(board)).toEqual(['ops', 'retention']);
  });
});
