// What the Map draws of a comparison (issue 16): an arrow from where each matched candidate
// stood in the earlier session to where it stands now, and a mark on each new candidate. The
// rows (comparison-rows.ts) say the rest in words; this only says where.
//
// - An arrow needs a point on both sides that moved (pointMoved); a candidate that was not on
//   the earlier matrix, or is not on today's, has no arrow (its row says so).
// - Earlier points are already on today's scale (compareSessions rescales them).
// - A sealed or refused comparison draws nothing: no position is computed while scores are sealed.
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import type { Frame } from '../session/schema';
import { titledBy } from './compare';
import type { SessionComparison } from './comparison';
import type { MatrixPoint } from './quadrant';

/** One matched candidate's move on the Map: from its earlier point to today's. */
export interface ComparisonTrail {
  candidateId: string;
  /** Today's code, for the arrow's accessible description. */
  code: string;
  from: MatrixPoint;
  to: MatrixPoint;
}

/** What the Map draws of a comparison in use. */
export interface ComparisonMarks {
  trails: ComparisonTrail[];
  /** Today's candidates that are new since the earlier session and are on the matrix. */
  added: ReadonlySet<string>;
}

/** The arrows and new marks of a comparison, in today's session order; null when it draws nothing. */
export function comparisonMarks(comparison: SessionComparison | null): ComparisonMarks | null {
  if (comparison === null || comparison.kind !== 'compared') return null;
  const trails: ComparisonTrail[] = [];
  for (const delta of comparison.deltas) {
    const { point: from } = delta.before;
    const { point: to } = delta.after;
    if (from !== null && to !== null && delta.moved) trails.push({ candidateId: delta.current.id, code: delta.current.code, from, to });
  }
  const added = new Set(comparison.added.filter(({ after }) => after.point !== null).map(({ candidate }) => candidate.id));
  return { trails, added };
}

/** What the arrows and rings mean, for the Map's legend and an exported picture's: "Arrow from □: moved since “…”, <date>". */
export function comparisonLegend(earlierFrame: Pick<Frame, 'title' | 'date'>, language: Language): { moved: string; added: string } {
  const t = textsIn(language);
  const { by, title, date } = titledBy(earlierFrame, language);
  return { moved: t(`rules:comparison.legendMoved.${by}`, { title, date }), added: t(`rules:comparison.legendAdded.${by}`, { title, date }) };
}

/** One line of a legend about a comparison, keyed for the test ids of the Map's legend. */
export interface ComparisonLegendLine {
  key: 'moved' | 'added';
  text: string;
}

/**
 * The legend's lines about a comparison, each only while the chart draws its mark: the arrows'
 * line with an arrow drawn, the rings' line with a candidate ringed; none without marks.
 */
export function comparisonLegendLines(marks: ComparisonMarks | null, earlierFrame: Pick<Frame, 'title' | 'date'> | undefined, language: Language): ComparisonLegendLine[] {
  if (marks === null || earlierFrame === undefined) return [];
  const words = comparisonLegend(earlierFrame, language);
  const lines: ComparisonLegendLine[] = [];
  if (marks.trails.length > 0) lines.push({ key: 'moved', text: words.moved });
  if (marks.added.size > 0) lines.push({ key: 'added', text: words.added });
  return lines;
}
