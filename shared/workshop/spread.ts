// Points that would cover each other on the matrix are spread apart, each drawn a little way
// off its exact position with a line back to it, so that every point can be seen, pointed at
// and labelled. In pixel space (y grows downwards).
//
// Rule: points are placed greedily in input order (put the points that matter most first: they
// keep their exact position). A point stays where it is when its disc, `gap` apart, touches no
// disc placed before it and no obstacle (the quadrant names). Otherwise it goes to the nearest
// free spot on rings around its exact position, each half a disc (plus gap) further out and
// tried clockwise from straight above, never leaving its `within` box (its quadrant: a spread
// point stays on its side of both thresholds; the exact position itself is always allowed). A point with no free spot in `maxRings` rings
// stays where it is. Same input, same output.
import type { PixelRect } from './labels';

/** A point to draw: its exact centre, its disc's reach, and the box its centre must stay in. */
export interface SpreadPoint {
  id: string;
  x: number;
  y: number;
  radius: number;
  /** The box a moved centre stays inside (edges included), e.g. the point's quadrant. */
  within?: PixelRect;
}

/** Tuning for spreadPoints. */
export interface SpreadOptions {
  /** Space kept between two discs, px (default 2). */
  gap?: number;
  /** Boxes no disc may touch (the chart's quadrant names). */
  obstacles?: readonly PixelRect[];
  /** How many rings to search for a free spot (default 8, some four discs out: a point drawn further off would read as somewhere else). */
  maxRings?: number;
}

/** Where a point is drawn; `moved` when that is not its exact position. In the input's order. */
export interface SpreadPlacement {
  id: string;
  x: number;
  y: number;
  moved: boolean;
}

/** Defaults of SpreadOptions. */
export const SPREAD_DEFAULTS: Required<SpreadOptions> = { gap: 2, obstacles: [], maxRings: 8 };

const EPS = 1e-6;

/** Whether a disc and a rectangle share any area (touching edges do not). */
export function discTouchesRect(x: number, y: number, radius: number, rect: PixelRect): boolean {
  const nearestX = Math.min(Math.max(x, rect.x), rect.x + rect.width);
  const nearestY = Math.min(Math.max(y, rect.y), rect.y + rect.height);
  // Stryker disable next-line EqualityOperator: differs only exactly at the tolerance.
  return (x - nearestX) ** 2 + (y - nearestY) ** 2 < radius * radius - EPS;
}

function inside(x: number, y: number, box: PixelRect | undefined): boolean {
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: each differs only within the tolerance of an edge.
  return box === undefined || (x >= box.x - EPS && x <= box.x + box.width + EPS && y >= box.y - EPS && y <= box.y + box.height + EPS);
}

/** Placed discs in a uniform grid of cells one widest disc (plus gap) across: two discs that come too close sit in neighbouring cells. */
class DiscGrid {
  // Each cell's discs as x, y, radius, three numbers a disc.
  private readonly cells = new Map<number, number[]>();

  constructor(private readonly cell: number) {}

  add(x: number, y: number, radius: number): void {
    const key = Math.floor(x / this.cell) * 1_048_576 + Math.floor(y / this.cell);
    const list = this.cells.get(key);
    if (list === undefined) this.cells.set(key, [x, y, radius]);
    else list.push(x, y, radius);
  }

  /** Whether a disc at (x, y) keeps `gap` from every placed disc: any that comes closer has its centre in a neighbouring cell. */
  clear(x: number, y: number, radius: number, gap: number): boolean {
    const ix = Math.floor(x / this.cell);
    const iy = Math.floor(y / this.cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        // Stryker disable next-line ArithmeticOperator: dx and dy run from -1 to 1, so minus visits the same nine cells.
        const list = this.cells.get((ix + dx) * 1_048_576 + iy + dy);
        if (list === undefined) continue;
        // Stryker disable next-line EqualityOperator: past the end the numbers are undefined, and a comparison with NaN is false.
        for (let k = 0; k < list.length; k += 3) {
          const apart = list[k + 2]! + radius + gap;
          // Stryker disable next-line EqualityOperator: differs only exactly at the tolerance.
          if ((list[k]! - x) ** 2 + (list[k + 1]! - y) ** 2 < apart * apart - EPS) return false;
        }
      }
    }
    return true;
  }
}

/** Spreads the points by the rule described at the top of this file. */
export function spreadPoints(points: readonly SpreadPoint[], options: SpreadOptions = {}): SpreadPlacement[] {
  const { gap, obstacles, maxRings } = { ...SPREAD_DEFAULTS, ...options };
  // A point without a finite place or size stays where it is: one without a place would anyway
  // (every comparison with NaN fails), one of endless size would not.
  const finite = (p: SpreadPoint) => Number.isFinite(p.x) && Number.isFinite(p.y) && Number.isFinite(p.radius);
  let widest = 1;
  // Stryker disable next-line ConditionalExpression: counting such a point makes the cells endless or NaN wide, which puts every disc in one list, still checked one by one.
  for (const p of points) if (finite(p)) widest = Math.max(widest, 2 * Math.max(0, p.radius) + gap);
  const grid = new DiscGrid(widest);
  const free = (x: number, y: number, radius: number): boolean => {
    if (!grid.clear(x, y, radius, gap)) return false;
    for (const obstacle of obstacles) if (discTouchesRect(x, y, radius, obstacle)) return false;
    return true;
  };
  // The rings' directions, worked out once: ring k has max(6, ⌊2πk⌋) of them, clockwise from straight up.
  const directions: { sin: number; cos: number }[][] = [];
  for (let ring = 1; ring <= maxRings; ring++) {
    const around = Math.max(6, Math.floor(2 * Math.PI * ring));
    directions.push(Array.from({ length: around }, (_, k) => ({ sin: Math.sin((2 * Math.PI * k) / around), cos: Math.cos((2 * Math.PI * k) / around) })));
  }

  return points.map((p): SpreadPlacement => {
    if (!finite(p)) return { id: p.id, x: p.x, y: p.y, moved: false };
    const radius = Math.max(0, p.radius);
    const step = radius + gap / 2;
    let x = p.x;
    let y = p.y;
    let moved = false;
    // Stryker disable next-line EqualityOperator: with no step every spot tried is the point's own, which is not free.
    if (!free(x, y, radius) && step > 0) {
      search: for (let ring = 1; ring <= maxRings; ring++) {
        for (const { sin, cos } of directions[ring - 1]!) {
          const cx = p.x + ring * step * sin;
          const cy = p.y - ring * step * cos;
          if (inside(cx, cy, p.within) && free(cx, cy, radius)) {
            x = cx;
            y = cy;
            moved = x !== p.x || y !== p.y;
            break search;
          }
        }
      }
    }
    grid.add(x, y, radius);
    return { id: p.id, x, y, moved };
  });
}
