import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

// Focus you can see from the back of the room: whatever Tab reaches wears the app's focus ring,
// a 2 px or wider outline (or box shadow) in the theme's focus colour, on the control itself or
// on what stands for it on screen (a segmented answer's segment, a chart point's or a threshold
// line's ring). Read from the computed styles, in both themes.

interface RingSeen {
  /** The control, as a person would name it, and its kind. */
  what: string;
  kind: string;
  ring: boolean;
  /** What was found instead, when there is no ring. */
  found: string;
}

function ringOfFocused(): RingSeen | null {
  const element = document.activeElement;
  if (element === null || element === document.body) return null;
  const probe = document.createElement('span');
  probe.style.color = 'var(--focus)';
  document.body.append(probe);
  const focusColour = getComputedStyle(probe).color;
  probe.remove();

  const input = element instanceof HTMLInputElement ? element : null;
  const kind =
    element instanceof SVGElement
      ? `svg ${element.getAttribute('role')}`
      : input
        ? `input ${input.type}${input.closest('.segmented') ? ' (segmented)' : ''}`
        : element.tagName.toLowerCase();
  // What shows the focus on screen: the segment a hidden radio covers, an SVG control's ring.
  const shownBy = input?.closest('.segmented') ? input.nextElementSibling : element instanceof SVGElement ? element.querySelector('.focus-halo') : element;
  const name = element.getAttribute('aria-label') ?? (element.textContent ?? '').trim().slice(0, 50);
  const what = `${kind} “${name}”`;
  if (!shownBy) return { what, kind, ring: false, found: 'nothing that shows it' };
  const style = getComputedStyle(shownBy);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor === focusColour;
  const shadow = style.boxShadow.includes(focusColour);
  const stroke = shownBy instanceof SVGElement && style.display !== 'none' && style.stroke === focusColour && parseFloat(style.strokeWidth) >= 2;
  return {
    what,
    kind,
    ring: outline || shadow || stroke,
    found: `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow ${style.boxShadow}; stroke ${style.stroke} (focus colour ${focusColour})`,
  };
}

/** Tabs through the whole window from its first stop, and returns what every stop showed. */
async function tabThrough(page: Page, first = page.getByRole('link', { name: 'Skip to the workshop' })): Promise<RingSeen[]> {
  await first.focus();
  const seen: RingSeen[] = [];
  for (let stop = 0; stop < 600; stop += 1) {
    // Each stop is reached by keyboard (the first by leaving it and coming back).
    if (stop === 0) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(ringOfFocused);
    if (ring === null || (stop > 0 && ring.what === seen[0]?.what)) break;
    seen.push(ring);
  }
  return seen;
}

const phases = ['Frame', 'Collect', 'Score', 'Map', 'Decide', 'Share'] as const;

for (const theme of ['light', 'dark'] as const) {
  test(`${theme} theme: every stop of Tab, in every phase, wears the app's focus ring`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: theme });
    await page.getByRole('button', { name: 'Sample session' }).click();
    const kinds = new Set<string>();
    const without: string[] = [];
    let stops = 0;
    for (const phase of phases) {
      await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: phase }).click();
      await expect(page.getByRole('main')).toHaveAccessibleName(phase);
      if (phase === 'Collect') await page.getByRole('button', { name: /^Details of C1 / }).click();
      if (phase === 'Map') await page.locator('summary', { hasText: 'Filters' }).click();
      const seen = await tabThrough(page);
      expect(seen.length, `${phase}: stops of Tab`).toBeGreaterThan(5);
      stops += seen.length;
      for (const stop of seen) {
        kinds.add(stop.kind);
        if (!stop.ring) without.push(`${phase}: ${stop.what} — ${stop.found}`);
      }
    }
    // A blind turn: the score picker's segments.
    await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Score' }).click();
    await page.getByRole('button', { name: 'Hide scores and score again' }).click();
    await page.getByRole('button', { name: /^Start .*’s turn$/ }).first().click();
    const turn = await tabThrough(page, page.getByTestId('scoring-turn').getByRole('button').first());
    stops += turn.length;
    for (const stop of turn) {
      kinds.add(stop.kind);
      if (!stop.ring) without.push(`a turn: ${stop.what} — ${stop.found}`);
    }

    test.info().annotations.push({ type: 'stops of Tab', description: `${stops} stops, ${kinds.size} kinds of control: ${[...kinds].join(', ')}` });
    expect(without, 'stops of Tab without the app’s focus ring').toEqual([]);
    // Every kind of control the app has was met on the way.
    for (const kind of ['a', 'button', 'input text', 'input date', 'input number', 'input checkbox', 'input radio (segmented)', 'select', 'textarea', 'summary', 'svg button', 'svg slider']) {
      expect([...kinds], `a ${kind} among the stops of Tab`).toContain(kind);
    }
  });
}

test('a focused chart point gets a ring and its label stands out; a focused threshold line gets a ring', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Map' }).click();
  const point = page.getByTestId('matrix-point').filter({ has: page.locator('.point-label') }).first();
  const label = point.locator('.point-label');
  const labelLook = () => label.evaluate((text) => ({ weight: getComputedStyle(text).fontWeight, fill: getComputedStyle(text).fill, decoration: getComputedStyle(text).textDecorationLine }));
  const before = await labelLook();
  await expect(point.locator('.focus-halo')).toBeHidden();
  await point.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(point).toBeFocused();
  await expect(point.locator('.focus-halo')).toBeVisible();
  const after = await labelLook();
  expect(Number(after.weight)).toBeGreaterThan(Number(before.weight));
  expect(after.fill).not.toBe(before.fill);
  expect(after.decoration).toBe('underline');

  const threshold = page.getByRole('slider', { name: /threshold$/ }).first();
  await expect(threshold.locator('.focus-halo')).toBeHidden();
  await threshold.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(threshold).toBeFocused();
  await expect(threshold.locator('.focus-halo')).toBeVisible();
  // The halo surrounds the line it rings.
  const [ring, line] = await Promise.all([threshold.locator('.focus-halo').boundingBox(), threshold.locator('.threshold-line').boundingBox()]);
  expect(ring!.x).toBeLessThan(line!.x);
  expect(ring!.y).toBeLessThan(line!.y);
  expect(ring!.x + ring!.width).toBeGreaterThan(line!.x + line!.width);
  expect(ring!.y + ring!.height).toBeGreaterThan(line!.y + line!.height);
});
