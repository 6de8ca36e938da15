// The backlog as CSV: one row per candidate (session order), every field and the workshop's
// aggregates, in a form spreadsheets open without a fight.
//
// Format: RFC 4180 quoting (by papaparse), CRLF line ends, a UTF-8 byte order mark when asked
// (Excel needs it to read UTF-8), numbers with 2 decimals (a decimal comma in a semicolon-separated
// file in a language that writes one, a point otherwise: csvDecimals), empty cells where a
// value does not exist (an unscored candidate has no impact). Text cells that a spreadsheet
// would run as a formula (starting with = + - @, a tab or a carriage return) get a leading
// apostrophe; the importer removes it again, so a round trip is exact. The readiness
// checklist has one column per readiness item of the session (csv-readiness.ts); it is not a
// score, so it goes out while the scores are sealed too. While a comparison is in use
// (comparison-export.ts), before columns and a "Since …" column follow the results.
import Papa from 'papaparse';
import { CANDIDATE_FIELDS, candidateField, fieldLabel, readinessColumnHeader, type CandidateField, type CandidateFieldKey } from '../session/candidate-fields';
import { choiceWord, yesNoWord } from '../session/cell-words';
import type { Candidate, ReadinessItem, Session } from '../session/schema';
import type { Language } from '../i18n/languages';
import { decimalSeparator, formatDecimal } from '../i18n/numbers';
import { rankCandidates } from '../workshop/ranking';
import { computeCandidateResults, type CandidateResult } from '../workshop/scoring';
import { comparisonCsvHeaders, resultCsvHeaders } from './csv-headers';
import { readinessCell } from './csv-readiness';
import type { ExportComparison } from './comparison-export';
import { comparisonRows, comparisonWord, sinceHeading } from '../workshop/comparison-rows';

/** The CSV's columns that are results of the workshop, not fields a person fills in. */
type ResultColumnKey = 'impact' | 'complexity' | 'quadrant' | 'spread' | 'votes' | 'rank';

/** The key of each CSV column but the readiness ones: the candidate's code, a field of CANDIDATE_FIELDS, or a result. */
type BacklogCsvColumnKey = 'code' | CandidateFieldKey | ResultColumnKey;

type BacklogCsvColumn = { key: BacklogCsvColumnKey; header: string } | { key: 'readiness'; item: ReadinessItem; header: string };

const RESULT_COLUMNS = ['impact', 'complexity', 'quadrant', 'spread', 'votes', 'rank'] as const satisfies readonly ResultColumnKey[];

/**
 * The columns backlogToCsv writes for a session, in order; the first line of the file is their
 * headers, in `language`: the code, every field of CANDIDATE_FIELDS under its name there
 * (fieldLabel: "Title", "Titel"), one column per readiness item of the session ("Readiness: "
 * and its name, READINESS_COLUMNS), then the results. An import reads every one of them back,
 * in any of the five languages (csv-headers.ts: a field's name in each is an exact match).
 */
export function backlogCsvColumns(session: Pick<Session, 'readinessItems'>, language: Language): BacklogCsvColumn[] {
  const results = resultCsvHeaders(language);
  return [
    { key: 'code', header: results.code },
    ...CANDIDATE_FIELDS.map((field) => ({ key: field.key, header: fieldLabel(field.key, language) })),
    ...session.readinessItems.map((item) => ({ key: 'readiness' as const, item, header: readinessColumnHeader(item.name, language) })),
    ...RESULT_COLUMNS.map((key) => ({ key, header: results[key] })),
  ];
}

/** How tags are joined in one cell (the importer splits on ';', or on ',' when a cell has no ';'). */
const CSV_TAG_SEPARATOR = '; ';

const UTF8_BOM = '\uFEFF';

export interface BacklogCsvOptions {
  /** Start the text with a UTF-8 byte order mark (Excel on Windows needs it to read UTF-8). */
  bom: boolean;
  /** ',' by default; ';' for spreadsheets set up for a decimal comma. */
  delimiter?: ',' | ';';
  /** The comparison in use (comparisonForExport): adds comparisonCsvHeaders and a "Since …" column after the results. */
  comparison?: ExportComparison | null;
}

// A cell starting with one of these is run as a formula by spreadsheets; so is one that starts
// with apostrophes followed by one, once the spreadsheet strips the apostrophe we add.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Prefixes an apostrophe to text a spreadsheet would run as a formula (see the file header). */
function escapeCsvFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes escapeCsvFormula. */
export function unescapeCsvFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * The language whose decimal separator the CSV's numbers take: the export's own in a
 * semicolon-separated file when it writes a decimal comma (4,30: what a spreadsheet set up for
 * that language reads as a number), English's point otherwise, so that a comma-separated file
 * keeps one number per cell.
 */
function csvDecimals(delimiter: ',' | ';', language: Language): Language {
  return delimiter === ';' && decimalSeparator(language) === ',' ? language : 'en';
}

/** A number as the CSV writes it: 2 decimals, with `decimals`' separator (csvDecimals); empty when there is none. */
function formatCsvNumber(value: number | undefined | null, decimals: Language): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '';
  return formatDecimal(value, 2, decimals);
}

