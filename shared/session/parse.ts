import { checkSession, problemsError } from './check';
import type { SessionError } from './errors';
import { unpackFileTables } from './file-tables';
import { MigrationError, migrateToCurrent, stepsKeepPaths } from './migrations';
import type { FilePlaces } from './problem-words';
import { valueWords } from './problem-words';
import { readJson } from './read-json';
import { SESSION_FORMAT, SESSION_VERSION, type Session } from './schema';
import { checkStructure } from './structure';
import { openSurely } from './sure-open';

export { MAX_SESSION_BYTES } from './read-json';

/**
 * From this version on, a file holds its scores as tables (score-table.ts). They are unpacked
 * before any migration step runs: steps work on the flat lists the session keeps in memory.
 */
const SCORE_TABLES_SINCE = 2;
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
  // JSON holds nothing else but objects, which are never asked about.
  return 'true or false';
}

function checkFormat(data: Record<string, unknown>): SessionError | null {
  if (data.format === SESSION_FORMAT) return null;
  if (data.format === undefined) {
    return {
      code: 'wrong-format',
      message: `This JSON file is not a Pickwise session: it has no “format” field saying “${SESSION_FORMAT}”, as every session file does.`,
    };
  }
  return {
    code: 'wrong-format',
    message: `This JSON file is not a Pickwise session: its format is ${valueWords(data.format)}, not “${SESSION_FORMAT}”.`,
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
        message: `The session's version is ${valueWords(version)}, not a whole number of 0 or more, so it cannot be read safely.`,
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
  // Stryker disable next-line BooleanLiteral: the one pass only saves time; session-sure-open-fuzz holds it to the long way, result for result.
  return guarded(() => parseUnguarded(text, true));
}

/**
 * parseSession without its one pass for sound current files (sure-open.ts): the long way every
 * file took before it, which the tests hold that pass to, result for result.
 */
export function parseSessionStepByStep(text: string): ParseResult {
  // Stryker disable next-line BooleanLiteral: as above.
  return guarded(() => parseUnguarded(text, false));
}

function guarded(parse: () => ParseResult): ParseResult {
  try {
    return parse();
  } catch (error) {
    // Every known failure is handled above, so reaching here is a bug in Pickwise: it cannot
    // take the app down, it has a code of its own (the fuzz tests assert it never happens),
    // and what was thrown is kept for the log.
    return fail({
      code: 'parser-fault',
      message: 'Pickwise could not read this file because of a fault in Pickwise itself, not necessarily in the file. Nothing was changed.',
      fault: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  }
}

function parseUnguarded(text: string, surePass: boolean): ParseResult {
  const json = readJson(text);
  if (!json.ok) return fail(json.error);
  // A current file with nothing wrong in it opens in one pass; any other is read step by step below.
  const sure = surePass ? openSurely(json.value) : null;
  // Stryker disable next-line ConditionalExpression: as above, the long way gives the same session.
  if (sure) return { ok: true, session: sure, migratedFrom: null };

  const structureProblem = checkStructure(json.value);
  if (structureProblem) return problemsError(structureProblem.code, { named: [structureProblem.problem], total: 1 }, { text: json.text, prefix: '' });

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
  let places: FilePlaces | undefined;
  if (read.version >= SCORE_TABLES_SINCE) {
    const unpacked = unpackFileTables(data, json.text);
    if ('error' in unpacked) return fail(unpacked.error);
    ({ data: current, places } = unpacked);
  }
  const migratedFrom = read.version < SESSION_VERSION ? read.version : null;
  if (migratedFrom !== null) {
    try {
      current = migrateToCurrent(current, migratedFrom);
    } catch (error) {
      if (!(error instanceof MigrationError)) throw error;
      return fail({
        code: 'migration-failed',
        message: `This session from version ${migratedFrom} could not be upgraded: ${error.message}.`,
      });
    }
  }

  // Problems found after a migration are in the upgraded data, not where the text has them,
  // unless every step kept each value at its path: then the score tables' places hold too.
  const textStillMatches = migratedFrom === null || stepsKeepPaths(migratedFrom);
  const checked = checkSession(current, {
    text: textStillMatches ? json.text : null,
    prefix: migratedFrom === null ? '' : `After upgrading from version ${migratedFrom}, `,
    places: textStillMatches ? places : undefined,
  });
  if (!checked.ok) return checked;
  const { session } = checked;
  return { ok: true, session, migratedFrom };
}
