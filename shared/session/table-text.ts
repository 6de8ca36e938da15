import { AsciiWriter } from './ascii-writer';
import { EMPTY, placeDense } from './dense-table';
import type { Score, Session } from './schema';

// Writes the score tables of a version-2 file (their form: score-table.ts). A board of 5,000
// candidates has 160,000 scores to place in 20,000 rows on every save. The usual list is placed
// in one pass into a grid of bytes (dense-table.ts); any other (an id the lists do not know, a
// score that is not a small whole number, a sparse table) score by score here, each score's
// column and row found in a pass each. Either way the rows are written as bytes
// (ascii-writer.ts), each id quoted once.

type Cell = unknown;
type TableScore = Pick<Score, 'candidateId' | 'criterionId' | 'value'> & { participantId?: string };

const CLOSE = 0x5d;

/**
 * Positions in the session's list; an id the list does not know is added after the known ones
 * when first met (placeOf): a table's columns and rows follow the session's order whatever order
 * the scores were given in, so a file diffs cleanly.
 */
function positions(known: readonly { id: string }[]): Map<unknown, number> {
  const order = new Map<unknown, number>();
  for (const { id } of known) if (!order.has(id)) order.set(id, order.size);
  return order;
}

function placeOf(order: Map<unknown, number>, id: unknown): number {
  let position = order.get(id);
  if (position === undefined) {
    position = order.size;
    order.set(id, position);
  }
  return position;
}

/** A cell as the file writes it: an id in JSON's quotes, a number or null as it reads. */
function cellText(cell: Cell): string {
  return typeof cell === 'string' ? JSON.stringify(cell) : String(cell);
}

/**
 * Each score's column, adding the criteria the list does not know. A candidate's scores are
 * mostly listed criterion after criterion, so the column after the last one is tried first.
 */
function placeColumns(scores: readonly TableScore[], columns: Map<unknown, number>): Int32Array {
  const ids = [...columns.keys()];
  const columnOf = new Int32Array(scores.length);
  let k = -1;
  for (let i = 0; i < scores.length; i += 1) {
    const id = scores[i]!.criterionId;
    const next = k + 1 < ids.length ? k + 1 : 0;
    if (next < ids.length && ids[next] === id) k = next;
    else {
      k = placeOf(columns, id);
      // Stryker disable next-line ConditionalExpression: a guess missed finds the column by its id.
      if (k === ids.length) ids.push(id);
    }
    columnOf[i] = k;
  }
  return columnOf;
}

/** Each score's row, numbered as first met, and the rows by candidate then participant position. */
interface Rows {
  rowOf: Int32Array;
  count: number;
  /** Row numbers by candidate, then participant position; holes where there is none. */
  grid: number[][];
  /** The ids that start each row. */
  ids: Cell[];
}

function placeRows(scores: readonly TableScore[], candidates: Map<unknown, number>, participants: Map<unknown, number> | null): Rows {
  const rows: Rows = { rowOf: new Int32Array(scores.length), count: 0, grid: [], ids: [] };
  let lastCandidate: unknown;
  let c = -1;
  let lastParticipant: unknown;
  let p = 0;
  for (let i = 0; i < scores.length; i += 1) {
    const score = scores[i]!;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: as above.
    if (c < 0 || score.candidateId !== lastCandidate) {
      lastCandidate = score.candidateId;
      c = placeOf(candidates, lastCandidate);
    }
    const participant = score.participantId ?? '';
    // Stryker disable next-line ConditionalExpression: looking the same id up again finds the same place.
    if (participants !== null && participant !== lastParticipant) {
      lastParticipant = participant;
      p = placeOf(participants, participant);
    }
    const byParticipant = (rows.grid[c] ??= []);
    let row = byParticipant[p];
    if (row === undefined) {
      row = rows.count;
      rows.count += 1;
      rows.ids.push(score.candidateId, participant);
      byParticipant[p] = row;
    }
    rows.rowOf[i] = row;
  }
  return rows;
}

/**
 * One table as the file holds it, indented for its place at the top level of the session: the
 * column list on one line, then a row per candidate (and participant), kept in the session's
 * order of candidates then participants, a column per criterion, null where there is no score.
 */
