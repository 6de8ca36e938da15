import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { shootAll } from '../support/screenshots';
import { gotoPhase } from './session-page';

// Pictures of starting a follow-up for people to look at (not compared automatically): the
// questions about the earlier focus, and Frame's follow-up section, at projector and laptop
// size, in both themes.

test('starting a follow-up of the sample: the questions about its focus, and Frame', async ({ app }) => {
  // Eight full-page shots; a machine shared with other work takes its time.
  test.slow();
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await app.answerSaveDialog(join(app.folder, 'Q1 workshop.pickwise'));
  await page.getByRole('button', { name: 'Save As…' }).click();
  await expect(page).toHaveTitle('Q1 workshop.pickwise — Pickwise');

  await gotoPhase(page, 'Share');
  await page.getByRole('button', { name: 'Start follow-up session…' }).click();
  const dialog = page.getByTestId('follow-up-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'In progress' }).check();
  await dialog.getByLabel('12-month retention of loyalty members now').fill('79.5% retained');
  await dialog.getByLabel('What we learned').fill('Win-back vouchers work on the top decile only; the rest churn anyway. CRM wants the score daily, not weekly.');
  await shootAll(page, 'follow-up-dialog');

  await dialog.getByRole('button', { name: 'Save answers' }).click();
  await expect(dialog).toBeHidden();
  const panel = page.locator('.follow-up-panel');
  await shootAll(page, 'follow-up-frame', () => panel.scrollIntoViewIfNeeded());
});
