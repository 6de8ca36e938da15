/**
 * Where and why a text is not JSON, found by our own scan rather than read from JSON.parse's
 * message: V8 words its errors for developers, quotes excerpts of the file, names no position
 * for some faults (a stray character, a comment, single quotes, exactly the mistakes of
 * someone editing a session by hand) and may word them differently in another version. Runs
 * only after JSON.parse has failed, in one pass without recursion.
 */

/** What is wrong at the place found, in kinds a message can explain. */
export type JsonProblem =
  /** The text stops inside a value, a string or a bracket. */
  | 'ends-early'
  /** Something follows the complete top-level value. */
  | 'extra-text'
  /** `//` or `/*`. */
  | 'comment'
  /** 'text' instead of "text". */
  | 'single-quote'
  /** {name: 1} */
  | 'unquoted-name'
  /** [1, 2,] or {"a": 1,} */
  | 'trailing-comma'
  /** [1,,2] or {"a": } */
  | 'missing-value'
  /** A word without quotes that is not true, false or null (NaN, undefined, yes, True). */
  | 'bare-word'
  /** {"a" 1} */
  | 'missing-colon'
  /** Two items with no comma between them. */
  | 'missing-comma'
  /** [1, 2} or {"a": 1] */
  | 'mismatched-bracket'
  /** A raw line break, tab or other control character inside quoted text. */
  | 'control-character'
  /** A backslash followed by a letter JSON does not know (\q, \x). */
  | 'bad-escape'
  /** \u not followed by four hexadecimal digits. */
  | 'bad-unicode-escape'
  /** 01, +1, .5, 1., 1e, - */
  | 'bad-number'
  /** Any other character where it cannot be. */
  | 'unexpected-character';

export interface JsonFault {
  /** Offset of the first character that cannot continue valid JSON (text.length when it ends early). */
  offset: number;
  problem: JsonProblem;
}

type Expect = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after';

const SPACE = ' \t\n\r';

/** The first fault of `text` as JSON, or null when it is valid JSON. */
export function findJsonError(text: string): JsonFault | null {
  const n = text.length;
  const closers: string[] = [];
  // Stryker disable next-line StringLiteral: any state the scan does not name reads a value, as 'value' does
  let expect: Expect = 'value';
  let i = 0;

  for (;;) {
    while (i < n && SPACE.includes(text[i]!)) i += 1;
    if (i >= n) return expect === 'after' && closers.length === 0 ? null : { offset: n, problem: 'ends-early' };
    const c = text[i]!;

    if (expect === 'after') {
      if (closers.length === 0) return { offset: i, problem: 'extra-text' };
      if (c === ',') {
        expect = closers[closers.length - 1] === '}' ? 'key' : 'value';
        i += 1;
      } else if (c === closers[closers.length - 1]) {
        closers.pop();
        i += 1;
      } else {
        return { offset: i, problem: c === '/' ? 'comment' : c === '}' || c === ']' ? 'mismatched-bracket' : 'missing-comma' };
      }
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return { offset: i, problem: c === '/' ? 'comment' : 'missing-colon' };
      // Stryker disable next-line StringLiteral: any state the scan does not name reads a value, as 'value' does
      expect = 'value';
      i += 1;
      continue;
    }
    if ((expect === 'first-value' && c === ']') || (expect === 'first-key' && c === '}')) {
      closers.pop();
      expect = 'after';
      i += 1;
      continue;
    }
    if (expect === 'key' || expect === 'first-key') {
      if (c !== '"') return { offset: i, problem: nameProblem(c, expect) };
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      expect = 'colon';
      i = end;
      continue;
    }
    // A value.
    if (c === '{' || c === '[') {
      closers.push(c === '{' ? '}' : ']');
      expect = c === '{' ? 'first-key' : 'first-value';
      i += 1;
      continue;
    }
    const end =
      c === '"'
        ? scanString(text, i)
        : c === '-' || (c >= '0' && c <= '9')
          ? scanNumber(text, i)
          : isLetter(c)
            ? scanWord(text, i)
            : { offset: i, problem: valueProblem(c, closers[closers.length - 1], text, i) };
    if (typeof end !== 'number') return end;
    expect = 'after';
    i = end;
  }
}

/**
 * The offset of the first character that cannot continue valid JSON, `text.length` when the
 * text ends too early, or -1 when the text is valid (findJsonError, place only).
 */
export function locateJsonError(text: string): number {
  return findJsonError(text)?.offset ?? -1;
}

function isLetter(c: string): boolean {
  return /[A-Za-z_$]/.test(c);
}

function nameProblem(c: string, expect: 'key' | 'first-key'): JsonProblem {
  if (c === "'") return 'single-quote';
  if (c === '/') return 'comment';
  if (isLetter(c) || (c >= '0' && c <= '9')) return 'unquoted-name';
  if (c === '}' && expect === 'key') return 'trailing-comma';
  if (c === ']') return 'mismatched-bracket';
  if (c === ',') return 'missing-value';
  return 'unexpected-character';
}

function valueProblem(c: string, closer: string | undefined, text: string, at: number): JsonProblem {
  if (c === "'") return 'single-quote';
  if (c === '/') return 'comment';
  if (c === '+' || c === '.') return 'bad-number';
  if (c === ']' || c === '}') {
    if (closer === undefined) return 'unexpected-character';
    // Right after a colon: a field with no value. Right after a comma: the list ends with one.
    if (previousMark(text, at) === ':') return 'missing-value';
    return c === closer ? 'trailing-comma' : 'mismatched-bracket';
  }
  if (c === ',' || c === ':') return 'missing-value';
  return 'unexpected-character';
}

