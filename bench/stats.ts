/** Summary statistics for benchmark samples: median, spread and percentiles. */

export interface Summary {
  /** How many samples the summary is made of. */
  runs: number;
  median: number;
  min: number;
  max: number;
  /** First and third quartiles. */
  q1: number;
  q3: number;
  p95: number;
}

/** The p-th percentile (0–100) of already sorted samples, interpolated linearly. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (sorted.length === 1) return sorted[0]!;
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: percentile(sorted, 50),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    q1: percentile(sorted, 25),
    q3: percentile(sorted, 75),
    p95: percentile(sorted, 95),
  };
}

/** Element-wise ratios of two equally long sample lists (each pair measured side by side). */
export function ratios(measured: readonly number[], baseline: readonly number[]): number[] {
  if (measured.length !== baseline.length) throw new Error('ratios: the two sample lists differ in length');
  return measured.map((value, index) => value / baseline[index]!);
}
