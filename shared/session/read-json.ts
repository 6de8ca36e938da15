import type { SessionError } from './errors';
import { findJsonError, type JsonProblem } from './json-locate';

/** Checked on the text's length before parsing, so a huge file never reaches JSON.parse. */
export const MAX_SESSION_BYTES = 50 * 1024 * 1024;

// A binary file read as UTF-8 is full of C0 control characters; JSON text allows none but
// \t \n \r, so a handful in the first few kilobytes is enough to say "not text".
const BINARY_SAMPLE = 8192;
const BINARY_CONTROL_LIMIT = 4;

/** `text` is what was parsed (without a byte order mark), for finding a problem's line later. */
export type JsonResult = { ok: true; value: unknown; text: string } | { ok: false; error: SessionError };

function megabytes(length: number): string {
  return `${(length / (1024 * 1024)).toFixed(1)} MB`;
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let controls = 0;
  const end = Math.min(text.length, BINARY_SAMPLE);
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) {
      controls += 1;
      if (controls >= BINARY_CONTROL_LIMIT) return true;
    }
  }
  return false;
}

/** "line 3, column 7" for an offset in `text`. */
export function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `line ${line}, column ${position - lineStart + 1}`;
}

/** Each fault in Pickwise's words: what is wrong, and how to put it right where that is clear. */
const PROBLEM_WORDS: Record<Exclude<JsonProblem, 'ends-early'>, string> = {
  'extra-text': 'there is more text after the end of the session data',
  comment: 'comments are not allowed in a session file',
  'single-quote': 'text and field names must be in double quotes ("), not single quotes',
  'unquoted-name': 'a field name must be in double quotes (")',
  'trailing-comma': 'a comma is followed by no further item; remove that comma',
  'missing-value': 'a value is missing (after a colon, or between two commas)',
  'bare-word': 'a word is not in quotes; text must be in double quotes ("), and only true, false and null are written without them',
  'missing-colon': 'a colon (:) is missing after a field name',
  'missing-comma': 'a comma is missing between two items, or a bracket is not closed',
  'mismatched-bracket': 'a closing bracket does not match the one it closes (] closes a list, } an object)',
  'control-character': 'quoted text holds a line break, tab or other control character; write a line break as \\n and a tab as \\t',
  'bad-escape': 'a backslash (\\) in quoted text starts an escape that does not exist; write a backslash itself as \\\\',
  'bad-unicode-escape': 'a \\u escape in quoted text needs four hexadecimal digits',
  'bad-number': 'a number is not written as JSON writes numbers (no leading zero, no + sign, digits on both sides of the decimal point)',
  'unexpected-character':
    'this character cannot start a value (a value is text in double quotes, a number, true, false, null, a list in [ ] or an object in { })',
};

/**
 * Why JSON.parse refused the text, and where, found by our own scan (json-locate.ts): never
 * JSON.parse's own words, which are written for developers and quote excerpts of the file.
 */
function describeSyntaxError(text: string, error: unknown): SessionError {
  const fault = findJsonError(text);
  const contentEnd = text.trimEnd().length;
  if (fault === null) {
    // Our scan and JSON.parse disagree: keep only the place V8 names, never its words.
    // Stryker disable next-line StringLiteral: JSON.parse throws only a SyntaxError, an Error.
    const match = /\bat position (\d+)/.exec(error instanceof Error ? error.message : '');
    const where = match?.[1] === undefined ? '' : ` at ${lineAndColumn(text, Math.min(Number(match[1]), contentEnd))}`;
    return { code: 'not-json', message: `The file is not valid JSON${where}.` };
  }
  // Stryker disable next-line StringLiteral: the scan reports "ends-early" only at the end of the text, which the offset check catches too.
  if (fault.problem === 'ends-early' || fault.offset >= contentEnd) {
    return {
      code: 'truncated',
      message: `The file ends too early, at ${lineAndColumn(text, contentEnd)}: it looks cut off, perhaps by an interrupted save or copy.`,
    };
  }
  return {
    code: 'not-json',
    message: `The file is not valid JSON at ${lineAndColumn(text, fault.offset)}: ${PROBLEM_WORDS[fault.problem]}.`,
  };
}

/** Text-level checks, then JSON.parse; never throws. */
export function readJson(input: string): JsonResult {
  if (input.length > MAX_SESSION_BYTES) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: `The file is too large to be a session (about ${megabytes(input.length)}; the limit is ${megabytes(MAX_SESSION_BYTES)}).`,
      },
    };
  }
  // Editors on Windows like to start UTF-8 files with a byte order mark, which JSON.parse rejects.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: whyNotJson(text, error) };
  }
  return { ok: true, value, text };
}

/**
 * Why JSON.parse refused the text. Asked only once it has: empty text, a NUL or the control
 * characters of a binary file are never JSON, so a file that parses is none of these, and the
 * search for them (6 ms on a board's file) is spared every file that opens.
 */
function whyNotJson(text: string, error: unknown): SessionError {
  if (text.trim() === '') return { code: 'empty', message: 'The file is empty.' };
  if (looksBinary(text)) {
    return {
      code: 'binary',
      message: 'The file is not text (it contains binary data, or text in an encoding other than UTF-8), so it cannot be a session.',
    };
  }
  return describeSyntaxError(text, error);
}
