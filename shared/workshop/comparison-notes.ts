// What a comparison says about the whole board, in the room's words (issue 16): the notes on
// thresholds, criteria and scale, and the one sentence counting what moved. Written once so
// the panel under the Map and the decision record's "Since …" section say the same thing.
import type { Language } from '../i18n/languages';
import { formatNumber, formatScore } from '../i18n/numbers';
import { textsIn } from '../i18n/texts';
import type { Session } from '../session/schema';
import type { ComparedSessions } from './comparison';
import type { CriterionChange } from './comparison-criteria';
import type { CandidateMatching } from './comparison-matching';
import type { ComparisonRow } from './comparison-rows';

/** One criterion's change: added, removed, moved to the other axis, or reweighted. */
export function criterionChangeWords(change: CriterionChange, language: Language): string {
  const t = textsIn(language);
  const { name, before, after } = change;
  if (before === null) return t(after?.axis === 'complexity' ? 'rules:comparison.criterion.addedComplexity' : 'rules:comparison.criterion.addedImpact', { name, weight: formatNumber(after!.weight, language) });
  if (after === null) return t(before.axis === 'complexity' ? 'rules:comparison.criterion.removedComplexity' : 'rules:comparison.criterion.removedImpact', { name, weight: formatNumber(before.weight, language) });
  const weights = { name, before: formatNumber(before.weight, language), after: formatNumber(after.weight, language) } as const;
  if (before.axis !== after.axis) return t(after.axis === 'impact' ? 'rules:comparison.criterion.movedToImpact' : 'rules:comparison.criterion.movedToComplexity', weights);
  return t('rules:comparison.criterion.reweighted', weights);
}

/** The notes on the whole board, one sentence each: thresholds moved, criteria changed, the earlier scale. None when nothing of these changed. */
export function comparisonNotes(
  comparison: Pick<ComparedSessions, 'thresholds' | 'criteria' | 'rescaledFrom'>,
  axisLabels: Session['settings']['axisLabels'],
  language: Language,
): string[] {
  const t = textsIn(language);
  const { thresholds, criteria, rescaledFrom } = comparison;
  const notes: string[] = [];
  if (thresholds.moved) {
    notes.push(
      t('rules:comparison.thresholdsMoved', {
        impactAxis: axisLabels.impact,
        // A threshold as the room reads it: one decimal, as scores are shown.
        impactBefore: formatScore(thresholds.before.impact, language),
        impactAfter: formatScore(thresholds.after.impact, language),
        complexityAxis: axisLabels.complexity,
        complexityBefore: formatScore(thresholds.before.complexity, language),
        complexityAfter: formatScore(thresholds.after.complexity, language),
      }),
    );
  }
  if (criteria.length > 0) {
    const changes = criteria.map((change) => criterionChangeWords(change, language)).join(t('rules:phraseSeparator'));
    notes.push(t('rules:comparison.criteriaChanged', { changes }));
  }
  if (rescaledFrom !== null) notes.push(t('rules:comparison.rescaled', { scale: String(rescaledFrom) }));
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
export function comparisonSummary(rows: readonly Pick<ComparisonRow, 'status' | 'reasons' | 'quadrantBefore' | 'quadrantAfter'>[], language: Language): string {
  const matched = rows.filter((row) => row.status === 'matched');
  const quadrant = matched.filter((row) => row.quadrantBefore !== row.quadrantAfter).length;
  const unchanged = matched.filter(unchangedRow).length;
  const otherwise = matched.length - quadrant - unchanged;
  const added = rows.filter((row) => row.status === 'new').length;
  const dropped = rows.filter((row) => row.status === 'dropped').length;
  return textsIn(language)('rules:comparison.summary', {
    count: matched.length,
    quadrant: String(quadrant),
    otherwise: String(otherwise),
    unchanged: String(unchanged),
    added: String(added),
    dropped: String(dropped),
  });
}

/**
 * The pairs counted, and the dropped candidates named, as a sealed comparison can say them
 * (titles are not secret): "11 paired · 1 new · 1 dropped: C4 Personalised video feed in the app".
 */
export function matchingCounts(matching: Pick<CandidateMatching, 'pairs' | 'added' | 'dropped'>, language: Language): string {
  const { pairs, added, dropped } = matching;
  const counts = { pairs: String(pairs.length), added: String(added.length), dropped: String(dropped.length) } as const;
  if (dropped.length === 0) return textsIn(language)('rules:comparison.counts', counts);
  const names = dropped.map((candidate) => `${candidate.code} ${candidate.title}`.trim()).join(', ');
  return textsIn(language)('rules:comparison.countsNamed', { ...counts, names });
}
