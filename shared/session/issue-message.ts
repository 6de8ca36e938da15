import type { z } from 'zod';
import type { Language } from '../i18n/languages';
import { listInSentence } from '../i18n/sentence';
import { textsIn, type Texts } from '../i18n/texts';
import { isAbsent, missingSentence, placeOf, PROBLEMS_NAMED, quoteText, valueAt, valueWords, type ProblemList } from './problem-words';
import { SCHEMA_MESSAGES } from './schema';

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;

type TypeName = keyof typeof TYPE_NAMES;
const TYPE_NAMES = { string: true, number: true, int: true, boolean: true, array: true, tuple: true, object: true, null: true } as const;

/** The schema's own rules' messages (schema.ts), by the words that say what they expect. */
const SCHEMA_WORDS = new Map<string, 'id' | 'timestamp' | 'date' | 'scale'>(Object.entries(SCHEMA_MESSAGES).map(([key, message]) => [message, key as 'id' | 'timestamp' | 'date' | 'scale']));

function typeWords(t: Texts, expected: string): string {
  return Object.hasOwn(TYPE_NAMES, expected) ? t(`files:expected.types.${expected as TypeName}`) : expected;
}

function sizeWords(t: Texts, origin: string, bound: number | bigint, kind: 'most' | 'least', inclusive: boolean): string {
  const count = Number(bound);
  const n = String(count);
  switch (origin) {
    case 'string':
      return kind === 'most' ? t('files:expected.atMostCharacters', { count }) : t('files:expected.atLeastCharacters', { count });
    case 'array':
    case 'set':
      return kind === 'most' ? t('files:expected.atMostItems', { count }) : t('files:expected.atLeastItems', { count });
    default:
      if (inclusive) return kind === 'most' ? t('files:expected.numberAtMost', { n }) : t('files:expected.numberAtLeast', { n });
      return kind === 'most' ? t('files:expected.numberBelow', { n }) : t('files:expected.numberAbove', { n });
  }
}

