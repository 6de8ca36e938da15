// Pins that placing or taking back one dot touches only that participant's vote for that
// candidate, and keeps every other vote as it was.
import { describe, expect, it } from 'vitest';
import { addDot, removeDot } from '../../../shared/workshop';
import { candidate, participant, session } from './workshop-fixtures';

const s = session({
  participants: [participant('p1'), participant('p2')],
  candidates: [candidate('a'), candidate('b')],
  votes: [
    { participantId: 'p1', candidateId: 'a', dots: 2 },
    { participantId: 'p2', candidateId: 'a', dots: 1 },
    { participantId: 'p1', candidateId: 'b', dots: 1 },
  ],
  settings: { dotsPerParticipant: 5 },
});

describe('one dot more or less', () => {
  it('adds a new vote for a candidate the participant has not voted for, leaving their other vote alone', () => {
    expect(addDot(s, 'p2', 'b')).toEqual([...s.votes, { participantId: 'p2', candidateId: 'b', dots: 1 }]);
  });

  it('takes back a last dot by dropping only that vote', () => {
    expect(removeDot(s, 'p1', 'b')).toEqual(s.votes.slice(0, 2));
  });

  it('takes back one of several dots and keeps every other vote', () => {
    expect(removeDot(s, 'p1', 'a')).toEqual([{ participantId: 'p1', candidateId: 'a', dots: 1 }, s.votes[1], s.votes[2]]);
  });
});
