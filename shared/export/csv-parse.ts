// Reading a candidate table: a CSV file, a block pasted from a spreadsheet (tab-separated), or
// plain text with one title per line. Parsing is papaparse's; this file adds delimiter
// detection limited to the ones people use, physical line numbers for every row, the
// header-row guess and messages a person can act on.
import Papa from 'papaparse';
import type { Language } from '../i18n/languages';
import { textsIn, type Texts } from '../i18n/texts';
import { isKnownHeader, isTitleHeader } from './csv-headers';

type TableDelimiter = ',' | ';' | '\t';

export interface ParsedTable {
  /** The first row when it reads as column names (see looksLikeHeaderRow), else null. */
  headers: string[] | null;
  /** The data rows; every row has as many cells as the first row. Blank lines are skipped. */
  rows: string[][];
  /** 1-based line in the file where each row of `rows` starts (a quoted field may span lines). */
  rowLines: number[];
  /** The detected delimiter; null for a single column (one value per line). */
  delimiter: TableDelimiter | null;
}

export interface TableError {
  ok: false;
  /** 1-based line in the file the problem is on. */
  line: number;
  /** For a person, naming the line: "Line 4: a quoted field is not closed." */
  message: string;
}

const DELIMITERS: TableDelimiter[] = [',', ';', '\t'];
// Used as the "delimiter" of a one-column table: papaparse still handles quotes, and the
// ASCII record separator does not occur in text people type or paste.
const NO_DELIMITER = Papa.RECORD_SEP;

export function isTableError(value: ParsedTable | TableError): value is TableError {
  return 'ok' in value && value.ok === false;
}

/** 1-based line of a character offset, counting CRLF, LF and lone CR as line ends. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset: number) => {
    // Offsets are asked for in increasing order; restart if not.
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (; at < offset && at < text.length; at += 1) {
      const c = text.charCodeAt(at);
      if (c === 10) line += 1;
      else if (c === 13 && text.charCodeAt(at + 1) !== 10) line += 1;
    }
    return line;
  };
}

function skipBlank(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && /\s/.test(text[i]!)) i += 1;
  return i;
}

interface RawParse {
  rows: string[][];
  rowStarts: number[];
  error: { offset: number; code: string } | null;
  /** The delimiter used; null when papaparse could not detect one. */
  delimiter: string | null;
  linebreak: string;
}

function parseWith(text: string, delimiter: string | undefined): RawParse {
  const rows: string[][] = [];
  const rowStarts: number[] = [];
  let error: RawParse['error'] = null;
  let previousCursor = 0;
  let detected: string | null = delimiter ?? '';
  let linebreak = '';
  Papa.parse<string[]>(text, {
    delimiter: delimiter ?? '',
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: 'greedy',
    step: (results, parser) => {
      if (results.errors.some((e) => e.code === 'UndetectableDelimiter')) detected = null;
      else if (detected !== null) detected = results.meta.delimiter;
      const start = skipBlank(text, previousCursor);
      previousCursor = results.meta.cursor;
      linebreak = results.meta.linebreak;
      const rowError = results.errors.find((e) => e.type === 'Quotes');
      if (rowError) {
        error = { offset: rowError.index ?? start, code: rowError.code };
        parser.abort();
        return;
      }
      rows.push(results.data);
      rowStarts.push(start);
    },
  });
  return { rows, rowStarts, error, delimiter: detected, linebreak };
}

/**
 * Where the quoted field opening at `open` really ends: its closing quote (a quote followed by
 * the delimiter, a line end or the end of the text), or the first stray quote (one followed
 * by anything else), or neither when no quote closes it. Doubled quotes ("") are quotes inside.
 */
function quotedFieldEnd(text: string, open: number, delimiter: string): { closedAt: number } | { strayAt: number } | null {
  let i = open + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return null;
    const next = text[quote + 1];
    if (next === '"') {
      i = quote + 2;
      continue;
    }
    if (next === undefined || next === '\r' || next === '\n' || text.startsWith(delimiter, quote + 1)) return { closedAt: quote };
    return { strayAt: quote };
  }
}

