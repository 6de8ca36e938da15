import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { SESSION_VERSION, type ReadinessAnswer, type Session } from '../../../shared';
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

test('after the reveal, Score and the Map flag a candidate whose checklist disagrees with the room, on its point too', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await gotoPhase(page, 'Score');
  const flagged = /The room says 1\.\d; the checklist says 4\.5: infrastructure missing, availability missing, compatibility missing and 6 more\./;
  await expect(page.getByTestId('result-row').filter({ hasText: 'Support-ticket routing' })).toContainText(flagged);
  await expect(page.getByTestId('result-row').filter({ hasText: 'Churn prediction' })).not.toContainText('the checklist says');

  await gotoPhase(page, 'Map');
  // The mark sits on C7's point alone, says so in its name, and the legend explains it.
  const point = page.getByTestId('matrix-point').filter({ hasText: 'C7' }).first();
  await expect(point.getByTestId('readiness-mark')).toHaveCount(1);
  await expect(point.getByTestId('readiness-mark')).toBeVisible();
  await expect(page.getByTestId('readiness-mark')).toHaveCount(1);
  await expect(point).toHaveAccessibleName(/^C7 Support-ticket routing: .*, its readiness checklist disagrees with the room’s complexity \(the checklist says 4\.5\)$/);
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Checklist disagrees with the room’s complexity');
  await point.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('readiness-flag-note')).toHaveText(flagged);

  // The exported chart draws the mark too.
  const file = join(app.folder, 'chart.svg');
  await app.answerExportDialog(file);
  await page.getByRole('button', { name: 'Export image…' }).click();
  const dialog = page.getByTestId('chart-export-dialog');
  await dialog.getByLabel(/^SVG/).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeHidden();
  const marked = await page.evaluate((text) => {
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
    return Array.from(svg.querySelectorAll('.readiness-mark')).map((mark) => [mark.closest('[aria-label]')?.getAttribute('aria-label')?.split(':')[0], mark.textContent]);
  }, await readFile(file, 'utf8'));
  expect(marked).toEqual([['C7 Support-ticket routing', '!']]);
  // The picture's own legend says what the mark means.
  expect(await readFile(file, 'utf8')).toContain('>! Checklist disagrees with the room’s complexity</text>');

  // The table says it in words.
  await page.getByRole('button', { name: 'Show table' }).click();
  await expect(page.getByTestId('matrix-row').filter({ hasText: 'Support-ticket routing' })).toContainText('Checklist disagrees with the room’s complexity (it says 4.5)');
  await expect(page.getByTestId('matrix-row').filter({ hasText: 'Checklist disagrees' })).toHaveCount(1);
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

/** A key press the room makes, counted; typed text is not. */
class Keys {
  count = 0;
  constructor(private readonly page: Page) {}
  async press(key: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.press(key);
  }
  async answer(answers: string): Promise<void> {
    for (const key of answers) await this.press(key);
  }
}

const ANSWER_OF: Record<string, ReadinessAnswer> = { R: 'ready', P: 'partly', M: 'missing', U: 'unknown' };

function savedAnswers(saved: Session, candidateId: string): ReadinessAnswer[] {
  const candidate = saved.candidates.find((each) => each.id === candidateId)!;
  return saved.readinessItems.map((item) => candidate.readiness.find((entry) => entry.itemId === item.id)?.answer ?? 'unknown');
}

async function expectFocusIn(group: Locator): Promise<void> {
  await expect(group.locator('input:focus')).toHaveCount(1);
}

