import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSampleSession, FINISH_TURN_KEYS, serializeSession, type Session } from '../../../shared';
import { formatAccelerator, platformFromUserAgent, shortcutsFor } from '../../../shared/menu-table';
import { expect, test } from '../fixtures';
import { ELECTRON_PROJECT } from '../fixtures';
import { candidateTitles, captureCandidate, gotoPhase, leaveTextFields, setSessionTitle } from './session-page';

// Every menu item chosen as the facilitator would (the menu's own click handler runs, and the
// command reaches the window as the contract's `menuCommand` event) does what its label says.

test('File ▸ New, Open…, Save and Save As… from the menu', async ({ app }) => {
  const { page } = app;
  const file = join(app.folder, 'Menu workshop.pickwise');
  await setSessionTitle(page, 'Menu workshop');
  await captureCandidate(page, 'Churn prediction');
  await leaveTextFields(page);

  await app.answerSaveDialog(join(app.folder, 'Menu workshop'));
  await app.sendMenuCommand('file.saveAs');
  await expect(page).toHaveTitle('Menu workshop.pickwise — Pickwise');
  expect((JSON.parse(await readFile(file, 'utf8')) as Session).candidates.map((c) => c.title)).toEqual(['Churn prediction']);

  await captureCandidate(page, 'Demand forecasting');
  await expect(page).toHaveTitle('● Menu workshop.pickwise — Pickwise');
  await app.sendMenuCommand('file.save');
  await expect(page).toHaveTitle('Menu workshop.pickwise — Pickwise');
  expect((JSON.parse(await readFile(file, 'utf8')) as Session).candidates).toHaveLength(2);

  await app.sendMenuCommand('file.new');
  await expect(page).toHaveTitle('Untitled — Pickwise');
  expect(await candidateTitles(page)).toEqual([]);

  await app.answerOpenDialog(file);
  await app.sendMenuCommand('file.open');
  await expect(page).toHaveTitle('Menu workshop.pickwise — Pickwise');
  expect(await candidateTitles(page)).toEqual(['Churn prediction', 'Demand forecasting']);
});

test('Edit ▸ Undo and Redo walk the session’s history, and a text field’s own history inside it', async ({ app }) => {
  const { page } = app;
  await captureCandidate(page, 'Fraud detection for payments');
  await captureCandidate(page, 'Support-ticket routing');
  await leaveTextFields(page);

  await app.sendMenuCommand('edit.undo');
  expect(await candidateTitles(page)).toEqual(['Fraud detection for payments']);
  await app.sendMenuCommand('edit.redo');
  expect(await candidateTitles(page)).toEqual(['Fraud detection for payments', 'Support-ticket routing']);

  // Inside a text field the field's own undo wins: the typing goes, the candidates stay.
  const capture = page.getByLabel('New candidate');
  await capture.click();
  await page.keyboard.type('Quantile bucketing');
  await app.sendMenuCommand('edit.undo');
  await expect(capture).toHaveValue('');
  expect(await candidateTitles(page)).toEqual(['Fraud detection for payments', 'Support-ticket routing']);
});

test('View ▸ the phases show their phase', async ({ app }) => {
  const { page } = app;
  for (const [command, phase] of [
    ['view.phase.collect', 'Collect'],
    ['view.phase.score', 'Score'],
    ['view.phase.map', 'Map'],
    ['view.phase.decide', 'Decide'],
    ['view.phase.frame', 'Frame'],
  ] as const) {
    await app.sendMenuCommand(command);
    await expect(page.getByRole('main')).toHaveAccessibleName(phase);
  }
});

test('View ▸ Toggle Theme goes dark, light, then follows the system, and is remembered', async ({ app }) => {
  const { page } = app;
  const prefersDark = () => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const systemDark = await prefersDark();
  const systemBackground = await background();

  await app.sendMenuCommand('view.toggleTheme');
  await expect(page.getByTestId('desktop-notice')).toHaveText(systemDark ? 'Theme: light' : 'Theme: dark');
  await expect.poll(prefersDark).toBe(!systemDark);
  expect(await background()).not.toBe(systemBackground);
  const stored = JSON.parse(await readFile(join(app.userDataFolder, 'preferences.json'), 'utf8')) as { theme: string };
  expect(stored.theme).toBe(systemDark ? 'light' : 'dark');

  await app.sendMenuCommand('view.toggleTheme');
  await expect(page.getByTestId('desktop-notice')).toHaveText(systemDark ? 'Theme: dark' : 'Theme: light');
  await expect.poll(prefersDark).toBe(systemDark);

  await app.sendMenuCommand('view.toggleTheme');
  await expect(page.getByTestId('desktop-notice')).toHaveText('Theme: following the system');
  await expect.poll(background).toBe(systemBackground);
});

