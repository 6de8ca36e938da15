import { createId, localDate } from './defaults';
import type { FollowUp, FollowUpOutcome, Session } from './schema';

// A follow-up session (issue 16): the same room meets again, a quarter later, with the backlog
// it left. It starts from the earlier session as its file holds it and asks first what became of
// the focus the room chose then.

/** Where the earlier session lies: the base name of its file, or empty when it was never saved. */
interface EarlierFile {
  fileName: string | null;
}

/** The outcome a follow-up starts with: nothing answered yet. */
function unansweredOutcome(): FollowUpOutcome {
  return { status: 'unknown', metricNow: '', learned: '' };
}

/** The earlier focus as it was chosen, copied so the follow-up can speak of it without the earlier file. */
function focusSnapshot(earlier: Session): FollowUp['focus'] {
  const { focusCandidateId, target } = earlier.decision;
  const focus = earlier.candidates.find((candidate) => candidate.id === focusCandidateId);
  if (focus === undefined) return null;
  return { candidateId: focus.id, title: focus.title, keyMetric: focus.keyMetric, baseline: focus.baseline, target };
}

/**
 * The follow-up of `earlier`: a new session (new id, stamped `now`, dated today) with the same
 * frame, participants, criteria, readiness items, settings and backlog. Candidates keep their
 * ids, statuses, details and checklists, so comparing the two pairs every candidate by id; the
 * room's placements, every score, consensus score and dot are cleared, as the room scores
 * afresh. The decision stays as it was: the focus keeps its status until the room revisits it
 * in Decide. Blind scoring starts sealed again, nobody has finished a turn.
 */
export function startFollowUp(earlier: Session, file: EarlierFile, now: Date, makeId: (prefix: string) => string = createId): Session {
  const timestamp = now.toISOString();
  return {
    ...earlier,
    id: makeId('session'),
    createdAt: timestamp,
    updatedAt: timestamp,
    frame: { ...earlier.frame, date: localDate(now) },
    participants: earlier.participants.map((participant) => ({ ...participant, scoringDone: false })),
    candidates: earlier.candidates.map((candidate) => ({ ...candidate, override: null })),
    scores: [],
    consensusScores: [],
    votes: [],
    settings: { ...earlier.settings, revealed: false },
    followUp: {
      earlier: { sessionId: earlier.id, title: earlier.frame.title, date: earlier.frame.date, fileName: file.fileName ?? '' },
      focus: focusSnapshot(earlier),
      outcome: unansweredOutcome(),
    },
  };
}

/**
 * Records what the room says became of the earlier focus. A session that follows up nothing,
 * or whose earlier session had no focus, has nothing to ask: it comes back unchanged.
 */
export function updateFollowUpOutcome(session: Session, change: Partial<FollowUpOutcome>): Session {
  const followUp = session.followUp;
  if (followUp === null || followUp.focus === null) return session;
  return { ...session, followUp: { ...followUp, outcome: { ...followUp.outcome, ...change } } };
}
