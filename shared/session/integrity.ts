import type { SessionErrorCode } from './errors';
import { placeOf, PROBLEMS_NAMED, quoteText, subjectOf, type FilePlaces, type ProblemList } from './problem-words';
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

  constructor(
    private readonly session: Session,
    private readonly places?: FilePlaces,
  ) {}

  /** Problems already counted at a place in the file: a table row's unknown candidate is one problem, not one per score. */
  private readonly seen = new Set<string>();

  /**
   * `sentence` is only called for the problems a message names. `field` is the field of the
   * entry at `path` the problem is about, which the file may hold elsewhere (a score's
   * criterion is its table's column); the session's own wording names the entry.
   */
  add(code: SessionErrorCode, path: readonly PropertyKey[], sentence: (owner: string) => string, field?: string): void {
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
    if (this.named.length < PROBLEMS_NAMED) {
      const place = placeOf(inFile, this.places ? this.places.data : this.session);
      this.named.push({ path: inFile, absent: false, sentence: sentence(subjectOf(place)) });
    }
  }

  result(): IntegrityProblems | null {
    if (this.code === null) return null;
    return { code: this.code, named: this.named, total: this.count };
  }
}

const KIND_WORDS = { participants: 'participant', criteria: 'criterion', candidates: 'candidate', readinessItems: 'readiness item' } as const;
type Kind = keyof typeof KIND_WORDS;

/** Id → position in its list; repeats are reported and keep their first position. */
function indexIds(session: Session, kind: Kind, problems: Problems): Map<string, number> {
  const list = session[kind];
  const positions = new Map<string, number>();
  for (let i = 0; i < list.length; i += 1) {
    const { id } = list[i]!;
    const earlier = positions.get(id);
    if (earlier === undefined) positions.set(id, i);
    else {
      problems.add('duplicate-id', [kind, i], (owner) => `${owner} has the same id, ${quoteText(id)}, as ${placeOf([kind, earlier], session).owner}`);
    }
  }
  return positions;
}

// Paths are passed as parts and only assembled for a problem: 160,000 scores would
// otherwise build half a million arrays nobody reads.
function lookUp(ids: Map<string, number>, id: string, kind: Kind, problems: Problems, field: string | undefined, ...path: PropertyKey[]): number {
  const position = ids.get(id);
  if (position === undefined) {
    problems.add('unknown-reference', path, (owner) => `${owner} names a ${KIND_WORDS[kind]} that is not in the file (id ${quoteText(id)})`, field);
    return -1;
  }
  return position;
}

function offScale(value: number, scale: number): string {
  // Stryker disable next-line EqualityOperator: 1 is on every scale, so never off it.
  return `${value}, ${value < 1 ? 'below' : 'above'} the 1–${scale} scale`;
}

function checkValue(value: number, scale: number, problems: Problems, list: string, index: number): void {
  if (value < 1 || value > scale) {
    problems.add('score-out-of-range', [list, index], (owner) => `${owner} is ${offScale(value, scale)}`);
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
 */
export function checkIntegrity(session: Session, places?: FilePlaces): IntegrityProblems | null {
  const problems = new Problems(session, places);
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
      problems.add('duplicate-entry', ['scores', i], (owner) => `${owner} repeats score ${earlier + 1}: a participant gives one score per candidate and criterion`);
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
      problems.add('duplicate-entry', ['consensusScores', i], (owner) => `${owner} repeats consensus score ${earlier + 1}: the room gives one score per candidate and criterion`);
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
      problems.add('duplicate-entry', ['votes', i], (owner) => `${owner} repeats dot vote ${earlier + 1}: a participant's dots on one candidate are one vote`);
    }
  }

  session.candidates.forEach((candidate, c) => {
    const answered = new Map<number, number>();
    candidate.readiness.forEach((entry, j) => {
      const item = lookUp(readinessItems, entry.itemId, 'readinessItems', problems, undefined, 'candidates', c, 'readiness', j);
      if (item < 0) return;
      const earlier = firstSeen(answered, item, j);
      if (earlier !== undefined) {
        problems.add('duplicate-entry', ['candidates', c, 'readiness', j], (owner) => `${owner} answers the same item as readiness answer ${earlier + 1}: a candidate has one answer per item`);
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
  return checkThresholds(session, places);
}

/** Separate from the references: a line off the chart is a different fault from a dangling id. */
function checkThresholds(session: Session, places?: FilePlaces): IntegrityProblems | null {
  const { scale, thresholds } = session.settings;
  const problems = new Problems(session, places);
  for (const axis of ['impact', 'complexity'] as const) {
    const value = thresholds[axis];
    if (value < 1 || value > scale) {
      problems.add('threshold-out-of-range', ['settings', 'thresholds', axis], (owner) => `${owner} is ${offScale(value, scale)}`);
    }
  }
  return problems.result();
}
