import { wrapWords, type ChartKeyEntry, type Language } from '../../../shared';
import { textsIn, type Texts } from '../../../shared/i18n/texts';
import { translate } from '../i18n';
import { cloneWithInlineStyles } from './inline-styles';

export type ImageBackground = 'light' | 'dark' | 'transparent';

interface LegendEntry {
  colour: string;
  label: string;
}

export interface ChartImageOptions {
  title: string | null;
  legend: readonly LegendEntry[] | null;
  /** The points drawn by their code alone, listed beside the chart with their whole titles; empty for none. */
  key: readonly ChartKeyEntry[];
  background: ImageBackground;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PADDING = 24;
const TITLE_HEIGHT = 44;
const LEGEND_ROW = 26;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Legend entries laid out in rows that fit the image's width. */
function legendRows(entries: readonly LegendEntry[], width: number, fontSize: number): { entry: LegendEntry; x: number; row: number }[] {
  const placed: { entry: LegendEntry; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const itemWidth = 22 + entry.label.length * fontSize * 0.6 + 18;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    placed.push({ entry, x, row });
    x += itemWidth;
  }
  return placed;
}

const KEY_FONT = 14;
const KEY_ROW = 19;
/** The key's columns beside the chart: the gap before them and each one's width, px. */
export const CHART_KEY_COLUMNS = { gap: 28, width: 380 } as const;
const KEY_COLUMN = CHART_KEY_COLUMNS.width;
const KEY_GAP = CHART_KEY_COLUMNS.gap;

/** The most key columns set beside the chart: a longer key goes under it. */
const KEY_BESIDE = 2;

interface KeyLine {
  column: number;
  row: number;
  code: string;
  text: string;
  /** A cluster's heading ("Cluster 3"), set bold across the column. */
  heading?: boolean;
}

/**
 * The key's lines in columns as tall as the chart, filled top to bottom: a heading, then each
 * entry's code with its whole title wrapped beside it (an estimate that errs wide, so no line
 * runs past its column), each numbered cluster's members under a heading of their own (kept
 * with the first of them). Nothing is shortened.
 */
function keyLayout(entries: readonly ChartKeyEntry[], rowsPerColumn: number, t: Texts): { lines: KeyLine[]; columns: number; codeWidth: number } {
  const codeWidth = Math.ceil(Math.max(...entries.map((entry) => entry.code.length)) * KEY_FONT * 0.65) + 10;
  const titleChars = Math.floor((KEY_COLUMN - KEY_GAP / 2 - codeWidth) / (KEY_FONT * 0.6));
  const lines: KeyLine[] = [];
  let column = 0;
  let row = 1; // row 0 of the first column is the heading
  let cluster: number | undefined;
  for (const entry of entries) {
    const wrapped = wrapWords(entry.title, titleChars);
    const heading = entry.cluster !== undefined && entry.cluster !== cluster;
    cluster = entry.cluster;
    const needed = wrapped.length + (heading ? 1 : 0);
    if (row > 0 && row + needed > rowsPerColumn) {
      column += 1;
      row = 0;
    }
    if (heading) {
      lines.push({ column, row, code: '', text: t('documents:chart.cluster', { number: String(entry.cluster) }), heading: true });
      row += 1;
    }
    wrapped.forEach((text, index) => lines.push({ column, row: row + index, code: index === 0 ? entry.code : '', text }));
    row += wrapped.length;
  }
  return { lines, columns: column + 1, codeWidth };
}

/** The key in as many columns as fit across the chart's width, the lines shared out evenly. */
function keyBelowChart(entries: readonly ChartKeyEntry[], chartWidth: number, t: Texts): ReturnType<typeof keyLayout> {
  const columns = Math.max(1, Math.floor(chartWidth / KEY_COLUMN));
  const lines = keyLayout(entries, Number.MAX_SAFE_INTEGER, t).lines.length + 1;
  // An entry is never split between columns: a column may take a few more lines than the share.
  for (let rows = Math.max(4, Math.ceil(lines / columns)); ; rows += 1) {
    const layout = keyLayout(entries, rows, t);
    if (layout.columns <= columns) return layout;
  }
}

/**
 * The chart as a standalone SVG document: the drawn chart with its styles inlined, framed by
 * an optional title and legend, on a light, dark or transparent background. Colours for the
 * frame come from the stage element's theme, so the picture matches the screen. Its own words
 * (the key's) are in `language`, the session's export language.
 */
export function chartSvgDocument(chart: SVGSVGElement, stage: HTMLElement, options: ChartImageOptions, language: Language): { svg: string; width: number; height: number } {
  const t = textsIn(language);
  const style = getComputedStyle(stage);
  const text = style.getPropertyValue('--text').trim() || '#1c1d1f';
  const muted = style.getPropertyValue('--text-muted').trim() || '#55595f';
  const surface = style.getPropertyValue('--surface').trim() || '#ffffff';
  const font = style.fontFamily;
  // Colours given as CSS variables are resolved here: a standalone file knows no variables.
  const resolve = (colour: string) => {
    const variable = /^var\((--[\w-]+)\)$/.exec(colour.trim());
    return variable ? style.getPropertyValue(variable[1] ?? '').trim() || colour : colour;
  };
  const chartWidth = Number(chart.getAttribute('width')) || chart.clientWidth;
  const chartHeight = Number(chart.getAttribute('height')) || chart.clientHeight;
  // The key goes beside the chart in up to KEY_BESIDE columns as tall as the chart; a longer
  // one goes under the chart and its legend, in columns across the chart's width.
  const beside = options.key.length > 0 ? keyLayout(options.key, Math.max(4, Math.floor(chartHeight / KEY_ROW)), t) : null;
  const keyBelow = beside !== null && beside.columns > KEY_BESIDE;
  const key = keyBelow ? keyBelowChart(options.key, chartWidth, t) : beside;
  const width = chartWidth + 2 * PADDING + (key && !keyBelow ? KEY_GAP + key.columns * KEY_COLUMN : 0);
  const legendFont = 15;
  const legend = options.legend ? legendRows(options.legend, chartWidth, legendFont) : [];
  const legendHeight = legend.length > 0 ? (Math.max(...legend.map((item) => item.row)) + 1) * LEGEND_ROW + 8 : 0;
  const top = PADDING + (options.title ? TITLE_HEIGHT : 0);
  const keyTop = keyBelow ? top + chartHeight + legendHeight + KEY_GAP : top;
  const keyHeight = key && keyBelow ? (Math.max(...key.lines.map((line) => line.row)) + 1) * KEY_ROW + KEY_GAP : 0;
  const height = top + chartHeight + legendHeight + keyHeight + PADDING;

  const body = cloneWithInlineStyles(chart);
  body.setAttribute('x', String(PADDING));
  body.setAttribute('y', String(top));
  body.removeAttribute('class');
  const parts: string[] = [];
  if (options.background !== 'transparent') parts.push(`<rect width="${width}" height="${height}" fill="${escapeXml(surface)}"/>`);
  if (options.title) {
    parts.push(
      `<text x="${PADDING}" y="${PADDING + 28}" font-family="${escapeXml(font)}" font-size="26" font-weight="700" fill="${escapeXml(text)}">${escapeXml(options.title)}</text>`,
    );
  }
  parts.push(new XMLSerializer().serializeToString(body));
  if (key) {
    // The points drawn by their code, with their whole titles.
    const left = keyBelow ? PADDING : PADDING + chartWidth + KEY_GAP;
    const look = `font-family="${escapeXml(font)}" font-size="${KEY_FONT}" fill="${escapeXml(text)}"`;
    parts.push(`<g class="chart-key"><text x="${left}" y="${keyTop + 15}" ${look} font-weight="700">${escapeXml(t('documents:chart.key'))}</text>`);
    for (const line of key.lines) {
      const x = left + line.column * KEY_COLUMN;
      const y = keyTop + 15 + line.row * KEY_ROW;
      if (line.heading) {
        parts.push(`<text x="${x}" y="${y}" ${look} font-weight="700" class="chart-key-cluster">${escapeXml(line.text)}</text>`);
        continue;
      }
      if (line.code !== '') parts.push(`<text x="${x}" y="${y}" ${look} font-weight="700">${escapeXml(line.code)}</text>`);
      parts.push(`<text x="${x + key.codeWidth}" y="${y}" ${look}>${escapeXml(line.text)}</text>`);
    }
    parts.push('</g>');
  }
  const legendTop = top + chartHeight + 8;
  for (const item of legend) {
    const y = legendTop + item.row * LEGEND_ROW;
    parts.push(
      `<circle cx="${PADDING + item.x + 7}" cy="${y + 9}" r="7" fill="${escapeXml(resolve(item.entry.colour))}"/>` +
        `<text x="${PADDING + item.x + 22}" y="${y + 14}" font-family="${escapeXml(font)}" font-size="${legendFont}" fill="${escapeXml(muted)}">${escapeXml(item.entry.label)}</text>`,
    );
  }
  const svg = `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
  return { svg, width, height };
}

/** Draws an SVG document onto a canvas at `scale` and returns the PNG's bytes. */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Uint8Array<ArrayBuffer>> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error(translate('documents:errors.notAnImage')));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(translate('documents:errors.noCanvas'));
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(translate('documents:errors.notEncoded'));
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
