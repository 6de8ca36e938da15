// What a comparison says about the whole board, in the room's words (issue 16): the notes on
// thresholds, criteria and scale, and the one sentence counting what moved. Written once so
// the panel under the Map and the decision record's "Since …" section say the same thing.
import type { Session } from '../session/schema';
import { counted } from './compare';
import type { ComparedSessions } from './comparison';
import type { CriterionChange } from './comparison-criteria';
import type { CandidateMatching } from './comparison-matching';
import type { ComparisonRow } from './comparison-rows';

/** A threshold as the room reads it: one decimal, as scores are shown. */
const oneDecimal = (value: number) => value.toFixed(1);

/** One criterion's change: added, removed, moved to the other axis, or reweighted. */
export function criterionChangeWords(change: CriterionChange): string {
  const { before, after } = change;
  if (before === null) return `${change.name} added (${after?.axis}, weight ${after?.weight})`;
  if (after === null) return `${change.name} removed (was ${before.axis}, weight ${before.weight})`;
  if (before.axis !== after.axis) return `${change.name} moved from ${before.axis} to ${after.axis} (weight ${before.weight} → ${after.weight})`;
  return `${change.name}: weight ${before.weight} → ${after.weight}`;
}

/** The notes on the whole board, one sentence each: thresholds moved, criteria changed, the earlier scale. None when nothing of these changed. */
export function comparisonNotes(comparison: Pick<ComparedSessions, 'thresholds' | 'criteria' | 'rescaledFrom'>, axisLabels: Session['settings']['axisLabels']): string[] {
  const { thresholds, criteria, rescaledFrom } = comparison;
  const notes: string[] = [];
  if (thresholds.moved) {
    notes.push(
      `Thresholds moved: ${axisLabels.impact} ${oneDecimal(thresholds.before.impact)} → ${oneDecimal(thresholds.after.impact)}, ` +
        `${axisLabels.complexity} ${oneDecimal(thresholds.before.complexity)} → ${oneDecimal(thresholds.after.complexity)}.`,
    );
  }
  if (criteria.length > 0) notes.push(`Criteria changed: ${criteria.map(criterionChangeWords).join('; ')}.`);
  if (rescaledFrom !== null) notes.push(`The earlier session scored on 1–${rescaledFrom}; its numbers are shown on this session’s scale.`);
  return notes;
}

/** A before → after pair as a table cell says it: the value alone when it did not change, "–" for none. */
export function beforeAfter(before: string | number | null, after: string | number | null): string {
  if (before === after) return before === null ? '–' : String(before);
  return `${before ?? '–'} → ${after ?? '–'}`;
}

/** A matched candidate whose point, quadrant, rank and set-aside state all stayed (its row says "No change"). */
export function unchangedRow(row: Pick<ComparisonRow, 'status' | 'reasons'>): boolean {
  return row.status === 'matched' && row.reasons.length === 0;
}


/**
 * What moved, in one sentence: "11 candidates compared: 3 changed quadrant, 8 changed rank or
 * position, 0 unchanged; 1 new, 1 dropped." Counted over comparisonRows' rows.
 */
export function comparisonSummary(rows: readonly Pick<ComparisonRow, 'status' | 'reasons' | 'quadrantBefore' | 'quadrantAfter'>[]): string {
  const matched = rows.filter((row) => row.status === 'matched');
  const quadrant = matched.filter((row) => row.quadrantBefore !== row.quadrantAfter).length;
  const unchanged = matched.filter(unchangedRow).length;
  const otherwise = matched.length - quadrant - unchanged;
  const added = rows.filter((row) => row.status === 'new').length;
  const dropped = rows.filter((row) => row.status === 'dropped').length;
  return (
    `${counted(matched.length, 'candidate', 'candidates')} compared: ${quadrant} changed quadrant, ${otherwise} changed rank or position only, ${unchanged} unchanged; ` +
    `${added} new, ${dropped} dropped.`
  );
}

/**
 * The pairs counted, and the dropped candidates named, as a sealed comparison can say them
 * (titles are not secret): "11 paired · 1 new · 1 dropped: C4 Personalised video feed in the app".
 */
export function matchingCounts(matching: Pick<CandidateMatching, 'pairs' | 'added' | 'dropped'>): string {
  const { pairs, added, dropped } = matching;
  const named = dropped.map((candidate) => `${candidate.code} ${candidate.title}`.trim()).join(', ');
  return `${pairs.length} paired · ${added.length} new · ${dropped.length} dropped${dropped.length > 0 ? `: ${named}` : ''}`;
}
