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
  // Not about the file: parseSession's last guard caught a throw, i.e. a bug in Pickwise.
  'parser-fault',
] as const;

export type SessionErrorCode = (typeof SESSION_ERROR_CODES)[number];

export interface SessionError {
  code: SessionErrorCode;
  message: string;
  /** For the error log, never for a person: what was thrown, when the code is 'parser-fault'. */
  fault?: string;
}
