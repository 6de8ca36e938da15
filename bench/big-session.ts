import { serializeSession, type Session } from '../shared';
import { bigBoardSession } from '../tests/e2e/support/big-board';
import { version1Data, version1Text, withoutChecklists } from '../tests/unit/shared/version-1-file';

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

/**
 * The board's file as version 1 wrote it (scores as a list of objects) and as this build
 * writes it, for the format-2 figures: the same session in both, so without the readiness
 * checklists version 1 cannot hold (the grown sample carries three per twelve candidates).
 */
export function boardFiles(session: Session): { board: Session; version1: string; current: string } {
  const board = withoutChecklists(session);
  return { board, version1: version1Text(version1Data(board)), current: serializeSession(board) };
}

/** What a board holds, for the report: candidates × participants × criteria and its scores. */
export function describeBoard(session: Session): string {
  return `${session.candidates.length} candidates × ${session.participants.length} participants × ${session.criteria.length} criteria (${session.scores.length} scores)`;
}
