import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonError, locateJsonError } from '../../../shared/session/json-locate';

/** What V8 says: -1 when the text parses, its position when it names one, else null. */
function v8Position(text: string): number | null {
  try {
    JSON.parse(text);
    return -1;
  } catch (error) {
    const match = /at position (\d+)/.exec((error as Error).message);
    return match ? Number(match[1]) : null;
  }
}

// Characters that make up JSON, so that random strings are often nearly valid.
const jsonish = fc.string({ unit: fc.constantFrom(...'{}[]":,0123456789-+.eE tfrulnasx\\\n'.split('')), maxLength: 24 });
const damaged = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('x', ',', '}', ']', '"', ':', '\\')).map(([json, at, junk]) => {
  const k = at % (json.length + 1);
  return json.slice(0, k) + junk + json.slice(k);
});

describe('locateJsonError', () => {
  it('finds nothing wrong in valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonError(text)).toBe(-1);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with JSON.parse on validity, and on the place wherever V8 names one', () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, damaged), (text) => {
        const v8 = v8Position(text);
        const fault = findJsonError(text);
        const mine = fault?.offset ?? -1;
        if (v8 === -1) expect(mine).toBe(-1);
        else expect(mine).not.toBe(-1);
        // A word without quotes is pointed at where it starts; V8 points at its first letter
        // that does not spell true, false or null.
        if (v8 !== null && v8 !== -1 && fault?.problem !== 'bare-word') expect(mine).toBe(v8);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a stray word', '{"a": hello}', 6],
    ['a misspelt literal, at its start', '[1, ture]', 4],
    ['a comment', '{\n  // note\n  "a": 1\n}', 4],
    ['single quotes', "{'a': 1}", 1],
    ['NaN', '[1, NaN]', 4],
    ['a bad escape', '["a\\qb"]', 4],
    ['a cut-off text', '{"a": [1, 2', 11],
  ])('points at %s', (_kind, text, position) => {
    expect(locateJsonError(text)).toBe(position);
  });
});
