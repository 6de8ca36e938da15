// Deterministic label placement for the matrix chart, in pixel space (y grows downwards).
//
// Rule: a label may come in several sizes, best first (the whole title on one line, on two,
// shortened, the code alone); the last is the smallest. Labels are placed in two passes, each
// greedy in input order (put the points that matter most first, e.g. the ranked order):
//  1. every point reserves its smallest label, so that each gets at least that one;
//  2. every point then trades its reserved label for the first larger size that fits.
// For one size the 8 positions around its point are tried in the order of LABEL_POSITIONS. A
// position is allowed only when the label box lies inside the plot bounds and overlaps no
// label placed or reserved by another point and no obstacle. Among allowed positions the one
// covering the least area of other points' markers wins (earlier position on a tie). If no
// position is allowed, or the best one covers more than `maxPointOverlap` of the label's own
// area with markers, the size does not fit there. A label that fits nowhere next to its point
// may sit up to `farRings` steps further out (a larger one up to 2), drawn with a line back to
// its point, the nearest ring first. A point whose smallest label fits nowhere has its label
// hidden: the smallest size must be the smallest in width and in height, as a larger one would
// cover it. Same input, same output.

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

/** The size of a label box, in pixels. */
export interface LabelSize {
  width: number;
  height: number;
}

/** A point to label: its centre (x, y) and its label box's size. */
export interface LabelPoint extends LabelSize {
  id: string;
  x: number;
  y: number;
  /** Marker radius of this point; defaults to options.pointRadius. */
  radius?: number;
  /** Further sizes of the label, in order of preference, for when it fits nowhere at its own size; the last is the smallest. */
  fallbacks?: readonly LabelSize[];
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
  /** How many steps (the smallest label's height plus the gap) further out a label may go when it fits nowhere next to its point (default 0). */
  farRings?: number;
}

/** Where one label goes: its box (top-left and size), or hidden. In the input's order. */
export interface LabelPlacement extends PixelRect {
  id: string;
  hidden: boolean;
  /** The chosen position; null when hidden (the box is then the 'right' box clamped into the bounds). */
  position: LabelPosition | null;
  /** Which size was placed: 0 the label's own, 1 its first fallback, and so on; the smallest when hidden. */
  size: number;
  /** Steps further out than next to the point (0 next to it; more, a line leads back to the point). */
  ring: number;
}

// Stryker disable ArrayDeclaration: an obstacle that is not a box has no size and is dropped.
/** Defaults of LabelOptions, exported so the chart draws markers with the same sizes. */
export const LABEL_DEFAULTS: Required<LabelOptions> = { gap: 3, pointRadius: 4, maxPointOverlap: 0.1, obstacles: [], farRings: 0 };
// Stryker restore ArrayDeclaration

