// Runners-up: the candidates the room says "not now" to, next to the focus problem.
import type { Candidate, Session } from '../session/schema';
import { compareCandidates } from './compare';
import type { Ranking } from './ranking';

/** How many of the next-ranked candidates after the focus are put up as runners-up. */
export const RUNNERS_UP_SHOWN = 3;

/**
 * The runners-up the Decide view asks about and the decision record lists: the next-ranked
 * candidates after the focus, then any other candidate the room already wrote a reason for
 * (so a written reason never disappears when the ranking moves), in ranking order; those
 * outside the ranking after it, by code and title, then in the session's order.
 */
export function runnersUp(session: Pick<Session, 'candidates' | 'decision'>, ranking: Pick<Ranking, 'ranked'>): Candidate[] {
  const focusId = session.decision.focusCandidateId;
  const rankOf = new Map(ranking.ranked.map((row) => [row.candidate.id, row.rank]));
  const chosenIds = new Set(
    ranking.ranked
      .filter((row) => row.candidate.id !== focusId)
      .slice(0, RUNNERS_UP_SHOWN)
      .map((row) => row.candidate.id),
  );
  for (const { candidateId } of session.decision.runnersUp) if (candidateId !== focusId) chosenIds.add(candidateId);
  // Picked from the session's list, so equal candidates keep the session's order in the stable sort.
  const chosen = session.candidates.filter((candidate) => chosenIds.has(candidate.id));
  return chosen.sort((a, b) => (rankOf.get(a.id) ?? Infinity) - (rankOf.get(b.id) ?? Infinity) || compareCandidates(a, b));
}
