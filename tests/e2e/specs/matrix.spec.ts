import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { computeCandidateResults, createSampleSession, isBetterWithoutMl, type Session } from '../../../shared';
import { expect, test } from '../fixtures';
import { gotoPhase, leaveTextFields, openSessionFile, pressUndo, saveAndRead } from './session-page';

const sample = createSampleSession();
const sampleResults = computeCandidateResults(sample);
const points = (page: Page) => page.getByTestId('matrix-point');

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element is not on screen.');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function openSampleMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sample session' }).click();
  await gotoPhase(page, 'Map');
  await expect(points(page).first()).toBeVisible();
}

/** The sample's Map with the pointer pressed on Support-ticket routing's dot: its mark and where it was. */
async function pressOnSupportRouting(page: Page): Promise<{ mark: Locator; from: { x: number; y: number } }> {
  await openSampleMap(page);
  const support = sample.candidates.find((candidate) => candidate.title === 'Support-ticket routing')!;
  const mark = points(page).and(page.locator(`[data-candidate-id="${support.id}"]`));
  const from = await centre(mark.getByTestId('matrix-dot'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  return { mark, from };
}

test('every scored candidate sits in the quadrant shared/ computes, on the right side of both thresholds', async ({ app }) => {
  const { page } = app;
  await openSampleMap(page);
  const expected = [...sampleResults.values()].filter((result) => result.quadrant !== undefined && !isBetterWithoutMl(result.candidate));
  await expect(points(page)).toHaveCount(expected.length);
  const impactLine = await centre(page.getByTestId('threshold-impact'));
  const complexityLine = await centre(page.getByTestId('threshold-complexity'));
  for (const result of expected) {
    const mark = points(page).and(page.locator(`[data-candidate-id="${result.candidate.id}"]`));
    await expect(mark).toHaveAttribute('data-quadrant', result.quadrant!);
    const dot = await centre(mark.getByTestId('matrix-dot'));
    const highImpact = result.quadrant === 'quick-wins' || result.quadrant === 'big-bets';
    const lowComplexity = result.quadrant === 'quick-wins' || result.quadrant === 'fill-ins';
    expect(dot.y <= impactLine.y + 0.5, `${result.candidate.code} above the impact line`).toBe(highImpact);
    expect(dot.x < complexityLine.x - 0.5, `${result.candidate.code} left of the complexity line`).toBe(lowComplexity);
  }
  // The candidates better solved without ML are shown on request.
  await page.getByLabel('Show candidates better without ML').check();
  await expect(points(page)).toHaveCount([...sampleResults.values()].filter((result) => result.quadrant !== undefined).length);
});

test('dragging a point sets a consensus override that keeps the scores and survives save and reopen', async ({ app }) => {
  const { page } = app;
  await openSampleMap(page);
  const support = sample.candidates.find((candidate) => candidate.title === 'Support-ticket routing')!;
  const mark = points(page).and(page.locator(`[data-candidate-id="${support.id}"]`));
  await expect(mark).toHaveAttribute('data-quadrant', 'quick-wins');
  const from = await centre(mark.getByTestId('matrix-dot'));
  const complexityLine = await centre(page.getByTestId('threshold-complexity'));
  const impactLine = await centre(page.getByTestId('threshold-impact'));
  // Into big bets: right of the complexity line, above the impact line, moved in many steps.
  const to = { x: complexityLine.x + (complexityLine.x - from.x) * 0.9, y: impactLine.y - 60 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await expect(page.getByTestId('drag-overlay')).toBeVisible();
  await page.mouse.up();
  await expect(mark).toHaveAttribute('data-quadrant', 'big-bets');
  await expect(mark).toHaveAttribute('data-overridden', 'true');

  const file = join(app.folder, 'dragged.pickwise');
  const saved = await saveAndRead(app, file);
  const override = saved.candidates.find((candidate) => candidate.id === support.id)!.override;
  expect(override).not.toBeNull();
  expect(Number.isInteger(override!.impact) && Number.isInteger(override!.complexity)).toBe(true);
  expect(override!.complexity).toBeGreaterThan(sample.settings.thresholds.complexity);
  // The participants' scores are untouched by the drag.
  expect(saved.scores).toEqual(sample.scores);

  await page.getByRole('button', { name: 'New', exact: true }).click();
  await openSessionFile(app, file);
  await gotoPhase(page, 'Map');
  await expect(mark).toHaveAttribute('data-quadrant', 'big-bets');
  await expect(mark).toHaveAttribute('data-overridden', 'true');
});

test('while a point is dragged its overlay is drawn under the pointer at every step, and the moves leave the chart itself untouched', async ({ app }) => {
  const { page } = app;
  const { mark, from } = await pressOnSupportRouting(page);
  await page.mouse.move(from.x + 30, from.y);
  const overlayDot = page.getByTestId('drag-overlay').locator('circle');
  await expect(overlayDot).toBeVisible();
  // From here on a move is the overlay's alone: nothing in the chart's SVG changes (the
  // points, their labels, the dragged point where it was) until the drop.
  await page.locator('svg.recharts-surface').evaluate((chart) => {
    const seen = { count: 0 };
    new MutationObserver((records) => (seen.count += records.length)).observe(chart, { subtree: true, childList: true, attributes: true, characterData: true });
    (window as unknown as { chartChanges: typeof seen }).chartChanges = seen;
  });
  for (const [dx, dy] of [[60, -20], [140, -45], [220, -10], [300, -40]] as const) {
    await page.mouse.move(from.x + dx, from.y + dy);
    const drawn = await centre(overlayDot);
    expect(Math.abs(drawn.x - (from.x + dx)), `overlay x after a move of ${dx}, ${dy}`).toBeLessThan(0.5);
    expect(Math.abs(drawn.y - (from.y + dy)), `overlay y after a move of ${dx}, ${dy}`).toBeLessThan(0.5);
  }
  expect(await page.evaluate(() => (window as unknown as { chartChanges: { count: number } }).chartChanges.count)).toBe(0);
  const still = await centre(mark.getByTestId('matrix-dot'));
  expect(Math.hypot(still.x - from.x, still.y - from.y)).toBeLessThan(0.5);
  await page.mouse.up();
  await expect(page.getByTestId('drag-overlay')).toHaveCount(0);
  await expect(mark).toHaveAttribute('data-overridden', 'true');
});

test('undo after a drag goes back to the scores in one step; the arrow keys move a focused point', async ({ app }) => {
  const { page } = app;
  const { mark, from } = await pressOnSupportRouting(page);
  await page.mouse.move(from.x + 300, from.y - 40, { steps: 25 });
  await page.mouse.up();
  await expect(mark).toHaveAttribute('data-overridden', 'true');
  await pressUndo(page);
  await expect(mark).toHaveAttribute('data-overridden', 'false');
  await expect(mark).toHaveAttribute('data-quadrant', 'quick-wins');

  await mark.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(mark).toHaveAttribute('data-overridden', 'true');
  await expect(mark).toHaveAttribute('data-quadrant', 'big-bets');
  await pressUndo(page);
  await pressUndo(page);
  await expect(mark).toHaveAttribute('data-overridden', 'false');
});

test('a filter hides exactly the filtered points, and the table shows the same data', async ({ app }) => {
  const { page } = app;
  await openSampleMap(page);
  const quickWins = [...sampleResults.values()].filter((result) => result.quadrant === 'quick-wins' && !isBetterWithoutMl(result.candidate));
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('group', { name: 'Quadrant' }).getByLabel('Quick wins').check();
  await expect(points(page)).toHaveCount(quickWins.length);
  const shown = await points(page).evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-candidate-id')));
  expect(shown.sort()).toEqual(quickWins.map((result) => result.candidate.id).sort());
  await page.getByRole('button', { name: 'Show table' }).click();
  await expect(page.getByTestId('matrix-row')).toHaveCount(quickWins.length);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('matrix-row')).toHaveCount([...sampleResults.values()].filter((result) => result.quadrant !== undefined && !isBetterWithoutMl(result.candidate)).length);
});

test('presentation mode enters and leaves by keyboard and walks through the candidates', async ({ app }) => {
  const { page } = app;
  await openSampleMap(page);
  await leaveTextFields(page);
  await page.keyboard.press('F11');
  const presentation = page.getByTestId('presentation');
  await expect(presentation).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presentation-caption')).toContainText('1. C5');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presentation-caption')).toContainText('2. ');
  await page.keyboard.press('Escape');
  await expect(presentation).toHaveCount(0);
  await expect(page.getByRole('main')).toHaveAccessibleName('Map');
});

