import { checkIntegrity } from './integrity';
import { LIMITS, sessionSchema, type Session } from './schema';
import { LEADING_IDS } from './score-table';
import { sureCheckOf, type SureCheck } from './sure-check';

// Opening a file this version of Pickwise wrote, with nothing wrong in it, is what happens
// nearly every time; walking its 5,000 candidates through zod, unpacking 160,000 scores into
// a list and checking each score's references again was most of the time it took. Here one
// pass says yes only to such a file: every field but the score tables by its sure check
// (sure-check.ts, built from the schema), the tables read straight into the score list with
// their ids looked up once a row, and the references checked by integrity.ts on the rest. A
// file it is not sure of (any problem, an older version, a key out of order) is read the
// long way from the start (parse.ts), which names every problem as it always has.

const SHAPE = sessionSchema.shape as Record<string, Parameters<typeof sureCheckOf>[0]>;
const KEYS = Object.keys(SHAPE);
/** How many ids start a row, for the fields the file holds as score tables. */
const TABLES = new Map<string, number>(Object.entries(LEADING_IDS));
/** A sure check per top-level field, null for the score tables. */
const CHECKS: (SureCheck | null)[] = KEYS.map((key) => (TABLES.has(key) ? null : sureCheckOf(SHAPE[key]!)));

/** Id → position in its list (the last, should one repeat: the integrity check refuses that file). */
function positions(list: readonly { id: string }[]): Map<string, number> {
  const order = new Map<string, number>();
  for (let i = 0; i < list.length; i += 1) order.set(list[i]!.id, i);
  return order;
}

interface Known {
  candidates: Map<string, number>;
  participants: Map<string, number>;
  criteria: Map<string, number>;
  scale: number;
}

type ScoreOut = { participantId: string; candidateId: string; criterionId: string; value: number } | { candidateId: string; criterionId: string; value: number };

/**
 * The score list of a table with nothing wrong in it, or null: its columns known criteria
 * once each, its rows known candidates (and participants) once each and as wide as the
 * columns, every cell empty or a whole score on the scale, at most the format's scores.
 */
export function readTableSurely(value: unknown, leading: number, known: Known, limit: number = LIMITS.scores): ScoreOut[] | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const table = value as Record<string, unknown>;
  for (const key in table) if (key !== 'criteria' && key !== 'rows') return null;
  const { criteria, rows } = table;
  // Columns and rows that never repeat keep within the format's limits on their own.
  if (!Array.isArray(criteria) || !Array.isArray(rows)) return null;
  const columnSeen = new Uint8Array(known.criteria.size);
  for (const criterion of criteria as unknown[]) {
    const k = known.criteria.get(criterion as string);
    if (k === undefined || columnSeen[k] === 1) return null;
    columnSeen[k] = 1;
  }
  const columns = criteria as string[];
  const width = leading + columns.length;
  const participantCount = known.participants.size;
  // Stryker disable next-line ConditionalExpression: room only.
  const rowSeen = new Uint8Array(known.candidates.size * (leading === 2 ? participantCount : 1));
  const { scale } = known;
  const scores: ScoreOut[] = [];
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] as unknown[];
    if (!Array.isArray(row) || row.length !== width) return null;
    const candidateId = row[0] as string;
    let slot = known.candidates.get(candidateId);
    if (slot === undefined) return null;
    const participantId = row[1] as string;
    if (leading === 2) {
      const p = known.participants.get(participantId);
      if (p === undefined) return null;
      slot = slot * participantCount + p;
    }
    if (rowSeen[slot] === 1) return null;
    rowSeen[slot] = 1;
    for (let k = 0; k < columns.length; k += 1) {
      // Read as a number only for the comparisons; Number.isInteger settles what it is.
      const cell = row[leading + k] as number | null;
      if (cell === null) continue;
      // Number.isInteger refuses text and true, which the comparisons would read as numbers.
      if (!(cell >= 1 && cell <= scale) || !Number.isInteger(cell) || scores.length === limit) return null;
      scores.push(leading === 2 ? { participantId, candidateId, criterionId: columns[k]!, value: cell } : { candidateId, criterionId: columns[k]!, value: cell });
    }
  }
  return scores;
}

/** The session a parsed current-version file holds, when this pass is sure of it; otherwise null. */
export function openSurely(value: unknown): Session | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const data = value as Record<string, unknown>;
  let i = 0;
  for (const key in data) {
    // Past the last key KEYS[i] is undefined, never a key.
    if (key !== KEYS[i]) return null;
    const check = CHECKS[i];
    if (check && !check(data[key])) return null;
    i += 1;
  }
  if (i !== KEYS.length) return null;
  const lists = data as unknown as Session;
  const known: Known = {
    candidates: positions(lists.candidates),
    participants: positions(lists.participants),
    criteria: positions(lists.criteria),
    scale: lists.settings.scale,
  };
  const session: Record<string, unknown> = {};
  const withoutScores: Record<string, unknown> = {};
  for (const key of KEYS) {
    const leading = TABLES.get(key);
    if (leading === undefined) {
      session[key] = withoutScores[key] = data[key];
      continue;
    }
    const scores = readTableSurely(data[key], leading, known);
    if (scores === null) return null;
    session[key] = scores;
    withoutScores[key] = [];
  }
  // Every score's references and value were checked above, and rows and columns that never
  // repeat give no score twice: what is left to check is the rest of the session.
  if (checkIntegrity(withoutScores as Session, null) !== null) return null;
  return session as Session;
}
