import type { Decision, Session } from './schema';

// Pure edits of the decision: the focus problem, its plan and why the runners-up wait.

export function updateDecision(session: Session, change: Partial<Omit<Decision, 'focusCandidateId' | 'runnersUp'>>): Session {
  return { ...session, decision: { ...session.decision, ...change } };
}

/**
 * Chooses the focus problem and marks it so; the previous focus goes back to shortlisted, as
 * does any other candidate marked "focus" by hand or by a CSV import: there is one focus.
 */
export function chooseFocus(session: Session, candidateId: string | null): Session {
  const focus = session.candidates.find((candidate) => candidate.id === candidateId);
  return {
    ...session,
    candidates: session.candidates.map((candidate) => {
      if (candidate.id === candidateId) return { ...candidate, status: 'focus' };
      if (candidate.status === 'focus') return { ...candidate, status: 'shortlisted' };
      return candidate;
    }),
    decision: {
      ...session.decision,
      focusCandidateId: focus ? focus.id : null,
      runnersUp: session.decision.runnersUp.filter((runnerUp) => runnerUp.candidateId !== candidateId),
    },
  };
}

/**
 * Sets the focus's key metric, which is the focus candidate's own: one value, shown and
 * edited the same in Collect and in Decide, exported in the CSV and the decision record.
 * Without a focus there is nothing to set, and the session comes back unchanged.
 */
export function setFocusKeyMetric(session: Session, keyMetric: string): Session {
  const focusId = session.decision.focusCandidateId;
  if (!session.candidates.some((candidate) => candidate.id === focusId)) return session;
  return {
    ...session,
    candidates: session.candidates.map((candidate) => (candidate.id === focusId ? { ...candidate, keyMetric } : candidate)),
  };
}

/** Records (or with an empty text removes) why a runner-up is not the focus now. */
export function setRunnerUpReason(session: Session, candidateId: string, whyNotNow: string): Session {
  const others = session.decision.runnersUp.filter((runnerUp) => runnerUp.candidateId !== candidateId);
  const existing = session.decision.runnersUp.findIndex((runnerUp) => runnerUp.candidateId === candidateId);
  if (whyNotNow === '') return { ...session, decision: { ...session.decision, runnersUp: others } };
  const runnersUp = [...session.decision.runnersUp];
  if (existing >= 0) runnersUp[existing] = { candidateId, whyNotNow };
  else runnersUp.push({ candidateId, whyNotNow });
  return { ...session, decision: { ...session.decision, runnersUp } };
}