/**
 * The message for a quote papaparse could not read, naming the line where the quoted field
 * starts (papaparse's `index` is just past its opening quote): a field whose closing quote is
 * missing swallows everything after it, so the line where the file ends says nothing useful.
 */
function quoteError(text: string, index: number, delimiter: string, lineOf: (offset: number) => number, t: Texts): TableError {
  const open = text.lastIndexOf('"', Math.max(0, index - 1));
  const start = lineOf(open < 0 ? index : open);
  const end = open < 0 ? null : quotedFieldEnd(text, open, delimiter);
  const fail = (message: string): TableError => ({ ok: false, line: start, message });
  const line = String(start);
  if (end === null) return fail(t('documents:import.parse.neverClosed', { line }));
  if ('strayAt' in end) {
    const stray = lineOf(end.strayAt);
    return fail(stray === start ? t('documents:import.parse.strayHere', { line }) : t('documents:import.parse.strayThere', { line, stray: String(stray) }));
  }
  return fail(t('documents:import.parse.unreadable', { line }));
}

/** Whether a first row reads as column names: at least one cell names a field we know. */
function looksLikeHeaderRow(row: readonly string[]): boolean {
  if (row.length === 1) return isTitleHeader(row[0] ?? '');
  return row.some((cell) => isKnownHeader(cell));
}

/**
 * Reads a candidate table. Never throws. A byte order mark is dropped; the delimiter is
 * detected among comma, semicolon and tab (none found: one value per line); quoted fields
 * may hold delimiters, quotes ("") and line breaks. A malformed table gives an error naming
 * the physical line, as a text editor counts them: an unclosed or stray quote, or a row with
 * a different number of fields than the first (usually an unquoted delimiter or line break).
 * The error's message is in `language`, the interface's.
 */
export function parseCandidateTable(input: string, language: Language): ParsedTable | TableError {
  const t = textsIn(language);
  try {
    return parseUnguarded(input, t);
  } catch {
    return { ok: false, line: 1, message: t('documents:import.parse.unreadable', { line: '1' }) };
  }
}

function parseUnguarded(input: string, t: Texts): ParsedTable | TableError {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lineOf = lineCounter(text);
  let raw = parseWith(text, undefined);
  let delimiter: TableDelimiter | null = DELIMITERS.find((d) => d === raw.delimiter) ?? null;
  if (delimiter === null) {
    // papaparse guesses from consistent field counts, which a broken row spoils; a first line
    // of column names still tells the delimiter, so that the broken row gets its message.
    delimiter = headerDelimiter(text);
    if (delimiter !== null) raw = parseWith(text, delimiter);
  }
  if (delimiter === null) {
    // A table whose delimiter papaparse could not see because a quote is never closed (the
    // rest of the file becomes one field, so the rows seem to differ): say so.
    const broken = brokenQuotedTable(text, lineOf, t);
    if (broken !== null) return broken;
    // One column: read it without splitting on commas a title may contain.
    raw = parseWith(text, NO_DELIMITER);
    if (raw.error !== null) {
      // Not a quoted one-column CSV after all but plain pasted lines, quotes and all.
      raw = plainLines(text);
    }
  }
  if (raw.error !== null) return quoteError(text, raw.error.offset, delimiter ?? NO_DELIMITER, lineOf, t);
  const width = raw.rows[0]?.length ?? 0;
  for (let i = 1; i < raw.rows.length; i += 1) {
    const count = raw.rows[i]!.length;
    if (count !== width) {
      const line = lineOf(raw.rowStarts[i]!);
      const words = { line: String(line), count, width: String(width) };
      return { ok: false, line, message: count > width ? t('documents:import.parse.moreFields', words) : t('documents:import.parse.fewerFields', words) };
    }
  }
  if (raw.linebreak === '\n') {
    // A file mixing CRLF and LF line ends is split on LF; drop the CR left at a row's end.
    for (const row of raw.rows) {
      const last = row.length - 1;
      if (row[last]?.endsWith('\r')) row[last] = row[last]!.slice(0, -1);
    }
  }
  const rowLines = raw.rowStarts.map((start) => lineOf(start));
  const first = raw.rows[0];
  if (first !== undefined && looksLikeHeaderRow(first)) {
    return { headers: first.map((h) => h.trim()), rows: raw.rows.slice(1), rowLines: rowLines.slice(1), delimiter };
  }
  return { headers: null, rows: raw.rows, rowLines, delimiter };
}

