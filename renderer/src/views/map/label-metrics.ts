/** Label type size on the chart, in pixels, at normal and at presentation size. */
export const LABEL_FONT = { normal: 13, large: 19 } as const;

/** Quadrant names' type size, in pixels, at normal and at presentation size. */
export const QUADRANT_NAME_FONT = { normal: 17, large: 26 } as const;

/** A label's line height, in ems: the box placeLabels keeps free is this tall per line (point-mark.tsx sets the lines this far apart). */
const LABEL_LINE_HEIGHT = 1.3;

// Room left around the measured text: a focused label is drawn bolder (map.css) and a few
// pixels wider, and the box must hold it then too.
const SLACK_PX = 4;
const FOCUS_WIDENING = 1.06;

/**
 * An estimate of a text's width where nothing can measure it (a test's DOM without canvas):
 * system sans-serif averages a little over half an em per character, so it errs wide.
 */
function estimatedWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

let context: CanvasRenderingContext2D | null | undefined;
const measured = new Map<string, number>();

/** The text's width as the chart's font draws it, measured once and remembered. */
function textWidth(text: string, fontSize: number, weight: number, letterSpacingEm = 0): number {
  const key = `${weight} ${fontSize} ${letterSpacingEm} ${text}`;
  const known = measured.get(key);
  if (known !== undefined) return known;
  if (context === undefined) {
    // jsdom has canvas elements without a 2D context (and says so on the console): ask only a real browser.
    const canDraw = typeof document !== 'undefined' && !navigator.userAgent.includes('jsdom');
    context = canDraw ? document.createElement('canvas').getContext('2d') : null;
  }
  let width = estimatedWidth(text, fontSize);
  if (context) {
    const family = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif';
    context.font = `${weight} ${fontSize}px ${family}`;
    width = context.measureText(text).width + text.length * letterSpacingEm * fontSize;
  }
  // A big board's titles change rarely: the cache only grows with new texts.
  if (measured.size > 20_000) measured.clear();
  measured.set(key, width);
  return width;
}

/** The box a point's label of one or more lines needs (see .point-label in map.css: weight 600). */
export function labelLinesSize(lines: readonly string[], fontSize: number): { width: number; height: number } {
  const widest = Math.max(0, ...lines.map((line) => textWidth(line, fontSize, 600)));
  return { width: Math.ceil(widest * FOCUS_WIDENING) + SLACK_PX, height: Math.ceil(fontSize * LABEL_LINE_HEIGHT * lines.length) };
}

/** The box a quadrant's name needs (see .quadrant-name in map.css: weight 700, letters 0.02 em apart). */
export function quadrantNameSize(name: string, fontSize: number): { width: number; height: number } {
  return { width: Math.ceil(textWidth(name, fontSize, 700, 0.02)) + SLACK_PX, height: Math.ceil(fontSize * LABEL_LINE_HEIGHT) };
}
