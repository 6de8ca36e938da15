// The four quadrants of the impact-versus-complexity matrix and the boundary rule.
import type { Quadrant, Settings } from '../session/schema';

/** A point on the matrix in scale units. */
export interface MatrixPoint {
  impact: number;
  complexity: number;
}

/** The quadrants in the order the method recommends acting on them (also the ranking order). */
export const QUADRANT_ORDER: readonly Quadrant[] = ['quick-wins', 'big-bets', 'fill-ins', 'money-pits'];

/** Whether an impact value counts as high: at or above the threshold (on the line is high). */
export function isHighImpact(impact: number, threshold: number): boolean {
  return impact >= threshold;
}

/** Whether a complexity value counts as low: strictly below the threshold (on the line is high). */
export function isLowComplexity(complexity: number, threshold: number): boolean {
  return complexity < threshold;
}

/**
 * The quadrant of a point. Boundary rule: a value at or above a threshold counts as high on
 * that axis, so a point exactly on the impact line is high impact (benefit of the doubt) and a
 * point exactly on the complexity line is high complexity (no free quick wins on the fence).
 * quick-wins = high impact & low complexity; big-bets = high & high; fill-ins = low & low;
 * money-pits = low impact & high complexity.
 */
export function quadrantOf(point: MatrixPoint, thresholds: Settings['thresholds']): Quadrant {
  const high = isHighImpact(point.impact, thresholds.impact);
  const low = isLowComplexity(point.complexity, thresholds.complexity);
  if (high) return low ? 'quick-wins' : 'big-bets';
  return low ? 'fill-ins' : 'money-pits';
}

/** Position of a quadrant in QUADRANT_ORDER (0 = quick wins), for sorting. */
export function quadrantRank(quadrant: Quadrant): number {
  return QUADRANT_ORDER.indexOf(quadrant);
}
