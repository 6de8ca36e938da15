// What makes a message Pickwise's own: never JSON.parse's or zod's wording, no path syntax or
// field names from the code, no raw excerpt of the file. Values a message deliberately quotes
// (a title, a name, a wrong value) are in curly quotes “…” and are left out of the checks.
import { expect } from 'vitest';

/** Wording of V8's JSON.parse errors and of zod's default messages. */
export const FOREIGN_WORDING = [
  /unexpected (token|string|number|end|non-whitespace|character)/i,
  /in JSON at position/i,
  /JSON input/i,
  /" is not valid JSON/,
  /after (JSON|property (name|value)|array element)/i,
  /Expected (property name|',' or|':' after|double-quoted)/,
  /Bad (control|escaped|Unicode)/i,
  /string literal/i,
  /Unterminated/i,
  /No number after/i,
  /Exponent part/i,
  /Invalid (input|option|element|key|string|type|union|enum|format|value|date)/i,
  /received (a |an )?\w+/i,
  /Too (big|small):/,
  /Unrecognized key/i,
  /\bRequired\b/,
  /expected (string|number|boolean|array|object|int|nan|bigint|symbol)\b/i,
  /\bat position \d/i,
];

/** Traces of the code's own names: `candidates[3].title`, `scoringDone`, `frame.title:`. */
export const INTERNALS = [/\w\[\d+\]/, /\b[a-z]+[A-Z][A-Za-z]*\b/, /\b[a-z]+\.[a-z]+\b/i];

/** The message without the values it quotes on purpose. */
function ownWords(message: string): string {
  return message.replace(/“[^”]*”/g, '“…”');
}

/** V8's reason for refusing the text, without its excerpt: "Unexpected token 'x'". */
export function v8Reason(text: string): string | null {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return null;
  } catch (error) {
    return (error as Error).message.split(/,| in JSON| \(/)[0]!.trim();
  }
}

/** A piece of the file's own text (JSON punctuation included) that the message repeats. */
export function rawExcerpt(message: string, text: string): string | null {
  const words = ownWords(message);
  const WINDOW = 10;
  for (let i = 0; i + WINDOW <= words.length; i += 1) {
    const piece = words.slice(i, i + WINDOW);
    if (/["{}[\]]/.test(piece) && text.includes(piece)) return piece;
  }
  return null;
}

/** Fails the test when `message`, given for `text`, is not in Pickwise's own words. */
export function expectOwnWords(message: string, text: string): void {
  const words = ownWords(message);
  for (const pattern of FOREIGN_WORDING) expect(words, `${message}\n  has foreign wording ${pattern}`).not.toMatch(pattern);
  for (const pattern of INTERNALS) expect(words, `${message}\n  names code internals ${pattern}`).not.toMatch(pattern);
  const reason = v8Reason(text);
  if (reason !== null && reason.length >= 8) expect(words.toLowerCase(), `${message}\n  repeats JSON.parse`).not.toContain(reason.toLowerCase());
  expect(rawExcerpt(message, text), `${message}\n  quotes the file`).toBeNull();
}

