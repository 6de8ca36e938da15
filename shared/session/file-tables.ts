import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import { problemsError } from './check';
import type { SessionError } from './errors';
import { describeIssues } from './issue-message';
import { placeOf, type FilePlaces } from './problem-words';
import { pathInTable, unpackTable, type Origin, type TableKey } from './score-table';

const TABLES: readonly TableKey[] = ['scores', 'consensusScores'];

/**
 * A version-2 file's data with its score tables unpacked into the flat lists the rest of the
 * session check reads, and how to trace a problem in those lists back to the file; or the
 * error for a table that cannot be read. A missing table is left for the schema to report.
 */
export function unpackFileTables(data: Record<string, unknown>, text: string, language: Language): { data: Record<string, unknown>; places: FilePlaces } | { error: SessionError } {
  const unpacked: Record<string, unknown> = { ...data };
  const origins = new Map<TableKey, Origin>();
  for (const key of TABLES) {
    if (data[key] === undefined) continue;
    const table = unpackTable(data[key], key, language);
    if ('issues' in table) return { error: problemsError('invalid', describeIssues(table.issues, data, language), { text, upgradedFrom: null }, language).error };
    if (!table.ok) {
      const t = textsIn(language);
      const named = table.problems.map((problem) => ({ path: problem.path, absent: false, sentence: problem.sentence(placeOf(problem.path, data, language).subject, t) }));
      return { error: problemsError(table.problems[0]!.code, { named, total: table.total }, { text, upgradedFrom: null }, language).error };
    }
    unpacked[key] = table.scores;
    origins.set(key, table.origin);
  }
  return {
    data: unpacked,
    places: {
      path: (path) => {
        const key = path[0];
        const origin = key === 'scores' || key === 'consensusScores' ? origins.get(key) : undefined;
        return origin === undefined ? path : pathInTable(path, key as TableKey, origin);
      },
      data,
    },
  };
}
