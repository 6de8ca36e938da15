// A cell's words, read and written: which value a spreadsheet's cell stands for, in any of the
// five languages, and the word the CSV writes for a value in the export's language. Both come
// from the same lists (field-names.ts, through the options of candidate-fields.ts): the word
// written is each value's first in its language, one the readers take back, so they cannot drift.
import type { Language } from '../i18n/languages';
import { VALUE_WORDS, writtenWord } from './field-names';
import { CHOICE_FIELDS, inEveryLanguage, normaliseHeader, READINESS_COLUMNS, type CandidateFieldKey, type ChoiceFieldEntry, type ChoiceOption } from './candidate-fields';
import type { ReadinessAnswer } from './schema';

const { yes: YES, no: NO } = VALUE_WORDS;

/**
 * How a cell word is compared: as a column name is ("N/A" → "na", "Not sure" → "notsure"),
 * except that a cell of nothing but symbols stays as it is ("?", "✓").
 */
function comparable(text: string): string {
  // Symbols have no case; normaliseHeader lowers the rest.
  const trimmed = text.trim();
  return /^[^\p{L}\p{N}]+$/u.test(trimmed) ? trimmed : normaliseHeader(trimmed);
}

/** Each cell word of a list of options (as `comparable` leaves it), to the option's value; the first option to list a word has it. */
function wordsOf(options: readonly ChoiceOption[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const option of options) {
    for (const word of [...(option.empty ? [''] : []), ...inEveryLanguage(option.words), option.value]) {
      const key = comparable(word);
      if (!words.has(key)) words.set(key, option.value);
    }
  }
  return words;
}

const CHOICE_WORDS = new Map<CandidateFieldKey, Map<string, string>>(CHOICE_FIELDS.map((field) => [field.key, wordsOf(field.kind.options)]));
const READINESS_WORDS = wordsOf(READINESS_COLUMNS.answers);

/** The readiness answer a word stands for ("Ready", "yes", "?", "" for unknown), or undefined when it names none. */
export function readReadinessAnswer(text: string): ReadinessAnswer | undefined {
  return READINESS_WORDS.get(comparable(text)) as ReadinessAnswer | undefined;
}

/** The option a cell's text stands for in a choice field (its value), or undefined when it names none. */
export function readChoice(key: ChoiceFieldEntry['key'], text: string): string | undefined {
  // Stryker disable next-line OptionalChaining: every choice field has its words (built above from the table).
  return CHOICE_WORDS.get(key)?.get(comparable(text));
}

// Compared as `comparable` leaves a cell: "Sí" and "não" are "si" and "nao" there.
const YES_READ = new Set(inEveryLanguage(YES).map(comparable));
const NO_READ = new Set(inEveryLanguage(NO).map(comparable));

/** A yes-no cell: empty or a word for no is false, a word for yes true, anything else undefined. */
export function readYesNo(text: string): boolean | undefined {
  const word = comparable(text);
  if (word === '' || NO_READ.has(word)) return false;
  if (YES_READ.has(word)) return true;
  return undefined;
}

/** A choice's value as its cell says it in `language` ("Shortlisted", "Vorauswahl"; "partly", "teilweise"); empty for none of `options`. */
export function choiceWord(options: readonly ChoiceOption[], value: unknown, language: Language): string {
  const option = options.find((each) => each.value === value);
  return option === undefined ? '' : writtenWord(option.words, language);
}

/** Every choice of `options` as its cell says it in `language`, in their order: for a message naming them. */
export function choiceWords(options: readonly ChoiceOption[], language: Language): string[] {
  return options.map((option) => writtenWord(option.words, language));
}

/** A yes-no field's value as its cell says it in `language` ("yes", "nein"). */
export function yesNoWord(value: boolean, language: Language): string {
  return writtenWord(value ? YES : NO, language);
}

/**
 * A readiness answer as its cell says it in `language`: its first word there, with a capital,
 * as the cell reads as a line that starts with it ("Ready", "Partly", "Bereit", "En partie").
 */
export function readinessAnswerWord(answer: ReadinessAnswer, language: Language): string {
  const word = choiceWord(READINESS_COLUMNS.answers, answer, language);
  return word.charAt(0).toLocaleUpperCase(language) + word.slice(1);
}

