import type { z } from 'zod';
import { formatPath, withMoreProblems } from './errors';

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
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
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function listWords(values: readonly unknown[]): string {
  const words = values.map(literalWords);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * Zod's own wording ("Invalid input: expected string, received number") is written for
 * developers. Schema-level messages still win over this map, so it only fills the gaps.
 */
export const plainErrorMap: z.core.$ZodErrorMap = (issue: RawIssue) => {
  // JSON has no undefined, so an undefined input is always an absent field.
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
      return `unexpected field${issue.keys.length === 1 ? '' : 's'} ${listWords(issue.keys)}`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    default:
      return 'not an allowed value';
  }
};

/** Whether the last key of `path` is absent from its parent in `data`. */
function isAbsent(data: unknown, path: readonly PropertyKey[]): boolean {
  let parent: unknown = data;
  for (let i = 0; i < path.length - 1; i += 1) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = (parent as Record<PropertyKey, unknown>)[path[i]!];
  }
  const last = path[path.length - 1];
  return last !== undefined && typeof parent === 'object' && parent !== null && !Object.hasOwn(parent, last);
}

/**
 * `candidates[3].title: expected text (and 2 more problems)`. Given the data, an absent
 * field reads "missing" even where the schema words its own message ("expected an ISO
 * 8601 date and time" is true but beside the point when there is no date at all).
 */
export function describeIssues(issues: readonly Issue[], data?: unknown): string {
  const first = issues[0];
  if (!first) return 'the session does not match the expected format';
  const message = data !== undefined && isAbsent(data, first.path) ? 'missing' : first.message;
  const where = formatPath(first.path);
  const text = where === '' ? message : `${where}: ${message}`;
  return withMoreProblems(text, issues.length);
}
