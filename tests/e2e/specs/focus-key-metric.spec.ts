import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { captureCandidate, gotoPhase, saveAndRead } from './session-page';

// The key metric typed for the focus in Decide is the candidate's own: Collect shows it and
// stops flagging the candidate, and the file keeps it on the candidate.
test('the focus’s key metric typed in Decide is the candidate’s key metric everywhere', async ({ app }) => {
  const { page } = app;
  await captureCandidate(page, 'Churn prediction');
  await captureCandidate(page, 'Demand forecasting');
  await expect(page.locator('.flag', { hasText: 'No key metric' })).toHaveCount(2);

  await gotoPhase(page, 'Decide');
  await page.getByLabel('Focus problem', { exact: true }).selectOption({ label: 'C1 · Churn prediction' });
  const metric = page.getByLabel('Key metric', { exact: true });
  await expect(metric).toHaveValue('');
  await metric.fill('Monthly churn rate of loyalty members');

  await gotoPhase(page, 'Collect');
  await expect(page.locator('.flag', { hasText: 'No key metric' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Details of C1 Churn prediction' }).click();
  await expect(page.getByLabel('Key metric', { exact: true })).toHaveValue('Monthly churn rate of loyalty members');

  const saved = await saveAndRead(app, join(app.folder, 'focus.pickwise'));
  expect(saved.candidates.map((candidate) => candidate.keyMetric)).toEqual(['Monthly churn rate of loyalty members', '']);
  // Written once, on the candidate: format 2 keeps no copy in the decision.
  expect(Object.keys(saved.decision)).not.toContain('keyMetric');
});
