import type { Score } from './schema';

// The usual score list, placed in one pass: every score a whole number from 0 to 127 (a
// session's scale goes to 10) on a candidate, participant and criterion the session's lists
// hold, into a grid of bytes, one per cell of the table, candidate by participant by criterion.
// No row is made and no id looked up twice in a row; a board's 160,000 scores take a few
// milliseconds. Any other list, or a grid mostly empty (it would take more room than the
// scores themselves), is placed score by score by table-text.ts.

type TableScore = Pick<Score, 'candidateId' | 'criterionId' | 'value'> & { participantId?: string };

/** A cell without a score. */
export const EMPTY = -1;
/** The most a score may be to take a byte of the grid. */
const LARGEST = 127;
/** A grid is used for at most this many cells per score (and any grid this small). */
const CELLS_PER_SCORE = 8;
const SMALL_GRID = 4096;

/**
 * The grid, cell (c × participants + p) × columns + k, or null: see above. The positions are
 * of the ids of the session's lists (the first of an id that repeats); the consensus table has
 * no participants (null).
 */
export function placeDense(
  scores: readonly TableScore[],
  candidates: Map<unknown, number>,
  participants: Map<unknown, number> | null,
  columns: Map<unknown, number>,
): Int8Array | null {
  const width = columns.size;
  const perCandidate = (participants?.size ?? 1) * width;
  const size = candidates.size * perCandidate;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,MethodExpression,ArithmeticOperator: room only: the other way writes the same bytes.
  if (size > Math.max(SMALL_GRID, scores.length * CELLS_PER_SCORE)) return null;
  const grid = new Int8Array(size).fill(EMPTY);
  const columnIds = [...columns.keys()];
  let lastCandidate: unknown;
  let candidateAt = -1;
  let lastParticipant: unknown;
  let participantAt = 0;
  let k = -1;
  for (let i = 0; i < scores.length; i += 1) {
    const score = scores[i]!;
    // The same id as the score before is at the same place: looked up only when it changes.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: looking the same id up again finds the same place.
    if (candidateAt < 0 || score.candidateId !== lastCandidate) {
      const c = candidates.get(score.candidateId);
      if (c === undefined) return null;
      lastCandidate = score.candidateId;
      candidateAt = c * perCandidate;
    }
    if (participants !== null && (i === 0 || score.participantId !== lastParticipant)) {
      const p = participants.get(score.participantId ?? '');
      if (p === undefined) return null;
      lastParticipant = score.participantId;
      participantAt = p * width;
    }
    // Scores are mostly listed criterion after criterion: the next column is tried first.
    const next = k + 1 < width ? k + 1 : 0;
    if (next < width && columnIds[next] === score.criterionId) k = next;
    else {
      const column = columns.get(score.criterionId);
      if (column === undefined) return null;
      k = column;
    }
    const { value } = score;
    // Number.isInteger refuses what is not a number.
    if (!Number.isInteger(value) || value < 0 || value > LARGEST) return null;
    // A repeated score keeps the last value, as every rule reads the list (indexScores).
    grid[candidateAt + participantAt + k] = value;
  }
  return grid;
}
