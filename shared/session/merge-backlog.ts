import { rescale } from '../workshop/scale';
import { nextCandidateCode } from './edits';
import type { Criterion, Participant, Session } from './schema';

// Two rooms ran the same exercise: one session takes in the other's candidates, with their
// scores mapped onto its own participants and criteria.

/** What happens to a participant of the other session: mapped onto one of ours, added, or left out. */
export type ParticipantChoice = { kind: 'same-as'; participantId: string } | { kind: 'add' } | { kind: 'leave-out' };

export interface BacklogMergePreview {
  candidates: { candidateId: string; code: string; title: string; duplicateOf: string | null; scores: number }[];
  participants: { participant: Participant; suggested: ParticipantChoice }[];
  /** Criteria of the other session with no criterion of the same name and axis here: their scores stay behind. */
  unmatchedCriteria: Criterion[];
  rescaled: boolean;
}

export interface BacklogMergePlan {
  candidateIds: readonly string[];
  participants: Readonly<Record<string, ParticipantChoice>>;
}

// Stryker disable next-line MethodExpression: upper or lower case, names match alike (bar letters such as ß, whose capital is two letters).
const normalise = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

function criterionMap(target: Session, source: Session): Map<string, string> {
  const byKey = new Map(target.criteria.map((criterion) => [`${criterion.axis}:${normalise(criterion.name)}`, criterion.id]));
  const map = new Map<string, string>();
  for (const criterion of source.criteria) {
    const match = byKey.get(`${criterion.axis}:${normalise(criterion.name)}`);
    if (match) map.set(criterion.id, match);
  }
  return map;
}

/**
 * The target's readiness item for each of the source's, matched by id, else by name as
 * criteria are: an answer to an item the target does not have is left behind, so the merged
 * session never names an item it does not hold.
 */
function readinessItemMap(target: Session, source: Session): Map<string, string> {
  const ids = new Set(target.readinessItems.map((item) => item.id));
  const byName = new Map(target.readinessItems.map((item) => [normalise(item.name), item.id]));
  const map = new Map<string, string>();
  for (const item of source.readinessItems) {
    const match = ids.has(item.id) ? item.id : byName.get(normalise(item.name));
    // Stryker disable next-line ConditionalExpression: an item mapped to nothing reads as one not mapped (map.get gives undefined either way).
    if (match) map.set(item.id, match);
  }
  return map;
}

/** What merging `source` into `target` would bring, with a suggestion for every participant. */
export function previewBacklogMerge(target: Session, source: Session): BacklogMergePreview {
  const titles = new Map(target.candidates.map((candidate) => [normalise(candidate.title), candidate.id]));
  const scoreCount = new Map<string, number>();
  for (const score of source.scores) scoreCount.set(score.candidateId, (scoreCount.get(score.candidateId) ?? 0) + 1);
  const names = new Map(target.participants.map((participant) => [normalise(participant.name), participant.id]));
  const criteria = criterionMap(target, source);
  return {
    candidates: source.candidates.map((candidate) => ({
      candidateId: candidate.id,
      code: candidate.code,
      title: candidate.title,
      duplicateOf: titles.get(normalise(candidate.title)) ?? null,
      scores: scoreCount.get(candidate.id) ?? 0,
    })),
    participants: source.participants.map((participant) => {
      const same = names.get(normalise(participant.name));
      return { participant, suggested: same ? { kind: 'same-as', participantId: same } : { kind: 'add' } };
    }),
    unmatchedCriteria: source.criteria.filter((criterion) => !criteria.has(criterion.id)),
    rescaled: source.settings.scale !== target.settings.scale,
  };
}

/**
 * Adds the chosen candidates of `source` to `target` under new ids and codes, with their
 * scores: each participant's as the plan maps them, on the criteria both sessions share,
 * rescaled when the scales differ. Dots stay behind: they were the other room's budget.
 */
export function mergeBacklog(target: Session, source: Session, plan: BacklogMergePlan, makeId: (prefix: string) => string): Session {
  const participants = [...target.participants];
  const participantIds = new Map<string, string>();
  for (const participant of source.participants) {
    // Stryker disable next-line ObjectLiteral,StringLiteral: any kind but 'same-as' or 'add' leaves the person out.
    const choice = plan.participants[participant.id] ?? { kind: 'leave-out' };
    // Stryker disable next-line ConditionalExpression: only a 'same-as' choice names a participant to find.
    if (choice.kind === 'same-as' && target.participants.some((each) => each.id === choice.participantId)) participantIds.set(participant.id, choice.participantId);
    if (choice.kind === 'add') {
      const added: Participant = { id: makeId('person'), name: participant.name, background: participant.background, scoringDone: false };
      participants.push(added);
      participantIds.set(participant.id, added.id);
    }
  }
  const criteria = criterionMap(target, source);
  const from = source.settings.scale;
  const to = target.settings.scale;
  const onScale = (value: number) => Math.min(to, Math.max(1, Math.round(rescale(value, from, to))));
  const chosen = new Set(plan.candidateIds);
  let code = Number(nextCandidateCode(target).slice(1));
  const candidateIds = new Map<string, string>();
  const items = readinessItemMap(target, source);
  const candidates = [...target.candidates];
  for (const candidate of source.candidates) {
    if (!chosen.has(candidate.id)) continue;
    const id = makeId('cand');
    candidateIds.set(candidate.id, id);
    candidates.push({
      ...candidate,
      id,
      code: `C${code}`,
      tags: [...candidate.tags],
      readiness: candidate.readiness.flatMap((entry) => {
        const itemId = items.get(entry.itemId);
        return itemId === undefined ? [] : [{ ...entry, itemId }];
      }),
      status: candidate.status === 'focus' ? 'shortlisted' : candidate.status,
      override: candidate.override ? { impact: onScale(candidate.override.impact), complexity: onScale(candidate.override.complexity) } : null,
    });
    code += 1;
  }
  const scores = [...target.scores];
  for (const score of source.scores) {
    const candidateId = candidateIds.get(score.candidateId);
    const participantId = participantIds.get(score.participantId);
    const criterionId = criteria.get(score.criterionId);
    if (candidateId && participantId && criterionId) scores.push({ participantId, candidateId, criterionId, value: onScale(score.value) });
  }
  const consensusScores = [...target.consensusScores];
  for (const score of source.consensusScores) {
    const candidateId = candidateIds.get(score.candidateId);
    const criterionId = criteria.get(score.criterionId);
    if (candidateId && criterionId) consensusScores.push({ candidateId, criterionId, value: onScale(score.value) });
  }
  return { ...target, participants, candidates, scores, consensusScores };
}
