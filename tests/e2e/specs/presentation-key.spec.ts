import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeSession } from '../../../shared';
import { expect, test } from '../fixtures';
import { realisticBoardSession } from '../support/realistic-board';
import { gotoPhase, openSessionFile } from './session-page';

// Presenting a crowded board, the key beside the chart is longer than the screen. It follows
// the walk: the entry of the candidate reached is marked and brought into view, so nobody has to
// scroll the key in front of the room.
test('presenting 300 candidates, the key brings each walked-to candidate’s entry into view and marks it', async ({ app }) => {
  test.slow();
  const { page } = app;
  await page.setViewportSize({ width: 1920, height: 1080 });
  const file = join(app.folder, 'board-300.pickwise');
  await writeFile(file, serializeSession(realisticBoardSession(300)));
  await openSessionFile(app, file);
  await gotoPhase(page, 'Map');
  await expect(page.getByTestId('matrix-point').first()).toBeVisible();
  await page.keyboard.press('F11');
  const key = page.getByTestId('chart-key');
  await expect(key).toBeVisible();
  await expect(page.locator('[data-testid="chart-key-entry"][aria-current]')).toHaveCount(0);

  /** Whether the entry lies wholly inside the key's visible box. */
  const inView = (id: string) =>
    key.evaluate((aside, wanted) => {
      const entry = aside.querySelector(`[data-candidate-id="${wanted}"]`);
      if (entry === null) return null;
      const box = aside.getBoundingClientRect();
      const own = entry.getBoundingClientRect();
      return own.top >= box.top - 0.5 && own.bottom <= box.bottom + 0.5;
    }, id);
  const entryIds = await key.getByTestId('chart-key-entry').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-candidate-id') ?? ''));
  const hiddenAtFirst = new Set<string>();
  for (const id of entryIds) if ((await inView(id)) === false) hiddenAtFirst.add(id);
  expect(hiddenAtFirst.size, 'the key is longer than the screen').toBeGreaterThan(0);

  let reachedHidden = 0;
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('ArrowRight');
    const caption = (await page.getByTestId('presentation-caption').locator('strong').textContent()) ?? '';
    const code = /^\d+\. (\S+) ·/.exec(caption)?.[1];
    expect(code, `step ${step + 1}: the caption names a candidate`).toBeDefined();
    const current = page.locator('[data-testid="chart-key-entry"][aria-current="true"]');
    const listed = await key.getByTestId('chart-key-entry').filter({ has: page.locator('dt', { hasText: new RegExp(`^${code}$`) }) }).count();
    if (listed === 0) {
      await expect(current, `step ${step + 1}: ${code} carries its own label, so no entry is marked`).toHaveCount(0);
      continue;
    }
    await expect(current).toHaveCount(1);
    await expect(current.locator('dt')).toHaveText(code!);
    const marked = (await current.getAttribute('data-candidate-id'))!;
    expect(await inView(marked), `step ${step + 1}: ${code}'s entry in view`).toBe(true);
    if (hiddenAtFirst.has(marked)) reachedHidden += 1;
  }
  expect(reachedHidden, 'the walk reached entries that were out of view at first').toBeGreaterThan(0);
});