/** The physical line (without its line end) that `offset` is on. */
function lineAround(text: string, offset: number): string {
  const start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const ends = [text.indexOf('\n', offset), text.indexOf('\r', offset)].filter((end) => end >= 0);
  return text.slice(start, ends.length === 0 ? text.length : Math.min(...ends));
}

/** How many fields the line at `offset`, or else the next one, splits into (quotes ignored). */
function firstLinesWidth(text: string, offset: number, delimiter: string): number {
  const start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const here = lineAround(text, offset);
  const next = lineAround(text, Math.min(text.length, skipBlank(text, start + here.length)));
  return Math.max(here.split(delimiter).length, next.split(delimiter).length);
}

/**
 * The quote error of a delimited table papaparse could not detect, or null when the text does
 * not read as one: with one of the delimiters, the rows before the broken quote all have the
 * same number of fields, two or more (or, when the quote breaks the first row, the line it
 * opens on or the next one splits in two or more: the quoted field may hold a line break).
 * Of the delimiters that read so, the one that reads furthest into the text is the table's.
 */
function brokenQuotedTable(text: string, lineOf: (offset: number) => number, t: Texts): TableError | null {
  let best: { delimiter: TableDelimiter; offset: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const { rows, error } = parseWith(text, delimiter);
    if (error === null) continue;
    const width = rows[0]?.length ?? firstLinesWidth(text, error.offset, delimiter);
    if (width < 2 || rows.some((row) => row.length !== width)) continue;
    if (best === null || error.offset > best.offset) best = { delimiter, offset: error.offset };
  }
  return best === null ? null : quoteError(text, best.offset, best.delimiter, lineOf, t);
}

/** The delimiter that splits the first line into known column names, if one does. */
function headerDelimiter(text: string): TableDelimiter | null {
  for (const delimiter of DELIMITERS) {
    const first = Papa.parse<string[]>(text, { delimiter, preview: 1, skipEmptyLines: 'greedy' }).data[0];
    if (first !== undefined && first.length > 1 && looksLikeHeaderRow(first)) return delimiter;
  }
  return null;
}

function plainLines(text: string): RawParse {
  const rows: string[][] = [];
  const rowStarts: number[] = [];
  const pattern = /[^\r\n]*(\r\n|\r|\n|$)/g;
  for (let match = pattern.exec(text); match !== null && match[0] !== ''; match = pattern.exec(text)) {
    if (match[0].trim() !== '') {
      rows.push([match[0].replace(/[\r\n]+$/, '')]);
      rowStarts.push(match.index);
    }
  }
  return { rows, rowStarts, error: null, delimiter: NO_DELIMITER, linebreak: '' };
}

/** How a table file's bytes were read: what spreadsheets save. */
export type TableEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The text of a table file from its bytes, whatever a spreadsheet saved it as: UTF-8 (with or
 * without a byte order mark), UTF-16 with a byte order mark (Excel's "Unicode text"), and
 * otherwise Windows-1252 (Excel's plain "CSV" on Windows) when the bytes are not valid UTF-8.
 * Says which, so that the preview can tell the person a file was converted. Never throws.
 */
export function decodeTableFile(bytes: Uint8Array): { text: string; encoding: TableEncoding } {
  const [a, b] = [bytes[0], bytes[1]];
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Some Node versions decode "windows-1252" as Latin-1; map 0x80–0x9F as Windows-1252 does.
    const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
    return { text, encoding: 'windows-1252' };
  }
}

// Windows-1252 characters for bytes 0x80–0x9F (undefined bytes stay as they are).
const CP1252_HIGH = [
  '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
  '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
];
