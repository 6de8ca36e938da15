// Small numeric helpers behind the scoring and disagreement rules. Pure, no state.

/** Decimal places kept by `tidyNumber`; far finer than any score, far coarser than float noise. */
export const TIDY_DECIMALS = 9;

const TIDY_FACTOR = 10 ** TIDY_DECIMALS;

/**
 * Rounds away binary floating-point noise (to 9 decimals) so that a weighted mean meant to be
 * exactly 3 is 3, not 2.9999999999999996, and never lands on the wrong side of a threshold.
 */
export function tidyNumber(value: number): number {
  // `+ 0` turns -0 into 0 so that results compare and print cleanly.
  return Math.round(value * TIDY_FACTOR) / TIDY_FACTOR + 0;
}

/** The arithmetic mean, or undefined for no values (so "not scored" never reads as 0). */
export function meanOf(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (const v of values) sum += v;
  return tidyNumber(sum / values.length);
}

/** The median; with an even count, the mean of the two middle values. Undefined for none. */
export function medianOf(values: readonly number[]): number | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = n >> 1;
  if (n % 2 === 1) return tidyNumber(sorted[mid]!);
  return tidyNumber((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** Population standard deviation (divides by n): it describes this room, not a sample of rooms. */
export function standardDeviationOf(values: readonly number[]): number | undefined {
  const m = values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
  if (m === undefined) return undefined;
  let squares = 0;
  // Stryker disable next-line ArithmeticOperator: (v + m)(v − m) sums to the same Σ(v − m)², because Σv = n·m.
  for (const v of values) squares += (v - m) * (v - m);
  return tidyNumber(Math.sqrt(squares / values.length));
}

/** Spread of a set of values (max − min), or undefined for none. */
export function spreadOf(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    // Stryker disable next-line EqualityOperator: on a tie, lo (or hi) takes the value it already has.
    if (v < lo) lo = v;
    // Stryker disable next-line EqualityOperator: as above.
    if (v > hi) hi = v;
  }
  return tidyNumber(hi - lo);
}