test('Help ▸ Keyboard Shortcuts lists the menus’ shortcuts, from the same table', async ({ app }) => {
  const { page } = app;
  const platform = platformFromUserAgent(await page.evaluate(() => `${navigator.platform} ${navigator.userAgent}`));
  await app.sendMenuCommand('help.shortcuts');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  const lines = overlay.getByTestId('shortcut-line');
  const expected = shortcutsFor(platform, 'en');
  await expect(lines).toHaveCount(expected.length);
  for (const [index, line] of expected.entries()) {
    await expect(lines.nth(index).locator('dt')).toHaveText(line.label);
    await expect(lines.nth(index).locator('kbd')).toHaveText(line.keys);
  }
  await expect(overlay.getByText('Save As…')).toBeVisible();
  // Then the keys the page answers where the work is: a scoring turn's and a checklist's.
  const pageKeys = overlay.getByTestId('page-key-line');
  await expect(pageKeys.filter({ hasText: 'I’m done' }).locator('kbd')).toHaveText([formatAccelerator(FINISH_TURN_KEYS, platform)]);
  await expect(pageKeys.filter({ hasText: 'Missing, and on to the next item' }).locator('kbd')).toHaveText(['M']);
  await expect(overlay.getByRole('region', { name: 'In a scoring turn' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
});

test('Help ▸ Open the Sample Session opens it', async ({ app }) => {
  const { page } = app;
  await app.sendMenuCommand('help.sample');
  await expect(page.getByLabel('Session title')).not.toHaveValue('');
  await gotoPhase(page, 'Collect');
  await expect(page.getByTestId('candidate-row')).toHaveCount(12);
});

test('a session file dropped on the window opens; a file that is not a session is explained', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === ELECTRON_PROJECT, 'a spec cannot fake a drag from the operating system in Electron; drops are tested in harness mode');
  const { page } = app;
  const dropped = join(app.folder, 'Dropped workshop.pickwise');
  await writeFile(dropped, serializeSession(createSampleSession()));

  await app.dropFile(dropped);
  await expect(page).toHaveTitle('Dropped workshop.pickwise — Pickwise');
  await gotoPhase(page, 'Collect');
  await expect(page.getByTestId('candidate-row')).toHaveCount(12);
  expect((await app.recentMenu()).map((item) => item.label)).toEqual(['Dropped workshop.pickwise', 'Clear Recent']);

  const notes = join(app.folder, 'notes.txt');
  await writeFile(notes, 'not a session');
  await app.dropFile(notes);
  await expect.poll(async () => (await app.fileErrors()).map((error) => error.message)).toEqual([
    '“notes.txt” could not be opened. Pickwise opens session files ending in .pickwise or .json, and chart images exported as .png.',
  ]);
  await expect(page).toHaveTitle('Dropped workshop.pickwise — Pickwise');
});

test('Open Recent lists opened and saved sessions, reopens them, drops the ones that are gone', async ({ app }) => {
  const { page } = app;
  const labels = async () => (await app.recentMenu()).map((item) => `${item.label}${item.enabled ? '' : ' (disabled)'}`);
  expect(await labels()).toEqual(['No Recent Sessions (disabled)', 'Clear Recent (disabled)']);

  const alpha = join(app.folder, 'alpha.pickwise');
  const beta = join(app.folder, 'beta.pickwise');
  await captureCandidate(page, 'Alpha candidate');
  await leaveTextFields(page);
  await app.answerSaveDialog(alpha);
  await app.sendMenuCommand('file.saveAs');
  await expect(page).toHaveTitle('alpha.pickwise — Pickwise');
  await app.sendMenuCommand('file.new');
  await expect(page).toHaveTitle('Untitled — Pickwise');
  await captureCandidate(page, 'Beta candidate');
  await leaveTextFields(page);
  await app.answerSaveDialog(beta);
  await app.sendMenuCommand('file.saveAs');
  await expect(page).toHaveTitle('beta.pickwise — Pickwise');
  await expect.poll(labels).toEqual(['beta.pickwise', 'alpha.pickwise', 'Clear Recent']);

  // From an untitled, unedited window, a recent file opens right there.
  await app.sendMenuCommand('file.new');
  await expect(page).toHaveTitle('Untitled — Pickwise');
  await app.chooseRecent('alpha.pickwise');
  await expect(page).toHaveTitle('alpha.pickwise — Pickwise');
  expect(await candidateTitles(page)).toEqual(['Alpha candidate']);
  await expect.poll(labels).toEqual(['alpha.pickwise', 'beta.pickwise', 'Clear Recent']);

  // The list is kept in the app's data folder.
  const stored = JSON.parse(await readFile(join(app.userDataFolder, 'recent-files.json'), 'utf8')) as { files: string[] };
  expect(stored.files).toEqual([alpha, beta]);

  // A file that is gone is explained and leaves the list; the open session stays.
  await rm(beta);
  await app.chooseRecent('beta.pickwise');
  await expect.poll(async () => (await app.fileErrors()).map((error) => error.message)).toEqual([
    `“beta.pickwise” is no longer in ${app.folder}. It was moved, renamed or deleted, and has been removed from Open Recent.`,
  ]);
  await expect.poll(labels).toEqual(['alpha.pickwise', 'Clear Recent']);
  await expect(page).toHaveTitle('alpha.pickwise — Pickwise');
  expect(existsSync(alpha)).toBe(true);

  await app.sendMenuCommand('recent.clear');
  await expect.poll(labels).toEqual(['No Recent Sessions (disabled)', 'Clear Recent (disabled)']);
});
