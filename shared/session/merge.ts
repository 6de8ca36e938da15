import { mergeCandidateFields } from './candidate-fields';
import type { Session } from './schema';

/**
 * Merges a duplicate candidate into the one that stays: each field by its merge policy in
 * CANDIDATE_FIELDS (empty fields filled from the duplicate, texts joined, tags united, the
 * title, status and override kept); a score the kept candidate
 * lacks is taken from the duplicate; dots are added up; every reference moves to the kept one.
 */
export function mergeCandidates(session: Session, keptId: string, duplicateId: string): Session {
  const kept = session.candidates.find((candidate) => candidate.id === keptId);
  const duplicate = session.candidates.find((candidate) => candidate.id === duplicateId);
  if (!kept || !duplicate || keptId === duplicateId) return session;

  const merged = mergeCandidateFields(kept, duplicate);

  const scoreKey = (participantId: string, criterionId: string) => `${participantId}\u0000${criterionId}`;
  const keptScores = new Set(session.scores.filter((s) => s.candidateId === keptId).map((s) => scoreKey(s.participantId, s.criterionId)));
  const scores = session.scores.flatMap((score) => {
    if (score.candidateId !== duplicateId) return [score];
    return keptScores.has(scoreKey(score.participantId, score.criterionId)) ? [] : [{ ...score, candidateId: keptId }];
  });
  const keptConsensus = new Set(session.consensusScores.filter((s) => s.candidateId === keptId).map((s) => s.criterionId));
  const consensusScores = session.consensusScores.flatMap((score) => {
    if (score.candidateId !== duplicateId) return [score];
    return keptConsensus.has(score.criterionId) ? [] : [{ ...score, candidateId: keptId }];
  });
  const dots = new Map<string, number>();
  for (const vote of session.votes) {
    if (vote.candidateId === keptId || vote.candidateId === duplicateId) dots.set(vote.participantId, (dots.get(vote.participantId) ?? 0) + vote.dots);
  }
  const votes = [
    ...session.votes.filter((vote) => vote.candidateId !== keptId && vote.candidateId !== duplicateId),
    ...[...dots].map(([participantId, count]) => ({ participantId, candidateId: keptId, dots: Math.min(count, 100) })),
  ];
  const decision = session.decision;
  return {
    ...session,
    candidates: session.candidates.filter((candidate) => candidate.id !== duplicateId).map((candidate) => (candidate.id === keptId ? merged : candidate)),
    scores,
    consensusScores,
    votes,
    decision: {
      ...decision,
      focusCandidateId: decision.focusCandidateId === duplicateId ? keptId : decision.focusCandidateId,
      runnersUp: decision.runnersUp.filter((runnerUp) => runnerUp.candidateId !== duplicateId),
    },
  };
}
