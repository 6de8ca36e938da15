// WCAG 2 contrast arithmetic for specs that read computed colours off the page: parse what
// getComputedStyle gives, composite translucent layers the way the browser paints them, and
// measure the ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).

/** Channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** The body text bar of WCAG AA (1.4.3), which the chart's text meets whatever its size. */
export const AA_TEXT = 4.5;

/**
 * A colour as getComputedStyle writes it: `rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)`, the space
 * form `rgb(1 2 3 / 50%)`, `color(srgb 0.1 0.2 0.3 / 0.5)`, or `none`/`transparent`
 * (nothing painted). Anything else is an error: a colour the spec cannot read must not pass.
 */
export function parseColour(value: string): Rgba {
  const text = value.trim().toLowerCase();
  if (text === 'none' || text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const form = /^(rgba?|color)\((.*)\)$/.exec(text);
  if (!form) throw new Error(`not a colour this spec can read: "${value}"`);
  let body = form[2]!.trim();
  const srgb = form[1] === 'color';
  if (srgb) {
    if (!body.startsWith('srgb ')) throw new Error(`not an sRGB colour: "${value}"`);
    body = body.slice('srgb '.length);
  }
  const parts = body.split(/\s*[,/]\s*|\s+/).filter((part) => part !== '');
  if (parts.length !== 3 && parts.length !== 4) throw new Error(`not a colour this spec can read: "${value}"`);
  const number = (part: string, scale: number) => {
    const percent = part.endsWith('%');
    const parsed = Number(percent ? part.slice(0, -1) : part);
    if (!Number.isFinite(parsed)) throw new Error(`not a colour this spec can read: "${value}"`);
    return percent ? (parsed / 100) * scale : parsed;
  };
  const channel = (part: string) => (srgb ? number(part, 1) * 255 : number(part, 255));
  return { r: channel(parts[0]!), g: channel(parts[1]!), b: channel(parts[2]!), a: parts[3] === undefined ? 1 : number(parts[3], 1) };
}

/** The colour with its alpha multiplied by an opacity (fill-opacity, opacity). */
export function withOpacity(colour: Rgba, opacity: number): Rgba {
  return { ...colour, a: colour.a * opacity };
}

/** `top` painted over `under` (source-over, as the browser composites). */
export function over(top: Rgba, under: Rgba): Rgba {
  const a = top.a + under.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (upper: number, lower: number) => (upper * top.a + lower * under.a * (1 - top.a)) / a;
  return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b), a };
}

/** Layers given top first, composited into the one colour they show. */
export function flatten(layers: readonly Rgba[]): Rgba {
  return layers.reduceRight<Rgba>((under, top) => over(top, under), { r: 0, g: 0, b: 0, a: 0 });
}

/** WCAG 2 relative luminance of an opaque colour. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The contrast ratio of text over a background, 1 to 21. The background must be opaque (what is
 * under it is unknown otherwise); the text may be translucent and is composited over it first.
 */
export function contrastRatio(text: Rgba, background: Rgba): number {
  if (background.a < 1) throw new Error(`the background is not opaque (alpha ${background.a}): what is under it is unknown`);
  const seen = over(text, background);
  const [lighter, darker] = [relativeLuminance(seen), relativeLuminance(background)].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}

/** `#rrggbb` of a colour, rounded, for failure messages. */
export function hex({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}
