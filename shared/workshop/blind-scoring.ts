// Blind scoring on one shared laptop: each participant takes a turn and sees only their own
// scores until the facilitator reveals them.
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import type { Candidate, Criterion, Participant, Score, Session } from '../session/schema';
import { isBetterWithoutMl } from './ranking';
import { indexScores, scoresAxis, type ScoreIndex } from './scoring';

/** Done and total score counts for one participant (or for the room in consensus mode). */
export interface ScoringProgress {
  done: number;
  total: number;
}

/**
 * Whether the scores are sealed: in blind mode, until the facilitator reveals them, nobody may
 * see anything computed from them (positions, aggregates, spreads, gaps, rings, ranking).
 * Consensus scores are the room's own and never sealed.
 */
export function scoresSealed(session: Pick<Session, 'settings'>): boolean {
  return session.settings.scoringMode === 'blind' && !session.settings.revealed;
}

/**
 * The session as the room may see it: while the scores are sealed, without any score and
 * without any placement the room made at an earlier reveal, so every result computed from it
 * (points, ranking, gaps, exports) is exactly what it was before anyone scored. Unsealed, the
 * session itself (the same object, so memoised results stay valid).
 */
export function sessionAsRoomSees(session: Session): Session {
  if (!scoresSealed(session)) return session;
  return {
    ...session,
    scores: [],
    candidates: session.candidates.map((candidate) => (candidate.override === null ? candidate : { ...candidate, override: null })),
  };
}

/** The exports that show results, and so wait for the reveal. */
export type SealedExport = 'chart' | 'mlBrief' | 'decisionRecord';

/**
 * Why an export that shows results (the chart, the ML brief, the decision record) cannot be
 * made yet, or null when it can: while the scores are sealed it would show what the room must not see.
 */
export function sealedExportRefusal(session: Pick<Session, 'settings'>, what: SealedExport, language: Language): string | null {
  if (!scoresSealed(session)) return null;
  return textsIn(language)(`rules:sealedExport.${what}`);
}

/** Who has not pressed "I'm done" yet, in the room's order: what a reveal before the end would skip. */
export function participantsStillScoring(session: Pick<Session, 'participants'>): Participant[] {
  return session.participants.filter((participant) => !participant.scoringDone);
}

/**
 * The scores a viewer may see: all of them once settings.revealed is set (the same array, so
 * memoised views do not re-render), otherwise only the viewer's own (none for a null viewer,
 * i.e. the facilitator before the reveal).
 */
export function scoresVisibleTo(session: Pick<Session, 'scores' | 'settings'>, viewerParticipantId: string | null): Score[] {
  if (session.settings.revealed) return session.scores;
  if (viewerParticipantId === null) return [];
  return session.scores.filter((s) => s.participantId === viewerParticipantId);
}

/**
 * The criteria a participant is asked to score, in session order: those with weight above 0
 * (a weight-0 criterion counts for nothing) on the axes their background scores when
 * scoreByBackground is on (business: impact only; technical: complexity only; others: both).
 */
export function criteriaFor(participant: Pick<Participant, 'background'>, criteria: readonly Criterion[], scoreByBackground: boolean): Criterion[] {
  return criteria.filter((c) => c.weight > 0 && scoresAxis(participant.background, c.axis, scoreByBackground));
}

/** The candidates put up for scoring: all except those set apart as better solved without ML. */
export function candidatesToScore(session: Pick<Session, 'candidates'>): Candidate[] {
  return session.candidates.filter((c) => !isBetterWithoutMl(c));
}

/**
 * Per participant id: how many of their expected scores exist (done) out of candidates to
 * score × their criteria (total). Scores on weight-0 criteria or without-ML candidates do not count.
 */
export function scoringProgress(session: Session, index: ScoreIndex = indexScores(session)): Map<string, ScoringProgress> {
  const candidates = candidatesToScore(session);
  const progress = new Map<string, ScoringProgress>();
  for (const p of session.participants) {
    const criteria = criteriaFor(p, session.criteria, session.settings.scoreByBackground);
    let done = 0;
    if (criteria.length > 0) {
      for (const c of candidates) {
        const scores = index.get(c.id)?.get(p.id);
        if (scores === undefined) continue;
        for (const cr of criteria) if (scores.has(cr.id)) done++;
      }
    }
    progress.set(p.id, { done, total: candidates.length * criteria.length });
  }
  return progress;
}

/** The room's progress in consensus mode: consensus scores present over candidates × weighted criteria. */
export function consensusProgress(session: Session): ScoringProgress {
  const candidates = candidatesToScore(session);
  const criteria = session.criteria.filter((c) => c.weight > 0);
  const present = new Set<string>();
  for (const s of session.consensusScores) present.add(`${s.candidateId}\u0000${s.criterionId}`);
  let done = 0;
  for (const c of candidates) for (const cr of criteria) if (present.has(`${c.id}\u0000${cr.id}`)) done++;
  return { done, total: candidates.length * criteria.length };
}
