import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { commandEntriesOf, MENU_COMMANDS, parseAccelerator } from '../../../shared/menu-table';
import { expect, test } from '../fixtures';
import { gotoPhase, leaveTextFields, saveAndRead } from './session-page';

// Presenting never edits: whatever is pressed or chosen while the chart is on the projector,
// the session stays exactly as it was. An edit of any kind makes the document unsaved (the
// window title gets its ●), so after every key the title says whether anything changed.

/** Every key the page binds: the menus' shortcuts (also sent by the page itself), the walk, the chart's keys. */
function boundKeys(): string[] {
  const fromMenus = commandEntriesOf('linux').flatMap((entry) => [entry.accelerator, ...entry.alsoAccepted].filter((keys): keys is string => keys !== undefined));
  const asPlaywright = fromMenus.map((accelerator) => {
    const { modifiers, key } = parseAccelerator(accelerator, 'linux');
    const names = [...modifiers].map((modifier) => ({ Ctrl: 'Control', Cmd: 'Meta', Alt: 'Alt', Shift: 'Shift' })[modifier] ?? modifier);
    return [...names, key.length === 1 ? key.toLowerCase() : key].join('+');
  });
  const walkAndChart = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp', 'Home', 'End', 'Space', 'Enter', 'Backspace', 'Delete', '1', '5', '0', '+', '-'];
  // Leaving comes last: the spec presents again and goes on.
  return [...new Set([...walkAndChart, ...asPlaywright.filter((keys) => keys !== 'F11'), 'F11', 'Escape'])];
}

async function present(page: Page): Promise<void> {
  await leaveTextFields(page);
  await page.keyboard.press('F11');
  await expect(page.getByTestId('presentation')).toBeVisible();
}

test('presentation mode changes nothing, whatever key is pressed on whatever has focus, and whatever menu command comes', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  // An edit before presenting, saved: undo would have something to take back.
  await gotoPhase(page, 'Frame');
  await page.getByLabel('Session title').fill('Northwind — presented');
  const saved = await saveAndRead(app, join(app.folder, 'presented.pickwise'));
  await expect(page).toHaveTitle('presented.pickwise — Pickwise');
  await gotoPhase(page, 'Map');

  await present(page);
  const focusable = page.getByTestId('presentation').locator('[tabindex="0"], button, input, select, textarea, a[href]');
  const count = await focusable.count();
  // The points are there to be pointed at; the threshold lines are not even focusable.
  expect(count).toBe(saved.candidates.filter((candidate) => !candidate.betterWithoutMl).length);
  await expect(page.getByTestId('presentation').getByRole('slider')).toHaveCount(0);

  const keys = boundKeys();
  expect(keys).toEqual(expect.arrayContaining(['Control+z', 'Control+Shift+z', 'Control+y', 'Control+n', 'Control+o', 'Control+s', 'Control+1', 'Shift+Control+e']));
  // Every title the window takes is recorded in the page, so a change undone by the next key still shows.
  await page.evaluate(() => {
    const titles: string[] = [];
    (window as unknown as { __titlesSeen: string[] }).__titlesSeen = titles;
    new MutationObserver(() => titles.push(document.title)).observe(document.head, { subtree: true, childList: true, characterData: true });
  });
  const leaving = new Set(['F11', 'Escape']);
  for (let index = 0; index < count; index += 1) {
    for (const key of keys) {
      await focusable.nth(index).focus();
      await page.keyboard.press(key);
      if (leaving.has(key) && !(await page.getByTestId('presentation').isVisible())) await present(page);
    }
    const titles = await page.evaluate(() => (window as unknown as { __titlesSeen: string[] }).__titlesSeen.splice(0));
    expect(titles.filter((title) => title !== 'presented.pickwise — Pickwise'), `titles while pressing keys on focusable element ${index + 1}`).toEqual([]);
  }
  await expect(page).toHaveTitle('presented.pickwise — Pickwise');

  // A drag on a point, as on the Map, moves nothing here.
  if (!(await page.getByTestId('presentation').isVisible())) await present(page);
  const dot = page.getByTestId('presentation').getByTestId('matrix-dot').first();
  const box = await dot.boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await page.mouse.down();
  await page.mouse.move(box!.x + 120, box!.y - 90, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveTitle('presented.pickwise — Pickwise');

  // The menus (and their accelerators in Electron) reach the page as commands: only leaving
  // presentation mode and the theme run; the rest say how to get back to editing.
  for (const command of MENU_COMMANDS.filter((each) => each !== 'view.presentation')) {
    await app.sendMenuCommand(command);
    await expect(page.getByTestId('presentation'), `after ${command}`).toBeVisible();
    await expect(page, `after ${command}`).toHaveTitle('presented.pickwise — Pickwise');
  }
  await expect(page.getByTestId('desktop-notice')).toHaveText('Presentation mode changes nothing. Press Esc to leave it first.');

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toBeHidden();
  // Out of presentation, the same keys work again: undo takes back the title edit.
  await page.keyboard.press('Control+z');
  await expect(page).toHaveTitle('● presented.pickwise — Pickwise');
});
