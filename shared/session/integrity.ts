import type { SessionErrorCode } from './errors';
import { placeOf, PROBLEMS_NAMED, quoteText, subjectOf, type ProblemList } from './problem-words';
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

  constructor(private readonly session: Session) {}

  /** `sentence` is only called for the problems a message names. */
  add(code: SessionErrorCode, path: readonly PropertyKey[], sentence: (owner: string) => string): void {
    this.count += 1;
    this.code ??= code;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: naming more only costs time; the message shows the first few.
    if (this.named.length < PROBLEMS_NAMED) {
      const place = placeOf(path, this.session);
      this.named.push({ path, absent: false, sentence: sentence(subjectOf(place)) });
    }
  }

  result(): IntegrityProblems | null {
    if (this.code === null) return null;
    return { code: this.code, named: this.named, total: this.count };
  }
}

const KIND_WORDS = { participants: 'participant', criteria: 'criterion', candidates: 'candidate' } as const;
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
function lookUp(ids: Map<string, number>, id: string, kind: Kind, problems: Problems, ...path: PropertyKey[]): number {
  const position = ids.get(id);
  if (position === undefined) {
    problems.add('unknown-reference', path, (owner) => `${owner} names a ${KIND_WORDS[kind]} that is not in the file (id ${quoteText(id)})`);
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

/** The first few problems between the parts of a session, or null when there are none. */
export function checkIntegrity(session: Session): IntegrityProblems | null {
  const problems = new Problems(session);
  const participants = indexIds(session, 'participants', problems);
  const criteria = indexIds(session, 'criteria', problems);
  const candidates = indexIds(session, 'candidates', problems);
  const { scale } = session.settings;
  const nCandidates = session.candidates.length;
  const nCriteria = session.criteria.length;

  const scoreSeen = new Map<number, number>();
  for (let i = 0; i < session.scores.length; i += 1) {
    const score = session.scores[i]!;
    const p = lookUp(participants, score.participantId, 'participants', problems, 'scores', i);
    const c = lookUp(candidates, score.candidateId, 'candidates', problems, 'scores', i);
    const k = lookUp(criteria, score.criterionId, 'criteria', problems, 'scores', i);
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
    const c = lookUp(candidates, score.candidateId, 'candidates', problems, 'consensusScores', i);
    const k = lookUp(criteria, score.criterionId, 'criteria', problems, 'consensusScores', i);
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
    const p = lookUp(participants, vote.participantId, 'participants', problems, 'votes', i);
    const c = lookUp(candidates, vote.candidateId, 'candidates', problems, 'votes', i);
    if (p < 0 || c < 0) continue;
    // Stryker disable next-line ArithmeticOperator: as above.
    const earlier = firstSeen(voteSeen, p * nCandidates + c, i);
    if (earlier !== undefined) {
      problems.add('duplicate-entry', ['votes', i], (owner) => `${owner} repeats dot vote ${earlier + 1}: a participant's dots on one candidate are one vote`);
    }
  }

  const { focusCandidateId, runnersUp } = session.decision;
  if (focusCandidateId !== null) {
    lookUp(candidates, focusCandidateId, 'candidates', problems, 'decision', 'focusCandidateId');
  }
  runnersUp.forEach((runnerUp, i) => {
    lookUp(candidates, runnerUp.candidateId, 'candidates', problems, 'decision', 'runnersUp', i);
  });

  const error = problems.result();
  if (error) return error;
  return checkThresholds(session);
}

/** Separate from the references: a line off the chart is a different fault from a dangling id. */
function checkThresholds(session: Session): IntegrityProblems | null {
  const { scale, thresholds } = session.settings;
  const problems = new Problems(session);
  for (const axis of ['impact', 'complexity'] as const) {
    const value = thresholds[axis];
    if (value < 1 || value > scale) {
      problems.add('threshold-out-of-range', ['settings', 'thresholds', axis], (owner) => `${owner} is ${offScale(value, scale)}`);
    }
  }
  return problems.result();
}
