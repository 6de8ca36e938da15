/**
 * Why a session file could not be read. The code is stable (the UI and tests branch on it);
 * the message is for a person and says what is wrong and where.
 */
export const SESSION_ERROR_CODES = [
  'too-large',
  'empty',
  'binary',
  'truncated',
  'not-json',
  'too-deep',
  'forbidden-key',
  'not-an-object',
  'wrong-format',
  'bad-version',
  'unsupported-version',
  'migration-failed',
  'invalid',
  'duplicate-id',
  'duplicate-entry',
  'unknown-reference',
  'score-out-of-range',
  'threshold-out-of-range',
] as const;

export type SessionErrorCode = (typeof SESSION_ERROR_CODES)[number];

export interface SessionError {
  code: SessionErrorCode;
  message: string;
}

/** Turns `['candidates', 3, 'title']` into `candidates[3].title`, the way people read it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'symbol') out += `[${String(segment)}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** "(and 3 more problems)" so a person knows fixing the first one may not be enough. */
export function withMoreProblems(message: string, total: number): string {
  const more = total - 1;
  if (more <= 0) return message;
  return `${message} (and ${more} more problem${more === 1 ? '' : 's'})`;
}
