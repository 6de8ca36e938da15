import { LIMITS, type Score } from './schema';

// A board of 5,000 candidates carries 160,000 scores; walking them through zod is most of
// the cost of opening it. The scores are checked here by hand, by exactly the rules of
// scoreSchema, and zod checks the rest of the session. Any score that does not pass (or
// has a key the schema does not know, which zod would drop) sends the whole session back
// through zod, so every error is found and worded the one way it always is.

const SCORE_KEYS = 4;
const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** The same rules as the schema's `id`: 1–64 letters, digits, - or _. */
function isId(value: unknown, known: Set<string>): boolean {
  if (typeof value !== 'string') return false;
  if (known.has(value)) return true;
  if (value.length < 1 || value.length > 64 || !ID_PATTERN.test(value)) return false;
  known.add(value);
  return true;
}

function isScore(value: unknown, known: Set<string>): value is Score {
  // Stryker disable next-line LogicalOperator: the key check below refuses null, a list or a primitive too.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const score = value as Record<string, unknown>;
  let keys = 0;
  // for…in over a JSON.parse result sees own keys only (its prototype is Object.prototype).
  for (const key in score) {
    if (key !== 'participantId' && key !== 'candidateId' && key !== 'criterionId' && key !== 'value') return false;
    keys += 1;
  }
  return (
    keys === SCORE_KEYS &&
    isId(score.participantId, known) &&
    isId(score.candidateId, known) &&
    isId(score.criterionId, known) &&
    typeof score.value === 'number' &&
    Number.isInteger(score.value)
  );
}

export interface CheckedLists {
  /** The session with its score list emptied, for zod to check. */
  rest: Record<string, unknown>;
  /** Puts the checked scores back into what zod returned. */
  restore<T extends { scores: Score[] }>(parsed: T): T;
}

/**
 * Null unless every score passes; then the scores are set aside for zod to skip. A list longer
 * than `limit` (the format's, unless a test asks for a smaller one) is left to zod, which words
 * the limit.
 */
export function setAsideCheckedScores(data: Record<string, unknown>, limit: number = LIMITS.scores): CheckedLists | null {
  const scores = data.scores;
  if (!Array.isArray(scores) || scores.length > limit) return null;
  const known = new Set<string>();
  for (let i = 0; i < scores.length; i += 1) {
    if (!isScore(scores[i], known)) return null;
  }
  const checked = scores as Score[];
  return {
    rest: { ...data, scores: [] },
    restore: (parsed) => ({ ...parsed, scores: checked }),
  };
}
