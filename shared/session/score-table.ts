import { z } from 'zod';
import type { Language } from '../i18n/languages';
import { formatCount } from '../i18n/numbers';
import type { Texts } from '../i18n/texts';
import type { SessionErrorCode } from './errors';
import { plainErrorMap } from './issue-message';
import { PROBLEMS_NAMED } from './problem-words';
import { LIMITS, SCHEMA_MESSAGES, sessionSchema } from './schema';

// From version 2 a file holds its scores as tables, one row per candidate and participant
// (per candidate for the room's consensus scores), one column per criterion:
//
//   "scores": {
//     "criteria": ["crit-value", "crit-reach", …],
//     "rows": [
//       ["cand-churn", "part-maria", 5, 4, 4, 2, 1, 2, 2],
//       ["cand-churn", "part-priya", 4, 4, null, 2, 2, 3, 2],
//
// so changing one score changes one line of the file, and a board of 5,000 candidates takes
// a quarter of the bytes of version 1's list of objects. A null cell is a score not given.
// In memory the session keeps the flat list every rule reads (schema.ts); table-text.ts writes
// it as tables, and this file unpacks them on reading (parse.ts), where a problem found in the
// flat list is traced back to its row and column so the message points at the file's line. (A
// file with nothing wrong in it is read in one pass instead: sure-open.ts.)

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, SCHEMA_MESSAGES.id);
const cell = z.number().int().nullable();

/** The file's form of `scores`: each row is candidate id, participant id, then a cell per column. */
const scoreTableSchema = z.object({
  criteria: z.array(id).max(LIMITS.criteria),
  rows: z.array(z.tuple([id, id], cell)).max(LIMITS.scores),
});

/** The file's form of `consensusScores`: each row is candidate id, then a cell per column. */
const consensusTableSchema = z.object({
  criteria: z.array(id).max(LIMITS.criteria),
  rows: z.array(z.tuple([id], cell)).max(LIMITS.scores),
});

/** The session as a file holds it: the session, with its scores as tables. */
export const sessionFileSchema = sessionSchema.extend({
  scores: scoreTableSchema.meta({ description: 'One row per candidate and participant: candidate id, participant id, then one score per criterion column (null: not scored).' }),
  consensusScores: consensusTableSchema.meta({ description: 'One row per candidate: candidate id, then the room’s score per criterion column (null: not scored).' }),
});

type Row = (string | number | null)[];

/** Which of the two score lists a table holds, and how many ids start each of its rows. */
export type TableKey = 'scores' | 'consensusScores';
export const LEADING_IDS: Record<TableKey, number> = { scores: 2, consensusScores: 1 };

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 64 && ID_PATTERN.test(value);
}

// The schema's int() takes safe integers only; a larger one goes to it to be worded.
function isCell(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isSafeInteger(value));
}

