// Dot voting: how many dots each candidate received and each participant has left.
// Votes from participants no longer in the session, or for candidates no longer in it, are
// ignored everywhere (they neither count for a candidate nor use up a participant's dots).
import type { Session, Vote } from '../session/schema';

/** A participant's dot budget. */
export interface DotBudget {
  used: number;
  remaining: number;
}

type VotingSession = Pick<Session, 'votes' | 'participants' | 'candidates'>;

function liveVotes(session: VotingSession): Vote[] {
  const participants = new Set(session.participants.map((p) => p.id));
  const candidates = new Set(session.candidates.map((c) => c.id));
  return session.votes.filter((v) => participants.has(v.participantId) && candidates.has(v.candidateId));
}

/** Total dots per candidate id (candidates without dots are absent), in one pass over the votes. */
export function dotsByCandidate(session: VotingSession): Map<string, number> {
  const dots = new Map<string, number>();
  for (const v of liveVotes(session)) dots.set(v.candidateId, (dots.get(v.candidateId) ?? 0) + v.dots);
  return dots;
}

/** Every participant's dots used and remaining (never below 0) against settings.dotsPerParticipant. */
export function dotBudgets(session: VotingSession & Pick<Session, 'settings'>): Map<string, DotBudget> {
  const used = new Map<string, number>();
  for (const v of liveVotes(session)) used.set(v.participantId, (used.get(v.participantId) ?? 0) + v.dots);
  const allowed = session.settings.dotsPerParticipant;
  const budgets = new Map<string, DotBudget>();
  for (const p of session.participants) {
    const u = used.get(p.id) ?? 0;
    budgets.set(p.id, { used: u, remaining: Math.max(0, allowed - u) });
  }
  return budgets;
}

/** Dots one participant has placed (0 for an unknown participant). */
export function dotsUsedBy(session: VotingSession, participantId: string): number {
  let used = 0;
  for (const v of liveVotes(session)) if (v.participantId === participantId) used += v.dots;
  return used;
}

/** Dots one participant may still place (0 for an unknown participant). */
export function dotsRemaining(session: VotingSession & Pick<Session, 'settings'>, participantId: string): number {
  if (!session.participants.some((p) => p.id === participantId)) return 0;
  return Math.max(0, session.settings.dotsPerParticipant - dotsUsedBy(session, participantId));
}

/** Whether a participant may place another dot: they exist and have dots remaining. */
export function canAddDot(session: VotingSession & Pick<Session, 'settings'>, participantId: string): boolean {
  return dotsRemaining(session, participantId) > 0;
}

/**
 * The votes after a participant places one more dot on a candidate (merged into their existing
 * vote for it); the same array when not allowed (no dots left, unknown participant or candidate).
 */
export function addDot(session: VotingSession & Pick<Session, 'settings'>, participantId: string, candidateId: string): Vote[] {
  if (!canAddDot(session, participantId) || !session.candidates.some((c) => c.id === candidateId)) return session.votes;
  const i = session.votes.findIndex((v) => v.participantId === participantId && v.candidateId === candidateId);
  if (i === -1) return [...session.votes, { participantId, candidateId, dots: 1 }];
  const votes = [...session.votes];
  votes[i] = { ...votes[i]!, dots: votes[i]!.dots + 1 };
  return votes;
}

/** The votes after a participant takes one dot back from a candidate; the same array if they had none there. */
export function removeDot(session: Pick<Session, 'votes'>, participantId: string, candidateId: string): Vote[] {
  const i = session.votes.findIndex((v) => v.participantId === participantId && v.candidateId === candidateId);
  if (i === -1) return session.votes;
  const vote = session.votes[i]!;
  if (vote.dots <= 1) return session.votes.filter((_, j) => j !== i);
  const votes = [...session.votes];
  votes[i] = { ...vote, dots: vote.dots - 1 };
  return votes;
}
