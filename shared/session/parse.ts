import type { SessionError } from './errors';
import { checkIntegrity } from './integrity';
import { describeIssues, plainErrorMap } from './issue-message';
import { MigrationError, migrateToCurrent } from './migrations';
import { readJson } from './read-json';
import { SESSION_FORMAT, SESSION_VERSION, sessionSchema, type Session } from './schema';
import { checkStructure } from './structure';
import { setAsideCheckedScores } from './fast-lists';

export { MAX_SESSION_BYTES } from './read-json';
export { MAX_SESSION_DEPTH } from './structure';

export type ParseResult =
  | { ok: true; session: Session; migratedFrom: number | null }
  | { ok: false; error: SessionError };

function fail(error: SessionError): ParseResult {
  return { ok: false, error };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a piece of text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return 'something else';
}

function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function checkFormat(data: Record<string, unknown>): SessionError | null {
  if (data.format === SESSION_FORMAT) return null;
  if (data.format === undefined) {
    return {
      code: 'wrong-format',
      message: `This JSON file is not a Pickwise session: it has no "format": "${SESSION_FORMAT}".`,
    };
  }
  return {
    code: 'wrong-format',
    message: `This JSON file is not a Pickwise session: its format is ${shortValue(data.format)}, not "${SESSION_FORMAT}".`,
  };
}

export function readVersion(data: Record<string, unknown>): { version: number } | { error: SessionError } {
  const { version } = data;
  if (version === undefined) {
    return { error: { code: 'bad-version', message: 'The session has no version number, so it cannot be read safely.' } };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      error: {
        code: 'bad-version',
        message: `The session version ${shortValue(version)} is not a whole number of 0 or more, so it cannot be read safely.`,
      },
    };
  }
  if (version > SESSION_VERSION) {
    return {
      error: {
        code: 'unsupported-version',
        message: `This file was made by a newer Pickwise (session version ${version}); this version reads up to version ${SESSION_VERSION}. Update Pickwise to open it.`,
      },
    };
  }
  return { version };
}

/**
 * Reads the text of a session file. Never throws: every way a file can be wrong comes back
 * as an error with a stable code and a message for a person. Checks run cheapest and most
 * fundamental first, so the message names the real problem (a cut-off file is reported as
 * cut off, not as a list of missing fields).
 */
export function parseSession(text: string): ParseResult {
  try {
    return parseUnguarded(text);
  } catch {
    // Every known failure is handled above; this is the promise that a bug here cannot
    // take the app down with it.
    return fail({ code: 'invalid', message: 'The file could not be read as a session.' });
  }
}

function parseUnguarded(text: string): ParseResult {
  const json = readJson(text);
  if (!json.ok) return fail(json.error);

  const structureError = checkStructure(json.value);
  if (structureError) return fail(structureError);

  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail({ code: 'not-an-object', message: `The file holds ${kindOf(value)}, not a Pickwise session.` });
  }
  const data = value as Record<string, unknown>;

  const formatError = checkFormat(data);
  if (formatError) return fail(formatError);

  const read = readVersion(data);
  if ('error' in read) return fail(read.error);

  let current = data;
  const migratedFrom = read.version < SESSION_VERSION ? read.version : null;
  if (migratedFrom !== null) {
    try {
      current = migrateToCurrent(data, migratedFrom);
    } catch (error) {
      const reason = error instanceof MigrationError ? error.message : 'an unexpected error';
      return fail({
        code: 'migration-failed',
        message: `This session from version ${migratedFrom} could not be upgraded: ${reason}.`,
      });
    }
  }

  // Big boards: the scores are checked by hand and zod checks the rest (fast-lists.ts).
  const setAside = setAsideCheckedScores(current);
  const parsed = sessionSchema.safeParse(setAside ? setAside.rest : current, { error: plainErrorMap });
  if (!parsed.success) {
    const described = describeIssues(parsed.error.issues, current);
    const prefix = migratedFrom === null ? '' : `After upgrading from version ${migratedFrom}: `;
    return fail({ code: 'invalid', message: prefix + described });
  }

  const session = setAside ? setAside.restore(parsed.data) : parsed.data;
  const integrityError = checkIntegrity(session);
  if (integrityError) return fail(integrityError);

  return { ok: true, session, migratedFrom };
}
