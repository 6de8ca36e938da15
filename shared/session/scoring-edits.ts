import { rescale, scaleMidpoint } from '../workshop/scale';
import type { Session, Settings } from './schema';

// Pure edits of scores, votes and the scoring settings.

/** Sets (or with null clears) one participant's score of one candidate on one criterion. */
export function setScore(session: Session, participantId: string, candidateId: string, criterionId: string, value: number | null): Session {
  const others = session.scores.filter(
    (score) => !(score.participantId === participantId && score.candidateId === candidateId && score.criterionId === criterionId),
  );
  return { ...session, scores: value === null ? others : [...others, { participantId, candidateId, criterionId, value }] };
}

/** Sets (or with null clears) the room's agreed score of one candidate on one criterion. */
export function setConsensusScore(session: Session, candidateId: string, criterionId: string, value: number | null): Session {
  const others = session.consensusScores.filter((score) => !(score.candidateId === candidateId && score.criterionId === criterionId));
  return { ...session, consensusScores: value === null ? others : [...others, { candidateId, criterionId, value }] };
}

/** Clears every participant's scores of one candidate, for a re-score after discussion. */
export function clearCandidateScores(session: Session, candidateId: string): Session {
  return {
    ...session,
    scores: session.scores.filter((score) => score.candidateId !== candidateId),
    consensusScores: session.consensusScores.filter((score) => score.candidateId !== candidateId),
  };
}

export function updateSettings(session: Session, change: Partial<Settings>): Session {
  return { ...session, settings: { ...session.settings, ...change } };
}

/**
 * Moves the session to another scale (1–5 ↔ 1–10): scores, thresholds and overrides are
 * rescaled so that every value stays on the new scale and the picture keeps its shape.
 */
export function changeScale(session: Session, scale: Settings['scale']): Session {
  const from = session.settings.scale;
  if (from === scale) return session;
  const onScale = (value: number) => Math.min(scale, Math.max(1, Math.round(rescale(value, from, scale))));
  // Stryker disable next-line ConditionalExpression: a shortcut; the midpoint rescales exactly to the other scale's midpoint.
  const thresholdOf = (value: number) => (value === scaleMidpoint(from) ? scaleMidpoint(scale) : Math.min(scale, Math.max(1, rescale(value, from, scale))));
  return {
    ...session,
    scores: session.scores.map((score) => ({ ...score, value: onScale(score.value) })),
    consensusScores: session.consensusScores.map((score) => ({ ...score, value: onScale(score.value) })),
    candidates: session.candidates.map((candidate) =>
      candidate.override === null
        ? candidate
        : { ...candidate, override: { impact: onScale(candidate.override.impact), complexity: onScale(candidate.override.complexity) } },
    ),
    settings: {
      ...session.settings,
      scale,
      thresholds: { impact: thresholdOf(session.settings.thresholds.impact), complexity: thresholdOf(session.settings.thresholds.complexity) },
    },
  };
}

/** Starts blind scoring over: nobody has finished and nothing is revealed. */
export function restartBlindScoring(session: Session): Session {
  return {
    ...session,
    participants: session.participants.map((participant) => ({ ...participant, scoringDone: false })),
    settings: { ...session.settings, revealed: false },
  };
}
