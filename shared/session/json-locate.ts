/**
 * Where JSON.parse gave up. V8 names the position for most syntax errors but not for
 * "Unexpected token" (a stray character, a comment, single quotes), which are exactly the
 * mistakes of someone editing a session by hand. Runs only after JSON.parse has failed.
 *
 * Returns the offset of the first character that cannot continue valid JSON, `text.length`
 * when the text ends too early, or -1 when the text is valid.
 */
export function locateJsonError(text: string): number {
  const n = text.length;
  const closers: string[] = [];
  let expect: 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after' = 'value';
  let i = 0;

  for (;;) {
    while (i < n && ' \t\n\r'.includes(text[i]!)) i += 1;
    if (i >= n) return expect === 'after' && closers.length === 0 ? -1 : n;
    const c = text[i]!;

    if (expect === 'after') {
      if (closers.length === 0) return i;
      if (c === ',') {
        expect = closers[closers.length - 1] === '}' ? 'key' : 'value';
        i += 1;
      } else if (c === closers[closers.length - 1]) {
        closers.pop();
        i += 1;
      } else {
        return i;
      }
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return i;
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
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
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
    const end = c === '"' ? scanString(text, i) : c === '-' || (c >= '0' && c <= '9') ? scanNumber(text, i) : scanLiteral(text, i);
    if (end < 0) return -end - 1;
    expect = 'after';
    i = end;
  }
}

// The scanners return the offset just past the token, or -(offset of the fault) - 1.

function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -i - 1;
    if (code === 0x5c) {
      const escape = text[i + 1];
      if (escape === undefined) return -text.length - 1;
      if (escape === 'u') {
        for (let k = 2; k < 6; k += 1) {
          const hex = text[i + k];
          if (hex === undefined) return -text.length - 1;
          if (!/[0-9A-Fa-f]/.test(hex)) return -(i + k) - 1;
        }
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(escape)) return -(i + 1) - 1;
      i += 2;
      continue;
    }
    i += 1;
  }
  return -text.length - 1;
}

function scanDigits(text: string, i: number): number {
  while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i += 1;
  return i;
}

function scanNumber(text: string, start: number): number {
  let i = start;
  if (text[i] === '-') i += 1;
  if (text[i] === '0') i += 1;
  else if (text[i] !== undefined && text[i]! >= '1' && text[i]! <= '9') i = scanDigits(text, i);
  else return -Math.min(i, text.length) - 1;
  if (text[i] === '.') {
    const end = scanDigits(text, i + 1);
    if (end === i + 1) return -Math.min(end, text.length) - 1;
    i = end;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i += 1;
    if (text[i] === '+' || text[i] === '-') i += 1;
    const end = scanDigits(text, i);
    if (end === i) return -Math.min(end, text.length) - 1;
    i = end;
  }
  return i;
}

function scanLiteral(text: string, start: number): number {
  const word = text[start] === 't' ? 'true' : text[start] === 'f' ? 'false' : text[start] === 'n' ? 'null' : null;
  if (word === null) return -start - 1;
  for (let k = 1; k < word.length; k += 1) {
    if (start + k >= text.length) return -text.length - 1;
    if (text[start + k] !== word[k]) return -(start + k) - 1;
  }
  return start + word.length;
}
