import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { AA_TEXT, contrastRatio, flatten, hex, parseColour, withOpacity } from '../support/contrast';
import { gotoPhase } from './session-page';

// The chart's own text (quadrant names, axis titles, axis numbers) is read from the back of the
// room: each measures at least 4.5:1 against what is really painted behind it, in both themes,
// on the Map, in presentation mode and in exported SVGs. Colours are read with getComputedStyle
// off the drawn SVG (an inline style or a presentation attribute that beats the theme shows up
// here), composited in tests/e2e/support/contrast.ts.

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

type TextKind = 'quadrant name' | 'axis title' | 'axis number';

/** One piece of the chart's text as the page paints it, and the layers that can be under it. */
interface DrawnText {
  kind: TextKind;
  text: string;
  fill: string;
  /** fill-opacity times the opacity of the text and every element round it. */
  opacity: number;
  fontSize: number;
  box: { left: number; top: number; right: number; bottom: number };
  /** Each a stack of layers top first, down to the page: a quadrant's tint over the chart's background, or the background alone. */
  backgrounds: { under: string; layers: { colour: string; opacity: number }[] }[];
}

/**
 * Reads the chart's text off an SVG drawn by MatrixChart. `behind` is what is painted under the
 * whole chart, top first; left out, it is the background colours of the SVG's ancestors.
 * Runs in the page: self-contained.
 */
function readDrawnText(svg: Element, behind: string[] | null): { texts: DrawnText[]; svgBox: DrawnText['box'] } {
  const opacityOf = (element: Element) => {
    let product = 1;
    for (let layer: Element | null = element; layer; layer = layer.parentElement) product *= Number(getComputedStyle(layer).opacity);
    return product;
  };
  const boxOf = (element: Element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { left, top, right, bottom };
  };
  const chartBehind = (behind ?? []).map((colour) => ({ colour, opacity: 1 }));
  if (behind === null) for (let layer = svg.parentElement; layer; layer = layer.parentElement) chartBehind.push({ colour: getComputedStyle(layer).backgroundColor, opacity: 1 });
  const quadrants = Array.from(svg.querySelectorAll('.recharts-reference-area-rect')).map((rect) => {
    const style = getComputedStyle(rect);
    return {
      // The ReferenceArea's layer is classed "quadrant quick-wins" (matrix-chart.tsx).
      name: Array.from(rect.closest('.quadrant')?.classList ?? []).at(-1) ?? 'a quadrant',
      tint: style.fill,
      opacity: Number(style.fillOpacity) * opacityOf(rect),
      box: boxOf(rect),
    };
  });
  const kinds: [string, TextKind][] = [
    ['.quadrant-name', 'quadrant name'],
    ['.axis-title', 'axis title'],
    ['.recharts-cartesian-axis-tick-value', 'axis number'],
  ];
  const texts = kinds.flatMap(([selector, kind]) =>
    Array.from(svg.querySelectorAll(selector)).map((text): DrawnText => {
      const style = getComputedStyle(text);
      const box = boxOf(text);
      const overlaps = quadrants.filter((quadrant) => box.left < quadrant.box.right && box.right > quadrant.box.left && box.top < quadrant.box.bottom && box.bottom > quadrant.box.top);
      const inside = overlaps.some((quadrant) => box.left >= quadrant.box.left && box.right <= quadrant.box.right && box.top >= quadrant.box.top && box.bottom <= quadrant.box.bottom);
      const backgrounds = overlaps.map((quadrant) => ({ under: `${quadrant.name}’s tint`, layers: [{ colour: quadrant.tint, opacity: quadrant.opacity }, ...chartBehind] }));
      if (!inside) backgrounds.push({ under: 'the chart’s background', layers: chartBehind });
      return { kind, text: text.textContent ?? '', fill: style.fill, opacity: Number(style.fillOpacity) * opacityOf(text), fontSize: parseFloat(style.fontSize), box, backgrounds };
    }),
  );
  return { texts, svgBox: boxOf(svg) };
}