/** A table that breaks no rule of its schema, checked by hand: a board's 20,000 rows through zod would be most of the time of opening it. */
function isWellFormed(value: unknown, leading: number): value is { criteria: string[]; rows: Row[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const table = value as Record<string, unknown>;
  for (const key in table) if (key !== 'criteria' && key !== 'rows') return false;
  const { criteria, rows } = table;
  if (!Array.isArray(criteria) || criteria.length > LIMITS.criteria || !criteria.every(isId)) return false;
  if (!Array.isArray(rows) || rows.length > LIMITS.scores) return false;
  for (const row of rows) {
    if (!Array.isArray(row) || row.length < leading) return false;
    for (let i = 0; i < row.length; i += 1) if (!(i < leading ? isId(row[i]) : isCell(row[i]))) return false;
  }
  return true;
}

/** A problem with a table that its schema cannot word: a repeated column or row, a row of the wrong length. */
interface TableProblem {
  code: SessionErrorCode;
  path: (string | number)[];
  /** The problem in words, about `owner` (the table, a row or a column), built only for the problems a message names. */
  sentence: (owner: string, t: Texts) => string;
}

/** Where each unpacked score came from: its row and column in the table. */
export interface Origin {
  rows: number[];
  columns: number[];
}

export type Unpacked =
  | { ok: true; scores: Record<string, unknown>[]; origin: Origin }
  | { ok: false; issues: z.core.$ZodIssue[] }
  | { ok: false; problems: TableProblem[]; total: number };

/**
 * The flat score list of one table, or what is wrong with it: its schema's issues (paths in
 * the table, below `key`), or rows and columns that repeat or do not fit. The values are not
 * checked against the scale here: that is the integrity check's, for any session.
 */
export function unpackTable(value: unknown, key: TableKey, language: Language, limit: number = LIMITS.scores): Unpacked {
  const schema = key === 'scores' ? scoreTableSchema : consensusTableSchema;
  const leading = LEADING_IDS[key];
  if (!isWellFormed(value, leading)) {
    // The schema words what is wrong; a table it accepts (a key it does not know, which it drops) is read as it is.
    const parsed = schema.safeParse(value, { error: plainErrorMap(language) });
    if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] })) };
  }
  const table = value as { criteria: string[]; rows: Row[] };
  const problems: TableProblem[] = [];
  let total = 0;
  const add = (code: SessionErrorCode, path: (string | number)[], sentence: TableProblem['sentence']) => {
    total += 1;
    if (problems.length < PROBLEMS_NAMED) problems.push({ code, path, sentence });
  };
  const columnAt = new Map<string, number>();
  table.criteria.forEach((criterion, k) => {
    const earlier = columnAt.get(criterion);
    if (earlier === undefined) columnAt.set(criterion, k);
    else add('duplicate-entry', [key, 'criteria', k], (owner, t) => t('files:table.repeatsColumn', { owner, n: String(earlier + 1) }));
  });
  const width = leading + table.criteria.length;
  const rowAt = new Map<string, number>();
  const scores: Record<string, unknown>[] = [];
  const origin: Origin = { rows: [], columns: [] };
  let tooMany = false;
  table.rows.forEach((row, r) => {
    if (tooMany) return;
    if (row.length !== width) {
      const given = row.length - leading;
      const columns = table.criteria.length;
      add('invalid', [key, 'rows', r], (owner, t) => t('files:table.rowWidth', { owner, scores: t('files:table.scores', { count: given }), criteria: t('files:table.criteria', { count: columns }) }));
      return;
    }
    const rowKey = leading === 2 ? `${row[0]}\u0000${row[1]}` : (row[0] as string);
    const earlier = rowAt.get(rowKey);
    if (earlier !== undefined) {
      const n = String(earlier + 1);
      add('duplicate-entry', [key, 'rows', r], (owner, t) => (leading === 2 ? t('files:table.repeatsRow', { owner, n }) : t('files:table.repeatsConsensusRow', { owner, n })));
      return;
    }
    rowAt.set(rowKey, r);
    for (let k = 0; k < table.criteria.length; k += 1) {
      const cellValue = row[leading + k];
      if (cellValue === null) continue;
      if (scores.length === limit) {
        tooMany = true;
        return;
      }
      scores.push(
        leading === 2
          ? { participantId: row[1], candidateId: row[0], criterionId: table.criteria[k], value: cellValue }
          : { candidateId: row[0], criterionId: table.criteria[k], value: cellValue },
      );
      origin.rows.push(r);
      origin.columns.push(k);
    }
  });
  // Rows of 40 cells could unpack a file within the size limit into tens of millions of scores.
  if (tooMany) return { ok: false, problems: [{ code: 'invalid', path: [key], sentence: (owner, t) => t('files:table.tooManyScores', { owner, limit: formatCount(limit, language) }) }], total: 1 };
  if (total > 0) return { ok: false, problems, total };
  return { ok: true, scores, origin };
}

/**
 * The path in the file of a problem found at `path` in the unpacked session: a score's
 * candidate, participant or value is in its row, its criterion is its table's column.
 */
export function pathInTable(path: readonly PropertyKey[], key: TableKey, origin: Origin): PropertyKey[] {
  const [, index, field] = path;
  if (path[0] !== key || typeof index !== 'number') return [...path];
  const row = origin.rows[index]!;
  const column = origin.columns[index]!;
  const leading = LEADING_IDS[key];
  switch (field) {
    case 'candidateId':
      return [key, 'rows', row, 0];
    case 'participantId':
      return [key, 'rows', row, 1];
    case 'criterionId':
      return [key, 'criteria', column];
    default:
      // The score as a whole is its cell: out of range, it is the value that is wrong.
      return [key, 'rows', row, leading + column];
  }
}