/** The last non-space character before `at`. */
function previousMark(text: string, at: number): string | undefined {
  for (let i = at - 1; i >= 0; i -= 1) if (!SPACE.includes(text[i]!)) return text[i];
  return undefined;
}

// The scanners return the offset just past the token, or the fault.

function scanString(text: string, start: number): number | JsonFault {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { offset: i, problem: 'control-character' };
    if (code === 0x5c) {
      const escape = text[i + 1];
      if (escape === undefined) return { offset: text.length, problem: 'ends-early' };
      if (escape === 'u') {
        for (let k = 2; k < 6; k += 1) {
          const hex = text[i + k];
          if (hex === undefined) return { offset: text.length, problem: 'ends-early' };
          if (!/[0-9A-Fa-f]/.test(hex)) return { offset: i + k, problem: 'bad-unicode-escape' };
        }
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(escape)) return { offset: i + 1, problem: 'bad-escape' };
      i += 2;
      continue;
    }
    i += 1;
  }
  return { offset: text.length, problem: 'ends-early' };
}

function scanDigits(text: string, i: number): number {
  while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i += 1;
  return i;
}

/** A fault at `i`: the text ending there is a cut-off number, anything else a badly written one. */
function numberFault(text: string, i: number): JsonFault {
  return i >= text.length ? { offset: text.length, problem: 'ends-early' } : { offset: i, problem: 'bad-number' };
}

function scanNumber(text: string, start: number): number | JsonFault {
  let i = start;
  if (text[i] === '-') i += 1;
  if (text[i] === '0') {
    i += 1;
    // JSON allows no leading zero: 01 is not a number.
    if (text[i] !== undefined && text[i]! >= '0' && text[i]! <= '9') return { offset: i, problem: 'bad-number' };
  } else if (text[i] !== undefined && text[i]! >= '1' && text[i]! <= '9') i = scanDigits(text, i);
  else return numberFault(text, i);
  if (text[i] === '.') {
    const end = scanDigits(text, i + 1);
    if (end === i + 1) return numberFault(text, end);
    i = end;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i += 1;
    if (text[i] === '+' || text[i] === '-') i += 1;
    const end = scanDigits(text, i);
    if (end === i) return numberFault(text, end);
    i = end;
  }
  return i;
}

/** true, false or null; any other word is a bare word (a cut-off literal ends early). */
function scanWord(text: string, start: number): number | JsonFault {
  let end = start;
  while (end < text.length && /[A-Za-z0-9_$]/.test(text[end]!)) end += 1;
  const word = text.slice(start, end);
  if (word === 'true' || word === 'false' || word === 'null') return end;
  if (end === text.length && ['true', 'false', 'null'].some((literal) => literal.startsWith(word))) {
    return { offset: text.length, problem: 'ends-early' };
  }
  return { offset: start, problem: 'bare-word' };
}

type Segment = string | number | undefined;

function samePath(current: readonly Segment[], target: readonly PropertyKey[]): boolean {
  if (current.length !== target.length) return false;
  // Stryker disable next-line ArithmeticOperator: past the end both paths hold undefined, which compare equal
  for (let k = current.length - 1; k >= 0; k -= 1) if (current[k] !== target[k]) return false;
  return true;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** The offset just past the string starting at `start` (valid JSON assumed). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length;
    // A quote preceded by an odd number of backslashes is escaped.
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/**
 * Where the values at `paths` start in a text that JSON.parse accepted, so a message can name
 * the line of each problem: for an object's field, the offset of its name; for a list item or
 * the whole file, of the value; -1 for a path the text does not hold. A name an object gives
 * twice is found at its last occurrence, the one JSON.parse keeps (and so the one checked).
 * One pass, no recursion; strings are skipped with indexOf.
 */
export function locateJsonPaths(text: string, paths: readonly (readonly PropertyKey[])[]): number[] {
  const found = paths.map(() => -1);
  const path: Segment[] = [];
  const inObject: boolean[] = [];
  // Stryker disable next-line UnaryOperator: read only for a field's value, after its name has set it
  let keyOffset = -1;
  let i = 0;
  const n = text.length;
  const mark = (offset: number) => {
    for (let t = 0; t < paths.length; t += 1) if (samePath(path, paths[t]!)) found[t] = offset;
  };

  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code) || code === 0x3a /* : */) {
      i += 1;
      continue;
    }
    const depth = path.length - 1;
    const objectHere = inObject[depth] === true;
    if (code === 0x2c /* , */) {
      if (objectHere) path[depth] = undefined;
      else path[depth] = (path[depth] as number) + 1;
      i += 1;
      continue;
    }
    if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      inObject.pop();
      path.pop();
      i += 1;
      continue;
    }
    if (objectHere && path[depth] === undefined) {
      // A field name.
      const end = stringEnd(text, i);
      const raw = text.slice(i + 1, end - 1);
      // Stryker disable next-line StringLiteral: JSON.parse of a name without escapes gives its raw text
      path[depth] = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
      keyOffset = i;
      i = end;
      continue;
    }
    // A value: an object member is found at its name, anything else where it starts.
    mark(objectHere ? keyOffset : i);
    if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      const list = code === 0x5b;
      inObject.push(!list);
      path.push(list ? 0 : undefined);
      i += 1;
      continue;
    }
    if (code === QUOTE) {
      i = stringEnd(text, i);
      continue;
    }
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isSpace(c) || c === 0x2c || c === 0x7d || c === 0x5d) break;
      i += 1;
    }
  }
  return found;
}