test('the session file keeps the room’s own words for the chart', async ({ app }) => {
  const { page } = app;
  await openSampleMap(page);
  await page.getByText('Axes, thresholds and quadrant names').click();
  await page.locator('#quadrant-quick-wins').fill('Do now');
  await expect(page.locator('.quadrant-name').filter({ hasText: 'Do now' })).toHaveCount(1);
  const saved: Session = await saveAndRead(app, join(app.folder, 'words.pickwise'));
  expect(saved.settings.quadrantNames['quick-wins']).toBe('Do now');
  expect(JSON.parse(await readFile(join(app.folder, 'words.pickwise'), 'utf8')).settings.quadrantNames['quick-wins']).toBe('Do now');
});

test('dragging the impact threshold moves the split, changes the quadrants, and undoes in one step', async ({ app }) => {
  const { page } = app;
  await openSampleMap(page);
  const line = (await page.getByTestId('threshold-impact').boundingBox())!;
  // Near its left end: the middle is where the two threshold lines cross.
  const before = { x: line.x + line.width * 0.08, y: line.y + line.height / 2 };
  const quickWinsBefore = await points(page).and(page.locator('[data-quadrant="quick-wins"]')).count();
  // Up by about one step of the 1–5 scale: the vertical threshold line spans the plot's height.
  const plot = (await page.getByTestId('threshold-complexity').boundingBox())!;
  await page.mouse.move(before.x, before.y);
  await page.mouse.down();
  await page.mouse.move(before.x, before.y - plot.height / 4, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByRole('slider', { name: 'Impact threshold' })).not.toHaveAttribute('aria-valuenow', '3');
  const quickWinsAfter = await points(page).and(page.locator('[data-quadrant="quick-wins"]')).count();
  expect(quickWinsAfter).toBeLessThan(quickWinsBefore);
  await pressUndo(page);
  await expect(page.getByRole('slider', { name: 'Impact threshold' })).toHaveAttribute('aria-valuenow', '3');
  await expect(points(page).and(page.locator('[data-quadrant="quick-wins"]'))).toHaveCount(quickWinsBefore);
});
