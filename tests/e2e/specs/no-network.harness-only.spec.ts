import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { addParticipant, candidateTitles, captureCandidate, gotoPhase, leaveTextFields, saveAndRead, setSessionTitle } from './session-page';

// Not a single network request: every request the page makes through a whole workshop is
// recorded, and none goes anywhere but the app's own assets.

test('a whole workshop makes no request that leaves the app', async ({ app, network }) => {
  const { page } = app;
  const origin = new URL(page.url()).origin;
  const file = join(app.folder, 'offline.pickwise');

  await setSessionTitle(page, 'Offline workshop');
  await addParticipant(page, 'Ada', 'Business');
  await addParticipant(page, 'Grace', 'Technical');
  for (const title of ['Churn prediction', 'Demand forecasting', 'Fraud detection for payments', 'Quantile bucketing of customers']) {
    await captureCandidate(page, title);
  }
  await page.getByLabel('Title of C2').fill('Demand forecasting per store');
  for (const phase of ['Score', 'Decide', 'Collect', 'Frame'] as const) await gotoPhase(page, phase);
  await saveAndRead(app, file);

  await leaveTextFields(page);
  await page.keyboard.press('Control+n');
  await expect(page).toHaveTitle('Untitled — Pickwise');
  await app.answerOpenDialog(file);
  await page.keyboard.press('Control+o');
  await expect(page).toHaveTitle('offline.pickwise — Pickwise');
  expect(await candidateTitles(page)).toContain('Demand forecasting per store');

  await page.getByRole('button', { name: 'Sample session' }).click();
  await expect.poll(async () => (await candidateTitles(page)).length).toBe(12);
  for (const phase of ['Score', 'Decide', 'Frame'] as const) await gotoPhase(page, phase);

  expect(network.outside, 'requests that left the app').toEqual([]);
  expect(network.all.every((url) => url.startsWith(`${origin}/`))).toBe(true);
  console.log(`[no-network] ${network.all.length} requests seen through the workshop, ${network.outside.length} left the app`);
});
