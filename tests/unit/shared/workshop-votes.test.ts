import { describe, expect, it } from 'vitest';
import { addDot, canAddDot, dotBudgets, dotsByCandidate, dotsRemaining, dotsUsedBy, removeDot } from '../../../shared/workshop';
import { candidate, participant, session } from './workshop-fixtures';

const s = session({
  participants: [participant('p1'), participant('p2'), participant('p3')],
  candidates: [candidate('a'), candidate('b')],
  votes: [
    { participantId: 'p1', candidateId: 'a', dots: 2 },
    { participantId: 'p1', candidateId: 'b', dots: 1 },
    { participantId: 'p2', candidateId: 'a', dots: 1 },
    { participantId: 'gone', candidateId: 'a', dots: 3 }, // removed participant: ignored
    { participantId: 'p2', candidateId: 'deleted', dots: 1 }, // removed candidate: ignored
  ],
  settings: { dotsPerParticipant: 3 },
});

describe('dots', () => {
  it('counts dots per candidate, ignoring removed participants and candidates', () => {
    expect(dotsByCandidate(s)).toEqual(new Map([['a', 3], ['b', 1]]));
  });

  it('tracks each participant’s budget', () => {
    expect(dotBudgets(s)).toEqual(
      new Map([
        ['p1', { used: 3, remaining: 0 }],
        ['p2', { used: 1, remaining: 2 }],
        ['p3', { used: 0, remaining: 3 }],
      ]),
    );
    expect(dotsUsedBy(s, 'p1')).toBe(3);
    expect(dotsRemaining(s, 'p2')).toBe(2);
    expect(dotsRemaining(s, 'nobody')).toBe(0);
  });

  it('canAddDot only with dots remaining and a known participant', () => {
    expect(canAddDot(s, 'p1')).toBe(false);
    expect(canAddDot(s, 'p2')).toBe(true);
    expect(canAddDot(s, 'nobody')).toBe(false);
    expect(canAddDot({ ...s, settings: { ...s.settings, dotsPerParticipant: 0 } }, 'p3')).toBe(false);
  });

  it('never reports negative remaining dots when over budget', () => {
    const over = { ...s, settings: { ...s.settings, dotsPerParticipant: 2 } };
    expect(dotBudgets(over).get('p1')).toEqual({ used: 3, remaining: 0 });
  });

  it('addDot merges into an existing vote or appends one, and refuses when not allowed', () => {
    const more = addDot(s, 'p2', 'a');
    expect(more.find((v) => v.participantId === 'p2' && v.candidateId === 'a')?.dots).toBe(2);
    expect(more).toHaveLength(s.votes.length);
    const fresh = addDot(s, 'p3', 'b');
    expect(fresh.at(-1)).toEqual({ participantId: 'p3', candidateId: 'b', dots: 1 });
    expect(addDot(s, 'p1', 'a')).toBe(s.votes);
    expect(addDot(s, 'p3', 'nope')).toBe(s.votes);
    expect(s.votes[2]!.dots).toBe(1); // input untouched
  });

  it('removeDot decrements, drops a vote at zero, and ignores a missing vote', () => {
    expect(removeDot(s, 'p1', 'a').find((v) => v.participantId === 'p1' && v.candidateId === 'a')?.dots).toBe(1);
    const fewer = removeDot(s, 'p1', 'b');
    expect(fewer.some((v) => v.participantId === 'p1' && v.candidateId === 'b')).toBe(false);
    expect(removeDot(s, 'p3', 'a')).toBe(s.votes);
  });
});
