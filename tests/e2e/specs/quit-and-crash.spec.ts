import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { captureCandidate, setSessionTitle } from './session-page';

// Quitting with unsaved work asks once, and a crashed page never traps the facilitator. In
// harness mode main's real quit flow and page watch run over the fake Electron of
// tests/unit/electron/fake-electron.ts (Electron's documented quit order); in electron mode the
// same spec runs against a real Electron.

const draftCount = (userDataFolder: string) =>
  readdir(join(userDataFolder, 'drafts')).then(
    (names) => names.filter((name) => name.endsWith('.json')).length,
    () => 0,
  );

test('quitting with unsaved work asks once, even when Quit and Close come again while it asks; Cancel keeps the work', async ({ app }) => {
  const { page } = app;
  await captureCandidate(page, 'An idea not yet saved');
  await expect(page).toHaveTitle('● Untitled — Pickwise');

  await app.answerUnsavedPrompt('cancel');
  await app.requestQuit();
  await app.requestQuit();
  await app.requestClose();
  await expect.poll(() => app.unsavedPrompts()).toEqual(['Untitled']);
  // Cancel: the quit is over, the work is still there.
  expect(await app.hasQuit()).toBe(false);
  expect(await app.isClosed()).toBe(false);
  await expect(page).toHaveTitle('● Untitled — Pickwise');
  expect(await app.unsavedPrompts()).toEqual(['Untitled']);

  // A new quit asks again; Don't Save quits.
  await app.answerUnsavedPrompt('discard');
  await app.requestQuit();
  await expect.poll(() => app.hasQuit()).toBe(true);
});

test('a crashed page says so; Close closes its window without a prompt, and the work is offered at the next start', async ({ app }) => {
  const { page } = app;
  await setSessionTitle(page, 'Work before the crash');
  await captureCandidate(page, 'Churn prediction');
  await expect.poll(() => draftCount(app.userDataFolder)).toBe(1);

  await app.answerStoppedPagePrompt('close');
  await app.crashPage();
  // The window asked what to do (Close, scripted above) and closed.
  await expect.poll(() => app.stoppedPagePrompts()).toEqual(['crashed']);
  await expect.poll(() => app.isClosed()).toBe(true);
  // Nobody was there to answer: no unsaved-work prompt, and the draft stays.
  expect(await app.unsavedPrompts()).toEqual([]);
  expect(await draftCount(app.userDataFolder)).toBe(1);

  const next = await app.crashAndRelaunch();
  const dialog = next.page.getByRole('dialog', { name: 'Recover unsaved work' });
  await expect(dialog.getByTestId('draft-row')).toHaveCount(1);
  await expect(dialog.getByTestId('draft-row')).toContainText('Work before the crash');
});
