import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { captureCandidate } from './session-page';

// Errors reach the user: an uncaught error is shown calmly with a way to save the work first,
// and written to the log in the app's data folder.

test('an uncaught error in the page is shown, offers to save the work, and is logged', async ({ app }) => {
  const { page } = app;
  const log = join(app.userDataFolder, 'logs', 'pickwise.log');
  await captureCandidate(page, 'Churn prediction');

  await page.evaluate(() => setTimeout(() => {
    throw new Error('boom');
  }));
  const dialog = page.getByRole('dialog', { name: 'Something went wrong' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('error-message')).toHaveText('boom');
  await expect(dialog.getByRole('button', { name: 'Save my work' })).toBeFocused();
  await expect.poll(async () => readFile(log, 'utf8').catch(() => '')).toContain('[renderer] boom');

  await app.answerSaveDialog(join(app.folder, 'rescued'));
  await dialog.getByRole('button', { name: 'Save my work' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Your work is saved.');
  await expect(page).toHaveTitle('rescued.pickwise — Pickwise');
  expect(JSON.parse(await readFile(join(app.folder, 'rescued.pickwise'), 'utf8')).candidates[0].title).toBe('Churn prediction');
  await dialog.getByRole('button', { name: 'Dismiss' }).click();
  await expect(dialog).toBeHidden();

  // An unhandled rejection is caught the same way.
  await page.evaluate(() => {
    void Promise.reject(new Error('a promise nobody awaited'));
  });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('error-message')).toHaveText('a promise nobody awaited');
  await expect.poll(async () => readFile(log, 'utf8').catch(() => '')).toContain('[renderer] a promise nobody awaited');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
