import { CANDIDATE_FIELDS, emptyValue, type CandidateField } from './candidate-fields';
import { dataAvailabilityInStep } from './readiness-edits';
import type { Candidate, Session } from './schema';

// Merging a duplicate candidate into the one that stays: the fields by the merge policy each
// has in the field table (candidate-fields.ts), the checklists, then the session's references.

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

/** Whether a field's value is the one a new candidate has (so 'fill' takes the duplicate's): text, a choice. */
function isEmptyValue(field: CandidateField, value: unknown): boolean {
  return value === emptyValue(field.kind);
}

function joinText(kept: string, merged: string): string {
  if (merged.trim() === '' || kept.includes(merged)) return kept;
  if (kept.trim() === '') return merged;
  return `${kept}\n\n${merged}`;
}

/** The value a field has once `duplicate` is merged into `kept`, by the field's merge policy. */
function mergedValue(field: CandidateField, kept: unknown, duplicate: unknown): unknown {
  switch (field.merge) {
    case 'keep':
      return kept;
    case 'fill':
      return isEmptyValue(field, kept) ? duplicate : kept;
    case 'join':
      return joinText(kept as string, duplicate as string);
    case 'unite':
      return [...new Set([...(kept as string[]), ...(duplicate as string[])])];
    case 'either':
      return (kept as boolean) || (duplicate as boolean);
  }
}

/**
 * The kept candidate's readiness answers, plus the duplicate's for items the kept one leaves
 * unknown: an answer found out about either is not lost, and a real answer never gives way
 * to an unknown.
 */
function mergedReadiness(kept: Candidate['readiness'], duplicate: Candidate['readiness']): Candidate['readiness'] {
  const found = new Map(duplicate.filter((entry) => entry.answer !== 'unknown').map((entry) => [entry.itemId, entry]));
  const merged = kept.map((entry) => {
    const other = found.get(entry.itemId);
    found.delete(entry.itemId);
    if (entry.answer !== 'unknown' || other === undefined) return entry;
    // The duplicate knows the answer; what the kept one wrote stays where the duplicate has nothing.
    return { ...other, evidence: other.evidence || entry.evidence, owner: other.owner || entry.owner };
  });
  return [...merged, ...found.values()];
}

/**
 * The fields of `kept` once `duplicate` is merged into it, each by its merge policy; id, code
 * and creation stay the kept one's. The checklist's data-available answer then follows the
 * merged "Data available" field, so the two still say the same (readiness-edits.ts).
 */
export function mergeCandidateFields(kept: Candidate, duplicate: Candidate): Candidate {
  const merged: Record<string, unknown> = { ...kept, readiness: mergedReadiness(kept.readiness, duplicate.readiness) };
  for (const field of CANDIDATE_FIELDS) merged[field.property] = mergedValue(field, kept[field.property], duplicate[field.property]);
  return dataAvailabilityInStep(merged as Candidate);
}
