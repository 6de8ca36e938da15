// A candidate's fields, described once: what each one holds and how long it may be, which words
// in a cell stand for each of its choices (from field-names.ts, which also holds the column
// names a spreadsheet gives it in five languages), how merging two candidates treats it, and the
// column the CSV writes. What people read of a field in the interface and the exports (its
// name, the details form's wording and hint, its choices' words) is in the `fields` catalogue,
// in each language: fieldLabel, formLabelOf, formHintOf, statusLabel and the others below.
// The CSV export and import, merging, a new candidate's defaults, the details form's labels and
// the decision record all read this table; the schema (schema.ts) checks the same fields, and
// tests/unit/shared/candidate-fields.test.ts keeps the two in step.
// Adding a field is one entry here plus its line in the schema. The readiness checklist is not
// one field but one answer per readiness item of the session: READINESS_COLUMNS below describes
// its columns in a table.
import { fields as englishFields } from '../i18n/catalogues/en/fields';
import { LANGUAGES, type Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import { OWNER_WORDS, VALUE_WORDS, type ImportFieldKey, type WordsByLanguage } from './field-names';
import { LIMITS, type Candidate, type CandidateStatus, type DataAvailability, type ReadinessAnswer } from './schema';

/** How merging a duplicate into the candidate that stays treats a field. */
type MergePolicy =
  /** The kept candidate's value stays. */
  | 'keep'
  /** The kept candidate's value, or the duplicate's where the kept one is empty. */
  | 'fill'
  /** Both texts, a blank line between; a text the kept one already contains is not repeated. */
  | 'join'
  /** Both lists, each item once, the kept candidate's first. */
  | 'unite'
  /** Yes when either says yes. */
  | 'either';

/** One value a choice field can take. */
export interface ChoiceOption<Value extends string = string> {
  value: Value;
  /**
   * Its cell words in each language (field-names.ts): the CSV writes the first of them in its
   * own language (choiceWord); an import reads every one, in any language, compared as
   * `comparable` leaves them, and the value too.
   */
  words: WordsByLanguage;
  /** An empty cell stands for it: a field's default (its first option), or the unknown answer. */
  empty?: true;
}

type FieldKind =
  | { type: 'text'; maxLength: number; multiline: boolean }
  | { type: 'choice'; options: readonly ChoiceOption[] }
  | { type: 'yes-no' }
  | { type: 'tags' }
  /** One axis of the room's override, a number on the session's scale; empty when there is none. */
  | { type: 'override'; axis: 'impact' | 'complexity' };

export interface CandidateField {
  /** The field's key in the CSV import's mapping and the CSV export's columns; its name in each language is fieldLabel's. */
  key: string;
  /** The candidate's property that holds the value (both override axes live in `override`). */
  property: keyof Candidate;
  kind: FieldKind;
  merge: MergePolicy;
}

/** A value's cell words in all five languages an import reads (field-names.ts). */
export function inEveryLanguage(words: WordsByLanguage): string[] {
  return Object.values(words).flat();
}

/** Two values' words read as one, language by language: the first's words first, so its first word is the one written. */
function alsoReading(words: WordsByLanguage, more: WordsByLanguage): WordsByLanguage {
  return Object.fromEntries(LANGUAGES.map((language) => [language, [...words[language], ...more[language]]])) as unknown as WordsByLanguage;
}

const { yes: YES, no: NO, partly: PARTLY, unknown: UNKNOWN } = VALUE_WORDS;

const DATA_AVAILABILITY_OPTIONS = [
  { value: 'unknown', words: UNKNOWN, empty: true },
  { value: 'yes', words: YES },
  { value: 'partly', words: PARTLY },
  { value: 'no', words: NO },
] as const satisfies readonly ChoiceOption<DataAvailability>[];

const STATUS_WORDS = VALUE_WORDS.status;
const STATUS_OPTIONS = [
  { value: 'open', words: STATUS_WORDS.open, empty: true },
  { value: 'shortlisted', words: STATUS_WORDS.shortlisted },
  { value: 'focus', words: STATUS_WORDS.focus },
  { value: 'parked', words: STATUS_WORDS.parked },
  { value: 'non-ml', words: STATUS_WORDS['non-ml'] },
] as const satisfies readonly ChoiceOption<CandidateStatus>[];

// In the schema's order. Ready and missing read the yes and no words too; each writes its own
// first ("Ready", "bereit"), as the checklist says it.
const READINESS_ANSWER_OPTIONS = [
  { value: 'ready', words: alsoReading(VALUE_WORDS.readiness.ready, YES) },
  { value: 'partly', words: PARTLY },
  { value: 'missing', words: alsoReading(VALUE_WORDS.readiness.missing, NO) },
  { value: 'unknown', words: UNKNOWN, empty: true },
] as const satisfies readonly ChoiceOption<ReadinessAnswer>[];

const shortText = { type: 'text', maxLength: LIMITS.shortText, multiline: false } as const;
const longText = { type: 'text', maxLength: LIMITS.longText, multiline: true } as const;

/** The fields a person fills in, in the CSV's column order. */
export const CANDIDATE_FIELDS = [
  {
    key: 'title',
    property: 'title',
    kind: shortText,
    merge: 'keep',
  },
  {
    key: 'problem',
    property: 'problem',
    kind: longText,
    merge: 'join',
  },
  {
    key: 'owner',
    property: 'owner',
    kind: shortText,
    merge: 'fill',
  },
  {
    key: 'keyMetric',
    property: 'keyMetric',
    kind: shortText,
    merge: 'fill',
  },
  {
    key: 'baseline',
    property: 'baseline',
    kind: shortText,
    merge: 'fill',
  },
  {
    key: 'measurement',
    property: 'measurement',
    kind: shortText,
    merge: 'fill',
  },
  {
    key: 'dataAvailability',
    property: 'dataAvailability',
    kind: { type: 'choice', options: DATA_AVAILABILITY_OPTIONS },
    merge: 'fill',
  },
  {
    key: 'nonMlAlternative',
    property: 'nonMlAlternative',
    kind: longText,
    merge: 'join',
  },
  {
    key: 'betterWithoutMl',
    property: 'betterWithoutMl',
    kind: { type: 'yes-no' },
    merge: 'either',
  },
  {
    key: 'wrongPredictionCost',
    property: 'wrongPredictionCost',
    kind: longText,
    merge: 'join',
  },
  {
    key: 'tags',
    property: 'tags',
    kind: { type: 'tags' },
    merge: 'unite',
  },
  {
    key: 'status',
    property: 'status',
    kind: { type: 'choice', options: STATUS_OPTIONS },
    merge: 'keep',
  },
  {
    key: 'notes',
    property: 'notes',
    kind: longText,
    merge: 'join',
  },
  {
    key: 'overrideImpact',
    property: 'override',
    kind: { type: 'override', axis: 'impact' },
    merge: 'keep',
  },
  {
    key: 'overrideComplexity',
    property: 'override',
    kind: { type: 'override', axis: 'complexity' },
    merge: 'keep',
  },
] as const satisfies readonly CandidateField[];

/**
 * The readiness checklist in a table: one column per readiness item of the session, after the
 * fields, headed "Readiness: " and the item's name. A cell holds the answer, its evidence and
 * its owner in one line, "Missing — no labels before 2025 — owner: Priya", in the words of the
 * export's language (the cell's form is shared/export/csv-readiness.ts); an empty cell is an
 * item not answered. An import reads a column by the item's name, normalised as a field's
 * column name is. Merging two candidates treats the checklist item by item (mergedReadiness
 * below).
 */
export const READINESS_COLUMNS = {
  property: 'readiness',
  /** The word before the colon of a readiness column's header. */
  headerWord: 'Readiness',
  /** The word before the owner's name in a cell, in each language. */
  ownerWords: OWNER_WORDS,
  answers: READINESS_ANSWER_OPTIONS,
} as const satisfies { property: keyof Candidate; headerWord: string; ownerWords: WordsByLanguage; answers: readonly ChoiceOption<ReadinessAnswer>[] };

// The header word in the five languages an import reads (field-names.ts): a spreadsheet kept
// in German heads its columns "Reife: Datenqualität".
const READINESS_HEADER_WORDS = new Set(
  [READINESS_COLUMNS.headerWord, 'Readiness check', 'Reife', 'Bereitschaft', 'Préparation', 'Maturité', 'Preparación', 'Madurez', 'Prontidão', 'Maturidade'].map(normaliseHeader),
);

/**
 * The header of the column of a readiness item in `language`: "Readiness: Data quality and
 * labels", "Reife: Datenqualität". Its header word must be one READINESS_HEADER_WORDS holds, so
 * that imports read it back (candidate-fields.test.ts checks every language).
 */
export function readinessColumnHeader(itemName: string, language: Language): string {
  return textsIn(language)('documents:csv.readiness', { item: itemName });
}

/**
 * The item name a readiness column's header gives ("readiness - data quality" → "data
 * quality"), or undefined when the header is not a readiness column's: the header word (in one
 * of the five languages), in any case and spacing, then a colon or a dash.
 */
export function readinessColumnName(header: string): string | undefined {
  const match = /^([^:：—–-]*)[:：—–-]([\s\S]*)$/u.exec(header);
  if (match === null || !READINESS_HEADER_WORDS.has(normaliseHeader(match[1]!))) return undefined;
  return match[2]!.trim();
}

type FieldEntry = (typeof CANDIDATE_FIELDS)[number];
export type CandidateFieldKey = FieldEntry['key'];
type TextFieldEntry = Extract<FieldEntry, { kind: { type: 'text' } }>;
export type ChoiceFieldEntry = Extract<FieldEntry, { kind: { type: 'choice' } }>;

/** The fields that hold free text, the title among them. */
export const TEXT_FIELDS = CANDIDATE_FIELDS.filter((field): field is TextFieldEntry => field.kind.type === 'text');
/** The fields that hold one of a list of options. */
export const CHOICE_FIELDS = CANDIDATE_FIELDS.filter((field): field is ChoiceFieldEntry => field.kind.type === 'choice');

const FIELD_BY_KEY = new Map<string, FieldEntry>(CANDIDATE_FIELDS.map((field) => [field.key, field]));

/** The table's entry for a field. */
export function candidateField<Key extends CandidateFieldKey>(key: Key): Extract<FieldEntry, { key: Key }> {
  // Every key of the union is in the table: the map is built from it.
  return FIELD_BY_KEY.get(key) as Extract<FieldEntry, { key: Key }>;
}

/** The fields whose details form says more than their name, and those with a hint while empty (the catalogue's keys). */
type FormLabelKey = keyof typeof englishFields.formLabels;
type HintKey = keyof typeof englishFields.hints;
const hasFormLabel = (key: CandidateFieldKey): key is FormLabelKey => key in englishFields.formLabels;
const hasHint = (key: CandidateFieldKey): key is HintKey => key in englishFields.hints;

/** A field's name for people in `language`: FIELD_NAMES' label in that language ("Key metric", "Kennzahl"). */
export function fieldLabel(key: ImportFieldKey, language: Language): string {
  return textsIn(language)(`fields:labels.${key}`);
}

/** What the form says under a field while it is empty, if anything. */
export function formHintOf(key: CandidateFieldKey, value: string, language: Language): string | undefined {
  return value.trim() === '' && hasHint(key) ? textsIn(language)(`fields:hints.${key}`) : undefined;
}

/** The wording the details form shows for a field: its own where it has one, else the field's name. */
export function formLabelOf(key: CandidateFieldKey, language: Language): string {
  return hasFormLabel(key) ? textsIn(language)(`fields:formLabels.${key}`) : fieldLabel(key, language);
}

/** A status as people read it ("Shortlisted", "Vorauswahl"): the first of its words an import reads in that language. */
export function statusLabel(status: CandidateStatus, language: Language): string {
  return textsIn(language)(`fields:status.${status}`);
}

/** A "Data available" answer as the details form and the ML brief say it ("Not known yet"). */
export function dataAvailabilityLabel(value: DataAvailability, language: Language): string {
  return textsIn(language)(`fields:dataAvailability.${value}`);
}

/** The status field's choices for the form, in the table's order. */
export function statusFormOptions(language: Language): { value: CandidateStatus; label: string }[] {
  return STATUS_OPTIONS.map((option) => ({ value: option.value, label: statusLabel(option.value, language) }));
}

/** The data availability field's choices for the form, in the table's order. */
export function dataAvailabilityFormOptions(language: Language): { value: DataAvailability; label: string }[] {
  return DATA_AVAILABILITY_OPTIONS.map((option) => ({ value: option.value, label: dataAvailabilityLabel(option.value, language) }));
}

/** Lower case, accents dropped, only letters and digits kept: "Non-ML Alternative" → "nonmlalternative". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The value a field has on a new candidate: empty text, no tags, no, the first option, no override. */
export function emptyValue(kind: FieldKind): unknown {
  switch (kind.type) {
    case 'text':
      return '';
    case 'choice':
      // Stryker disable next-line OptionalChaining: every choice field has options (candidate-fields.test.ts).
      return kind.options[0]?.value;
    case 'yes-no':
      return false;
    case 'tags':
      return [];
    case 'override':
      return null;
  }
}

/** A candidate with a title and every other field empty: what capturing and importing start from. */
export function blankCandidate(id: string, code: string, title: string, createdAt: string): Candidate {
  const fields = Object.fromEntries(CANDIDATE_FIELDS.map((field) => [field.property, emptyValue(field.kind)]));
  // The table covers every property of the schema's candidate bar these (candidate-fields.test.ts).
  return { ...fields, id, code, title, readiness: [] as Candidate['readiness'], createdAt } as Candidate;
}