interface Measured {
  what: string;
  ratio: number;
  colours: string;
}

/** Every piece of text against every background it can sit on, the lowest ratio of each. */
function measure(texts: readonly DrawnText[], where: string): Measured[] {
  return texts.map((drawn) => {
    const text = withOpacity(parseColour(drawn.fill), drawn.opacity);
    const worst = drawn.backgrounds
      .map((background) => {
        const colour = flatten(background.layers.map((layer) => withOpacity(parseColour(layer.colour), layer.opacity)));
        return { ratio: contrastRatio(text, colour), colours: `${hex(text)} on ${hex(colour)} (${background.under})` };
      })
      .sort((a, b) => a.ratio - b.ratio)[0]!;
    return { what: `${where}: ${drawn.kind} “${drawn.text}”`, ...worst };
  });
}

function expectReadable(measured: readonly Measured[]): void {
  // SHOW_RATIOS=1 prints every measurement, passing or not (for a closing note's figures).
  if (process.env['SHOW_RATIOS']) console.log(measured.map((each) => `${each.what} ${each.ratio.toFixed(2)} ${each.colours}`).join('\n'));
  const failing = measured.filter((each) => !(each.ratio >= AA_TEXT)).map((each) => `${each.what} measures ${each.ratio.toFixed(2)}:1, ${each.colours}`);
  expect(failing, `chart text under ${AA_TEXT}:1`).toEqual([]);
}

/** The sample's chart has four quadrant names, two axis titles and both axes' numbers: none may go missing unmeasured. */
function expectEveryText(texts: readonly DrawnText[], where: string): void {
  const count = (kind: TextKind) => texts.filter((text) => text.kind === kind).length;
  expect([count('quadrant name'), count('axis title'), count('axis number')], `${where}: quadrant names, axis titles, axis numbers`).toEqual([4, 2, 10]);
}

async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

async function openSampleMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sample session' }).click();
  await gotoPhase(page, 'Map');
  await expect(page.getByTestId('matrix-point').first()).toBeVisible();
}

const mapChart = (page: Page) => page.locator('.matrix-frame svg.recharts-surface');
const presentationChart = (page: Page) => page.getByTestId('presentation').locator('svg.recharts-surface');

async function drawnText(chart: Locator): Promise<DrawnText[]> {
  return (await chart.evaluate(readDrawnText, null)).texts;
}

for (const theme of THEMES) {
  test(`${theme} theme: quadrant names, axis titles and axis numbers measure at least 4.5:1 on the Map and in presentation mode`, async ({ app }) => {
    const { page } = app;
    await openSampleMap(page);
    await useTheme(page, theme);
    const onMap = await drawnText(mapChart(page));
    expectEveryText(onMap, 'Map');
    expectReadable(measure(onMap, `Map, ${theme}`));

    await page.keyboard.press('F11');
    await expect(presentationChart(page).getByTestId('matrix-point').first()).toBeVisible();
    const presented = await drawnText(presentationChart(page));
    expectEveryText(presented, 'presentation');
    expectReadable(measure(presented, `presentation, ${theme}`));

    // Larger type for the projector: every kind of text at least a third bigger than on the Map.
    for (const kind of ['quadrant name', 'axis title', 'axis number'] as const) {
      const size = (texts: DrawnText[]) => Math.min(...texts.filter((text) => text.kind === kind).map((text) => text.fontSize));
      expect(size(presented), `${kind}: ${size(presented)} px in presentation, ${size(onMap)} px on the Map`).toBeGreaterThanOrEqual(size(onMap) * 4 / 3);
    }
  });
}

