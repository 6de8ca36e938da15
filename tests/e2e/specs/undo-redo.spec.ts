import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { addParticipant, captureCandidate, gotoPhase, pressRedo, pressUndo, saveAndRead, withoutSaveTime } from './session-page';

// Each edit is one user gesture of a different kind; the file saved after each is the truth
// that undo and redo must walk back to, step by step.
const EDITS: { kind: string; run: (page: Page) => Promise<unknown> }[] = [
  { kind: 'session title', run: (page) => gotoPhase(page, 'Frame').then(() => page.getByLabel('Session title').fill('Undo workshop')) },
  { kind: 'add participant', run: (page) => addParticipant(page, 'Ana Silva', 'Business') },
  { kind: 'participant background', run: (page) => page.getByLabel('Background of Ana Silva').selectOption({ label: 'Technical' }) },
  { kind: 'capture candidate', run: (page) => captureCandidate(page, 'Churn prediction') },
  { kind: 'capture another candidate', run: (page) => captureCandidate(page, 'Churn forecasting') },
  { kind: 'candidate title', run: (page) => page.getByLabel('Title of C1').fill('Churn prediction for members') },
  {
    kind: 'candidate key metric',
    run: async (page) => {
      await page.getByRole('button', { name: /^Details of C1 / }).click();
      await page.getByLabel('Key metric', { exact: true }).fill('Monthly churn rate');
    },
  },
  { kind: 'candidate tags', run: (page) => page.getByLabel('Tags').fill('retention, loyalty') },
  {
    kind: 'merge duplicates',
    run: async (page) => {
      await page.getByLabel('Same problem as another candidate?').selectOption({ label: 'C2 · Churn forecasting' });
      await page.getByRole('button', { name: 'Merge into C1' }).click();
    },
  },
  { kind: 'criterion weight', run: (page) => gotoPhase(page, 'Score').then(() => page.getByLabel('Weight of Urgency').fill('4')) },
  { kind: 'scale', run: (page) => page.getByLabel('Scale').selectOption({ label: '1 to 10' }) },
  { kind: 'scoring mode', run: (page) => page.getByLabel('Mode').selectOption({ label: 'Consensus of the room' }) },
  {
    kind: 'consensus score',
    run: (page) => page.getByRole('radiogroup', { name: 'C1 Business value / ROI', exact: true }).getByRole('radio', { name: '7', exact: true }).check(),
  },
  { kind: 'focus problem', run: (page) => gotoPhase(page, 'Decide').then(() => page.getByLabel('Focus problem', { exact: true }).selectOption({ label: 'C1 · Churn prediction for members' })) },
  { kind: 'focus rationale', run: (page) => page.getByLabel('Why this one').fill('Data is there and the metric is on the board.') },
];

test('undo and redo walk back and forth across every kind of edit, one gesture a step', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const file = join(app.folder, 'undo.pickwise');
  const snapshots = [withoutSaveTime(await saveAndRead(app, file))];
  for (const edit of EDITS) {
    await edit.run(page);
    snapshots.push(withoutSaveTime(await saveAndRead(app, file)));
    expect(snapshots.at(-1), `the ${edit.kind} edit changed the session`).not.toEqual(snapshots.at(-2));
  }
  for (let step = EDITS.length - 1; step >= 0; step -= 1) {
    await pressUndo(page);
    expect(withoutSaveTime(await saveAndRead(app, file)), `undo of the ${EDITS[step]!.kind} edit`).toEqual(snapshots[step]);
  }
  for (let step = 1; step <= EDITS.length; step += 1) {
    await pressRedo(page);
    expect(withoutSaveTime(await saveAndRead(app, file)), `redo of the ${EDITS[step - 1]!.kind} edit`).toEqual(snapshots[step]);
  }
});

test('inside a text field, Ctrl+Z belongs to the field, not to the session', async ({ app }) => {
  const { page } = app;
  await captureCandidate(page, 'Churn prediction');
  await gotoPhase(page, 'Frame');
  const title = page.getByLabel('Session title');
  await title.fill('Typed');
  await title.press('Control+z');
  await gotoPhase(page, 'Collect');
  await expect(page.getByTestId('candidate-row')).toHaveCount(1);
});

test('selecting, opening details and changing phase are not edits', async ({ app }) => {
  const { page } = app;
  await captureCandidate(page, 'Churn prediction');
  const file = join(app.folder, 'view.pickwise');
  await saveAndRead(app, file);
  await page.getByRole('button', { name: /^Details of C1 / }).click();
  await gotoPhase(page, 'Score');
  await gotoPhase(page, 'Collect');
  await expect(page).toHaveTitle('view.pickwise — Pickwise');
  await pressUndo(page);
  await expect(page.getByTestId('candidate-row')).toHaveCount(0);
});
