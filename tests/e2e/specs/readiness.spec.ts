import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SESSION_VERSION } from '../../../shared';
import { expect, test } from '../fixtures';
import { gotoPhase, readSessionFile, saveAndRead } from './session-page';

const VERSION_1_FIXTURE = join(__dirname, '../../fixtures/session-v1.pickwise');

test('a version-1 file opens, and the first Save asks before writing it in the new format', async ({ app }) => {
  const { page } = app;
  const file = join(app.folder, 'pilot.pickwise');
  await copyFile(VERSION_1_FIXTURE, file);
  await app.answerOpenDialog(file);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle('pilot.pickwise — Pickwise');

  // Cancel: the file stays as version 1 wrote it.
  const original = await readFile(file, 'utf8');
  await app.answerFormatUpgradePrompt('cancel');
  await page.keyboard.press('Control+s');
  await expect.poll(() => app.formatUpgradePrompts()).toEqual(['pilot.pickwise']);
  expect(await readFile(file, 'utf8')).toBe(original);

  // Save: written in the current format, and not asked about again.
  await app.answerFormatUpgradePrompt('save');
  await page.keyboard.press('Control+s');
  await expect.poll(async () => JSON.parse(await readFile(file, 'utf8')).version).toBe(SESSION_VERSION);
  await saveAndRead(app, file);
  expect(await app.formatUpgradePrompts()).toEqual(['pilot.pickwise', 'pilot.pickwise']);
  const saved = await readSessionFile(file);
  expect(saved.candidates).toHaveLength(12);
  expect(saved.candidates.find((candidate) => candidate.id === 'cand-churn')!.readiness.map((entry) => entry.itemId)).toEqual([
    'data-available',
    'security',
    'compatibility',
    'reproducibility',
  ]);
});

