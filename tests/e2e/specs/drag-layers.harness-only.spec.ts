import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeSession } from '../../../shared';
import { expect, test } from '../fixtures';
import { bigBoardSession } from '../support/big-board';
import { gotoPhase, openSessionFile } from './session-page';

// How the browser composites the chart while a point is dragged on a big board: in a few
// layers, the overlay one of them. A mark drawn per point with an opacity of its own made
// every chunk of the chart over the faded dragged point a layer of its own (830 at 1,000
// candidates), recomposited at every move (README, Performance). Harness only: it asks
// Chromium's DevTools protocol for the layers.

test('dragging a point on a board of 300 composites the page in a handful of layers, the overlay one of them', async ({ app }) => {
  const { page } = app;
  const file = join(app.folder, 'board.pickwise');
  await writeFile(file, serializeSession(bigBoardSession(300)));
  await openSessionFile(app, file);
  await gotoPhase(page, 'Map');
  const cdp = await page.context().newCDPSession(page);
  let layers: { layerId: string; backendNodeId?: number }[] = [];
  cdp.on('LayerTree.layerTreeDidChange', (event) => {
    if (event.layers) layers = event.layers;
  });
  await cdp.send('LayerTree.enable');
  await cdp.send('DOM.getDocument', { depth: 0 });

  // The drag as the benchmark makes it (bench/page-probes.ts): pointer events dispatched in the
  // page, on the middle point. (Moved by Playwright's mouse, the page took fewer layers even
  // then; the benchmark's drag is the one timed.)
  await page.evaluate(() => {
    const pointer = { bubbles: true, cancelable: true, composed: true, pointerId: 1, pointerType: 'mouse', isPrimary: true };
    const marks = document.querySelectorAll('[data-testid="matrix-point"]');
    const dot = marks[Math.floor(marks.length / 2)]!.querySelector('[data-testid="matrix-dot"]')!;
    const box = dot.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    dot.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, clientX: x, clientY: y, button: 0, buttons: 1 }));
    for (const [dx, dy] of [[20, 0], [60, -20], [120, -60]]) window.dispatchEvent(new PointerEvent('pointermove', { ...pointer, clientX: x + dx!, clientY: y + dy!, buttons: 1 }));
  });
  await expect(page.getByTestId('drag-overlay')).toBeVisible();
  const overlay = await cdp.send('Runtime.evaluate', { expression: 'document.querySelector("[data-testid=drag-overlay]")' });
  const { node } = await cdp.send('DOM.describeNode', { objectId: overlay.result.objectId! });
  // The layer tree as the browser reports it once the drag is drawn: the overlay's layer in it.
  await expect.poll(() => layers.some((layer) => layer.backendNodeId === node.backendNodeId), { message: 'the overlay is a composited layer of its own' }).toBe(true);
  const during = layers.length;
  await page.evaluate(() => window.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 0 })));
  await cdp.detach();

  expect(during, 'layers while dragging').toBeLessThan(20);
});
