// The import preview's columns: each column of the file with the field it goes to, as the
// headers suggest (csv-headers.ts) and as the person then chooses, one column per field. The
// import reads the table through the mapping these give (ColumnMapping).
import { CANDIDATE_FIELDS, readinessColumnName } from '../session/candidate-fields';
import { LANGUAGES, type Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import type { ImportFieldKey } from '../session/field-names';
import { dateOrderOf, type DateOrder } from './csv-dates';
import { headerLanguages, matchHeader, type HeaderConfidence } from './csv-headers';
import type { TableEncoding } from './csv-parse';

/** Where a column goes: a field, the readiness item its header names, or nowhere (left out). */
export type ColumnTarget = ImportFieldKey | 'readiness' | null;

export interface ImportColumn {
  /** 0-based, in the file. */
  index: number;
  /** The file's header, or "Column 3" (in the interface's language) for a file without a header row. */
  header: string;
  /** What the header alone suggests; null when it names no field. */
  suggested: { target: ColumnTarget; confidence: HeaderConfidence } | null;
  /** The readiness item a "Readiness: …" header names, if it is one. */
  readinessName: string | undefined;
  /** Where the column goes now. */
  target: ColumnTarget;
}

/** A column answering a readiness item: where it is, its header as the file has it, and the item's name in it. */
export interface ReadinessColumn {
  column: number;
  header: string;
  name: string;
}

/**
 * Which column (0-based) holds each import field; fields with no column are absent. The
 * readiness columns, when the file has any, are listed with the items they name.
 */
export type ColumnMapping = Partial<Record<ImportFieldKey, number>> & { readiness?: ReadinessColumn[] };

const CONFIDENCE_ORDER: readonly HeaderConfidence[] = ['exact', 'synonym', 'guess'];

/**
 * The columns as the headers suggest: a field goes to the first column that names it exactly,
 * else the first that names it by a synonym, else the first that looks like it (a guess); a
 * "Readiness: …" column to its item. When no column is a title, a problem column stands for
 * the title, as a guess. Without headers the first column holds the titles, and the columns are
 * named by their number in `language`.
 */
export function guessImportColumns(headers: readonly string[] | null, width: number, language: Language): ImportColumn[] {
  if (headers === null) {
    const t = textsIn(language);
    return Array.from({ length: width }, (_, index) => ({
      index,
      header: t('documents:import.column', { number: String(index + 1) }),
      suggested: index === 0 ? { target: 'title', confidence: 'guess' } : null,
      readinessName: undefined,
      target: index === 0 ? 'title' : null,
    }));
  }
  const columns: ImportColumn[] = headers.map((header, index) => {
    const readinessName = readinessColumnName(header);
    const match = matchHeader(header);
    const suggested = readinessName !== undefined ? { target: 'readiness' as const, confidence: 'exact' as const } : match === null ? null : { target: match.field, confidence: match.confidence };
    return { index, header, suggested, readinessName, target: readinessName !== undefined ? 'readiness' : null };
  });
  const taken = new Set<ColumnTarget>();
  for (const confidence of CONFIDENCE_ORDER) {
    for (const column of columns) {
      const suggested = column.suggested;
      if (suggested === null || suggested.target === 'readiness' || suggested.confidence !== confidence || taken.has(suggested.target)) continue;
      column.target = suggested.target;
      taken.add(suggested.target);
    }
  }
  if (!taken.has('title')) {
    const problem = columns.find((column) => column.target === 'problem');
    if (problem !== undefined) {
      problem.target = 'title';
      problem.suggested = { target: 'title', confidence: 'guess' };
    }
  }
  return columns;
}

/**
 * The columns with `index` sent to `target`: a field is held by one column, so a column that
 * had it is left out; a readiness target is only for a column whose header names an item.
 */
export function chooseColumnTarget(columns: readonly ImportColumn[], index: number, target: ColumnTarget): ImportColumn[] {
  return columns.map((column) => {
    if (column.index === index) return target === 'readiness' && column.readinessName === undefined ? column : { ...column, target };
    if (target !== null && target !== 'readiness' && column.target === target) return { ...column, target: null };
    return column;
  });
}

/** The mapping the import reads the table through. */
export function mappingOfColumns(columns: readonly ImportColumn[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const readiness: ReadinessColumn[] = [];
  for (const column of columns) {
    if (column.target === 'readiness' && column.readinessName !== undefined) readiness.push({ column: column.index, header: column.header, name: column.readinessName });
    else if (column.target !== null && column.target !== 'readiness' && mapping[column.target] === undefined) mapping[column.target] = column.index;
  }
  if (readiness.length > 0) mapping.readiness = readiness;
  return mapping;
}

/** The mapping from headers alone: what the preview starts with. */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  // Columns with headers are named by them: the language names none.
  return mappingOfColumns(guessImportColumns(headers, headers.length, 'en'));
}

/**
 * The language the headers are in: the one most of the recognised headers are names in, when
 * one leads; null when none is recognised or two languages tie (then the interface's decides).
 */
export function headersLanguage(headers: readonly string[] | null): Language | null {
  if (headers === null) return null;
  const counts = new Map<Language, number>();
  for (const header of headers) for (const language of headerLanguages(header)) counts.set(language, (counts.get(language) ?? 0) + 1);
  const ranked = LANGUAGES.map((language) => ({ language, count: counts.get(language) ?? 0 })).sort((a, b) => b.count - a.count);
  const [first, second] = ranked;
  return first === undefined || first.count === 0 || first.count === second?.count ? null : first.language;
}

/**
 * How the file's slashed dates are read: day first in a file whose headers are German, French,
 * Spanish or Portuguese; as the person's locale writes dates for English headers (American or
 * British) or headers in no one language.
 */
export function fileDateOrder(headers: readonly string[] | null, locale: string): DateOrder {
  const language = headersLanguage(headers);
  return language !== null && language !== 'en' ? 'day-first' : dateOrderOf(locale);
}

/** The fields a column can go to, in the preview's order: the candidate's fields, then its creation day. */
export const IMPORT_FIELDS: readonly ImportFieldKey[] = [...CANDIDATE_FIELDS.map((field) => field.key), 'createdAt'];

/** What the preview says about the whole file before its columns; `warning` where the person should look. */
export interface ImportFileNote {
  text: string;
  warning: boolean;
}

/**
 * The file's notes, in `language`: a text not in UTF-8 that was converted (check its accents),
 * the titles taken from a column only guessed at (check them, or choose), and how slashed dates
 * are read when a column holds the creation days.
 */
export function importFileNotes(columns: readonly ImportColumn[], encoding: TableEncoding | null, dateOrder: DateOrder, language: Language): ImportFileNote[] {
  const t = textsIn(language);
  const notes: ImportFileNote[] = [];
  if (encoding === 'windows-1252') {
    notes.push({ text: t('documents:import.notes.windows1252'), warning: true });
  } else if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    notes.push({ text: t('documents:import.notes.utf16'), warning: false });
  }
  const title = columns.find((column) => column.target === 'title');
  if (title !== undefined && title.suggested?.target === 'title' && title.suggested.confidence === 'guess') {
    notes.push({ text: t('documents:import.notes.titlesGuessed', { column: title.header }), warning: true });
  }
  if (columns.some((column) => column.target === 'createdAt')) {
    notes.push({ text: t(dateOrder === 'day-first' ? 'documents:import.notes.dayFirst' : 'documents:import.notes.monthFirst'), warning: false });
  }
  return notes;
}
