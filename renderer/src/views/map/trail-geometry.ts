import type { PixelRect } from '../../../../shared';

// Where a comparison's arrow is drawn (comparison-trails.tsx) and what labels keep off
// (board-layout.ts): one geometry for both, so a label never sits on an arrow it was not told of.

/** The arrowhead's length and half its width, in pixels. */
const ARROW_HEAD = { length: 9, halfWidth: 4.5 };
/** The room left between the arrow's tip and the dot it points at. */
const GAP = 2;
/** Half the side of the small square where the candidate stood (map.css .comparison-then: 7 px). */
export const THEN_HALF_SIDE = 3.5;
/** Half the arrow's line (1.5 px, map.css) with a pixel to spare. */
const LINE_HALF_WIDTH = 2;

interface Point {
  x: number;
  y: number;
}

export interface TrailGeometry {
  from: Point;
  /** Where the arrow's line ends and its head begins. */
  base: Point;
  tip: Point;
  /** A move smaller than the dot itself cannot carry an arrow: the square alone shows it. */
  drawsArrow: boolean;
}

/** The arrow from where a candidate stood to its dot as drawn (of radius `radius`). */
export function trailGeometry(from: Point, to: Point, radius: number): TrailGeometry {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const reach = length - radius - GAP;
  const ux = length === 0 ? 0 : dx / length;
  const uy = length === 0 ? 0 : dy / length;
  const tip = { x: from.x + ux * reach, y: from.y + uy * reach };
  const base = { x: tip.x - ux * ARROW_HEAD.length, y: tip.y - uy * ARROW_HEAD.length };
  return { from, base, tip, drawsArrow: reach > ARROW_HEAD.length + 4 };
}

/** The arrowhead's three corners, for an SVG polygon. */
export function arrowHeadPoints({ base, tip }: TrailGeometry): string {
  const length = Math.hypot(tip.x - base.x, tip.y - base.y) || 1;
  const ux = (tip.x - base.x) / length;
  const uy = (tip.y - base.y) / length;
  const { halfWidth } = ARROW_HEAD;
  return `${tip.x},${tip.y} ${base.x - uy * halfWidth},${base.y + ux * halfWidth} ${base.x + uy * halfWidth},${base.y - ux * halfWidth}`;
}

/**
 * Boxes that together cover what a trail draws: its square, and its line and head as a chain of
 * small squares (a label's obstacles are boxes; one box round a slanting line would keep labels
 * off the whole rectangle it spans).
 */
export function trailBoxes(trail: TrailGeometry): PixelRect[] {
  const square = THEN_HALF_SIDE + 1;
  const boxes: PixelRect[] = [{ x: trail.from.x - square, y: trail.from.y - square, width: 2 * square, height: 2 * square }];
  if (!trail.drawsArrow) return boxes;
  boxes.push(...chain(trail.from, trail.base, LINE_HALF_WIDTH), ...chain(trail.base, trail.tip, ARROW_HEAD.halfWidth + 1));
  return boxes;
}

/** Squares of half side `half` centred along a segment, close enough that the segment never leaves them. */
function chain(a: Point, b: Point, half: number): PixelRect[] {
  const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / half));
  const boxes: PixelRect[] = [];
  for (let i = 0; i <= steps; i += 1) {
    const x = a.x + ((b.x - a.x) * i) / steps;
    const y = a.y + ((b.y - a.y) * i) / steps;
    boxes.push({ x: x - half, y: y - half, width: 2 * half, height: 2 * half });
  }
  return boxes;
}
