import { readdir, readFile, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSession, type Session } from '../../../shared';
import { expect, test } from '../fixtures';
import { addParticipant, candidateTitles, captureCandidate, saveAndRead, setSessionTitle, withoutSaveTime } from './session-page';

// No lost work: unsaved changes are kept as a draft within two seconds, and after a crash the
// next start offers them back.

/** The drafts in the app's data folder, each with its session as Open reads it (a draft holds the session file's form). */
async function drafts(userDataFolder: string): Promise<{ session: Session; fileName: string | null }[]> {
  const folder = join(userDataFolder, 'drafts');
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));
  const records = await Promise.all(
    names.map(async (name) => {
      // The app may remove a draft between the listing and the reading (a start that clears an
      // expired draft, a save that makes one needless): a draft gone by then is no draft.
      const text = await readFile(join(folder, name), 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (text === null) return null;
      const record = JSON.parse(text) as { session: unknown; fileName: string | null };
      const read = parseSession(JSON.stringify(record.session), 'en');
      if (!read.ok) throw new Error(`draft ${name} does not open: ${read.error.message}`);
      return { ...record, session: read.session };
    }),
  );
  return records.filter((record) => record !== null);
}

const TITLES = ['Churn prediction', 'Demand forecasting', 'Fraud detection for payments'];

test('after a crash, an untitled session’s unsaved work is offered back and restored whole', async ({ app }) => {
  const { page } = app;
  await setSessionTitle(page, 'Northwind workshop');
  await addParticipant(page, 'Ada', 'Business');
  for (const title of TITLES) await captureCandidate(page, title);

  // The draft comes to hold the last change (within two seconds, which draft-autosave.test.ts
  // measures on a clock it controls: a time limit here only fails on a loaded machine).
  await expect
    .poll(async () => (await drafts(app.userDataFolder))[0]?.session.candidates.map((candidate) => candidate.title))
    .toEqual(TITLES);
  const [draft] = await drafts(app.userDataFolder);

  const next = await app.crashAndRelaunch();
  const dialog = next.page.getByRole('dialog', { name: 'Recover unsaved work' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('draft-row')).toHaveCount(1);
  await expect(dialog.getByTestId('draft-row')).toContainText('Northwind workshop');
  await expect(dialog.getByTestId('draft-row')).toContainText('Never saved');
  await expect(dialog.getByRole('button', { name: 'Restore Northwind workshop' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Restore Northwind workshop' }).click();
  await expect(dialog).toBeHidden();

  await expect(next.page).toHaveTitle('● Untitled — Pickwise');
  expect(await candidateTitles(next.page)).toEqual(TITLES);
  const saved = await saveAndRead(next, join(next.folder, 'recovered.pickwise'));
  const restored = withoutSaveTime(saved) as Record<string, unknown>;
  const before = withoutSaveTime(draft!.session) as Record<string, unknown>;
  for (const field of Object.keys(before)) expect(restored[field], field).toEqual(before[field]);
  expect(Object.keys(restored).sort()).toEqual(Object.keys(before).sort());
  // Saved, the draft has served.
  await expect.poll(async () => (await drafts(next.userDataFolder)).length).toBe(0);
});

test('a draft of a saved file names the file; Esc decides later, Discard removes it', async ({ app }) => {
  const { page } = app;
  const file = join(app.folder, 'retail.pickwise');
  await setSessionTitle(page, 'Retail');
  await captureCandidate(page, 'Churn prediction');
  await saveAndRead(app, file);
  const onDisk = await readFile(file, 'utf8');
  await captureCandidate(page, 'Demand forecasting');
  await expect.poll(async () => (await drafts(app.userDataFolder))[0]?.fileName).toBe('retail.pickwise');

  let next = await app.crashAndRelaunch();
  let dialog = next.page.getByRole('dialog', { name: 'Recover unsaved work' });
  await expect(dialog.getByTestId('draft-row')).toContainText('Changes to retail.pickwise');
  await next.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await drafts(next.userDataFolder)).toHaveLength(1);

  next = await next.crashAndRelaunch();
  dialog = next.page.getByRole('dialog', { name: 'Recover unsaved work' });
  await dialog.getByRole('button', { name: 'Discard Retail' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await drafts(next.userDataFolder)).length).toBe(0);
  expect(await readFile(file, 'utf8')).toBe(onDisk);
  await expect(next.page).toHaveTitle('Untitled — Pickwise');
});

test('a draft kept over 30 days ago is offered once more, saying so, and is gone at the next start', async ({ app }) => {
  const { page } = app;
  await setSessionTitle(page, 'Long ago');
  await captureCandidate(page, 'Churn prediction');
  // The draft holds all of the work, so nothing rewrites it after its date is set back.
  await expect
    .poll(async () => (await drafts(app.userDataFolder))[0]?.session.candidates.map((candidate) => candidate.title))
    .toEqual(['Churn prediction']);
  const folder = join(app.userDataFolder, 'drafts');
  const longAgo = new Date(Date.now() - 45 * 24 * 60 * 60 * 1000);
  for (const name of await readdir(folder)) await utimes(join(folder, name), longAgo, longAgo);

  let next = await app.crashAndRelaunch();
  const dialog = next.page.getByRole('dialog', { name: 'Recover unsaved work' });
  await expect(dialog.getByTestId('draft-row')).toContainText('Long ago');
  await expect(dialog.getByTestId('draft-row')).toContainText('Kept over 30 days ago: the next start removes it unless you restore it now.');
  await next.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await drafts(next.userDataFolder)).toHaveLength(1);

  // Offered once, decided later: the next start removes it and offers nothing.
  next = await next.crashAndRelaunch();
  await expect.poll(async () => (await drafts(next.userDataFolder)).length).toBe(0);
  await expect(next.page).toHaveTitle('Untitled — Pickwise');
  await expect(next.page.getByRole('dialog', { name: 'Recover unsaved work' })).toBeHidden();
});

