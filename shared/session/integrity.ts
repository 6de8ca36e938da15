import { formatPath, withMoreProblems, type SessionError, type SessionErrorCode } from './errors';
import type { Session } from './schema';

/**
 * Rules the schema cannot express because they relate one part of the file to another.
 * One pass over each list with Maps and Sets: a board of 5,000 candidates carries 160,000
 * scores, and this runs on every open.
 */
class Problems {
  first: SessionError | null = null;
  count = 0;

  add(code: SessionErrorCode, path: readonly PropertyKey[], text: string): void {
    this.count += 1;
    if (!this.first) this.first = { code, message: `${formatPath(path)}: ${text}` };
  }

  result(): SessionError | null {
    if (!this.first) return null;
    return { code: this.first.code, message: withMoreProblems(this.first.message, this.count) };
  }
}

const KIND_WORDS = { participants: 'participant', criteria: 'criterion', candidates: 'candidate' } as const;
type Kind = keyof typeof KIND_WORDS;

/** Id → position in its list; repeats are reported and keep their first position. */
function indexIds(list: readonly { id: string }[], kind: Kind, problems: Problems): Map<string, number> {
  const positions = new Map<string, number>();
  for (let i = 0; i < list.length; i += 1) {
    const { id } = list[i]!;
    const earlier = positions.get(id);
    if (earlier === undefined) positions.set(id, i);
    else problems.add('duplicate-id', [kind, i, 'id'], `the id "${id}" is already used by ${formatPath([kind, earlier])}`);
  }
  return positions;
}

// Paths are passed as parts and only assembled for a problem: 160,000 scores would
// otherwise build half a million arrays nobody reads.
function lookUp(ids: Map<string, number>, id: string, kind: Kind, problems: Problems, ...path: PropertyKey[]): number {
  const position = ids.get(id);
  if (position === undefined) {
    problems.add('unknown-reference', path, `no ${KIND_WORDS[kind]} has the id "${id}"`);
    return -1;
  }
  return position;
}

function checkValue(value: number, scale: number, problems: Problems, list: string, index: number): void {
  if (value < 1 || value > scale) {
    problems.add('score-out-of-range', [list, index, 'value'], `${value} is outside the scale 1 to ${scale}`);
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

export function checkIntegrity(session: Session): SessionError | null {
  const problems = new Problems();
  const participants = indexIds(session.participants, 'participants', problems);
  const criteria = indexIds(session.criteria, 'criteria', problems);
  const candidates = indexIds(session.candidates, 'candidates', problems);
  const { scale } = session.settings;
  const nCandidates = session.candidates.length;
  const nCriteria = session.criteria.length;

  const scoreSeen = new Map<number, number>();
  for (let i = 0; i < session.scores.length; i += 1) {
    const score = session.scores[i]!;
    const p = lookUp(participants, score.participantId, 'participants', problems, 'scores', i, 'participantId');
    const c = lookUp(candidates, score.candidateId, 'candidates', problems, 'scores', i, 'candidateId');
    const k = lookUp(criteria, score.criterionId, 'criteria', problems, 'scores', i, 'criterionId');
    checkValue(score.value, scale, problems, 'scores', i);
    if (p < 0 || c < 0 || k < 0) continue;
    const earlier = firstSeen(scoreSeen, (p * nCandidates + c) * nCriteria + k, i);
    if (earlier !== undefined) {
      problems.add('duplicate-entry', ['scores', i], `a second score by the same participant for the same candidate and criterion (the first is scores[${earlier}])`);
    }
  }

  const consensusSeen = new Map<number, number>();
  for (let i = 0; i < session.consensusScores.length; i += 1) {
    const score = session.consensusScores[i]!;
    const c = lookUp(candidates, score.candidateId, 'candidates', problems, 'consensusScores', i, 'candidateId');
    const k = lookUp(criteria, score.criterionId, 'criteria', problems, 'consensusScores', i, 'criterionId');
    checkValue(score.value, scale, problems, 'consensusScores', i);
    if (c < 0 || k < 0) continue;
    const earlier = firstSeen(consensusSeen, c * nCriteria + k, i);
    if (earlier !== undefined) {
      problems.add('duplicate-entry', ['consensusScores', i], `a second consensus score for the same candidate and criterion (the first is consensusScores[${earlier}])`);
    }
  }

  const voteSeen = new Map<number, number>();
  for (let i = 0; i < session.votes.length; i += 1) {
    const vote = session.votes[i]!;
    const p = lookUp(participants, vote.participantId, 'participants', problems, 'votes', i, 'participantId');
    const c = lookUp(candidates, vote.candidateId, 'candidates', problems, 'votes', i, 'candidateId');
    if (p < 0 || c < 0) continue;
    const earlier = firstSeen(voteSeen, p * nCandidates + c, i);
    if (earlier !== undefined) {
      problems.add('duplicate-entry', ['votes', i], `a second vote by the same participant for the same candidate (the first is votes[${earlier}])`);
    }
  }

  const { focusCandidateId, runnersUp } = session.decision;
  if (focusCandidateId !== null) {
    lookUp(candidates, focusCandidateId, 'candidates', problems, 'decision', 'focusCandidateId');
  }
  runnersUp.forEach((runnerUp, i) => {
    lookUp(candidates, runnerUp.candidateId, 'candidates', problems, 'decision', 'runnersUp', i, 'candidateId');
  });

  const error = problems.result();
  if (error) return error;
  return checkThresholds(session);
}

/** Separate from the references: a line off the chart is a different fault from a dangling id. */
function checkThresholds(session: Session): SessionError | null {
  const { scale, thresholds } = session.settings;
  const problems = new Problems();
  for (const axis of ['impact', 'complexity'] as const) {
    const value = thresholds[axis];
    if (value < 1 || value > scale) {
      problems.add('threshold-out-of-range', ['settings', 'thresholds', axis], `${value} is outside the scale 1 to ${scale}`);
    }
  }
  return problems.result();
}