test('the checklists of the top three candidates are filled in Decide by keyboard alone, one key per item', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  const keys = new Keys(page);

  // Getting to the first checklist, counted apart: Tab to the phase bar's Decide and Enter;
  // focus lands on Decide's first stop, the skip button, and Enter opens the first checklist
  // at its first item, past the ranking and the dots.
  const decide = page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Decide' });
  for (let stops = 0; stops < 12 && !(await decide.evaluate((button) => button === document.activeElement)); stops += 1) await keys.press('Tab');
  await expect(decide).toBeFocused();
  await keys.press('Enter');
  await expect(page.getByRole('main')).toHaveAccessibleName('Decide');
  const toDecide = keys.count;
  keys.count = 0;
  await expect(page.getByRole('button', { name: 'Fill in the readiness checklists' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Fill in the readiness checklists' })).toBeVisible();
  await keys.press('Enter');
  const toChecklists = keys.count;
  expect(toChecklists).toBe(1);

  const panel = page.getByRole('region', { name: 'Readiness checklists' });
  const next = panel.getByRole('button', { name: /^Next candidate/ });
  const perCandidate: number[] = [];
  const items = 11;

  // C5, the first quick win.
  keys.count = 0;
  const churn = panel.getByRole('region', { name: 'Readiness of C5' });
  await expect(churn.getByRole('radiogroup')).toHaveCount(items);
  await expectFocusIn(churn.getByRole('radiogroup').first());
  await keys.answer('RRPRRPRRRMR');
  await expect(next).toBeFocused();
  await expect(next).toHaveText('Next candidate: C6 · Demand forecasting for store replenishment');
  await keys.press('Enter');
  perCandidate.push(keys.count);

  // C6: access rights are missing, and Maria finds out: Shift+Tab back to the owner just asked
  // for, her name, Tab on to the next item.
  keys.count = 0;
  const demand = panel.getByRole('region', { name: 'Readiness of C6' });
  await expectFocusIn(demand.getByRole('radiogroup').first());
  await keys.answer('RPM');
  await keys.press('Shift+Tab');
  await expect(demand.getByLabel('Access rights and personal data: owner (needed: who finds out or makes it ready)')).toBeFocused();
  await page.keyboard.type('Maria Lopez');
  await keys.press('Tab');
  await expectFocusIn(demand.getByRole('radiogroup', { name: 'Infrastructure: answer' }));
  await keys.answer('URRPMRUP');
  await expect(next).toBeFocused();
  await keys.press('Enter');
  perCandidate.push(keys.count);

  // C7, flagged until its checklist says it is nearly all ready.
  keys.count = 0;
  const tickets = panel.getByRole('region', { name: 'Readiness of C7' });
  await expect(panel.getByTestId('checklist-flag')).toContainText('the checklist says 4.5');
  await expectFocusIn(tickets.getByRole('radiogroup').first());
  await keys.answer('RRRRRRRRRPR');
  await expect(next).toBeFocused();
  await expect(next).toHaveText('Next candidate: C12 · Web-shop search ranking');
  perCandidate.push(keys.count);
  await expect(panel.getByTestId('checklist-flag')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'The room and the checklist disagree' })).toHaveCount(0);

  test.info().annotations.push({ type: 'key presses', description: `to Decide ${toDecide}, to the first checklist ${toChecklists}; per candidate ${perCandidate.join(', ')} (${items} items)` });
  for (const count of perCandidate) expect(count).toBeLessThanOrEqual(items + 3);

  const saved = await saveAndRead(app, join(app.folder, 'checklists.pickwise'));
  const asAnswers = (keysPressed: string) => [...keysPressed].map((key) => ANSWER_OF[key]);
  expect(savedAnswers(saved, 'cand-churn')).toEqual(asAnswers('RRPRRPRRRMR'));
  expect(savedAnswers(saved, 'cand-demand')).toEqual(asAnswers('RPMURRPMRUP'));
  expect(savedAnswers(saved, 'cand-tickets')).toEqual(asAnswers('RRRRRRRRRPR'));
  const demandEntries = saved.candidates.find((candidate) => candidate.id === 'cand-demand')!;
  expect(demandEntries.readiness.find((entry) => entry.itemId === 'access-rights')).toEqual({ itemId: 'access-rights', answer: 'missing', evidence: '', owner: 'Maria Lopez' });
  expect(demandEntries.dataAvailability).toBe('yes');
  // What the room had written stays: only the answers changed.
  expect(saved.candidates.find((candidate) => candidate.id === 'cand-churn')!.readiness.find((entry) => entry.itemId === 'monitoring')).toEqual({
    itemId: 'monitoring',
    answer: 'missing',
    evidence: 'Nobody owns win-back results yet.',
    owner: 'Tom Becker',
  });
});
