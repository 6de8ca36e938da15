/** Label type size on the chart, in pixels, at normal and at presentation size. */
export const LABEL_FONT = { normal: 13, large: 19 } as const;

/** Quadrant names' type size, in pixels, at normal and at presentation size. */
export const QUADRANT_NAME_FONT = { normal: 17, large: 26 } as const;

/**
 * An estimate of a label's box: system sans-serif averages a little over half an em per
 * character. Placement only needs it to be safe, so it errs wide.
 */
export function labelSize(text: string, fontSize: number): { width: number; height: number } {
  return { width: Math.ceil(text.length * fontSize * 0.6) + 4, height: Math.ceil(fontSize * 1.3) };
}