function literalWords(t: Texts, value: unknown): string {
  if (value === '') return t('files:expected.emptyText');
  // Stryker disable next-line ConditionalExpression: JSON.stringify writes a number, true, false or null as String does.
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * What an issue says belongs there, in words: "text", "one of “a” or “b”". `expected` is false
 * for the few issues that say something else ("not an allowed value").
 */
function expectation(issue: RawIssue | Issue, language: Language): { expected: boolean; words: string } {
  const t = textsIn(language);
  const expected = (words: string) => ({ expected: true, words });
  switch (issue.code) {
    case 'invalid_type':
      return expected(typeWords(t, issue.expected));
    case 'too_big':
      return expected(sizeWords(t, issue.origin, issue.maximum, 'most', issue.inclusive !== false));
    case 'too_small':
      return expected(sizeWords(t, issue.origin, issue.minimum, 'least', issue.inclusive !== false));
    case 'invalid_value': {
      const values = issue.values.map((value) => literalWords(t, value));
      return expected(issue.values.length === 1 ? values.join('') : t('files:expected.oneOf', { values: listInSentence(values, language, 'disjunction') }));
    }
    case 'invalid_format':
      return expected(t('files:expected.differentForm'));
    case 'invalid_union':
      return expected(t('files:expected.allowedKind'));
    case 'unrecognized_keys':
      return {
        expected: false,
        words: t('files:expected.unexpectedFields', { count: issue.keys.length, fields: listInSentence(issue.keys.map((key) => literalWords(t, key)), language, 'conjunction') }),
      };
    case 'not_multiple_of':
      return expected(t('files:expected.multipleOf', { n: String(issue.divisor) }));
    default:
      return { expected: false, words: t('files:expected.notAllowed') };
  }
}

/**
 * Zod's own wording ("Invalid input: expected string, received number") is written for
 * developers and never reaches a person: this map says what belongs in a field, in words
 * issueSentence builds on. Schema-level messages still win over it, so it only fills the gaps.
 */
export function plainErrorMap(language: Language): z.core.$ZodErrorMap {
  return (issue: RawIssue) => {
    // JSON has no undefined, so an undefined input is always an absent field.
    // Stryker disable next-line ConditionalExpression,StringLiteral: an unknown field's issue has the object as its input, never undefined.
    if (issue.input === undefined && issue.code !== 'unrecognized_keys') return textsIn(language)('files:expected.missing');
    const { expected, words } = expectation(issue, language);
    return expected ? textsIn(language)('files:expected.message', { what: words }) : words;
  };
}

/** What the issue says belongs there: the schema's own rule, or what the issue's kind says. */
function expectedWords(issue: Issue, language: Language): string {
  const rule = SCHEMA_WORDS.get(issue.message);
  if (rule !== undefined) return textsIn(language)(`files:expected.${rule}`);
  return expectation(issue, language).words;
}

function choices(values: readonly unknown[], language: Language): string {
  // Stryker disable next-line ConditionalExpression: every choice in the format is a choice of texts.
  const words = values.map((value) => (typeof value === 'string' ? quoteText(value, language) : String(value)));
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: every choice in the format has at least two options.
  if (words.length <= 1) return words.join('');
  return textsIn(language)('files:issue.oneOf', { choices: listInSentence(words, language, 'disjunction') });
}

/** One schema problem as a sentence about the session (see problem-words.ts). */
function issueSentence(issue: Issue, data: unknown, language: Language): string {
  const place = placeOf(issue.path, data, language);
  if (isAbsent(data, issue.path)) return missingSentence(place, language);
  const t = textsIn(language);
  const value = valueAt(data, issue.path);
  const words = { subject: place.subject, context: place.plural ? 'plural' : undefined };
  switch (issue.code) {
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const n = Number(big ? issue.maximum : issue.minimum);
      if (issue.origin === 'string') {
        if (big) return t('files:issue.longer', { ...words, max: String(n) });
        // Stryker disable next-line ConditionalExpression,StringLiteral: no text field of the format has a minimum above 1 character.
        return n <= 1 ? t('files:issue.empty', words) : t('files:issue.shorter', { ...words, min: String(n) });
      }
      // Stryker disable next-line ConditionalExpression,StringLiteral: the format has no set.
      if (issue.origin === 'array' || issue.origin === 'set') {
        // Stryker disable next-line ConditionalExpression,StringLiteral: no list of the format has a minimum length.
        return big ? t('files:issue.moreItems', { ...words, max: String(n) }) : t('files:issue.fewerItems', { ...words, min: String(n) });
      }
      const said = valueWords(value, language);
      // A whole number's own bounds (±(2^53 − 1)) are not the field's: no session comes near them.
      if (Math.abs(n) >= Number.MAX_SAFE_INTEGER) return big ? t('files:issue.farTooLarge', { ...words, value: said }) : t('files:issue.farTooSmall', { ...words, value: said });
      return big ? t('files:issue.aboveMaximum', { ...words, value: said, max: String(n) }) : t('files:issue.belowMinimum', { ...words, value: said, min: String(n) });
    }
    case 'invalid_value':
      return t('files:issue.not', { ...words, value: valueWords(value, language), expected: choices(issue.values, language) });
    default:
      // The schema's and the issue's own "expected …" say what belongs there.
      return t('files:issue.not', { ...words, value: valueWords(value, language), expected: expectedWords(issue, language) });
  }
}

/**
 * The schema's problems in words, the first few of them with their paths (so the caller can
 * add where they are in the file) and how many there are in all.
 */
export function describeIssues(issues: readonly Issue[], data: unknown, language: Language): ProblemList {
  return {
    // Stryker disable next-line MethodExpression: naming more only costs time; the message shows the first few.
    named: issues.slice(0, PROBLEMS_NAMED).map((issue) => ({
      path: issue.path,
      absent: isAbsent(data, issue.path),
      sentence: issueSentence(issue, data, language),
    })),
    total: issues.length,
  };
}
