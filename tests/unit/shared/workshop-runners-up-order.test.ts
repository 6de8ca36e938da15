// Pins the order of the runners-up: ranking order whatever order the reasons were written in
// and whatever the codes say, candidates the ranking does not place after the ranked ones (by
// code), and a reason left for a candidate that no longer exists is ignored.
import { describe, expect, it } from 'vitest';
import { rankCandidates, runnersUp } from '../../../shared/workshop';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

// Ranked a > b > c > d > e > f by impact minus complexity; their codes run the other way.
const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const board = session({
  participants: [participant('p')],
  criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
  candidates: [...ids.map((id, n) => candidate(id, { code: `C${ids.length - n}` })), candidate('y', { code: 'C20' }), candidate('x', { code: 'C30' })],
  scores: ids.flatMap((id, n) => scores('p', id, { i: 5, c: 1 + n * 0.5 })),
});

const withReasons = (focus: string, reasons: string[]) => ({
  ...board,
  decision: { ...board.decision, focusCandidateId: focus, runnersUp: reasons.map((candidateId) => ({ candidateId, whyNotNow: 'Later' })) },
});
const idsOf = (s: ReturnType<typeof withReasons>) => runnersUp(s, rankCandidates(s)).map((each) => each.id);

describe('runners-up order', () => {
  it('is the ranking order, not the order the reasons were written in, nor the codes', () => {
    expect(idsOf(withReasons('a', ['f', 'e']))).toEqual(['b', 'c', 'd', 'e', 'f']);
  });

  it('puts candidates with a reason but no rank (unscored) last, by code', () => {
    expect(idsOf(withReasons('a', ['x', 'y', 'f']))).toEqual(['b', 'c', 'd', 'f', 'y', 'x']);
  });

  it('ignores a reason written for a candidate no longer in the session', () => {
    expect(idsOf(withReasons('a', ['gone', 'e']))).toEqual(['b', 'c', 'd', 'e']);
  });
});