export function writeTable(scores: readonly TableScore[], session: Pick<Session, 'criteria' | 'candidates' | 'participants'>, leading: 1 | 2): AsciiWriter {
  // No scores, no rows: the columns are the criteria (the room's consensus, before any is given).
  // Stryker disable next-line ConditionalExpression: a shortcut: the rest writes the same for no scores.
  if (scores.length === 0) return closing(opening(positions(session.criteria), 0), 0);
  const candidates = positions(session.candidates);
  const participants = leading === 2 ? positions(session.participants) : null;
  const columns = positions(session.criteria);
  const grid = placeDense(scores, candidates, participants, columns);
  return grid === null ? writeSparse(scores, candidates, participants, columns) : writeDense(grid, candidates, participants, columns);
}

function opening(columns: Map<unknown, number>, rows: number): AsciiWriter {
  const criteria = `[${[...columns.keys()].map((each) => JSON.stringify(each)).join(', ')}]`;
  // Room for rows of ids of 16 characters and scores of one digit; it grows if they are longer.
  // Stryker disable next-line ArithmeticOperator: room only.
  const out = new AsciiWriter(rows * (64 + columns.size * 3) + criteria.length + 64);
  out.text(`{\n    "criteria": ${criteria},\n    "rows": [`);
  return out;
}

function closing(out: AsciiWriter, rows: number): AsciiWriter {
  out.text(rows === 0 ? ']\n  }' : '\n    ]\n  }');
  return out;
}

function writeDense(grid: Int8Array, candidates: Map<unknown, number>, participants: Map<unknown, number> | null, columns: Map<unknown, number>): AsciiWriter {
  const width = columns.size;
  const candidateIds = [...candidates.keys()];
  const participantTexts = [...(participants?.keys() ?? [''])].map((id) => `, ${cellText(id)}`);
  const perCandidate = participantTexts.length * width;
  // Stryker disable next-line ArithmeticOperator,MethodExpression: room only.
  const out = opening(columns, grid.length / Math.max(width, 1));
  let rows = 0;
  for (let c = 0; c < candidateIds.length; c += 1) {
    for (let p = 0; p < participantTexts.length; p += 1) {
      const from = c * perCandidate + p * width;
      let k = from;
      while (k < from + width && grid[k] === EMPTY) k += 1;
      if (k === from + width) continue;
      out.text(rows === 0 ? '\n      [' : ',\n      [');
      rows += 1;
      const id = candidateIds[c];
      if (typeof id === 'string') out.quoted(id);
      else out.text(cellText(id));
      if (participants !== null) out.text(participantTexts[p]!);
      out.scores(grid, from, from + width, EMPTY);
      out.code(CLOSE);
    }
  }
  return closing(out, rows);
}

function writeSparse(scores: readonly TableScore[], candidates: Map<unknown, number>, participants: Map<unknown, number> | null, columns: Map<unknown, number>): AsciiWriter {
  const columnOf = placeColumns(scores, columns);
  const { rowOf, count, grid, ids } = placeRows(scores, candidates, participants);
  const width = columns.size;
  const cells = new Array<Cell>(count * width).fill(null);
  // A repeated score keeps the last value, as every rule reads the list (indexScores).
  for (let i = 0; i < scores.length; i += 1) cells[rowOf[i]! * width + columnOf[i]!] = scores[i]!.value;

  const out = opening(columns, count);
  const participantTexts: string[] = [];
  let first = true;
  // Positions without rows are holes in these arrays: for…of gives them as undefined.
  for (const byParticipant of grid) {
    if (byParticipant === undefined) continue;
    // Every row at one position starts with the same id: quoted once.
    let candidateText: string | undefined;
    for (let q = 0; q < byParticipant.length; q += 1) {
      const row = byParticipant[q];
      if (row === undefined) continue;
      out.text(first ? '\n      [' : ',\n      [');
      first = false;
      out.text((candidateText ??= cellText(ids[row * 2])));
      if (participants !== null) out.text(`, ${(participantTexts[q] ??= cellText(ids[row * 2 + 1]))}`);
      out.cells(cells, row * width, row * width + width, cellText);
      out.code(CLOSE);
    }
  }
  return closing(out, count);
}

/** One table's text (writeTable's, as a string). */
export function tableText(scores: readonly TableScore[], session: Pick<Session, 'criteria' | 'candidates' | 'participants'>, leading: 1 | 2): string {
  return writeTable(scores, session, leading).toString();
}
