import type { Language } from '../i18n/languages';
import { formatDecimal } from '../i18n/numbers';
import { textsIn } from '../i18n/texts';
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

function megabytes(length: number, language: Language): string {
  return `${formatDecimal(length / (1024 * 1024), 1, language)} MB`;
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
export function lineAndColumn(text: string, position: number, language: Language): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return textsIn(language)('files:lineAndColumn', { line: String(line), column: String(position - lineStart + 1) });
}

/** Each fault's words (`files:json.*`): what is wrong, and how to put it right where that is clear. */
const PROBLEM_KEYS = {
  'extra-text': 'extraText',
  comment: 'comment',
  'single-quote': 'singleQuote',
  'unquoted-name': 'unquotedName',
  'trailing-comma': 'trailingComma',
  'missing-value': 'missingValue',
  'bare-word': 'bareWord',
  'missing-colon': 'missingColon',
  'missing-comma': 'missingComma',
  'mismatched-bracket': 'mismatchedBracket',
  'control-character': 'controlCharacter',
  'bad-escape': 'badEscape',
  'bad-unicode-escape': 'badUnicodeEscape',
  'bad-number': 'badNumber',
  'unexpected-character': 'unexpectedCharacter',
} as const satisfies Record<Exclude<JsonProblem, 'ends-early'>, string>;

/**
 * Why JSON.parse refused the text, and where, found by our own scan (json-locate.ts): never
 * JSON.parse's own words, which are written for developers and quote excerpts of the file.
 */
function describeSyntaxError(text: string, error: unknown, language: Language): SessionError {
  const t = textsIn(language);
  const fault = findJsonError(text);
  const contentEnd = text.trimEnd().length;
  if (fault === null) {
    // Our scan and JSON.parse disagree: keep only the place V8 names, never its words.
    // Stryker disable next-line StringLiteral: JSON.parse throws only a SyntaxError, an Error.
    const match = /\bat position (\d+)/.exec(error instanceof Error ? error.message : '');
    if (match?.[1] === undefined) return { code: 'not-json', message: t('files:read.notJson') };
    return { code: 'not-json', message: t('files:read.notJsonAt', { place: lineAndColumn(text, Math.min(Number(match[1]), contentEnd), language) }) };
  }
  // Stryker disable next-line StringLiteral: the scan reports "ends-early" only at the end of the text, which the offset check catches too.
  if (fault.problem === 'ends-early' || fault.offset >= contentEnd) {
    return { code: 'truncated', message: t('files:read.truncated', { place: lineAndColumn(text, contentEnd, language) }) };
  }
  return {
    code: 'not-json',
    message: t('files:read.notJsonBecause', { place: lineAndColumn(text, fault.offset, language), why: t(`files:json.${PROBLEM_KEYS[fault.problem]}`) }),
  };
}

/** Text-level checks, then JSON.parse; never throws. */
export function readJson(input: string, language: Language): JsonResult {
  if (input.length > MAX_SESSION_BYTES) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: textsIn(language)('files:read.tooLarge', { size: megabytes(input.length, language), limit: megabytes(MAX_SESSION_BYTES, language) }),
      },
    };
  }
  // Editors on Windows like to start UTF-8 files with a byte order mark, which JSON.parse rejects.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: whyNotJson(text, error, language) };
  }
  return { ok: true, value, text };
}

/**
 * Why JSON.parse refused the text. Asked only once it has: empty text, a NUL or the control
 * characters of a binary file are never JSON, so a file that parses is none of these, and the
 * search for them (6 ms on a board's file) is spared every file that opens.
 */
function whyNotJson(text: string, error: unknown, language: Language): SessionError {
  if (text.trim() === '') return { code: 'empty', message: textsIn(language)('files:read.empty') };
  if (looksBinary(text)) return { code: 'binary', message: textsIn(language)('files:read.binary') };
  return describeSyntaxError(text, error, language);
}
