// Which candidate field a column name stands for: the headers backlogToCsv writes, and the
// words people use in their own spreadsheets. Matching ignores case, accents, spaces and
// punctuation ("Key metric", "KEY_METRIC" and "key-metric" are the same).

/** The candidate fields a table column can be imported into. */
export const IMPORT_FIELDS = [
  'title',
  'problem',
  'owner',
  'keyMetric',
  'baseline',
  'dataAvailability',
  'nonMlAlternative',
  'betterWithoutMl',
  'wrongPredictionCost',
  'tags',
  'status',
  'notes',
  'overrideImpact',
  'overrideComplexity',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Names for the import fields, for the mapping step of the import preview. */
export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  title: 'Title',
  problem: 'Problem statement',
  owner: 'Owner',
  keyMetric: 'Key metric',
  baseline: 'Baseline',
  dataAvailability: 'Data available',
  nonMlAlternative: 'Non-ML alternative',
  betterWithoutMl: 'Better without ML',
  wrongPredictionCost: 'Cost of a wrong prediction',
  tags: 'Tags',
  status: 'Status',
  notes: 'Notes',
  overrideImpact: 'Override impact',
  overrideComplexity: 'Override complexity',
};

// Normalised names (see normaliseHeader) per field, the most specific first. "problem" is the
// problem statement's, but stands for the title when no column is a title (a sheet of
// problems with no short names).
const SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  title: ['title', 'name', 'candidate', 'candidatename', 'candidatetitle', 'usecase', 'idea', 'item', 'summary', 'headline'],
  problem: ['problemstatement', 'problem', 'description', 'details', 'businessproblem'],
  owner: ['owner', 'problemowner', 'businessowner', 'responsible', 'sponsor', 'contact', 'productowner'],
  keyMetric: ['keymetric', 'metric', 'kpi', 'keykpi', 'successmetric', 'targetmetric', 'businessmetric'],
  baseline: ['baseline', 'currentvalue', 'today', 'asis'],
  dataAvailability: ['dataavailable', 'dataavailability', 'data', 'dataready', 'datareadiness', 'hasdata'],
  nonMlAlternative: ['nonmlalternative', 'nonml', 'alternative', 'simpleralternative', 'withoutml', 'nonmlsolution'],
  betterWithoutMl: ['betterwithoutml', 'betterwithoutai', 'nonmlbetter', 'solvewithoutml', 'noml'],
  wrongPredictionCost: ['costofawrongprediction', 'costofwrongprediction', 'wrongpredictioncost', 'costofwrongpredictions', 'costoferror', 'errorcost', 'costofmistakes'],
  tags: ['tags', 'tag', 'labels', 'label', 'categories', 'category', 'theme', 'themes'],
  status: ['status', 'state'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
  overrideImpact: ['overrideimpact', 'impactoverride'],
  overrideComplexity: ['overridecomplexity', 'complexityoverride'],
};

/** Lower case, accents dropped, only letters and digits kept: "Non-ML Alternative" → "nonmlalternative". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const FIELD_OF = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  for (const name of SYNONYMS[field]) if (!FIELD_OF.has(name)) FIELD_OF.set(name, field);
}

/** The field a column name stands for, if any. */
function fieldForHeader(header: string): ImportField | undefined {
  return FIELD_OF.get(normaliseHeader(header));
}

/** Whether a cell names a column we know, including the aggregates we export but do not import. */
export function isKnownHeader(header: string): boolean {
  const name = normaliseHeader(header);
  return FIELD_OF.has(name) || EXPORT_ONLY_HEADERS.has(name);
}

/** Whether a lone cell is a title column's name ("Title", "Candidate"...). */
export function isTitleHeader(header: string): boolean {
  const field = fieldForHeader(header);
  return field === 'title' || normaliseHeader(header) === 'problem';
}

// Columns backlogToCsv writes that are results, not inputs: recognised as headers, never imported.
const EXPORT_ONLY_HEADERS = new Set(['code', 'impact', 'complexity', 'quadrant', 'spread', 'votes', 'dots', 'rank', 'id']);

/** Which column (0-based) holds each import field; fields with no column are absent. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/**
 * Guesses the mapping from column names: each column goes to the field its name stands for
 * (the first such column wins). When no column is a title, a "Problem" column is used as the
 * title instead. Columns with unknown names stay unmapped, for the person to map.
 */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, column) => {
    const field = fieldForHeader(header);
    if (field !== undefined && mapping[field] === undefined) mapping[field] = column;
  });
  if (mapping.title === undefined && mapping.problem !== undefined) {
    mapping.title = mapping.problem;
    delete mapping.problem;
  }
  return mapping;
}
