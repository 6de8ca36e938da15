import type { Background, Criterion, Participant, Session } from './schema';

// Pure edits of the room and of the criteria it scores with.

export function addParticipant(session: Session, participant: Participant): Session {
  return { ...session, participants: [...session.participants, participant] };
}

export function updateParticipant(session: Session, participantId: string, change: Partial<{ name: string; background: Background; scoringDone: boolean }>): Session {
  return {
    ...session,
    participants: session.participants.map((participant) => (participant.id === participantId ? { ...participant, ...change } : participant)),
  };
}

/** Removes a participant with their scores and dots, so the session stays valid. */
export function removeParticipant(session: Session, participantId: string): Session {
  return {
    ...session,
    participants: session.participants.filter((participant) => participant.id !== participantId),
    scores: session.scores.filter((score) => score.participantId !== participantId),
    votes: session.votes.filter((vote) => vote.participantId !== participantId),
  };
}

export function addCriterion(session: Session, criterion: Criterion): Session {
  return { ...session, criteria: [...session.criteria, criterion] };
}

export function updateCriterion(session: Session, criterionId: string, change: Partial<Omit<Criterion, 'id'>>): Session {
  return {
    ...session,
    criteria: session.criteria.map((criterion) => (criterion.id === criterionId ? { ...criterion, ...change } : criterion)),
  };
}

/** Removes a criterion with every score given on it. */
export function removeCriterion(session: Session, criterionId: string): Session {
  return {
    ...session,
    criteria: session.criteria.filter((criterion) => criterion.id !== criterionId),
    scores: session.scores.filter((score) => score.criterionId !== criterionId),
    consensusScores: session.consensusScores.filter((score) => score.criterionId !== criterionId),
  };
}