const EPS = 1e-6;
// A larger label further out than this many steps reads as some other point's: it stays the smallest.
const LARGER_LABEL_RINGS = 2;
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
  // Cells in one flat list, column by column: a lookup is an index, not a hash.
  private readonly cells: (number[] | undefined)[] = [];
  // Each rectangle as left, top, right, bottom, four numbers a rectangle, read without objects.
  private readonly edges: number[] = [];
  private readonly owners: number[] = [];
  // Stryker disable next-line ArrayDeclaration: a non-number in the list never equals a query number.
  private readonly seen: number[] = [];
  private query = 0;
  private readonly columns: number;
  private readonly rows: number;

  constructor(
    private readonly origin: PixelRect,
    private readonly cell: number,
  ) {
    // Stryker disable all: the grid's shape changes only how fast overlaps are found, never which (a cell number always names the same cell).
    this.columns = Math.max(1, Math.floor(origin.width / cell) + 1);
    this.rows = Math.max(1, Math.floor(origin.height / cell) + 1);
  }

  /** The cell column or row of a coordinate, kept inside the grid: a box beyond it shares the edge cells with whatever it could overlap. */
  private index(value: number, start: number, count: number): number {
    return Math.min(count - 1, Math.max(0, Math.floor((value - start) / this.cell)));
  }
  // Stryker restore all

  /** Stores a rectangle and returns its number, for drop. */
  add(rect: PixelRect, owner: number): number {
    const id = this.owners.length;
    this.edges.push(rect.x, rect.y, rect.x + rect.width, rect.y + rect.height);
    this.owners.push(owner);
    this.seen.push(0);
    const x1 = this.index(rect.x + rect.width, this.origin.x, this.columns);
    const y0 = this.index(rect.y, this.origin.y, this.rows);
    const y1 = this.index(rect.y + rect.height, this.origin.y, this.rows);
    for (let ix = this.index(rect.x, this.origin.x, this.columns); ix <= x1; ix++) {
      for (let iy = y0; iy <= y1; iy++) {
        const key = ix * this.rows + iy;
        const list = this.cells[key];
        if (list === undefined) this.cells[key] = [id];
        else list.push(id);
      }
    }
    return id;
  }

  /** Takes a stored rectangle out: it keeps its cells but no longer has an area. */
  drop(id: number): void {
    this.edges.fill(0, 4 * id, 4 * id + 4);
  }

  /** Sum of overlap areas with stored rectangles not owned by `skipOwner`; stops early above `stopAbove`. */
  overlap(rect: PixelRect, skipOwner: number, stopAbove: number): number {
    // Stryker disable next-line UpdateOperator: counting down gives each query a number of its own too.
    this.query++;
    let total = 0;
    const right = rect.x + rect.width;
    const bottom = rect.y + rect.height;
    const x1 = this.index(rect.x + rect.width, this.origin.x, this.columns);
    const y0 = this.index(rect.y, this.origin.y, this.rows);
    const y1 = this.index(rect.y + rect.height, this.origin.y, this.rows);
    for (let ix = this.index(rect.x, this.origin.x, this.columns); ix <= x1; ix++) {
      for (let iy = y0; iy <= y1; iy++) {
        const list = this.cells[ix * this.rows + iy];
        if (list === undefined) continue;
        for (const id of list) {
          if (this.seen[id] === this.query) continue;
          this.seen[id] = this.query;
          if (this.owners[id] === skipOwner) continue;
          // rectOverlapArea, written out on the stored edges.
          const w = Math.min(right, this.edges[4 * id + 2]!) - Math.max(rect.x, this.edges[4 * id]!);
          // Stryker disable next-line EqualityOperator: a width of 0 gives an area of 0 either way.
          if (w <= 0) continue;
          const h = Math.min(bottom, this.edges[4 * id + 3]!) - Math.max(rect.y, this.edges[4 * id + 1]!);
          // Stryker disable next-line EqualityOperator: as above.
          if (h <= 0) continue;
          total += w * h;
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
 * Places every label by the two-pass rule described at the top of this file, in
 * O(n × sizes × 8 × nearby) time using a grid, so hundreds of crowded points place in a frame.
 */
export function placeLabels(points: readonly LabelPoint[], bounds: PixelRect, options: LabelOptions = {}): LabelPlacement[] {
  const { gap, pointRadius, maxPointOverlap, obstacles, farRings } = { ...LABEL_DEFAULTS, ...options };
  let widthSum = 0;
  // The grid's cell size changes only how fast overlaps are found, never which.
  // Stryker disable next-line all
  for (const p of points) widthSum += Math.max(p.fallbacks?.at(-1)?.width ?? p.width, p.height, 0) || 0;
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
    Number.isFinite(p.x) && Number.isFinite(p.y) && [p, ...(p.fallbacks ?? [])].every((size) => Number.isFinite(size.width) && Number.isFinite(size.height) && size.width >= 0 && size.height >= 0);

  // Every drawn point is a marker, even one whose own label cannot be placed (no finite size).
  points.forEach((p, i) => {
    const r = Math.max(0, p.radius ?? pointRadius);
    const marker = clip({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }, bounds);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a marker without area covers nothing.
    if (marker !== undefined && marker.width > 0 && marker.height > 0) markers.add(marker, i);
  });

  /** The best allowed box for point i's label of one size at one ring, ignoring labels owned by `skipOwner`; undefined when none fits. */
  const fit = (p: LabelPoint, i: number, size: LabelSize, ring: number, skipOwner: number): { box: PixelRect; position: LabelPosition } | undefined => {
    const distance = Math.max(0, p.radius ?? pointRadius) + gap + ring * ((p.fallbacks?.at(-1) ?? p).height + gap);
    const limit = maxPointOverlap * size.width * size.height + EPS;
    let best: { box: PixelRect; position: LabelPosition; cost: number } | undefined;
    for (const position of LABEL_POSITIONS) {
      const box = labelBox({ x: p.x, y: p.y, ...size }, position, distance);
      if (!rectInside(box, bounds)) continue;
      // Stryker disable next-line EqualityOperator: differs only exactly at the tolerance.
      if (labels.overlap(box, skipOwner, EPS) > EPS) continue;
      // A position costing more than the best so far, or than the limit, is never taken: the grid may stop there.
      // Stryker disable next-line ConditionalExpression,ArithmeticOperator,MethodExpression: the bound only lets the grid stop early.
      const cost = markers.overlap(box, i, Math.min(limit, best === undefined ? Infinity : best.cost));
      if (best === undefined || cost < best.cost) best = { box, position, cost };
      // Stryker disable next-line ConditionalExpression: nothing costs less than 0, and a tie keeps the earlier position.
      if (cost === 0) break;
    }
    // Stryker disable next-line EqualityOperator: differs only exactly at the limit, which already has the tolerance added.
    return best === undefined || best.cost > limit ? undefined : best;
  };

  const hiddenBox = (p: LabelPoint): LabelPlacement => {
    const sizes = sizesOf(p);
    const size = sizes.length - 1;
    const r = valid(p) ? labelBox({ x: p.x, y: p.y, ...sizes[size]! }, 'right', Math.max(0, p.radius ?? pointRadius) + gap) : { x: bounds.x, y: bounds.y, width: 0, height: 0 };
    return { id: p.id, hidden: true, position: null, size, ring: 0, ...clampInto(r, bounds) };
  };

  // Pass 1: each point in turn reserves its smallest label, beside it or, failing that, further
  // out: a point that matters more keeps a label before one that matters less gets its own.
  const reserved: number[] = [];
  const placements = points.map((p, i): LabelPlacement => {
    if (!valid(p)) return hiddenBox(p);
    const sizes = sizesOf(p);
    const size = sizes.length - 1;
    for (let ring = 0; ring <= farRings; ring++) {
      const found = fit(p, i, sizes[size]!, ring, -1);
      if (found === undefined) continue;
      reserved[i] = labels.add(found.box, i);
      return { id: p.id, hidden: false, position: found.position, size, ring, ...found.box };
    }
    return hiddenBox(p);
  });

  // Pass 2: each point, in the same order, trades its reserved label for the first larger size
  // that fits, nearest rings first (a larger label beside the point beats one further out). A
  // point with no reserved label gets no larger one: each larger size holds the smallest.
  points.forEach((p, i) => {
    if (reserved[i] === undefined) return;
    const sizes = sizesOf(p);
    for (let ring = 0; ring <= Math.min(farRings, LARGER_LABEL_RINGS); ring++) {
      for (let size = 0; size < sizes.length - 1; size++) {
        const found = fit(p, i, sizes[size]!, ring, i);
        if (found === undefined) continue;
        labels.drop(reserved[i]);
        labels.add(found.box, i);
        placements[i] = { id: p.id, hidden: false, position: found.position, size, ring, ...found.box };
        return;
      }
    }
  });
  return placements;
}

/** A point's label sizes, best first: its own, then its fallbacks. */
function sizesOf(p: LabelPoint): LabelSize[] {
  return [{ width: p.width, height: p.height }, ...(p.fallbacks ?? [])];
}
