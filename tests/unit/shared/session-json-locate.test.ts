import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { describe, expect, it } from 'vitest';
import { findJsonError, locateJsonError, locateJsonPaths, type JsonFault } from '../../../shared/session/json-locate';
import { parseSession } from '../../../shared/session/parse';
import { sampleSession } from '../../../shared/session/sample-session';
import { serializeSession } from '../../../shared/session/serialize';

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
      { numRuns: propertyRuns(1000) },
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
      { numRuns: propertyRuns(3000) },
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

describe('findJsonError: what is wrong, and where', () => {
  // The kind picks the words of the message (read-json.ts), the offset its line and column.
  it.each<[string, string, JsonFault]>([
    // After a complete item.
    ['a comment after an item', '[1 // note\n]', { offset: 3, problem: 'comment' }],
    ['a ] closing an object', '{"a": 1]', { offset: 7, problem: 'mismatched-bracket' }],
    // After a field name.
    ['a comment between a name and its colon', '{"a" /* note */: 1}', { offset: 5, problem: 'comment' }],
    // Where a field name belongs.
    ['a name that is a number', '{1: "one"}', { offset: 1, problem: 'unquoted-name' }],
    ['a name starting with 0', '{0: "zero"}', { offset: 1, problem: 'unquoted-name' }],
    ['a name starting with 9', '{"a": 1, 9: 2}', { offset: 9, problem: 'unquoted-name' }],
    ['two commas between fields', '{"a": 1,, "b": 2}', { offset: 8, problem: 'missing-value' }],
    ['a comma before any field', '{,"a": 1}', { offset: 1, problem: 'missing-value' }],
    ['a ] after a comma in an object', '{"a": 1, ]', { offset: 9, problem: 'mismatched-bracket' }],
    ['a ] right after {', '{]', { offset: 1, problem: 'mismatched-bracket' }],
    ['a stray character for a name', '{"a": 1, @}', { offset: 9, problem: 'unexpected-character' }],
    // Where a value belongs.
    ['a value in single quotes', "{\"a\": 'b'}", { offset: 6, problem: 'single-quote' }],
    ['a comment for a value', '{"a": // none yet\n 1}', { offset: 6, problem: 'comment' }],
    ['a number with a + sign', '[+1]', { offset: 1, problem: 'bad-number' }],
    ['a number without its leading 0', '[.5]', { offset: 1, problem: 'bad-number' }],
    ['a list ending in a comma', '[1, 2,]', { offset: 6, problem: 'trailing-comma' }],
    ['a list ending in a comma and }', '[1, 2,}', { offset: 6, problem: 'mismatched-bracket' }],
    ['a ] with nothing open', ']', { offset: 0, problem: 'unexpected-character' }],
    ['a } with nothing open, after spaces', ' \n}', { offset: 2, problem: 'unexpected-character' }],
    ['two colons', '{"a":: 1}', { offset: 5, problem: 'missing-value' }],
    // Numbers.
    ['two zeros', '[00]', { offset: 2, problem: 'bad-number' }],
    ['09', '[09]', { offset: 2, problem: 'bad-number' }],
    ['no digit after the point', '[1.x]', { offset: 3, problem: 'bad-number' }],
    // Every kind of whitespace, before the fault.
    ['a missing comma after tabs, line feeds and carriage returns', '\t[\r\n\t1,\r\n\t2\n\t3]', { offset: 13, problem: 'missing-comma' }],
    // Cut off inside something: at the end, wherever that is.
    ['a text cut off after an item', '{"a": 1', { offset: 7, problem: 'ends-early' }],
    ['a text cut off in quoted text', '["abc', { offset: 5, problem: 'ends-early' }],
    ['a text cut off after a backslash', '["a\\', { offset: 4, problem: 'ends-early' }],
    ['a text cut off in a \\u escape', '["\\u12', { offset: 6, problem: 'ends-early' }],
    ['a text cut off after a decimal point', '[1.', { offset: 3, problem: 'ends-early' }],
    ['a text cut off after an exponent', '[1e', { offset: 3, problem: 'ends-early' }],
    ['a text cut off after a minus', '[-', { offset: 2, problem: 'ends-early' }],
    ['a text cut off inside true', '[tr', { offset: 3, problem: 'ends-early' }],
  ])('finds %s', (_kind, text, fault) => {
    expect(findJsonError(text)).toEqual(fault);
  });

  it('reads a \\u escape as its four digits, whatever follows', () => {
    expect(findJsonError('["caf\\u00e9!", "\\u00e9\\u00e8"]')).toBeNull();
    expect(findJsonError('{"name": "caf\\u00e9 au lait", "n": 01}')).toEqual({ offset: 36, problem: 'bad-number' });
  });

  it('names the line and column of a fault after tabs and Windows line ends', () => {
    expect(parseSession('{\r\n\t"a": 1,\r\n\t"b": [1, 2,]\r\n}\r\n', 'en')).toEqual({
      ok: false,
      error: { code: 'not-json', message: 'The file is not valid JSON at line 3, column 13: a comma is followed by no further item; remove that comma.' },
    });
  });
});

