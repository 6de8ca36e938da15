import type { z } from 'zod';
import {
  isAbsent,
  missingSentence,
  placeOf,
  PROBLEMS_NAMED,
  quoteText,
  subjectOf,
  valueAt,
  valueWords,
  verb,
  type ProblemList,
} from './problem-words';

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  null: 'null',
};

function typeWords(expected: string): string {
  return TYPE_WORDS[expected] ?? expected;
}

function sizeWords(origin: string, bound: number | bigint, kind: 'most' | 'least', inclusive: boolean): string {
  const n = Number(bound);
  switch (origin) {
    case 'string':
      return `expected at ${kind} ${n} character${n === 1 ? '' : 's'}`;
    case 'array':
    case 'set':
      return `expected at ${kind} ${n} item${n === 1 ? '' : 's'}`;
    default:
      if (inclusive) return `expected a number of at ${kind} ${n}`;
      return `expected a number ${kind === 'most' ? 'below' : 'above'} ${n}`;
  }
}

function literalWords(value: unknown): string {
  if (value === '') return 'empty text';
  // Stryker disable next-line ConditionalExpression: JSON.stringify writes a number, true, false or null as String does.
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** "a, b or c" (or "and"). */
export function joinWords(words: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  // Stryker disable next-line StringLiteral: one word or none is joined by nothing.
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

function listWords(values: readonly unknown[], conjunction: 'or' | 'and' = 'or'): string {
  return joinWords(values.map(literalWords), conjunction);
}

/**
 * Zod's own wording ("Invalid input: expected string, received number") is written for
 * developers and never reaches a person: this map says what belongs in a field, in words
 * issueSentence builds on. Schema-level messages still win over it, so it only fills the gaps.
 */
export const plainErrorMap: z.core.$ZodErrorMap = (issue: RawIssue) => {
  // JSON has no undefined, so an undefined input is always an absent field.
  // Stryker disable next-line ConditionalExpression,StringLiteral: an unknown field's issue has the object as its input, never undefined.
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') return 'missing';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${typeWords(issue.expected)}`;
    case 'too_big':
      return sizeWords(issue.origin, issue.maximum, 'most', issue.inclusive !== false);
    case 'too_small':
      return sizeWords(issue.origin, issue.minimum, 'least', issue.inclusive !== false);
    case 'invalid_value':
      return issue.values.length === 1 ? `expected ${listWords(issue.values)}` : `expected one of ${listWords(issue.values)}`;
    case 'invalid_format':
      return 'expected text in a different form';
    case 'invalid_union':
      return 'expected one of the allowed kinds of value';
    case 'unrecognized_keys':
      return `unexpected field${issue.keys.length === 1 ? '' : 's'} ${listWords(issue.keys, 'and')}`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    default:
      return 'not an allowed value';
  }
};

function listOf(values: readonly unknown[]): string {
  // Stryker disable next-line ConditionalExpression: every choice in the format is a choice of texts.
  const words = values.map((value) => (typeof value === 'string' ? quoteText(value) : String(value)));
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: every choice in the format has at least two options.
  if (words.length <= 1) return words.join('');
  return `one of ${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** One schema problem as a sentence about the session (see problem-words.ts). */
function issueSentence(issue: Issue, data: unknown): string {
  const place = placeOf(issue.path, data);
  if (isAbsent(data, issue.path)) return missingSentence(place);
  const value = valueAt(data, issue.path);
  const subject = subjectOf(place);
  const is = `${subject} ${verb(subject, 'is')}`;
  const has = `${subject} ${verb(subject, 'has')}`;
  switch (issue.code) {
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const n = Number(big ? issue.maximum : issue.minimum);
      if (issue.origin === 'string') {
        if (big) return `${is} longer than ${n} characters`;
        // Stryker disable next-line ConditionalExpression,StringLiteral: no text field of the format has a minimum above 1 character.
        return n <= 1 ? `${is} empty` : `${is} shorter than ${n} characters`;
      }
      // Stryker disable next-line ConditionalExpression,StringLiteral: the format has no set.
      if (issue.origin === 'array' || issue.origin === 'set') {
        // Stryker disable next-line ConditionalExpression,StringLiteral: no list of the format has a minimum length.
        return `${has} ${big ? 'more' : 'fewer'} than ${n} items`;
      }
      // A whole number's own bounds (±(2^53 − 1)) are not the field's: no session comes near them.
      if (Math.abs(n) >= Number.MAX_SAFE_INTEGER) return `${is} ${valueWords(value)}, far too ${big ? 'large' : 'small'} for a session`;
      return `${is} ${valueWords(value)}, ${big ? 'above the maximum' : 'below the minimum'} of ${n}`;
    }
    case 'invalid_value':
      return `${is} ${valueWords(value)}, not ${listOf(issue.values)}`;
    default:
      // The schema's and plainErrorMap's "expected …" say what belongs there.
      // Stryker disable next-line Regex: "expected " only ever starts these messages.
      return `${is} ${valueWords(value)}, not ${issue.message.replace(/^expected /, '')}`;
  }
}

/**
 * The schema's problems in words, the first few of them with their paths (so the caller can
 * add where they are in the file) and how many there are in all.
 */
export function describeIssues(issues: readonly Issue[], data: unknown): ProblemList {
  return {
    // Stryker disable next-line MethodExpression: naming more only costs time; the message shows the first few.
    named: issues.slice(0, PROBLEMS_NAMED).map((issue) => ({
      path: issue.path,
      absent: isAbsent(data, issue.path),
      sentence: issueSentence(issue, data),
    })),
    total: issues.length,
  };
}
