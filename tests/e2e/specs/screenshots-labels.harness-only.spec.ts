import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeSession } from '../../../shared';
import { expect, test } from '../fixtures';
import { realisticBoardSession } from '../support/realistic-board';
import { gotoPhase, openSessionFile } from './session-page';

// Pictures of the chart's labels for people to look at (not compared automatically): boards of
// 12, 60 and 300 candidates with realistic titles, on the Map and presenting, at projector
// (1920 × 1080) and laptop (1280 × 800) size, in both themes, and the exported picture with its
// key, twelve steps into the presentation's walk, and on a board with clusters its busiest one opened; written to
// test-results/screenshots/labels-*.
const sizes = [
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;
const folder = join(__dirname, '../../../test-results/screenshots');

for (const count of [12, 60, 300]) {
  test(`labels on a board of ${count} candidates: the Map, presenting and the exported picture`, async ({ app }) => {
    test.slow();
    const { page } = app;
    await mkdir(folder, { recursive: true });
    const file = join(app.folder, `board-${count}.pickwise`);
    await writeFile(file, serializeSession(realisticBoardSession(count)));
    await openSessionFile(app, file);
    await gotoPhase(page, 'Map');
    await expect(page.getByTestId('matrix-point').first()).toBeVisible();
    for (const size of sizes) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await page.mouse.move(1, 1);
        await page.screenshot({ path: join(folder, `labels-${count}-map-${size.name}-${theme}.png`) });
        await page.keyboard.press('F11');
        await expect(page.getByTestId('presentation')).toBeVisible();
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(folder, `labels-${count}-presenting-${size.name}-${theme}.png`) });
        // Twelve steps into the walk: the key follows it, the entry reached marked.
        for (let step = 0; step < 12; step += 1) await page.keyboard.press('ArrowRight');
        await page.screenshot({ path: join(folder, `labels-${count}-presenting-walk-${size.name}-${theme}.png`) });
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('presentation')).toBeHidden();
        // A crowded board's busiest cluster opened: its members listed beside its badge.
        const clusters = page.locator('.matrix-frame [data-testid="matrix-cluster"]');
        if ((await clusters.count()) > 0) {
          const sizesOf = await clusters.evaluateAll((marks) => marks.map((mark) => Number(mark.textContent)));
          await clusters.nth(sizesOf.indexOf(Math.max(...sizesOf))).locator('.cluster-badge').click();
          await expect(page.getByTestId('cluster-list')).toBeVisible();
          await page.screenshot({ path: join(folder, `labels-${count}-cluster-open-${size.name}-${theme}.png`) });
          await page.keyboard.press('Escape');
          await expect(page.getByTestId('cluster-list')).toBeHidden();
        }
      }
    }
    // The picture that leaves the room, drawn at the laptop Map's size: codes and their key.
    await page.emulateMedia({ colorScheme: 'light' });
    await app.answerExportDialog(join(folder, `labels-${count}-export-1x.png`));
    await page.getByRole('button', { name: 'Export image…' }).click();
    const dialog = page.getByTestId('chart-export-dialog');
    await expect(dialog.getByTestId('chart-export-preview')).toBeVisible();
    await dialog.getByLabel(/^1×/).check();
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(dialog).toBeHidden();
  });
}
