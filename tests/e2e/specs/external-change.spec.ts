import { readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_SESSION_BYTES, serializeSession, SESSION_VERSION, type Session } from '../../../shared';
import { expect, test } from '../fixtures';
import { candidateTitles, captureCandidate, gotoPhase, leaveTextFields, saveAndRead, setSessionTitle } from './session-page';

// A file changed on disk by someone else is not silently overwritten: Save asks.

test('saving over a file changed behind the app’s back asks: cancel, overwrite, reload or save as', async ({ app }) => {
  const { page } = app;
  const file = join(app.folder, 'shared.pickwise');
  await setSessionTitle(page, 'Shared');
  await captureCandidate(page, 'Churn prediction');
  const saved = await saveAndRead(app, file);
  const theirs = (title: string): string => serializeSession({ ...saved, frame: { ...saved.frame, title } } as Session);
  const save = async () => {
    await leaveTextFields(page);
    await page.keyboard.press('Control+s');
  };

  // Cancel: nothing written, the work stays unsaved.
  await writeFile(file, theirs('Changed by a colleague'));
  await captureCandidate(page, 'Demand forecasting');
  await app.answerExternalChangePrompt('cancel');
  await save();
  await expect.poll(() => app.externalChangePrompts()).toEqual(['shared.pickwise']);
  await expect(page).toHaveTitle('● shared.pickwise — Pickwise');
  expect(await readFile(file, 'utf8')).toBe(theirs('Changed by a colleague'));

  // Overwrite: this version wins.
  await app.answerExternalChangePrompt('overwrite');
  await save();
  await expect(page).toHaveTitle('shared.pickwise — Pickwise');
  const overwritten = JSON.parse(await readFile(file, 'utf8')) as Session;
  expect(overwritten.frame.title).toBe('Shared');
  expect(overwritten.candidates.map((candidate) => candidate.title)).toEqual(['Churn prediction', 'Demand forecasting']);

  // Reload: the colleague's version replaces the window's, the file stays as they left it.
  await writeFile(file, theirs('Changed by a colleague'));
  await captureCandidate(page, 'Fraud detection for payments');
  await app.answerExternalChangePrompt('reload');
  await save();
  await expect(page).toHaveTitle('shared.pickwise — Pickwise');
  expect(await candidateTitles(page)).toEqual(['Churn prediction']);
  await gotoPhase(page, 'Frame');
  await expect(page.getByLabel('Session title')).toHaveValue('Changed by a colleague');
  expect(await readFile(file, 'utf8')).toBe(theirs('Changed by a colleague'));

  // Save As: this version goes to a new file, the changed one is kept.
  await writeFile(file, theirs('Changed again'));
  await captureCandidate(page, 'Support-ticket routing');
  await app.answerExternalChangePrompt('save-as');
  await app.answerSaveDialog(join(app.folder, 'mine'));
  await save();
  await expect(page).toHaveTitle('mine.pickwise — Pickwise');
  expect(await readFile(file, 'utf8')).toBe(theirs('Changed again'));
  const mine = JSON.parse(await readFile(join(app.folder, 'mine.pickwise'), 'utf8')) as Session;
  expect(mine.candidates.map((candidate) => candidate.title)).toEqual(['Churn prediction', 'Support-ticket routing']);
  expect(await app.externalChangePrompts()).toEqual(['shared.pickwise', 'shared.pickwise', 'shared.pickwise', 'shared.pickwise']);
});

test('Overwrite never replaces a newer Pickwise’s file; a file too large to check is asked about first', async ({ app }) => {
  const { page } = app;
  const file = join(app.folder, 'shared.pickwise');
  await setSessionTitle(page, 'Shared');
  await captureCandidate(page, 'Churn prediction');
  const saved = await saveAndRead(app, file);
  const save = async () => {
    await leaveTextFields(page);
    await page.keyboard.press('Control+s');
  };

  // A colleague opened it in a newer Pickwise and saved: Overwrite is refused, naming the version.
  const newer = serializeSession(saved).replace(`"version": ${SESSION_VERSION}`, `"version": ${SESSION_VERSION + 1}`);
  await writeFile(file, newer);
  await captureCandidate(page, 'Demand forecasting');
  await app.answerExternalChangePrompt('overwrite');
  await save();
  await expect.poll(async () => (await app.fileErrors()).length).toBe(1);
  const [error] = await app.fileErrors();
  expect(error?.message).toContain('“shared.pickwise” was not saved');
  expect(error?.message).toContain(`session version ${SESSION_VERSION + 1}`);
  expect(await readFile(file, 'utf8')).toBe(newer);
  await expect(page).toHaveTitle('● shared.pickwise — Pickwise');

  // Grown past what Pickwise can read: Save cannot tell whether it changed, so it asks.
  await writeFile(file, serializeSession(saved));
  await truncate(file, MAX_SESSION_BYTES + 1);
  await app.answerExternalChangePrompt('cancel');
  await save();
  await expect.poll(() => app.externalChangePrompts()).toEqual(['shared.pickwise', 'shared.pickwise']);
  await expect(page).toHaveTitle('● shared.pickwise — Pickwise');
  expect((await stat(file)).size).toBe(MAX_SESSION_BYTES + 1);
});

