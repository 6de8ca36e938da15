import { AsciiWriter } from './ascii-writer';
import type { Score, Session } from './schema';

// Writes the score tables of a version-2 file (their form: score-table.ts). A board of 5,000
// candidates has 160,000 scores to place in 20,000 rows on every save: each score's column
// and row are found in one pass each (an id looked up again only when it changes, as a list
// keeps a candidate's scores together), and the rows are written as bytes (ascii-writer.ts)
// with each id quoted once.

type Cell = unknown;
type TableScore = Pick<Score, 'candidateId' | 'criterionId' | 'value'> & { participantId?: string };

const COMMA = 0x2c;
const SPACE = 0x20;
const DIGIT_0 = 0x30;

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

function writeCell(out: AsciiWriter, cell: Cell): void {
  // A score is nearly always one digit (String(-0) is "0" too).
  if (typeof cell === 'number' && cell >= 0 && cell <= 9 && Number.isInteger(cell)) out.code(DIGIT_0 + cell);
  else out.text(cellText(cell));
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

function placeRows(scores: readonly TableScore[], session: Pick<Session, 'candidates' | 'participants'>, leading: 1 | 2): Rows {
  const candidates = positions(session.candidates);
  const participants = positions(session.participants);
  const rows: Rows = { rowOf: new Int32Array(scores.length), count: 0, grid: [], ids: [] };
  let lastCandidate: unknown;
  let c = -1;
  let lastParticipant: unknown;
  let p = 0;
  for (let i = 0; i < scores.length; i += 1) {
    const score = scores[i]!;
    if (c < 0 || score.candidateId !== lastCandidate) {
      lastCandidate = score.candidateId;
      c = placeOf(candidates, lastCandidate);
    }
    const participant = score.participantId ?? '';
    if (leading === 2 && (i === 0 || participant !== lastParticipant)) {
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
 * The text of one table, indented for its place at the top level of the session: the column
 * list on one line, then a row per candidate (and participant), kept in the session's order of
 * candidates then participants, a column per criterion, null where there is no score.
 */
export function tableText(scores: readonly TableScore[], session: Pick<Session, 'criteria' | 'candidates' | 'participants'>, leading: 1 | 2): string {
  const columns = positions(session.criteria);
  const columnOf = new Int32Array(scores.length);
  for (let i = 0; i < scores.length; i += 1) columnOf[i] = placeOf(columns, scores[i]!.criterionId);
  const criteria = `[${[...columns.keys()].map((each) => JSON.stringify(each)).join(', ')}]`;
  if (scores.length === 0) return `{\n    "criteria": ${criteria},\n    "rows": []\n  }`;

  const { rowOf, count, grid, ids } = placeRows(scores, session, leading);
  const width = columns.size;
  const cells = new Array<Cell>(count * width).fill(null);
  // A repeated score keeps the last value, as every rule reads the list (indexScores).
  for (let i = 0; i < scores.length; i += 1) cells[rowOf[i]! * width + columnOf[i]!] = scores[i]!.value;

  const out = new AsciiWriter(count * (leading + width) * 4 + 64);
  out.text(`{\n    "criteria": ${criteria},\n    "rows": [\n`);
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
      out.text(first ? '      [' : ',\n      [');
      first = false;
      out.text((candidateText ??= cellText(ids[row * 2])));
      if (leading === 2) out.text(`, ${(participantTexts[q] ??= cellText(ids[row * 2 + 1]))}`);
      for (let k = row * width, end = k + width; k < end; k += 1) {
        out.code(COMMA);
        out.code(SPACE);
        writeCell(out, cells[k]);
      }
      out.code(0x5d);
    }
  }
  out.text('\n    ]\n  }');
  return out.toString();
}