/**
 * A field's cell: text as it is (formula-escaped), a choice or yes or no in `language`'s word for
 * it (one every import reads back), tags joined, an override's number.
 */
function fieldCell(field: CandidateField, candidate: Candidate, decimals: Language, language: Language): string {
  const kind = field.kind;
  switch (kind.type) {
    case 'text':
      return escapeCsvFormula(candidate[field.property] as string); // a text field holds text (its schema line)
    case 'choice':
      return choiceWord(kind.options, candidate[field.property], language);
    case 'yes-no':
      return yesNoWord(candidate[field.property] === true, language);
    case 'tags':
      return escapeCsvFormula((candidate[field.property] as string[]).join(CSV_TAG_SEPARATOR));
    case 'override':
      return formatCsvNumber(candidate.override?.[kind.axis], decimals);
  }
}

function cell(column: BacklogCsvColumn, candidate: Candidate, result: CandidateResult | undefined, rank: number | undefined, session: Session, decimals: Language, language: Language): string {
  if (column.key === 'readiness') {
    // A duplicated entry: the last one in the file counts, as readinessAnswers reads it.
    const item = column.item;
    return readinessCell(candidate.readiness.findLast((entry) => entry.itemId === item.id), language);
  }
  const key = column.key;
  switch (key) {
    case 'code':
      return escapeCsvFormula(candidate.code);
    case 'impact':
      return result?.position.source === 'none' ? '' : formatCsvNumber(result?.position.impact, decimals);
    case 'complexity':
      return result?.position.source === 'none' ? '' : formatCsvNumber(result?.position.complexity, decimals);
    case 'quadrant':
      return result?.quadrant === undefined ? '' : escapeCsvFormula(session.settings.quadrantNames[result.quadrant]);
    case 'spread':
      return formatCsvNumber(result?.disagreement?.overall, decimals);
    case 'votes':
      return String(result?.votes ?? 0);
    case 'rank':
      return rank === undefined ? '' : String(rank);
    default:
      return fieldCell(candidateField(key), candidate, decimals, language);
  }
}

/**
 * Each candidate's cells under comparisonCsvHeaders and the "Since …" column, by today's
 * candidate id: its standing before (empty where it had none, or was not there) and why it
 * changed. A sealed comparison has no number: paired candidates say they are not compared yet.
 */
function comparisonCells(session: Session, comparison: ExportComparison, decimals: Language, language: Language): (candidateId: string) => string[] {
  const { result } = comparison;
  if (result.kind === 'sealed') {
    const added = new Set(result.matching.added.map((candidate) => candidate.id));
    return (id) => ['', '', '', '', comparisonWord(added.has(id) ? 'new' : 'sealed', language)];
  }
  // A dropped candidate's id is the earlier one: it can be a new candidate's id too, when the facilitator unpaired them.
  const rows = new Map(comparisonRows(result, session.settings.quadrantNames, language).filter((row) => row.status !== 'dropped').map((row) => [row.candidateId, row]));
  return (id) => {
    const row = rows.get(id);
    if (row === undefined) return ['', '', '', '', ''];
    return [
      row.quadrantBefore === null ? '' : escapeCsvFormula(row.quadrantBefore),
      row.rankBefore === null ? '' : String(row.rankBefore),
      formatCsvNumber(row.impactBefore, decimals),
      formatCsvNumber(row.complexityBefore, decimals),
      escapeCsvFormula(row.why),
    ];
  };
}

/**
 * The backlog as CSV text (see the file header for the format): a header line of the
 * backlogCsvColumns' headers, then one line per candidate in session order. Rank is the
 * Decide phase's rank; candidates better solved without ML or not scored have none. Headers and
 * the words Pickwise writes in cells are in `language`; an import reads them back in any of the five.
 */
export function backlogToCsv(session: Session, options: BacklogCsvOptions, language: Language): string {
  const results = computeCandidateResults(session);
  const ranks = new Map<string, number>();
  for (const row of rankCandidates(session, results).ranked) ranks.set(row.candidate.id, row.rank);
  const columns = backlogCsvColumns(session, language);
  const comparison = options.comparison ?? null;
  const delimiter = options.delimiter ?? ',';
  const decimals = csvDecimals(delimiter, language);
  const since = comparison === null ? null : comparisonCells(session, comparison, decimals, language);
  const rows: string[][] = [[...columns.map((column) => column.header), ...(comparison === null ? [] : [...comparisonCsvHeaders(language), sinceHeading(comparison.earlierFrame, language)])]];
  for (const candidate of session.candidates) {
    const result = results.get(candidate.id);
    const rank = ranks.get(candidate.id);
    rows.push([...columns.map((column) => cell(column, candidate, result, rank, session, decimals, language)), ...(since?.(candidate.id) ?? [])]);
  }
  const text = Papa.unparse(rows, { delimiter, newline: '\r\n', quotes: false, escapeFormulae: false });
  return `${options.bom ? UTF8_BOM : ''}${text}\r\n`;
}
