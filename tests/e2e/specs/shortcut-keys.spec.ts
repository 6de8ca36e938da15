import { join } from 'node:path';
import { commandEntriesOf, parseAccelerator, type MenuCommand } from '../../../shared/menu-table';
import { expect, test } from '../fixtures';
import { candidateTitles, captureCandidate, gotoPhase, leaveTextFields } from './session-page';

// The page's keys are the menu table's: every accelerator (and every key also accepted) of
// every command on this platform is pressed in the page, and does what its menu item does.
// Adding a shortcut to the table without saying here what it does fails this spec.

const PLATFORM = 'linux';

/** An accelerator as Playwright presses it (`Control+Shift+s`). */
function asPlaywrightKeys(accelerator: string): string {
  const { modifiers, key } = parseAccelerator(accelerator, PLATFORM);
  const names = [...modifiers].map((modifier) => ({ Ctrl: 'Control', Cmd: 'Meta', Alt: 'Alt', Shift: 'Shift' })[modifier] ?? modifier);
  return [...names, key.length === 1 ? key.toLowerCase() : key].join('+');
}

const keysOfCommands = commandEntriesOf(PLATFORM).flatMap((entry) =>
  [entry.accelerator, ...entry.alsoAccepted].filter((keys): keys is string => keys !== undefined).map((keys) => ({ command: entry.command, keys: asPlaywrightKeys(keys) })),
);

test('every shortcut of the menu table works in the page and does what its menu item does', async ({ app }) => {
  const { page } = app;
  const file = join(app.folder, 'Shortcuts.pickwise');
  const phaseShown = (label: string) => expect(page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: label })).toHaveAttribute('aria-current', 'step');
  const prefersDark = () => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);

  const effects: Record<string, (keys: string) => Promise<void>> = {
    'view.phase.frame': async (keys) => {
      await page.keyboard.press(keys);
      await phaseShown('Frame');
    },
    'view.phase.collect': async (keys) => {
      await page.keyboard.press(keys);
      await phaseShown('Collect');
    },
    'view.phase.score': async (keys) => {
      await page.keyboard.press(keys);
      await phaseShown('Score');
    },
    'view.phase.map': async (keys) => {
      await page.keyboard.press(keys);
      await phaseShown('Map');
    },
    'view.phase.decide': async (keys) => {
      await page.keyboard.press(keys);
      await phaseShown('Decide');
    },
    'view.phase.share': async (keys) => {
      await page.keyboard.press(keys);
      await phaseShown('Share');
    },
    'view.presentation': async (keys) => {
      await gotoPhase(page, 'Map');
      await page.keyboard.press(keys);
      await expect(page.getByTestId('presentation')).toBeVisible();
      await page.keyboard.press(keys);
      await expect(page.getByTestId('presentation')).toHaveCount(0);
    },
    'view.toggleTheme': async (keys) => {
      const dark = await prefersDark();
      await page.keyboard.press(keys);
      await expect.poll(prefersDark).toBe(!dark);
    },
    'help.shortcuts': async (keys) => {
      await page.keyboard.press(keys);
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
    },
    'file.export.chart': async (keys) => {
      await page.keyboard.press(keys);
      await expect(page.getByRole('dialog', { name: 'Export the chart' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Export the chart' })).toHaveCount(0);
    },
    'file.saveAs': async (keys) => {
      await app.answerSaveDialog(file);
      await page.keyboard.press(keys);
      await expect(page).toHaveTitle('Shortcuts.pickwise — Pickwise');
    },
    'file.save': async (keys) => {
      await captureCandidate(page, 'Saved by its key');
      await expect(page).toHaveTitle('● Shortcuts.pickwise — Pickwise');
      // From inside the text field too, as the menu's Save works wherever focus is.
      await page.getByLabel('New candidate').focus();
      await page.keyboard.press(keys);
      await expect(page).toHaveTitle('Shortcuts.pickwise — Pickwise');
    },
    'file.new': async (keys) => {
      await page.keyboard.press(keys);
      await expect(page).toHaveTitle('Untitled — Pickwise');
    },
    'file.open': async (keys) => {
      await app.answerOpenDialog(file);
      await page.keyboard.press(keys);
      await expect(page).toHaveTitle('Shortcuts.pickwise — Pickwise');
      expect(await candidateTitles(page)).toContain('Saved by its key');
    },
    'edit.undo': async (keys) => {
      await captureCandidate(page, 'Undone by its key');
      await leaveTextFields(page);
      await page.keyboard.press(keys);
      expect(await candidateTitles(page)).not.toContain('Undone by its key');
    },
    'edit.redo': async (keys) => {
      await app.sendMenuCommand('edit.undo');
      const before = await candidateTitles(page);
      await leaveTextFields(page);
      await page.keyboard.press(keys);
      await expect.poll(() => candidateTitles(page)).toHaveLength(before.length + 1);
    },
  };

  // What the table binds and what this spec checks are the same list.
  expect(Object.keys(effects).sort()).toEqual([...new Set(keysOfCommands.map((each) => each.command))].sort());

  await page.getByRole('button', { name: 'Sample session' }).click();
  const order: MenuCommand[] = [
    'view.phase.frame', 'view.phase.collect', 'view.phase.score', 'view.phase.map', 'view.phase.decide', 'view.phase.share',
    'view.presentation', 'view.toggleTheme', 'help.shortcuts', 'file.export.chart',
    'file.saveAs', 'file.save', 'file.new', 'file.open', 'edit.undo', 'edit.redo',
  ];
  expect([...order].sort()).toEqual(Object.keys(effects).sort());
  for (const command of order) {
    for (const { keys } of keysOfCommands.filter((each) => each.command === command)) {
      await test.step(`${keys}: ${command}`, () => effects[command]!(keys));
    }
  }
});
