import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { comparisonLegend, createSampleSession, serializeSession } from '../../../shared';
import { expect, test } from '../fixtures';
import { compareTodayWithLastQuarter } from '../support/compare-files';
import { gotoPhase, openSessionFile } from './session-page';

// Issue 16: the Map shows each matched candidate's move as an arrow from its earlier position
// and marks the new ones; the chart image carries them, with their meaning in its legend. Today's
// session is the sample changed a quarter later (tests/e2e/support/changed-sample.ts): every
// matched point moved but C9's (placed by the room), C13 is new, C4 is gone. C8 moved too, but is
// set aside as better without ML, which the Map hides unless asked: no point, no arrow.

const MOVED = ['C1', 'C2', 'C3', 'C5', 'C6', 'C7', 'C10', 'C11', 'C12'];

const codesOf = (page: Page, testId: string) =>
  page.locator(`.matrix-frame [data-testid="${testId}"]`).evaluateAll((marks) =>
    marks.map((mark) => document.querySelector(`[data-testid="matrix-point"][data-candidate-id="${mark.closest('[data-candidate-id]')?.getAttribute('data-candidate-id')}"]`)?.getAttribute('aria-label')?.split(' ')[0]),
  );

test('the Map draws an arrow from where each moved candidate stood, rings the new one, and says so in the legend', async ({ app }) => {
  const page = await compareTodayWithLastQuarter(app);
  await expect(page.getByRole('main')).toHaveAccessibleName('Map');
  await expect(page.locator('.matrix-frame [data-testid="comparison-trail"]')).toHaveCount(MOVED.length);
  expect((await codesOf(page, 'comparison-trail')).sort()).toEqual([...MOVED].sort());
  expect(await codesOf(page, 'new-mark')).toEqual(['C13']);

  // Each arrow starts at the earlier point: C2 stood at complexity 3.07 then, and its arrow's square is there.
  const square = await page.locator('.matrix-frame [data-testid="comparison-trail"][data-candidate-id="cand-recs"] rect').boundingBox();
  const dot = await page.locator('.matrix-frame [data-testid="matrix-point"][data-candidate-id="cand-recs"] [data-testid="matrix-dot"]').boundingBox();
  expect(square!.x).toBeGreaterThan(dot!.x + dot!.width);

  const recs = page.getByRole('button', { name: /^C2 Product recommendations/ });
  await expect(recs).toHaveAccessibleName(/, was at impact 3\.\d, complexity 3\.1 in the earlier session$/);
  await expect(page.getByRole('button', { name: /^C13 Markdown pricing/ })).toHaveAccessibleName(/, new since the earlier session/);
  await expect(page.getByRole('button', { name: /^C9 / })).not.toHaveAccessibleName(/earlier session/);

  const legend = page.getByRole('list', { name: 'Legend' });
  const meaning = comparisonLegend(createSampleSession().frame, 'en');
  await expect(legend.getByTestId('legend-comparison-moved')).toHaveText(meaning.moved);
  await expect(legend.getByTestId('legend-comparison-new')).toHaveText(meaning.added);

  // Presentation mode draws the same board.
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('[data-testid="comparison-trail"]')).toHaveCount(MOVED.length);
  await page.keyboard.press('Escape');

  // Ending the comparison takes the arrows, the rings and the legend's lines away.
  await page.getByRole('button', { name: 'End comparison' }).click();
  await expect(page.locator('[data-testid="comparison-trail"], [data-testid="new-mark"]')).toHaveCount(0);
  await expect(legend.getByTestId('legend-comparison-moved')).toHaveCount(0);
});

test('the chart image carries the arrows and their meaning, unless “Moves since …” is unticked', async ({ app }) => {
  const page = await compareTodayWithLastQuarter(app);
  await gotoPhase(page, 'Map');
  const drawn = async (choose: (dialog: ReturnType<Page['getByTestId']>) => Promise<void>) => {
    const file = join(app.folder, `chart-${Date.now()}.svg`);
    await app.answerExportDialog(file);
    await page.getByRole('button', { name: 'Export image…' }).click();
    const dialog = page.getByTestId('chart-export-dialog');
    await expect(dialog.getByTestId('chart-export-preview')).toBeVisible();
    await dialog.getByLabel(/^SVG/).check();
    await choose(dialog);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(dialog).toBeHidden();
    const svg = await readFile(file, 'utf8');
    return page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        trails: document.querySelectorAll('.comparison-trail').length,
        rings: document.querySelectorAll('.new-ring').length,
        texts: Array.from(document.querySelectorAll('text')).map((element) => element.textContent ?? ''),
      };
    }, svg);
  };

  const withMoves = await drawn(async (dialog) => {
    await expect(dialog.getByLabel(/^Moves since/)).toBeChecked();
  });
  expect(withMoves.trails).toBe(MOVED.length);
  expect(withMoves.rings).toBe(1);
  expect(withMoves.texts.some((text) => text.startsWith('Arrow from □: moved since'))).toBe(true);
  expect(withMoves.texts.some((text) => text.startsWith('Ringed: new since'))).toBe(true);

  const without = await drawn(async (dialog) => {
    await dialog.getByLabel(/^Moves since/).uncheck();
  });
  expect(without).toMatchObject({ trails: 0, rings: 0 });
  expect(without.texts.some((text) => text.startsWith('Arrow from'))).toBe(false);
});

test('without a comparison, the export dialog offers no “Moves since …”', async ({ app }) => {
  const { page } = app;
  await writeFile(join(app.folder, 'none.pickwise'), serializeSession(createSampleSession()));
  await openSessionFile(app, join(app.folder, 'none.pickwise'));
  await gotoPhase(page, 'Map');
  await page.getByRole('button', { name: 'Export image…' }).click();
  const dialog = page.getByTestId('chart-export-dialog');
  await expect(dialog.getByTestId('chart-export-preview')).toBeVisible();
  await expect(dialog.getByLabel('Legend')).toBeVisible();
  await expect(dialog.getByLabel(/^Moves since/)).toHaveCount(0);
});
