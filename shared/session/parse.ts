import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
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

function kindOf(value: unknown, language: Language): string {
  const t = textsIn(language);
  if (value === null) return t('files:open.kinds.null');
  if (Array.isArray(value)) return t('files:open.kinds.list');
  if (typeof value === 'string') return t('files:open.kinds.text');
  if (typeof value === 'number') return t('files:open.kinds.number');
  // JSON holds nothing else but objects, which are never asked about.
  return t('files:open.kinds.boolean');
}

function checkFormat(data: Record<string, unknown>, language: Language): SessionError | null {
  if (data.format === SESSION_FORMAT) return null;
  const t = textsIn(language);
  if (data.format === undefined) return { code: 'wrong-format', message: t('files:open.noFormat', { format: SESSION_FORMAT }) };
  return { code: 'wrong-format', message: t('files:open.wrongFormat', { format: SESSION_FORMAT, value: valueWords(data.format, language) }) };
}

export function readVersion(data: Record<string, unknown>, language: Language): { version: number } | { error: SessionError } {
  const { version } = data;
  if (version === undefined) {
    return { error: { code: 'bad-version', message: textsIn(language)('files:open.noVersion') } };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { error: { code: 'bad-version', message: textsIn(language)('files:open.badVersion', { value: valueWords(version, language) }) } };
  }
  if (version > SESSION_VERSION) {
    return {
      error: {
        code: 'unsupported-version',
        message: textsIn(language)('files:open.newerVersion', { version: String(version), supported: String(SESSION_VERSION) }),
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
export function parseSession(text: string, language: Language): ParseResult {
  // Stryker disable next-line BooleanLiteral: the one pass only saves time; session-sure-open-fuzz holds it to the long way, result for result.
  return guarded(() => parseUnguarded(text, true, language), language);
}

/**
 * parseSession without its one pass for sound current files (sure-open.ts): the long way every
 * file took before it, which the tests hold that pass to, result for result.
 */
export function parseSessionStepByStep(text: string, language: Language): ParseResult {
  // Stryker disable next-line BooleanLiteral: as above.
  return guarded(() => parseUnguarded(text, false, language), language);
}

function guarded(parse: () => ParseResult, language: Language): ParseResult {
  try {
    return parse();
  } catch (error) {
    // Every known failure is handled above, so reaching here is a bug in Pickwise: it cannot
    // take the app down, it has a code of its own (the fuzz tests assert it never happens),
    // and what was thrown is kept for the log.
    return fail({
      code: 'parser-fault',
      message: textsIn(language)('files:open.parserFault'),
      fault: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  }
}

function parseUnguarded(text: string, surePass: boolean, language: Language): ParseResult {
  const json = readJson(text, language);
  if (!json.ok) return fail(json.error);
  // A current file with nothing wrong in it opens in one pass; any other is read step by step below.
  const sure = surePass ? openSurely(json.value) : null;
  // Stryker disable next-line ConditionalExpression: as above, the long way gives the same session.
  if (sure) return { ok: true, session: sure, migratedFrom: null };

  const structureProblem = checkStructure(json.value, language);
  if (structureProblem) return problemsError(structureProblem.code, { named: [structureProblem.problem], total: 1 }, { text: json.text, upgradedFrom: null }, language);

  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail({ code: 'not-an-object', message: textsIn(language)('files:open.notAnObject', { kind: kindOf(value, language) }) });
  }
  const data = value as Record<string, unknown>;

  const formatError = checkFormat(data, language);
  if (formatError) return fail(formatError);

  const read = readVersion(data, language);
  if ('error' in read) return fail(read.error);

  let current = data;
  let places: FilePlaces | undefined;
  if (read.version >= SCORE_TABLES_SINCE) {
    const unpacked = unpackFileTables(data, json.text, language);
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
        message: textsIn(language)('files:open.upgradeFailed', { version: String(migratedFrom), why: error.words(language) }),
      });
    }
  }

  // Problems found after a migration are in the upgraded data, not where the text has them,
  // unless every step kept each value at its path: then the score tables' places hold too.
  const textStillMatches = migratedFrom === null || stepsKeepPaths(migratedFrom);
  const checked = checkSession(current, language, {
    text: textStillMatches ? json.text : null,
    upgradedFrom: migratedFrom,
    places: textStillMatches ? places : undefined,
  });
  if (!checked.ok) return checked;
  const { session } = checked;
  return { ok: true, session, migratedFrom };
}
