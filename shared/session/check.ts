import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import type { SessionError, SessionErrorCode } from './errors';
import { setAsideCheckedScores } from './fast-lists';
import { checkIntegrity } from './integrity';
import { describeIssues, plainErrorMap } from './issue-message';
import { locateJsonPaths } from './json-locate';
import { problemsMessage, type FilePlaces, type ProblemList } from './problem-words';
import { lineAndColumn } from './read-json';
import { sessionSchema, type Session } from './schema';

export type CheckResult = { ok: true; session: Session } | { ok: false; error: SessionError };

/** Where a value being checked came from, so its problems can be placed. */
export interface CheckedSource {
  /** The JSON text it was read from, to give each problem its line; null when the paths no longer match it. */
  text: string | null;
  /** The version the value was upgraded from before it was checked, which the message says; null when it was not. */
  upgradedFrom: number | null;
  /** Where problems are in the file when it holds the session in another form (score tables). */
  places?: FilePlaces;
}

/**
 * The problems as one message, each with its line and column in `text` when the paths still
 * match it (not after a migration, which moved things), saying so when the value was upgraded.
 */
export function problemsError(
  code: SessionErrorCode,
  problems: ProblemList,
  { text, upgradedFrom }: Pick<CheckedSource, 'text' | 'upgradedFrom'>,
  language: Language,
): { ok: false; error: SessionError } {
  const paths = problems.named.map((problem) => (problem.absent ? problem.path.slice(0, -1) : problem.path));
  // Stryker disable next-line ArrowFunction,UnaryOperator: without a text, each sentence stands alone whatever its offset.
  const offsets = text === null ? paths.map(() => -1) : locateJsonPaths(text, paths);
  const sentences = problems.named.map((problem, i) => {
    const offset = offsets[i]!;
    return offset < 0 || text === null ? problem.sentence : textsIn(language)('files:problems.at', { problem: problem.sentence, place: lineAndColumn(text, offset, language) });
  });
  return { ok: false, error: { code, message: problemsMessage(sentences, problems.total, upgradedFrom, language) } };
}

/**
 * The one gate for a session, wherever it comes from: the end of reading a file (parseSession)
 * and every session the page hands main to write (the IPC contract). The scores are checked by
 * the fast path (fast-lists.ts), the rest by the schema, then the references between parts
 * (integrity.ts). So whatever main accepts to write, it accepts to open again.
 */
export function checkSession(value: unknown, language: Language, source: CheckedSource = { text: null, upgradedFrom: null }): CheckResult {
  // Stryker disable next-line StringLiteral,BooleanLiteral: a value left off the fast path has its scores checked by zod, by the same rules.
  const setAside = typeof value === 'object' && value !== null && !Array.isArray(value) ? setAsideCheckedScores(value as Record<string, unknown>) : null;
  const parsed = sessionSchema.safeParse(setAside ? setAside.rest : value, { error: plainErrorMap(language) });
  if (!parsed.success) return problemsError('invalid', describeIssues(parsed.error.issues, value, language), source, language);
  const session = setAside ? setAside.restore(parsed.data) : parsed.data;
  const integrity = checkIntegrity(session, language, source.places);
  if (integrity) return problemsError(integrity.code, integrity, source, language);
  return { ok: true, session };
}