test('in presentation mode at 1280×720 and 1920×1080, and on the Map at 1280×800 and 1920×1080, no chart text is cut off', async ({ app }) => {
  const { page } = app;
  await openSampleMap(page);
  const sizes = [
    { view: 'Map', width: 1280, height: 800 },
    { view: 'Map', width: 1920, height: 1080 },
    { view: 'presentation', width: 1280, height: 720 },
    { view: 'presentation', width: 1920, height: 1080 },
  ] as const;
  for (const size of sizes) {
    if (size.view === 'presentation' && (await page.getByTestId('presentation').count()) === 0) await page.keyboard.press('F11');
    await page.setViewportSize({ width: size.width, height: size.height });
    const chart = size.view === 'Map' ? mapChart(page) : presentationChart(page);
    // The chart follows its frame's size: wait until it has been drawn at the new one.
    await expect.poll(() => chart.evaluate((svg) => Math.round(svg.parentElement!.parentElement!.getBoundingClientRect().width - svg.getBoundingClientRect().width))).toBeLessThanOrEqual(1);
    const { texts, svgBox } = await chart.evaluate(readDrawnText, null);
    expectEveryText(texts, `${size.view} at ${size.width}×${size.height}`);
    const viewport = { left: 0, top: 0, right: size.width, bottom: size.height };
    // The SVG cuts off what is outside it; presentation mode shows the whole chart on one screen.
    const bounds = size.view === 'Map' ? svgBox : { left: Math.max(svgBox.left, 0), top: Math.max(svgBox.top, 0), right: Math.min(svgBox.right, viewport.right), bottom: Math.min(svgBox.bottom, viewport.bottom) };
    const cut = texts
      .filter((text) => text.box.left < bounds.left - 0.5 || text.box.top < bounds.top - 0.5 || text.box.right > bounds.right + 0.5 || text.box.bottom > bounds.bottom + 0.5)
      .map((text) => `${text.kind} “${text.text}” at ${JSON.stringify(text.box)} outside ${JSON.stringify(bounds)}`);
    expect(cut, `${size.view} at ${size.width}×${size.height}`).toEqual([]);
  }
});

for (const screenTheme of THEMES) {
  test(`exported SVGs from the ${screenTheme} theme, on a light and on a dark background, carry chart text of at least 4.5:1`, async ({ app }) => {
    const { page } = app;
    await openSampleMap(page);
    await useTheme(page, screenTheme);
    for (const background of ['Light', 'Dark'] as const) {
      const file = join(app.folder, `chart-${background}.svg`);
      await app.answerExportDialog(file);
      await page.getByRole('button', { name: 'Export image…' }).click();
      const dialog = page.getByTestId('chart-export-dialog');
      await expect(dialog.getByTestId('chart-export-preview')).toBeVisible();
      await dialog.getByLabel(/^SVG/).check();
      await dialog.getByRole('group', { name: 'Background' }).getByLabel(background).check();
      await dialog.getByRole('button', { name: 'Export…' }).click();
      await expect(dialog).toBeHidden();
      const svg = await readFile(file, 'utf8');
      // The file as any viewer draws it: in a shadow root, where none of the app's style sheets reach.
      await page.evaluate((text) => {
        const host = document.createElement('div');
        host.id = 'exported-svg';
        host.style.cssText = 'position:fixed;left:0;top:0;z-index:100000;';
        host.attachShadow({ mode: 'open' }).innerHTML = text;
        document.body.append(host);
      }, svg);
      const outer = page.locator('#exported-svg > svg');
      // The picture's own background is the first rectangle, under everything else in it.
      const pictureBackground = await outer.evaluate((root) => getComputedStyle(root.querySelector(':scope > rect')!).fill);
      const texts = (await outer.locator(':scope > svg').evaluate(readDrawnText, [pictureBackground])).texts;
      const where = `SVG on ${background.toLowerCase()}, from the ${screenTheme} theme`;
      expectEveryText(texts, where);
      expectReadable(measure(texts, where));
      await page.evaluate(() => document.getElementById('exported-svg')?.remove());
    }
  });
}
