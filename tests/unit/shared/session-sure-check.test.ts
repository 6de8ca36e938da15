import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sampleSession } from '../../../shared/session/sample-session';
import { sessionSchema } from '../../../shared/session/schema';
import { sureCheckOf } from '../../../shared/session/sure-check';

// A sure check (sure-check.ts) says yes only of a value its zod schema accepts and returns as
// it is, keys in the same order; anything else goes to zod. These tests hold it to zod.

/** Equal values, and every object's keys in the same order. */
function sameInOrder(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return Array.isArray(a) === Array.isArray(b) && keysA.join('\u0000') === keysB.join('\u0000') && keysA.every((key) => sameInOrder((a as never)[key], (b as never)[key]));
}

/** What the check says; and, when it says yes, that zod agrees and returns the value as it is. */
function sure(schema: z.ZodType, value: unknown): boolean {
  const yes = sureCheckOf(schema)(value);
  if (yes) {
    const parsed = schema.safeParse(value);
    expect(parsed.success, `zod refuses what the sure check accepts: ${JSON.stringify(value)}`).toBe(true);
    expect(sameInOrder(parsed.data, value), `zod returns something else: ${JSON.stringify(parsed.data)}`).toBe(true);
  }
  return yes;
}

describe('a sure check of text', () => {
  it('holds to the longest length by UTF-16 units, which never lets through what zod refuses', () => {
    const schema = z.string().max(3);
    expect(sure(schema, 'abc')).toBe(true);
    expect(sure(schema, 'abcd')).toBe(false);
    // zod counts these as three characters; in units they are six, so zod decides.
    expect(sure(schema, '\u{1F600}\u{1F600}\u{1F600}')).toBe(false);
    expect(schema.safeParse('\u{1F600}\u{1F600}\u{1F600}').success).toBe(true);
    expect(sure(schema, 3)).toBe(false);
  });

  it('is sure of a shortest length of one by units, and of more only from twice as many units', () => {
    expect(sure(z.string().min(1), 'a')).toBe(true);
    expect(sure(z.string().min(1), '')).toBe(false);
    expect(sure(z.string().min(0), '')).toBe(true);
    expect(sure(z.string().min(2), 'abcd')).toBe(true);
    // Three units could be two characters or fewer: zod counts.
    expect(sure(z.string().min(2), 'abc')).toBe(false);
    expect(sure(z.string().min(2), '\u{1F600}')).toBe(false);
  });

  it('matches a pattern from its start however often it was used, as zod does for a global one', () => {
    const schema = z.string().regex(/^[a-z]+$/g);
    expect(sure(schema, 'abc')).toBe(true);
    expect(sure(schema, 'abc')).toBe(true);
    expect(sure(schema, 'ab1')).toBe(false);
  });

  it('checks dates and times by their pattern', () => {
    const datetime = z.iso.datetime({ offset: true });
    expect(sure(datetime, '2026-11-26T09:00:00Z')).toBe(true);
    expect(sure(datetime, '2026-11-26T09:00:00+01:00')).toBe(true);
    expect(sure(datetime, '2026-02-30T09:00:00Z')).toBe(false);
    expect(sure(z.iso.date(), '2024-02-29')).toBe(true);
    expect(sure(z.iso.date(), '2023-02-29')).toBe(false);
  });

  it('leaves to zod a format that checks more than a pattern, a rule it does not know, and coercion', () => {
    expect(sure(z.email(), 'someone@example.com')).toBe(false);
    expect(sure(z.string().startsWith('a'), 'abc')).toBe(false);
    expect(sure(z.string().trim(), 'abc')).toBe(false);
    expect(sure(z.coerce.string(), 'abc')).toBe(false);
  });
});

describe('a sure check of a number, a yes or no, a fixed value, a choice', () => {
  it('holds to bounds that include or exclude their value', () => {
    expect(sure(z.number().min(0).max(100), 0)).toBe(true);
    expect(sure(z.number().min(0).max(100), 100)).toBe(true);
    expect(sure(z.number().min(0).max(100), -0.5)).toBe(false);
    expect(sure(z.number().min(0).max(100), 100.5)).toBe(false);
    expect(sure(z.number().gt(0).lt(1), 0.5)).toBe(true);
    expect(sure(z.number().gt(0).lt(1), 0)).toBe(false);
    expect(sure(z.number().gt(0).lt(1), 1)).toBe(false);
  });

  it('is sure of whole numbers in the safe range only, and of no other number format', () => {
    const whole = z.number().int();
    expect(sure(whole, 7)).toBe(true);
    expect(sure(whole, 7.5)).toBe(false);
    expect(sure(whole, 2 ** 53)).toBe(false);
    expect(sure(z.int32(), 7)).toBe(false);
  });

  it('is never sure of a number that is not finite, or of text', () => {
    expect(sure(z.number(), Number.NaN)).toBe(false);
    expect(sure(z.number(), Number.POSITIVE_INFINITY)).toBe(false);
    expect(sure(z.number(), '7')).toBe(false);
    expect(sure(z.coerce.number(), 7)).toBe(false);
  });

  it('checks yes or no, fixed values and choices', () => {
    expect(sure(z.boolean(), false)).toBe(true);
    expect(sure(z.boolean(), 0)).toBe(false);
    expect(sure(z.literal(5), 5)).toBe(true);
    expect(sure(z.literal(5), '5')).toBe(false);
    expect(sure(z.enum(['open', 'parked']), 'parked')).toBe(true);
    expect(sure(z.enum(['open', 'parked']), 'closed')).toBe(false);
  });

  it('leaves a TypeScript enum’s numbers to zod', () => {
    enum Level {
      Low,
      High,
    }
    expect(sure(z.enum(Level), Level.High)).toBe(false);
    expect(sure(z.enum(Level), 'High')).toBe(false);
  });
});

