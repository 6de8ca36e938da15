// Which field a column of an imported table goes to, told from its header, and how sure that
// is. A header is compared with every field's name and synonyms in the five languages of
// FIELD_NAMES (field-names.ts), ignoring case, accents, spaces and punctuation ("Key metric",
// "KEY_METRIC" and "key-metric" are the same):
// - exact: the field's own name in one of the languages ("Title", "Titel", "Titre");
// - synonym: a name people give that column in one of them ("Use case", "Anwendungsfall");
// - guess: the header holds such a name ("Titel (kurz)"), or is one letter or two off a long one.
// A "problem" column is the problem statement's, but stands for the title, as a guess, when no
// column is a title (a sheet of problems with no short names). A "Readiness: <item>" column
// answers a readiness item (READINESS_COLUMNS). The preview shows each column's match and lets
// the person choose per column (import-columns.ts); a guess is shown as one.
import { normaliseHeader, readinessColumnName } from '../session/candidate-fields';
import { LANGUAGES, type Language } from '../i18n/languages';
import { FIELD_NAMES, type ImportFieldKey } from '../session/field-names';
import { textsIn } from '../i18n/texts';

export type HeaderConfidence = 'exact' | 'synonym' | 'guess';

export interface HeaderMatch {
  field: ImportFieldKey;
  confidence: HeaderConfidence;
}

const FIELD_KEYS = Object.keys(FIELD_NAMES) as ImportFieldKey[];

// Each normalised name to the field it stands for, its confidence and the languages it is a
// name in. Own names come before synonyms, and within each the fields in table order: the first
// field to list a name has it (field-names.test.ts keeps any name to one field anyway).
const NAMES = new Map<string, HeaderMatch & { languages: Language[] }>();
for (const confidence of ['exact', 'synonym'] as const) {
  for (const field of FIELD_KEYS) {
    for (const language of LANGUAGES) {
      const names = FIELD_NAMES[field][language];
      for (const name of confidence === 'exact' ? [names.label] : names.synonyms) {
        const key = normaliseHeader(name);
        const known = NAMES.get(key);
        if (known === undefined) NAMES.set(key, { field, confidence, languages: [language] });
        else if (known.field === field && !known.languages.includes(language)) known.languages.push(language);
      }
    }
  }
}

/**
 * The headers of the columns a comparison adds after the results, in order, in `language`; a
 * last column, headed with sinceHeading, says why each candidate changed. The candidates dropped
 * since then are no rows (the CSV is read back as candidates): the decision record lists them.
 */
export function comparisonCsvHeaders(language: Language): string[] {
  const t = textsIn(language);
  return [t('documents:csv.before.quadrant'), t('documents:csv.before.rank'), t('documents:csv.before.impact'), t('documents:csv.before.complexity')];
}

/** The headers of the results' columns backlogToCsv writes, in `language`. */
export function resultCsvHeaders(language: Language) {
  const t = textsIn(language);
  return {
    code: t('documents:csv.columns.code'),
    impact: t('documents:csv.columns.impact'),
    complexity: t('documents:csv.columns.complexity'),
    quadrant: t('documents:csv.columns.quadrant'),
    spread: t('documents:csv.columns.spread'),
    votes: t('documents:csv.columns.votes'),
    rank: t('documents:csv.columns.rank'),
  };
}

// Columns backlogToCsv writes that are results, not inputs, in the five languages (as it writes
// them, and as people name them): recognised as headers, never imported nor guessed at; with a
// comparison, the before columns too (its "Since …" column names no field either).
const EXPORT_ONLY_HEADERS = new Set(
  [
    ['Kürzel', 'Código'],
    ['Wirkung', 'Impacto'],
    ['Komplexität', 'Complexité', 'Complejidad', 'Complexidade'],
    ['Quadrante', 'Cuadrante'],
    ['Streuung', 'Écart', 'Dispersión', 'Dispersão'],
    ['Stimmen', 'Voix', 'Votos'],
    ['Rang', 'Rango', 'Posición', 'Posição'],
    ['Id'],
    ...LANGUAGES.flatMap((language) => [Object.values(resultCsvHeaders(language)), comparisonCsvHeaders(language)]),
  ]
    .flat()
    .map(normaliseHeader),
);

/** Levenshtein distance, stopping early past `limit` (then any number above it). */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

// Names shorter than this are too common inside other words to guess from ("id", "kpi").
const GUESS_MIN_LENGTH = 4;

/**
 * A guess for a header no name matches: the field of the longest name the header holds, or of a
 * name of six letters or more it is one letter off (two for ten or more: a typing slip, a
 * plural, a missing accent's letter). Undefined when neither.
 */
function guessFor(name: string): ImportFieldKey | undefined {
  let field: ImportFieldKey | undefined;
  let longest = 0;
  for (const [known, match] of NAMES) {
    if (known.length < GUESS_MIN_LENGTH || known.length <= longest) continue;
    const limit = known.length >= 10 ? 2 : known.length >= 6 ? 1 : 0;
    if (name.includes(known) || (limit > 0 && editDistance(name, known, limit) <= limit)) {
      field = match.field;
      longest = known.length;
    }
  }
  return field;
}

/** The field a column's header stands for and how sure that is; null when it stands for none (or for a result column). */
export function matchHeader(header: string): HeaderMatch | null {
  const name = normaliseHeader(header);
  const known = NAMES.get(name);
  if (known !== undefined) return { field: known.field, confidence: known.confidence };
  if (EXPORT_ONLY_HEADERS.has(name) || readinessColumnName(header) !== undefined) return null;
  const field = guessFor(name);
  return field === undefined ? null : { field, confidence: 'guess' };
}

/** The languages a header is a field's own name or synonym in (none for a guess or an unknown header). */
export function headerLanguages(header: string): readonly Language[] {
  return NAMES.get(normaliseHeader(header))?.languages ?? [];
}

/** Whether a cell names a column we know for sure (no guesses), including the results we export but do not import. */
export function isKnownHeader(header: string): boolean {
  const name = normaliseHeader(header);
  return NAMES.has(name) || EXPORT_ONLY_HEADERS.has(name) || readinessColumnName(header) !== undefined;
}

/** Whether a lone cell is a title column's name ("Title", "Titel"...) or a problem column's, which then stands for the title. */
export function isTitleHeader(header: string): boolean {
  const field = NAMES.get(normaliseHeader(header))?.field;
  return field === 'title' || field === 'problem';
}
