import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { addParticipant, candidateTitles, captureCandidate, gotoPhase, leaveTextFields, saveAndRead, setSessionTitle } from './session-page';

// Not a single network request: every request the page makes through a whole workshop is
// recorded, and none goes anywhere but the app's own assets.

test('a whole workshop makes no request that leaves the app', async ({ app, network }) => {
  test.setTimeout(180_000);
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
  // Every phase of the sample: a blind turn, the map with a drag and presentation mode, dots,
  // the chart export with its preview, the decision record, the backlog out and pasted in.
  await gotoPhase(page, 'Score');
  await page.getByRole('button', { name: 'Hide scores and score again' }).click();
  await page.getByRole('button', { name: /^Start .*’s turn$/ }).first().click();
  await page.getByRole('button', { name: 'I’m done' }).first().click();
  await page.getByRole('button', { name: 'Reveal all scores' }).click();
  await page.getByTestId('reveal-early-dialog').getByRole('button', { name: 'Reveal now' }).click();
  await gotoPhase(page, 'Map');
  const dot = page.getByTestId('matrix-dot').first();
  const box = (await dot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 80, box.y + 40, { steps: 8 });
  await page.mouse.up();
  await leaveTextFields(page);
  await page.keyboard.press('F11');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await gotoPhase(page, 'Decide');
  await page.getByRole('group', { name: 'Who is voting' }).getByRole('button').first().click();
  await gotoPhase(page, 'Share');
  await app.answerExportDialog(join(app.folder, 'offline-chart.png'));
  await page.getByRole('button', { name: 'Export chart image…' }).click();
  await expect(page.getByTestId('chart-export-preview')).toBeVisible();
  await page.getByTestId('chart-export-dialog').getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByTestId('chart-export-dialog')).toBeHidden();
  await app.answerExportDialog(join(app.folder, 'offline-record.pdf'));
  await page.getByRole('button', { name: 'Export as PDF…' }).click();
  await app.answerExportDialog(join(app.folder, 'offline-backlog.csv'));
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await page.getByLabel('Or paste here').fill('Invoice matching');
  await page.getByRole('button', { name: 'Preview pasted candidates' }).click();
  await page.getByTestId('import-dialog').getByRole('button', { name: 'Import 1 candidate' }).click();
  await expect.poll(async () => (await candidateTitles(page)).length).toBe(13);

  expect(network.outside, 'requests that left the app').toEqual([]);
  expect(network.all.every((url) => url.startsWith(`${origin}/`))).toBe(true);
  console.log(`[no-network] ${network.all.length} requests seen through the workshop, ${network.outside.length} left the app`);
});