test('the focus’s readiness checklist is answered by keyboard in Decide and saved with the session', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await gotoPhase(page, 'Decide');
  const checklist = page.getByRole('region', { name: 'Readiness of the focus' });
  await expect(checklist.getByRole('radiogroup')).toHaveCount(11);

  // Monitoring is unknown in the sample: arrow keys move its answer, as in any radio group.
  const monitoring = checklist.getByRole('radiogroup', { name: 'Monitoring: answer' });
  await expect(monitoring.getByRole('radio', { name: 'Unknown' })).toBeChecked();
  await monitoring.getByRole('radio', { name: 'Unknown' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(monitoring.getByRole('radio', { name: 'Missing' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(checklist.getByLabel('Monitoring: evidence')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('No dashboard for win-back campaigns yet');
  await page.keyboard.press('Tab');
  await expect(checklist.getByLabel('Monitoring: owner')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Priya Nair');

  const saved = await saveAndRead(app, join(app.folder, 'checked.pickwise'));
  const churn = saved.candidates.find((candidate) => candidate.id === 'cand-churn')!;
  expect(churn.readiness.find((entry) => entry.itemId === 'monitoring')).toEqual({
    itemId: 'monitoring',
    answer: 'missing',
    evidence: 'No dashboard for win-back campaigns yet',
    owner: 'Priya Nair',
  });

  // Undo takes the whole owner typed as one step, as in every text field.
  await page.keyboard.press('Control+z');
  await expect(checklist.getByLabel('Monitoring: owner')).toHaveValue('Tom Becker');
});

test('any candidate’s checklist is answered in its details, and Data available is one answer in both places', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await gotoPhase(page, 'Collect');
  await page.getByRole('button', { name: /^Details of C3 / }).click();
  const details = page.getByRole('region', { name: 'Readiness of C3' });
  await expect(details.getByRole('radiogroup')).toHaveCount(11);

  // The sample says its data is partly there; the checklist shows that, from the field.
  const data = details.getByRole('radiogroup', { name: 'Data available: answer' });
  await expect(data.getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(details.getByText('From “Data available”.')).toBeVisible();
  await data.getByRole('radio', { name: 'Partly' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(data.getByRole('radio', { name: 'Ready' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Data available' })).toHaveValue('yes');

  const saved = await saveAndRead(app, join(app.folder, 'details.pickwise'));
  const freight = saved.candidates.find((candidate) => candidate.code === 'C3')!;
  expect(freight.dataAvailability).toBe('yes');
  expect(freight.readiness).toEqual([{ itemId: 'data-available', answer: 'ready', evidence: '', owner: '' }]);
});

test('Decide shows where the room and a checklist disagree, and what the quick wins and big bets must still find out', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await gotoPhase(page, 'Decide');
  const flags = page.getByRole('region', { name: 'The room and the checklist disagree' });
  await expect(flags.getByTestId('readiness-flag')).toHaveText([
    /^C7 Support-ticket routingThe room says 1\.\d; the checklist says 4\.5: infrastructure missing, availability missing, compatibility missing and 6 more\.$/,
  ]);
  const questions = page.getByRole('region', { name: 'Questions to answer before committing' });
  const churn = questions.getByTestId('readiness-question').filter({ hasText: 'Churn prediction for loyalty members' });
  await expect(churn).toContainText('How will we know when the model degrades? — Tom Becker');
  const notStarted = questions.getByTestId('readiness-question').filter({ hasText: 'Fraud detection for card payments' });
  await expect(notStarted).toContainText('Its readiness checklist is not started');

  // Answering the churn model's last unknown takes it off the list of questions.
  const monitoring = page.getByRole('region', { name: 'Readiness of the focus' }).getByRole('radiogroup', { name: 'Monitoring: answer' });
  await monitoring.getByRole('radio', { name: 'Partly' }).check();
  await expect(churn).toHaveCount(0);
});

test('after the reveal, Score and the Map flag a candidate whose checklist disagrees with the room', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await gotoPhase(page, 'Score');
  const flagged = /The room says 1\.\d; the checklist says 4\.5: infrastructure missing, availability missing, compatibility missing and 6 more\./;
  await expect(page.getByTestId('result-row').filter({ hasText: 'Support-ticket routing' })).toContainText(flagged);
  await expect(page.getByTestId('result-row').filter({ hasText: 'Churn prediction' })).not.toContainText('the checklist says');

  await gotoPhase(page, 'Map');
  const point = page.getByTestId('matrix-point').filter({ hasText: 'C7' }).first();
  await point.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('readiness-flag-note')).toHaveText(flagged);
});

test('the readiness items are the session’s own: renamed, added and removed in Score, and every checklist follows', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await gotoPhase(page, 'Score');
  const items = page.getByRole('list', { name: 'Readiness items' });
  await expect(items.getByRole('listitem')).toHaveCount(11);
  await items.getByLabel('Name of readiness item Monitoring').fill('Model monitoring');
  await items.getByLabel('Name of readiness item Model monitoring').press('Tab');
  await page.getByRole('button', { name: 'Add readiness item' }).click();
  await items.getByLabel('Name of readiness item New readiness item').fill('GDPR review');
  await items.getByLabel('Name of readiness item GDPR review').press('Tab');
  await page.getByRole('button', { name: 'Remove readiness item Team know-how' }).click();

  await gotoPhase(page, 'Decide');
  const checklist = page.getByRole('region', { name: 'Readiness of the focus' });
  await expect(checklist.getByRole('radiogroup')).toHaveCount(11);
  await expect(checklist.getByRole('radiogroup', { name: 'Model monitoring: answer' }).getByRole('radio', { name: 'Unknown' })).toBeChecked();
  await expect(checklist.getByRole('radiogroup', { name: 'GDPR review: answer' }).getByRole('radio', { name: 'Unknown' })).toBeChecked();
  await expect(checklist.getByRole('radiogroup', { name: 'Team know-how: answer' })).toHaveCount(0);

  const saved = await saveAndRead(app, join(app.folder, 'items.pickwise'));
  expect(saved.readinessItems.map((item) => item.name)).toEqual([
    'Data available',
    'Data quality and labels',
    'Access rights and personal data',
    'Infrastructure',
    'Scaling',
    'Availability',
    'Security and compliance',
    'Compatibility',
    'Reproducibility',
    'Model monitoring',
    'GDPR review',
  ]);
  expect(saved.candidates.flatMap((candidate) => candidate.readiness.map((entry) => entry.itemId))).not.toContain('know-how');
});