describe('a sure check of an object', () => {
  const schema = z.object({ id: z.string(), count: z.number() });

  it('is sure of exactly its keys, in its order', () => {
    expect(sure(schema, { id: 'a', count: 1 })).toBe(true);
    expect(sure(schema, { count: 1, id: 'a' })).toBe(false);
    expect(sure(schema, { id: 'a' })).toBe(false);
    expect(sure(schema, { id: 'a', count: 1, extra: true })).toBe(false);
    expect(sure(schema, { id: 'a', count: '1' })).toBe(false);
  });

  it('is not sure of a list, null or text where an object belongs', () => {
    expect(sure(schema, ['a', 1])).toBe(false);
    expect(sure(schema, null)).toBe(false);
    expect(sure(schema, 'a')).toBe(false);
  });

  it('leaves to zod an object with a refinement, an optional or defaulted field, or a "__proto__" field', () => {
    expect(sure(schema.refine(() => true), { id: 'a', count: 1 })).toBe(false);
    expect(sure(z.object({ id: z.string().optional() }), { id: 'a' })).toBe(false);
    expect(sure(z.object({ id: z.string().default('a') }), { id: 'a' })).toBe(false);
    expect(sure(z.object({ ['__proto__']: z.string() }), JSON.parse('{"__proto__": "a"}'))).toBe(false);
  });
});

describe('a sure check of a list, of null or a value, of one of several', () => {
  it('holds to a list’s lengths and checks each item', () => {
    const schema = z.array(z.number()).min(1).max(2);
    expect(sure(schema, [1])).toBe(true);
    expect(sure(schema, [1, 2])).toBe(true);
    expect(sure(schema, [])).toBe(false);
    expect(sure(schema, [1, 2, 3])).toBe(false);
    expect(sure(schema, [1, '2'])).toBe(false);
    expect(sure(schema, { 0: 1, length: 1 })).toBe(false);
    expect(sure(z.array(z.number()).refine(() => true), [1])).toBe(false);
  });

  it('takes null or the value where a value may be null', () => {
    const schema = z.object({ x: z.number() }).nullable();
    expect(sure(schema, null)).toBe(true);
    expect(sure(schema, { x: 1 })).toBe(true);
    expect(sure(schema, { x: null })).toBe(false);
  });

  it('takes a value any option of a union takes', () => {
    const schema = z.union([z.literal(''), z.iso.date()]);
    expect(sure(schema, '')).toBe(true);
    expect(sure(schema, '2026-12-02')).toBe(true);
    expect(sure(schema, 'tomorrow')).toBe(false);
  });

  it('leaves every other kind of schema to zod', () => {
    expect(sure(z.record(z.string(), z.number()), { a: 1 })).toBe(false);
    expect(sure(z.tuple([z.number()]), [1])).toBe(false);
    expect(sure(z.string().transform((text) => text.length), 'a')).toBe(false);
  });
});

describe('the session’s sure check', () => {
  const check = sureCheckOf(sessionSchema);

  it('is sure of the sample session, read back from JSON', () => {
    expect(sure(sessionSchema, JSON.parse(JSON.stringify(sampleSession)))).toBe(true);
  });

  it('never says yes to what zod refuses or changes, for mutations of the sample', () => {
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    walk(sampleSession, []);
    const replacement = fc.oneof(fc.jsonValue(), fc.string({ unit: 'binary', maxLength: 210 }), fc.constantFrom('', 'x'.repeat(201), 0, 1, 5, 10, 11, -1, 2.5, null, true, [], {}));
    fc.assert(
      fc.property(fc.constantFrom(...paths.slice(1)), replacement, (path, value) => {
        const data = JSON.parse(JSON.stringify(sampleSession)) as Record<string | number, unknown>;
        let parent = data;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path[path.length - 1]!] = value;
        if (check(data)) sure(sessionSchema, data);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
