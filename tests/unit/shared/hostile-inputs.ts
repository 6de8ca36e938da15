// fast-check builders of hostile session files: valid sessions, serialized, then broken in
// the ways real files break or attackers break them, plus JSON and text that is no session.
import fc from 'fast-check';
import { serializeSession } from '../../../shared';
import { sampleSession } from '../../../shared';
import { sessionArbitrary } from './session-arbitraries';

/** A serialized valid session: generated ones, and the realistic sample. */
const validText = fc.oneof({ weight: 4, arbitrary: sessionArbitrary.map(serializeSession) }, { weight: 1, arbitrary: fc.constant(serializeSession(sampleSession)) });

/** Positions of every match of `pattern` in `text`. */
function positions(text: string, pattern: RegExp): { index: number; length: number }[] {
  return [...text.matchAll(new RegExp(pattern.source, 'g'))].map((match) => ({ index: match.index, length: match[0].length }));
}

function replaceNth(text: string, pattern: RegExp, pick: number, replacement: (found: string) => string): string {
  const found = positions(text, pattern);
  if (found.length === 0) return text;
  const { index, length } = found[pick % found.length]!;
  return text.slice(0, index) + replacement(text.slice(index, index + length)) + text.slice(index + length);
}

const truncated = fc.tuple(validText, fc.double({ min: 0, max: 1, noNaN: true })).map(([text, at]) => text.slice(0, Math.floor(at * text.length)));

const byteFlips = fc
  .tuple(validText, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 0xffff })), { minLength: 1, maxLength: 8 }))
  .map(([text, flips]) =>
    flips.reduce((out, [at, code]) => {
      const i = at % Math.max(1, out.length);
      return out.slice(0, i) + String.fromCharCode(code) + out.slice(i + 1);
    }, text),
  );

const keyRenames = fc
  .tuple(validText, fc.nat(), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Title', 'titel', 'id ', '', 'candidates', 'version')))
  .map(([text, pick, name]) => replaceNth(text, /"[A-Za-z]+":/, pick, () => `${JSON.stringify(name)}:`));

/** A value of another type in place of a value (after a key). */
const typeSwaps = fc
  .tuple(
    validText,
    fc.nat(),
    fc.oneof(fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value) ?? 'null'), fc.constantFrom('null', 'true', '[]', '{}', '"5"', '-1', '0.5', '""')),
  )
  .map(([text, pick, replacement]) => replaceNth(text, /: ("[^"]*"|-?\d+(\.\d+)?|true|false|null)/, pick, () => `: ${replacement}`));

/** Deep nesting, alone or inside a real session. */
const deepNesting = fc
  .tuple(validText, fc.nat(), fc.integer({ min: 50, max: 20_000 }), fc.constantFrom('[', '{"a":'))
  .map(([text, pick, depth, open]) => {
    const close = open === '[' ? ']' : '}';
    const nested = open.repeat(depth) + '1' + close.repeat(depth);
    return pick % 3 === 0 ? nested : replaceNth(text, /: (-?\d+|true|false|null)/, pick, () => `: ${nested}`);
  });

/** `__proto__`, `constructor` and `prototype` keys slipped into any object. */
const pollution = fc
  .tuple(validText, fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.constantFrom('{"polluted": true}', '{"toString": 1}', 'null', '[]'))
  .map(([text, pick, key, value]) => replaceNth(text, /\{/, pick, () => `{"${key}": ${value}, `));

/** Numbers JSON allows but no session holds: infinities after parsing, enormous, tiny, negative zero. */
const hugeNumbers = fc
  .tuple(validText, fc.nat(), fc.constantFrom('1e999', '-1e400', '123456789012345678901234567890', '1.7976931348623157e309', '-0', '5e-324', '9007199254740993', '1e21'))
  .map(([text, pick, number]) => replaceNth(text, /-?\d+(\.\d+)?(?=[,\n\]}])/, pick, () => number));

const randomJson = fc.json({ maxDepth: 4 });
const randomText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.constantFrom(...'{}[]":,0123456789.eE-+ \n"\\ntruefalsenull'.split('')), maxLength: 200 }));

/** Everything a session file from someone else's laptop might be. */
export const hostileSessionText: fc.Arbitrary<string> = fc.oneof(
  truncated,
  byteFlips,
  keyRenames,
  typeSwaps,
  deepNesting,
  pollution,
  hugeNumbers,
  randomJson,
  randomText,
);
