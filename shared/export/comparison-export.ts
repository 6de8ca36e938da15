// The comparison in use (issue 16) as the exports carry it: worked out in main with the shared
// rule from the earlier session and the facilitator's pairs the page sends (never from numbers
// the page computed), then laid out by the decision record ("Since …" section) and the CSV
// (before columns). A refused plan stops the export with its message; a sealed comparison
// goes out as words, with no number from either session.
import type { Frame, Session } from '../session/schema';
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import { compareSessions, sealedComparisonMessage, type ComparedSessions, type SealedComparison } from '../workshop/comparison';
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

/**
 * Compares the earlier session with the one exported, over the facilitator's pairs, by the
 * shared rule. A refusal's message is in `language`: the facilitator reads it in a dialog.
 */
export function comparisonForExport(current: Session, request: ComparisonRequest, language: Language): ExportComparisonResult {
  const result = compareSessions(request.earlier, current, request.plan, language);
  if (result.kind === 'refused') {
    return { ok: false, message: textsIn(language)('documents:since.refused', { file: request.fileName, reason: result.message }) };
  }
  return { ok: true, comparison: { earlierFrame: request.earlier.frame, fileName: request.fileName, result } };
}

/** How many candidates the record's "Since …" table lists at most (the record is one page). */
export const DECISION_RECORD_SINCE_COUNT = 8;

/** The line under a shortened "Since …" table: how many more changed candidates the Map's comparison lists. */
export function moreSinceText(more: number, language: Language): string {
  return textsIn(language)('documents:since.more', { count: more });
}

/** The line counting the candidates that did not change, which the table leaves out. */
export function unchangedSinceText(unchanged: number, language: Language): string {
  return textsIn(language)('documents:since.unchanged', { count: unchanged });
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

/** The "Since …" section of the decision record for the session exported and its comparison, in `language`. */
export function decisionRecordSince(session: Pick<Session, 'settings'>, comparison: ExportComparison, language: Language): DecisionRecordSince {
  const heading = sinceHeading(comparison.earlierFrame, language);
  const { fileName, result } = comparison;
  if (result.kind === 'sealed') {
    return { heading, fileName, kind: 'sealed', message: sealedComparisonMessage(result.sealed, language), counts: matchingCounts(result.matching, language) };
  }
  const all = comparisonRows(result, session.settings.quadrantNames, language);
  return {
    heading,
    fileName,
    kind: 'compared',
    summary: comparisonSummary(all, language),
    notes: comparisonNotes(result, session.settings.axisLabels, language),
    ...listedRows(all),
    unchanged: all.filter(unchangedRow).length,
  };
}
