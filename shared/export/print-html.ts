// What every page Pickwise prints shares: HTML escaping of user text, the one kind of image a
// page may inline, and the head that forbids scripts and anything from outside.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const DATA_URL = /^data:image\/(?:png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

/** Whether a chart image URL is one the page will inline (a base64 image data: URL). */
export function isChartImageDataUrl(url: string): boolean {
  return DATA_URL.test(url);
}

/** The page's head: UTF-8, a policy of no scripts and nothing from outside, its title and its style. */
export function printHead(title: string, css: string): string {
  return `<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>`;
}

/** The papers a page is printed on: A4 (most of the world) and US Letter. */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

// Regions where US Letter is the usual paper (the Americas that follow the US, and the Philippines).
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI', 'HN']);

/** The paper people in a locale (e.g. "en-US", "de-DE") usually print on; A4 when the region is not known. */
export function paperFor(locale: string): Paper {
  const region = /^[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2}|\d{3})(?:[-_]|$)/.exec(locale.trim())?.[1]?.toUpperCase();
  return region !== undefined && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
