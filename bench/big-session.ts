import type { Session } from '../shared';
import { bigBoardSession } from '../tests/e2e/support/big-board';

/** The criterion added to the seven defaults, so a big board has eight criteria. */
const EIGHTH_CRITERION: Session['criteria'][number] = {
  id: 'crit-fit',
  axis: 'impact',
  name: 'Strategic fit',
  description: 'How well it serves the goal the session was framed around. 1 = a side track, 5 = the goal itself.',
  weight: 2,
};

/**
 * A board of `candidates` candidates scored by every participant of the sample (four) on
 * eight criteria: the sample grown by bigBoardSession, plus one criterion scored for all.
 */
export function benchSession(candidates: number): Session {
  const board = bigBoardSession(candidates);
  const scores = [...board.scores];
  board.participants.forEach((participant, p) => {
    board.candidates.forEach((candidate, c) => {
      scores.push({ participantId: participant.id, candidateId: candidate.id, criterionId: EIGHTH_CRITERION.id, value: 1 + ((c * 3 + p) % 5) });
    });
  });
  return { ...board, criteria: [...board.criteria, EIGHTH_CRITERION], scores };
}

/** What a board holds, for the report: candidates × participants × criteria and its scores. */
export function describeBoard(session: Session): string {
  return `${session.candidates.length} candidates × ${session.participants.length} participants × ${session.criteria.length} criteria (${session.scores.length} scores)`;
}
