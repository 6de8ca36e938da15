import { describe, expect, it } from 'vitest';
import { rankCandidates, runnersUp } from '../../../shared';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

// Five quick wins ranked a > b > c > d > e by impact minus complexity.
const board = session({
  participants: [participant('p')],
  criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
  candidates: ['a', 'b', 'c', 'd', 'e'].map((id) => candidate(id)),
  scores: [
    ...scores('p', 'a', { i: 5, c: 1 }),
    ...scores('p', 'b', { i: 5, c: 2 }),
    ...scores('p', 'c', { i: 4, c: 2 }),
    ...scores('p', 'd', { i: 3, c: 2 }),
    ...scores('p', 'e', { i: 3, c: 3 }),
  ],
});

describe('runners-up', () => {
  it('are the three next-ranked candidates after the focus', () => {
    const focused = { ...board, decision: { ...board.decision, focusCandidateId: 'b' } };
    expect(runnersUp(focused, rankCandidates(focused)).map((each) => each.id)).toEqual(['a', 'c', 'd']);
  });

  it('keep a candidate the room wrote a reason for, in ranking order, and never the focus', () => {
    const written = { ...board, decision: { ...board.decision, focusCandidateId: 'a', runnersUp: [{ candidateId: 'e', whyNotNow: 'Later' }, { candidateId: 'a', whyNotNow: 'x' }] } };
    expect(runnersUp(written, rankCandidates(written)).map((each) => each.id)).toEqual(['b', 'c', 'd', 'e']);
  });
});