/**
 * JSON text for `value` laid out with `space` and `eol`, and where each path in it starts as
 * locateJsonPaths should find it: a field at its name, anything else at its value.
 */
function layOut(value: unknown, space: string, eol: string): { text: string; places: [PropertyKey[], number][] } {
  let text = '';
  const places: [PropertyKey[], number][] = [];
  const write = (item: unknown, path: PropertyKey[], indent: string, at: number) => {
    places.push([path, at]);
    if (item === null || typeof item !== 'object') {
      text += JSON.stringify(item);
      return;
    }
    const entries: [PropertyKey, unknown][] = Array.isArray(item) ? item.map((v, k) => [k, v]) : Object.entries(item);
    const [open, close] = Array.isArray(item) ? ['[', ']'] : ['{', '}'];
    text += open;
    entries.forEach(([key, child], k) => {
      text += `${k === 0 ? '' : ','}${eol}${indent}${space}`;
      const start = text.length;
      if (typeof key === 'string') text += `${JSON.stringify(key)}:${space === '' ? '' : ' '}`;
      write(child, [...path, key], indent + space, typeof key === 'string' ? start : text.length);
    });
    text += `${entries.length === 0 ? '' : eol + indent}${close}`;
  };
  write(value, [], '', 0);
  return { text, places };
}

describe('locateJsonPaths', () => {
  it('finds every path of any JSON, however it is laid out', () => {
    const layout = fc.constantFrom<[string, string]>(['', ''], ['  ', '\n'], ['\t', '\n'], ['  ', '\r\n'], ['\t', '\r\n'], [' ', ' ']);
    fc.assert(
      fc.property(fc.jsonValue(), layout, (value, [space, eol]) => {
        const { text, places } = layOut(value, space, eol);
        expect(locateJsonPaths(text, places.map(([path]) => path))).toEqual(places.map(([, at]) => at));
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  const text = [
    '{',
    '\t"title": "Say \\"hi\\", then {go} [now]",',
    '\t"path": "C:\\\\temp\\\\",',
    '\t"say \\"x\\"": {"n": 1},',
    '\t"list": [true, null, {"deep": [1, 2]}],',
    '\t"last": false',
    '}',
  ].join('\r\n');
  const at = (excerpt: string) => text.indexOf(excerpt);

  it.each<[string, PropertyKey[], number]>([
    ['the whole file', [], 0],
    ['a field after quoted text holding escaped quotes, commas and brackets', ['path'], at('"path"')],
    ['a field after quoted text ending in a backslash', ['say "x"'], at('"say')],
    ['a field inside an object whose name holds escaped quotes', ['say "x"', 'n'], at('"n"')],
    ['a list item', ['list', 1], at('null')],
    ['an item in a list in an object in a list', ['list', 2, 'deep', 1], at('2]')],
    ['a field after a literal closing a list', ['last'], at('"last"')],
  ])('finds %s', (_kind, path, offset) => {
    expect(locateJsonPaths(text, [path])).toEqual([offset]);
  });

  it('skips quoted text holding commas and closing brackets', () => {
    const quoted = '{"note": "a}b, c]", "list": ["d, e", "f"]}';
    expect(locateJsonPaths(quoted, [['list'], ['list', 1]])).toEqual([quoted.indexOf('"list"'), quoted.indexOf('"f"')]);
  });

  it('finds a field after a number or a literal that closes an object', () => {
    expect(locateJsonPaths('{"a":{"b":1},"c":{"d":true},"e":0}', [['c'], ['e']])).toEqual([13, 28]);
  });

  it('gives -1 for a path the text does not hold, and still finds the others', () => {
    expect(locateJsonPaths('{"a": [1, 2], "b": {"c": 3}}', [['a', 2], ['b', 'c'], ['c'], ['a', 0, 'x']])).toEqual([-1, 20, -1, -1]);
  });

  it('finds a name given twice at its last occurrence, whose value JSON.parse keeps', () => {
    const twice = '{"title": "ok", "n": 1, "title": 42, "o": {"x": 1}, "o": {"x": 2}}';
    expect(JSON.parse(twice)).toEqual({ title: 42, n: 1, o: { x: 2 } });
    expect(locateJsonPaths(twice, [['title'], ['o', 'x'], ['n']])).toEqual([24, 58, 16]);
  });
});

describe('parseSession: a problem’s line and column in a file laid out otherwise', () => {
  const bad = () => {
    const data = JSON.parse(serializeSession(sampleSession)) as { candidates: { title: unknown }[] };
    data.candidates[3]!.title = 42;
    return data;
  };

  it('counts lines ending in \\r\\n and columns indented with tabs', () => {
    const text = JSON.stringify(bad(), null, '\t').replaceAll('\n', '\r\n');
    expect(parseSession(text, 'en')).toEqual({ ok: false, error: { code: 'invalid', message: 'The title of candidate 4 (C4) is 42, not text (line 225, column 4).' } });
  });

  it('finds the place in a file written on one line', () => {
    const text = JSON.stringify(bad());
    const column = text.indexOf('"title":42') + 1;
    expect(parseSession(text, 'en')).toEqual({ ok: false, error: { code: 'invalid', message: `The title of candidate 4 (C4) is 42, not text (line 1, column ${column}).` } });
  });
});
