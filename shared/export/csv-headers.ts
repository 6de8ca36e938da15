// Which candidate field a column name stands for: the headers backlogToCsv writes, and the
// words people use in their own spreadsheets. Matching ignores case, accents, spaces and
// punctuation ("Key metric", "KEY_METRIC" and "key-metric" are the same). The names each field
// answers to are in its entry of CANDIDATE_FIELDS. A "problem" column is the problem
// statement's, but stands for the title when no column is a title (a sheet of problems with no
// short names). A "Readiness: <item>" column answers a readiness item (READINESS_COLUMNS).
import { CANDIDATE_FIELDS, normaliseHeader, readinessColumnName, type CandidateFieldKey } from '../session/candidate-fields';

// The column names each field's entry lists (most specific first); the first field to list a name has it.
const FIELD_OF = new Map<string, CandidateFieldKey>();
for (const field of CANDIDATE_FIELDS) {
  for (const name of field.headers) if (!FIELD_OF.has(name)) FIELD_OF.set(name, field.key);
}

/** The field a column name stands for, if any. */
function fieldForHeader(header: string): CandidateFieldKey | undefined {
  return FIELD_OF.get(normaliseHeader(header));
}

/** Whether a cell names a column we know, including the aggregates we export but do not import. */
export function isKnownHeader(header: string): boolean {
  const name = normaliseHeader(header);
  return FIELD_OF.has(name) || EXPORT_ONLY_HEADERS.has(name) || readinessColumnName(header) !== undefined;
}

/** Whether a lone cell is a title column's name ("Title", "Candidate"...). */
export function isTitleHeader(header: string): boolean {
  const field = fieldForHeader(header);
  return field === 'title' || normaliseHeader(header) === 'problem';
}

/**
 * The headers of the columns a comparison adds after the results, in order; a last column,
 * headed with sinceHeading, says why each candidate changed. The candidates dropped since then
 * are no rows (the CSV is read back as candidates): the decision record lists them.
 */
export const COMPARISON_CSV_HEADERS = ['Quadrant before', 'Rank before', 'Impact before', 'Complexity before'] as const;

// Columns backlogToCsv writes that are results, not inputs: recognised as headers, never
// imported; with a comparison, the before columns too (its "Since …" column names no field either).
const EXPORT_ONLY_HEADERS = new Set(['code', 'impact', 'complexity', 'quadrant', 'spread', 'votes', 'dots', 'rank', 'id', ...COMPARISON_CSV_HEADERS.map(normaliseHeader)]);

/** A column answering a readiness item: where it is, its header as the file has it, and the item's name in it. */
export interface ReadinessColumn {
  column: number;
  header: string;
  name: string;
}

/**
 * Which column (0-based) holds each import field; fields with no column are absent. The
 * readiness columns, when the file has any, are found by their headers alone.
 */
export type ColumnMapping = Partial<Record<CandidateFieldKey, number>> & { readiness?: ReadinessColumn[] };

/**
 * Guesses the mapping from column names: each column goes to the field its name stands for
 * (the first such column wins), and each "Readiness: …" column to the readiness columns. When
 * no column is a title, a "Problem" column is used as the title instead. Columns with unknown
 * names stay unmapped, for the person to map.
 */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const readiness: ReadinessColumn[] = [];
  headers.forEach((header, column) => {
    const field = fieldForHeader(header);
    if (field !== undefined && mapping[field] === undefined) mapping[field] = column;
    const name = readinessColumnName(header);
    if (name !== undefined) readiness.push({ column, header, name });
  });
  if (readiness.length > 0) mapping.readiness = readiness;
  if (mapping.title === undefined && mapping.problem !== undefined) {
    mapping.title = mapping.problem;
    delete mapping.problem;
  }
  return mapping;
}
