// The scoring scale (1–5 or 1–10) and the arithmetic that keeps values on it.
import type { Settings } from '../session/schema';

// The two scales a session can use; every score runs from 1 to this value. (Not exported:
// shared/session/defaults.ts exports the same alias as `Scale`.)
type Scale = Settings['scale'];

/** The lowest value on every scale: scores start at 1, never 0. */
export const SCALE_MIN = 1;

/** The middle of the scale, (1 + scale) / 2: 3 on 1–5, 5.5 on 1–10; the default thresholds. */
export function scaleMidpoint(scale: Scale): number {
  return (SCALE_MIN + scale) / 2;
}

/** The thresholds a new session (or a scale change) starts with: the midpoint on both axes. */
export function defaultThresholds(scale: Scale): Settings['thresholds'] {
  const mid = scaleMidpoint(scale);
  return { impact: mid, complexity: mid };
}

/** Keeps a value on the scale (1..scale); a non-finite value falls back to the midpoint. */
export function clampToScale(value: number, scale: Scale): number {
  if (!Number.isFinite(value)) return scaleMidpoint(scale);
  return Math.min(scale, Math.max(SCALE_MIN, value));
}

/**
 * Where a dragged point lands: clamped to the scale, then rounded to the nearest whole step
 * (halves round up: 2.5 → 3), so an override reads like a score the room could have given.
 */
export function snapToScale(value: number, scale: Scale): number {
  return Math.round(clampToScale(value, scale));
}

/**
 * Maps a value from one scale to the other linearly (1 → 1, old max → new max), e.g. 3 on
 * 1–5 → 5.5 on 1–10; for moving thresholds and overrides when the facilitator changes scale.
 */
export function rescale(value: number, from: Scale, to: Scale): number {
  // Stryker disable next-line ConditionalExpression: a shortcut; the formula maps a scale onto itself unchanged.
  if (from === to) return value;
  return SCALE_MIN + ((value - SCALE_MIN) * (to - SCALE_MIN)) / (from - SCALE_MIN);
}
