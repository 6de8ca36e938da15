import type { SessionError } from './errors';
import { locateJsonError } from './json-locate';

/** Checked on the text's length before parsing, so a huge file never reaches JSON.parse. */
export const MAX_SESSION_BYTES = 50 * 1024 * 1024;

// A binary file read as UTF-8 is full of C0 control characters; JSON text allows none but
// \t \n \r, so a handful in the first few kilobytes is enough to say "not text".
const BINARY_SAMPLE = 8192;
const BINARY_CONTROL_LIMIT = 4;

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: SessionError };

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

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `line ${line}, column ${position - lineStart + 1}`;
}

/**
 * V8 words its errors as `Expected ',' or ']' after array element in JSON at position 42
 * (line 3 column 7)` or `Unexpected token 'x', "{"a": x}" is not valid JSON`: keep the
 * reason, drop the quoted excerpt of the file, and recompute the place ourselves.
 */
function describeSyntaxError(text: string, error: unknown): SessionError {
  const raw = error instanceof Error ? error.message : String(error);
  const match = /\bat position (\d+)/.exec(raw);
  const located = match?.[1] === undefined ? locateJsonError(text) : Number(match[1]);
  const position = located < 0 ? null : located;
  const reason = raw
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/,\s*".*" is not valid JSON$/s, '')
    .replace(/\s*\(line \d+ column \d+\)\s*$/, '')
    .trim();
  const plainReason = reason === '' ? 'unexpected text' : reason[0]!.toLowerCase() + reason.slice(1);

  const contentEnd = text.trimEnd().length;
  const endedEarly =
    /end of (JSON )?input|unterminated/i.test(raw) || (position !== null && position >= contentEnd);
  if (endedEarly) {
    return {
      code: 'truncated',
      message: `The file ends too early, at ${lineAndColumn(text, contentEnd)}: it looks cut off, perhaps by an interrupted save or copy.`,
    };
  }
  const where = position === null ? '' : ` at ${lineAndColumn(text, position)}`;
  return { code: 'not-json', message: `The file is not valid JSON: ${plainReason}${where}.` };
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
  if (text.trim() === '') {
    return { ok: false, error: { code: 'empty', message: 'The file is empty.' } };
  }
  if (looksBinary(text)) {
    return {
      ok: false,
      error: {
        code: 'binary',
        message: 'The file is not text (it contains binary data, or text in an encoding other than UTF-8), so it cannot be a session.',
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: describeSyntaxError(text, error) };
  }
}
