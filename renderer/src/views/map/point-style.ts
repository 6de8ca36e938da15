import type { CandidateStatus, MapPoint, Quadrant } from '../../../../shared';
import { translate } from '../../i18n';
import type { ColourBy, SizeBy } from '../../store/map-view-store';

// How a point looks: colour by status, quadrant or tag, radius by a chosen measure. Colours
// are CSS variables so both themes and presentation mode stay legible.

export const QUADRANT_COLOURS: Record<Quadrant, string> = {
  'quick-wins': 'var(--q-quick-wins)',
  'big-bets': 'var(--q-big-bets)',
  'fill-ins': 'var(--q-fill-ins)',
  'money-pits': 'var(--q-money-pits)',
};

export const STATUS_COLOURS: Record<CandidateStatus, string> = {
  open: 'var(--s-open)',
  shortlisted: 'var(--s-shortlisted)',
  focus: 'var(--s-focus)',
  parked: 'var(--s-parked)',
  'non-ml': 'var(--s-non-ml)',
};

const TAG_PALETTE = ['var(--t-1)', 'var(--t-2)', 'var(--t-3)', 'var(--t-4)', 'var(--t-5)', 'var(--t-6)', 'var(--t-7)', 'var(--t-8)'];
export const UNTAGGED_COLOUR = 'var(--t-none)';

export function tagColour(tag: string, tags: readonly string[]): string {
  const index = tags.indexOf(tag);
  return index < 0 ? UNTAGGED_COLOUR : (TAG_PALETTE[index % TAG_PALETTE.length] ?? UNTAGGED_COLOUR);
}

export function pointColour(point: MapPoint, colourBy: ColourBy, tags: readonly string[]): string {
  if (colourBy === 'status') return STATUS_COLOURS[point.candidate.status];
  if (colourBy === 'tag') return point.candidate.tags[0] ? tagColour(point.candidate.tags[0], tags) : UNTAGGED_COLOUR;
  return QUADRANT_COLOURS[point.quadrant];
}

const BASE_RADIUS = 7;
const EXTRA_RADIUS = 9;

/** The measure behind a point's size, 0–1 across the board. */
export function sizeMeasure(point: MapPoint, sizeBy: SizeBy, board: { maxVotes: number; maxDisagreement: number }): number {
  if (sizeBy === 'votes') return board.maxVotes > 0 ? point.votes / board.maxVotes : 0;
  if (sizeBy === 'confidence') return point.confidence;
  if (sizeBy === 'disagreement') return board.maxDisagreement > 0 ? point.disagreement / board.maxDisagreement : 0;
  return 0;
}

export function pointRadius(measure: number, large: boolean): number {
  return (BASE_RADIUS + EXTRA_RADIUS * Math.sqrt(Math.max(0, Math.min(1, measure)))) * (large ? 1.4 : 1);
}

/**
 * What a point's size stands for, in the interface's language when read (map:sizeBy). The views
 * take the words from the catalogue themselves; this is for code outside React (an exported image).
 */
export const SIZE_LABELS: Readonly<Record<SizeBy, string>> = {
  get none() {
    return translate('map:sizeBy.none');
  },
  get votes() {
    return translate('map:sizeBy.votes');
  },
  get confidence() {
    return translate('map:sizeBy.confidence');
  },
  get disagreement() {
    return translate('map:sizeBy.disagreement');
  },
};

/** The readiness mark's circle, about a point's centre: a small badge on its upper right shoulder. */
export function readinessMarkAt(radius: number, large: boolean): { dx: number; dy: number; r: number } {
  const r = large ? 8 : 6;
  const offset = (radius + r / 2) * Math.SQRT1_2;
  return { dx: offset, dy: -offset, r };
}

/** How far a marked point reaches from its centre: its label keeps clear of the mark too. */
export function reachWithReadinessMark(radius: number, large: boolean): number {
  const mark = readinessMarkAt(radius, large);
  return Math.max(radius, mark.dx + mark.r);
}

/**
 * How far outside its dot a point's own rings reach: the focus problem's ring (5, or 9 outside
 * a fragile point's), else the fragile ring (5), else none. point-mark.tsx draws them; the
 * layout keeps labels clear of them.
 */
export function ringsOutside(point: Pick<MapPoint, 'focus' | 'unstable'>): number {
  if (point.focus) return point.unstable ? 9 : 5;
  return point.unstable ? 5 : 0;
}

/** The small mark at a spread point's exact position, where the line from its dot leads. */
export const EXACT_MARK_RADIUS = 2.5;
