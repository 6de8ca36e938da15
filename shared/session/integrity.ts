import type { Language } from '../i18n/languages';
import { formatNumber } from '../i18n/numbers';
import { textsIn, type Texts } from '../i18n/texts';
import type { SessionErrorCode } from './errors';
import { placeOf, PROBLEMS_NAMED, quoteText, type FilePlaces, type ProblemList } from './problem-words';
import type { Session } from './schema';

/** The references' and values' problems: the first code decides the error's code. */
export type IntegrityProblems = ProblemList & { code: SessionErrorCode };

/**
 * Rules the schema cannot express because they relate one part of the file to another.
 * One pass over each list with Maps and Sets: a board of 5,000 candidates carries 160,000
 * scores, and this runs on every open.
 */
class Problems {
  code: SessionErrorCode | null = null;
  named: ProblemList['named'] = [];
  count = 0;

  /** The words of `language`, taken when a problem is first named. */
  private t: Texts | null = null;

  /** `language` null names no problem: only whether there are any. */
  constructor(
    private readonly session: Session,
    private readonly language: Language | null,
    private readonly places?: FilePlaces,
  ) {}

  /** Problems already counted at a place in the file: a table row's unknown candidate is one problem, not one per score. */
  private readonly seen = new Set<string>();

  /**
   * `sentence` is only called for the problems a message names, with the place in words and
   * the language's words. `field` is the field of the entry at `path` the problem is about,
   * which the file may hold elsewhere (a score's criterion is its table's column); the
   * session's own wording names the entry.
   */
  add(code: SessionErrorCode, path: readonly PropertyKey[], sentence: (owner: string, t: Texts, language: Language) => string, field?: string): void {
    let inFile = path;
    if (this.places) {
      inFile = this.places.path(field === undefined ? path : [...path, field]);
      const key = `${code} ${inFile.join(' ')}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
    }
    this.count += 1;
    this.code ??= code;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: naming more only costs time; the message shows the first few.
    if (this.language !== null && this.named.length < PROBLEMS_NAMED) {
      this.t ??= textsIn(this.language);
      const place = placeOf(inFile, this.places ? this.places.data : this.session, this.language);
      this.named.push({ path: inFile, absent: false, sentence: sentence(place.subject, this.t, this.language) });
    }
  }

  result(): IntegrityProblems | null {
    if (this.code === null) return null;
    return { code: this.code, named: this.named, total: this.count };
  }
}

/** The sentence for an id that names nothing in the file, by what it should name. */
const UNKNOWN_WORDS = {
  participants: 'files:integrity.unknownParticipant',
  criteria: 'files:integrity.unknownCriterion',
  candidates: 'files:integrity.unknownCandidate',
  readinessItems: 'files:integrity.unknownReadinessItem',
} as const;
type Kind = keyof typeof UNKNOWN_WORDS;

/** Id → position in its list; repeats are reported and keep their first position. */
function indexIds(session: Session, kind: Kind, problems: Problems): Map<string, number> {
  const list = session[kind];
  const positions = new Map<string, number>();
  for (let i = 0; i < list.length; i += 1) {
    const { id } = list[i]!;
    const earlier = positions.get(id);
    if (earlier === undefined) positions.set(id, i);
    else {
      problems.add('duplicate-id', [kind, i], (owner, t, language) => t('files:integrity.sameId', { owner, id: quoteText(id, language), other: placeOf([kind, earlier], session, language).owner }));
    }
  }
  return positions;
}

// Paths are passed as parts and only assembled for a problem: 160,000 scores would
// otherwise build half a million arrays nobody reads.
function lookUp(ids: Map<string, number>, id: string, kind: Kind, problems: Problems, field: string | undefined, ...path: PropertyKey[]): number {
  const position = ids.get(id);
  if (position === undefined) {
    problems.add('unknown-reference', path, (owner, t, language) => t(UNKNOWN_WORDS[kind], { owner, id: quoteText(id, language) }), field);
    return -1;
  }
  return position;
}

/** "… is 7, above the 1–5 scale". */
function offScale(owner: string, t: Texts, value: number, scale: number, language: Language): string {
  const words = { owner, value: formatNumber(value, language), scale: String(scale) };
  // Stryker disable next-line EqualityOperator: 1 is on every scale, so never off it.
  return value < 1 ? t('files:integrity.belowScale', words) : t('files:integrity.aboveScale', words);
}

function checkValue(value: number, scale: number, problems: Problems, list: string, index: number): void {
  if (value < 1 || value > scale) {
    problems.add('score-out-of-range', [list, index], (owner, t, language) => offScale(owner, t, value, scale, language));
  }
}

/**
 * Remembers where each combination was first seen so a repeat can point back to it. Keys
 * are numbers built from list positions (at most 50 × 20,000 × 40, well inside exact
 * integers): much cheaper than joining id strings 160,000 times.
 */
function firstSeen(seen: Map<number, number>, key: number, index: number): number | undefined {
  const earlier = seen.get(key);
  if (earlier === undefined) seen.set(key, index);
  return earlier;
}

/**
 * The first few problems between the parts of a session, or null when there are none. With
 * `places`, problems are placed and named as the file holds them (a version-2 score table).
 * With `language` null, only whether there are any: nothing is named (the one pass of
 * sure-open.ts, which reads the file the long way on any problem).
 */
export function checkIntegrity(session: Session, language: Language | null, places?: FilePlaces): IntegrityProblems | null {
  const problems = new Problems(session, language, places);
  const participants = indexIds(session, 'participants', problems);
  const criteria = indexIds(session, 'criteria', problems);
  const candidates = indexIds(session, 'candidates', problems);
  const readinessItems = indexIds(session, 'readinessItems', problems);
  const { scale } = session.settings;
  const nCandidates = session.candidates.length;
  const nCriteria = session.criteria.length;

  const scoreSeen = new Map<number, number>();
  for (let i = 0; i < session.scores.length; i += 1) {
    const score = session.scores[i]!;
    const p = lookUp(participants, score.participantId, 'participants', problems, 'participantId', 'scores', i);
    const c = lookUp(candidates, score.candidateId, 'candidates', problems, 'candidateId', 'scores', i);
    const k = lookUp(criteria, score.criterionId, 'criteria', problems, 'criterionId', 'scores', i);
    checkValue(score.value, scale, problems, 'scores', i);
    if (p < 0 || c < 0 || k < 0) continue;
    // Stryker disable next-line ArithmeticOperator: with c < nCandidates and k < nCriteria, − for + numbers each combination once too.
    const earlier = firstSeen(scoreSeen, (p * nCandidates + c) * nCriteria + k, i);
    if (earlier !== undefined) {
      problems.add('duplicate-entry', ['scores', i], (owner, t) => t('files:integrity.repeatsScore', { owner, n: String(earlier + 1) }));
    }
  }

  const consensusSeen = new Map<number, number>();
  for (let i = 0; i < session.consensusScores.length; i += 1) {
    const score = session.consensusScores[i]!;
    const c = lookUp(candidates, score.candidateId, 'candidates', problems, 'candidateId', 'consensusScores', i);
    const k = lookUp(criteria, score.criterionId, 'criteria', problems, 'criterionId', 'consensusScores', i);
    checkValue(score.value, scale, problems, 'consensusScores', i);
    if (c < 0 || k < 0) continue;
    // Stryker disable next-line ArithmeticOperator: as above.
    const earlier = firstSeen(consensusSeen, c * nCriteria + k, i);
    if (earlier !== undefined) {
      problems.add('duplicate-entry', ['consensusScores', i], (owner, t) => t('files:integrity.repeatsConsensusScore', { owner, n: String(earlier + 1) }));
    }
  }

  const voteSeen = new Map<number, number>();
  for (let i = 0; i < session.votes.length; i += 1) {
    const vote = session.votes[i]!;
    const p = lookUp(participants, vote.participantId, 'participants', problems, undefined, 'votes', i);
    const c = lookUp(candidates, vote.candidateId, 'candidates', problems, undefined, 'votes', i);
    if (p < 0 || c < 0) continue;
    // Stryker disable next-line ArithmeticOperator: as above.
    const earlier = firstSeen(voteSeen, p * nCandidates + c, i);
    if (earlier !== undefined) {
      problems.add('duplicate-entry', ['votes', i], (owner, t) => t('files:integrity.repeatsVote', { owner, n: String(earlier + 1) }));
    }
  }

  session.candidates.forEach((candidate, c) => {
    const answered = new Map<number, number>();
    candidate.readiness.forEach((entry, j) => {
      const item = lookUp(readinessItems, entry.itemId, 'readinessItems', problems, undefined, 'candidates', c, 'readiness', j);
      if (item < 0) return;
      const earlier = firstSeen(answered, item, j);
      if (earlier !== undefined) {
        problems.add('duplicate-entry', ['candidates', c, 'readiness', j], (owner, t) => t('files:integrity.repeatsAnswer', { owner, n: String(earlier + 1) }));
      }
    });
  });

  const { focusCandidateId, runnersUp } = session.decision;
  if (focusCandidateId !== null) {
    lookUp(candidates, focusCandidateId, 'candidates', problems, undefined, 'decision', 'focusCandidateId');
  }
  runnersUp.forEach((runnerUp, i) => {
    lookUp(candidates, runnerUp.candidateId, 'candidates', problems, undefined, 'decision', 'runnersUp', i);
  });

  const error = problems.result();
  if (error) return error;
  return checkThresholds(session, language, places);
}

/** Separate from the references: a line off the chart is a different fault from a dangling id. */
function checkThresholds(session: Session, language: Language | null, places?: FilePlaces): IntegrityProblems | null {
  const { scale, thresholds } = session.settings;
  const problems = new Problems(session, language, places);
  for (const axis of ['impact', 'complexity'] as const) {
    const value = thresholds[axis];
    if (value < 1 || value > scale) {
      problems.add('threshold-out-of-range', ['settings', 'thresholds', axis], (owner, t, language) => offScale(owner, t, value, scale, language));
    }
  }
  return problems.result();
}
