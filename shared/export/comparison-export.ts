// The comparison in use (issue 16) as the exports carry it: worked out in main with the shared
// rule from the earlier session and the facilitator's pairs the page sends (never from numbers
// the page computed), then laid out by the decision record ("Since …" section) and the CSV
// (before columns). A refused plan stops the export with its message; a sealed comparison
// goes out as words, with no number from either session.
import type { Frame, Session } from '../session/schema';
import { compareSessions, type ComparedSessions, type SealedComparison } from '../workshop/comparison';
import type { MatchPlan } from '../workshop/comparison-matching';
import { comparisonNotes, comparisonSummary, matchingCounts, unchangedRow } from '../workshop/comparison-notes';
import { comparisonRows, sinceHeading, type ComparisonRow } from '../workshop/comparison-rows';

/** What the page sends with an export while a comparison is in use: the earlier session, its file's name and the pairs. */
export interface ComparisonRequest {
  earlier: Session;
  fileName: string;
  plan: MatchPlan;
}

/** A comparison an export can carry: compared, or sealed (words only). */
export interface ExportComparison {
  earlierFrame: Pick<Frame, 'title' | 'date'>;
  fileName: string;
  result: ComparedSessions | SealedComparison;
}

/** The comparison for an export, or why there is none (the pairs do not fit these sessions), in words. */
export type ExportComparisonResult = { ok: true; comparison: ExportComparison } | { ok: false; message: string };

/** Compares the earlier session with the one exported, over the facilitator's pairs, by the shared rule. */
export function comparisonForExport(current: Session, request: ComparisonRequest): ExportComparisonResult {
  const result = compareSessions(request.earlier, current, request.plan);
  if (result.kind === 'refused') {
    return {
      ok: false,
      message: `The comparison with “${request.fileName}” cannot go into this export. ${result.message} Review the pairs under the Map, or end the comparison, then export again.`,
    };
  }
  return { ok: true, comparison: { earlierFrame: request.earlier.frame, fileName: request.fileName, result } };
}

/** How many candidates the record's "Since …" table lists at most (the record is one page). */
export const DECISION_RECORD_SINCE_COUNT = 8;

/** The line under a shortened "Since …" table: how many more changed candidates the Map's comparison lists. */
export function moreSinceText(more: number): string {
  return `And ${more} more ${more === 1 ? 'candidate' : 'candidates'} that changed (the comparison under the Map lists them all).`;
}

/** The line counting the candidates that did not change, which the table leaves out. */
export function unchangedSinceText(unchanged: number): string {
  return `${unchanged} ${unchanged === 1 ? 'candidate' : 'candidates'} compared did not change and ${unchanged === 1 ? 'is' : 'are'} not listed.`;
}

/** The decision record's "Since …" section: its heading, the file compared with, and either the sealed message or what moved. */
export type DecisionRecordSince = {
  heading: string;
  fileName: string;
} & (
  | { kind: 'sealed'; message: string; counts: string }
  | {
      kind: 'compared';
      /** One sentence: how many compared, changed quadrant, new, dropped (comparisonSummary). */
      summary: string;
      /** Thresholds moved, criteria changed, the earlier scale (comparisonNotes). */
      notes: string[];
      /** The candidates that changed, are new or were dropped, in the comparison's order, at most DECISION_RECORD_SINCE_COUNT. */
      rows: ComparisonRow[];
      /** Changed candidates beyond the cap. */
      more: number;
      /** Matched candidates that did not change: counted, not listed. */
      unchanged: number;
    }
);

/**
 * The rows a one-page record lists: every row but the unchanged ones, and when there are more
 * than the cap, those that changed quadrant, the new and the dropped first (what a reader needs),
 * then the others in the comparison's order; listed in the comparison's order.
 */
function listedRows(rows: readonly ComparisonRow[]): { rows: ComparisonRow[]; more: number } {
  const changed = rows.filter((row) => !unchangedRow(row));
  if (changed.length <= DECISION_RECORD_SINCE_COUNT) return { rows: changed, more: 0 };
  const first = (row: ComparisonRow) => row.status !== 'matched' || row.quadrantBefore !== row.quadrantAfter;
  const kept = new Set([...changed.filter(first), ...changed.filter((row) => !first(row))].slice(0, DECISION_RECORD_SINCE_COUNT));
  return { rows: changed.filter((row) => kept.has(row)), more: changed.length - kept.size };
}

/** The "Since …" section of the decision record for the session exported and its comparison. */
export function decisionRecordSince(session: Pick<Session, 'settings'>, comparison: ExportComparison): DecisionRecordSince {
  const heading = sinceHeading(comparison.earlierFrame);
  const { fileName, result } = comparison;
  if (result.kind === 'sealed') return { heading, fileName, kind: 'sealed', message: result.message, counts: matchingCounts(result.matching) };
  const all = comparisonRows(result, session.settings.quadrantNames);
  return {
    heading,
    fileName,
    kind: 'compared',
    summary: comparisonSummary(all),
    notes: comparisonNotes(result, session.settings.axisLabels),
    ...listedRows(all),
    unchanged: all.filter(unchangedRow).length,
  };
}
