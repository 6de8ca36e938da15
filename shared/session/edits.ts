import { blankCandidate } from './candidate-fields';
import { withDataAvailability } from './readiness-edits';
import type { Candidate, Frame, Session } from './schema';

// Pure edits of a session: each returns a new session and never mutates the old one, so the
// undo history can keep old sessions as they were.

/** The next free short code, one more than the highest `C<n>` in use. */
export function nextCandidateCode(session: Session): string {
  let highest = 0;
  for (const candidate of session.candidates) {
    const match = /^C(\d+)$/.exec(candidate.code);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `C${highest + 1}`;
}

/** A candidate as captured in the brainstorm: a title, everything else filled in later. */
export function newCandidate(session: Session, id: string, title: string, now: Date): Candidate {
  return blankCandidate(id, nextCandidateCode(session), title.trim(), now.toISOString());
}

export function updateFrame(session: Session, change: Partial<Frame>): Session {
  return { ...session, frame: { ...session.frame, ...change } };
}

export function addCandidate(session: Session, candidate: Candidate): Session {
  return { ...session, candidates: [...session.candidates, candidate] };
}

export function updateCandidate(session: Session, candidateId: string, change: Partial<Omit<Candidate, 'id'>>): Session {
  return {
    ...session,
    candidates: session.candidates.map((candidate) => {
      if (candidate.id !== candidateId) return candidate;
      const changed = { ...candidate, ...change };
      // The checklist's data-available answer follows the field (readiness-edits.ts).
      return change.dataAvailability === undefined ? changed : withDataAvailability(changed, change.dataAvailability);
    }),
  };
}

/** Removes a candidate and everything that points at it, so the session stays valid. */
export function removeCandidate(session: Session, candidateId: string): Session {
  const decision = session.decision;
  return {
    ...session,
    candidates: session.candidates.filter((candidate) => candidate.id !== candidateId),
    scores: session.scores.filter((score) => score.candidateId !== candidateId),
    consensusScores: session.consensusScores.filter((score) => score.candidateId !== candidateId),
    votes: session.votes.filter((vote) => vote.candidateId !== candidateId),
    decision: {
      ...decision,
      focusCandidateId: decision.focusCandidateId === candidateId ? null : decision.focusCandidateId,
      runnersUp: decision.runnersUp.filter((runnerUp) => runnerUp.candidateId !== candidateId),
    },
  };
}

