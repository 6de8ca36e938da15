import { readFileSync } from 'node:fs';
import { chmod, lstat, mkdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { serializeSession, SESSION_VERSION, type Session } from '../../../shared';
import { expect, test } from '../fixtures';
import { candidateTitles, captureCandidate, gotoPhase, saveAndRead, setSessionTitle } from './session-page';

const schema = JSON.parse(readFileSync(join(__dirname, '../../../shared/session.schema.json'), 'utf8')) as object;

test('a session is saved, reopened, edited and saved again, and unsaved work is guarded', async ({ app }) => {
  const { page } = app;
  const file = join(app.folder, 'Northwind workshop.pickwise');

  await setSessionTitle(page, 'Northwind workshop');
  for (const title of ['Churn prediction', 'Demand forecasting', 'Support-ticket routing']) {
    await captureCandidate(page, title);
  }
  await expect(page).toHaveTitle('● Untitled — Pickwise');

  await app.answerSaveDialog(join(app.folder, 'Northwind workshop'));
  await page.getByRole('button', { name: 'Save As…' }).click();
  await expect(page).toHaveTitle('Northwind workshop.pickwise — Pickwise');

  const saved = JSON.parse(await readFile(file, 'utf8')) as { candidates: { title: string }[] };
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  expect(ajv.validate(schema, saved), JSON.stringify(ajv.errors)).toBe(true);
  expect(saved.candidates.map((candidate) => candidate.title)).toEqual(['Churn prediction', 'Demand forecasting', 'Support-ticket routing']);

  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page).toHaveTitle('Untitled — Pickwise');
  expect(await candidateTitles(page)).toEqual([]);

  await app.answerOpenDialog(file);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle('Northwind workshop.pickwise — Pickwise');
  expect(await candidateTitles(page)).toEqual(['Churn prediction', 'Demand forecasting', 'Support-ticket routing']);

  await gotoPhase(page, 'Collect');
  await page.getByLabel('Title of C2').fill('Demand forecasting per store');
  await expect(page).toHaveTitle('● Northwind workshop.pickwise — Pickwise');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveTitle('Northwind workshop.pickwise — Pickwise');
  const resaved = JSON.parse(await readFile(file, 'utf8')) as { candidates: { title: string }[] };
  expect(resaved.candidates[1]?.title).toBe('Demand forecasting per store');

  // New on unsaved work asks first; Cancel keeps the work.
  await captureCandidate(page, 'Fraud detection for payments');
  await app.answerUnsavedPrompt('cancel');
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect.poll(() => app.unsavedPrompts()).toEqual(['Northwind workshop.pickwise']);
  await expect(page).toHaveTitle('● Northwind workshop.pickwise — Pickwise');
  expect(await candidateTitles(page)).toContain('Fraud detection for payments');
});

test('the session file is pretty, stable JSON with a trailing newline', async ({ app }) => {
  const { page } = app;
  await setSessionTitle(page, 'Stable');
  await captureCandidate(page, 'Churn prediction');
  const file = join(app.folder, 'stable.pickwise');
  await app.answerSaveDialog(file);
  await page.keyboard.press('Control+Shift+S');
  await expect(page).toHaveTitle('stable.pickwise — Pickwise');
  const first = await readFile(file, 'utf8');
  expect(first.startsWith(`{\n  "format": "pickwise-session",\n  "version": ${SESSION_VERSION},`)).toBe(true);
  expect(first.endsWith('}\n')).toBe(true);
});

test('an invalid file gives a message naming the file and the reason, and changes nothing', async ({ app }) => {
  const { page } = app;
  await setSessionTitle(page, 'Work in progress');
  await captureCandidate(page, 'Churn prediction');
  const broken = join(app.folder, 'broken.pickwise');
  await writeFile(broken, '{"format": "pickwise-session", "version": 1, "candidates": [');

  await app.answerUnsavedPrompt('discard');
  await app.answerOpenDialog(broken);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect.poll(async () => (await app.fileErrors()).length).toBe(1);
  const [error] = await app.fileErrors();
  expect(error?.message).toContain('broken.pickwise');
  expect(error?.message).toMatch(/cut off|truncated|ends too early|incomplete/i);
  expect(await candidateTitles(page)).toEqual(['Churn prediction']);
  await gotoPhase(page, 'Frame');
  await expect(page.getByLabel('Session title')).toHaveValue('Work in progress');
  expect(await readFile(broken, 'utf8')).toBe('{"format": "pickwise-session", "version": 1, "candidates": [');
});

test('closing the window with unsaved work asks, and Save then closes', async ({ app }) => {
  const { page } = app;
  await captureCandidate(page, 'Churn prediction');
  const file = join(app.folder, 'closing.pickwise');
  await app.answerUnsavedPrompt('save');
  await app.answerSaveDialog(file);
  await app.requestClose();
  await expect.poll(() => app.isClosed()).toBe(true);
  expect(JSON.parse(await readFile(file, 'utf8')).candidates[0].title).toBe('Churn prediction');
});

test('the sample session opens with its twelve candidates', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await expect(page.getByLabel('Session title')).not.toHaveValue('');
  await gotoPhase(page, 'Collect');
  await expect(page.getByTestId('candidate-row')).toHaveCount(12);
});

test('a session opened through a symbolic link is saved to the file it points to; the link and the permissions stay', async ({ app }) => {
  const { page } = app;
  const real = join(app.folder, 'shared drive');
  await mkdir(real);
  const file = join(real, 'team.pickwise');
  await setSessionTitle(page, 'Team');
  await captureCandidate(page, 'Churn prediction');
  await saveAndRead(app, file);
  await chmod(file, 0o640);
  const link = join(app.folder, 'team.pickwise');
  await symlink('shared drive/team.pickwise', link);

  await page.getByRole('button', { name: 'New', exact: true }).click();
  await app.answerOpenDialog(link);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle('team.pickwise — Pickwise');
  await captureCandidate(page, 'Demand forecasting');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveTitle('team.pickwise — Pickwise');

  expect((await lstat(link)).isSymbolicLink()).toBe(true);
  expect(await readlink(link)).toBe('shared drive/team.pickwise');
  expect(((await stat(file)).mode & 0o777).toString(8)).toBe('640');
  const saved = JSON.parse(await readFile(file, 'utf8')) as Session;
  expect(saved.candidates.map((candidate) => candidate.title)).toEqual(['Churn prediction', 'Demand forecasting']);
});

test('Save As onto a file from a newer Pickwise is refused, naming the file and its version; the work stays unsaved', async ({ app }) => {
  const { page } = app;
  const newer = join(app.folder, 'future.pickwise');
  const first = await saveAndRead(app, join(app.folder, 'first.pickwise'));
  const newerText = serializeSession(first).replace(`"version": ${SESSION_VERSION}`, `"version": ${SESSION_VERSION + 1}`);
  await writeFile(newer, newerText);
  await captureCandidate(page, 'Churn prediction');

  await app.answerSaveDialog(newer);
  await page.getByRole('button', { name: 'Save As…' }).click();
  await expect.poll(async () => (await app.fileErrors()).length).toBe(1);
  const [error] = await app.fileErrors();
  expect(error?.message).toContain('“future.pickwise” was not saved');
  expect(error?.message).toContain(`session version ${SESSION_VERSION + 1}`);
  expect(await readFile(newer, 'utf8')).toBe(newerText);
  await expect(page).toHaveTitle('● first.pickwise — Pickwise');
});

