import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { plainErrorMap } from '../../../shared/session/issue-message';

// plainErrorMap words every kind of zod issue, so that a check added to the schema later can
// never show zod's own wording ("Invalid input: expected string, received number"): each case
// here is a small schema whose issue is worded by the map alone.
function wording(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input, { error: plainErrorMap('en') });
  if (result.success) throw new Error('expected an issue');
  return result.error.issues.map((issue) => issue.message).join(' / ');
}

describe('plainErrorMap', () => {
  it('says a field is missing when there is nothing, whatever the check', () => {
    expect(wording(z.object({ a: z.string() }), {})).toBe('missing');
    expect(wording(z.object({ a: z.number().int() }), {})).toBe('missing');
  });

  it.each([
    [z.string(), 3, 'expected text'],
    [z.number(), 'x', 'expected a number'],
    [z.number().int(), 2.5, 'expected a whole number'],
    [z.boolean(), 1, 'expected true or false'],
    [z.array(z.number()), {}, 'expected a list'],
    [z.object({}), [], 'expected an object'],
    [z.null(), 1, 'expected null'],
    [z.bigint(), 1, 'expected bigint'],
  ])('words the expected type: %#', (schema, input, words) => {
    expect(wording(schema, input)).toBe(words);
  });

  it.each([
    [z.string().max(1), 'ab', 'expected at most 1 character'],
    [z.string().max(3), 'abcd', 'expected at most 3 characters'],
    [z.string().min(2), 'a', 'expected at least 2 characters'],
    [z.array(z.number()).max(1), [1, 2], 'expected at most 1 item'],
    [z.array(z.number()).min(2), [1], 'expected at least 2 items'],
    [z.set(z.number()).max(1), new Set([1, 2]), 'expected at most 1 item'],
    [z.number().max(5), 6, 'expected a number of at most 5'],
    [z.number().min(1), 0, 'expected a number of at least 1'],
    [z.number().lt(5), 5, 'expected a number below 5'],
    [z.number().gt(1), 1, 'expected a number above 1'],
  ])('words a size or bound: %#', (schema, input, words) => {
    expect(wording(schema, input)).toBe(words);
  });

  it('words allowed values, formats, unions, unknown fields and multiples', () => {
    expect(wording(z.literal('a'), 'b')).toBe('expected "a"');
    expect(wording(z.literal(''), 'b')).toBe('expected empty text');
    expect(wording(z.literal(5), 4)).toBe('expected 5');
    expect(wording(z.enum(['a', 'b', 'c']), 'x')).toBe('expected one of "a", "b" or "c"');
    expect(wording(z.enum(['a', 'b']), 'x')).toBe('expected one of "a" or "b"');
    expect(wording(z.email(), 'x')).toBe('expected text in a different form');
    expect(wording(z.union([z.string(), z.number()]), true)).toBe('expected one of the allowed kinds of value');
    expect(wording(z.strictObject({}), { a: 1 })).toBe('unexpected field "a"');
    expect(wording(z.strictObject({}), { a: 1, b: 2 })).toBe('unexpected fields "a" and "b"');
    expect(wording(z.number().multipleOf(5), 7)).toBe('expected a multiple of 5');
    expect(wording(z.string().refine(() => false), 'x')).toBe('not an allowed value');
  });
});
