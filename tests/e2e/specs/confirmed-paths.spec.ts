import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { captureCandidate, gotoPhase, setSessionTitle } from './session-page';

// Every path written is one the facilitator confirmed: the system's save dialog asks about the
// name it returns; main asks about any other file it would replace.

test('Save As with a name typed without .pickwise asks before replacing that file; Cancel keeps it', async ({ app }) => {
  const { page } = app;
  const existing = join(app.folder, 'plan.pickwise');
  await writeFile(existing, 'an older plan, not to be lost');
  await setSessionTitle(page, 'New plan');
  await captureCandidate(page, 'Churn prediction');

  await app.answerSaveDialog(join(app.folder, 'plan'));
  await app.answerReplacePrompt(false);
  await page.getByRole('button', { name: 'Save As…' }).click();
  await expect.poll(() => app.replacePrompts()).toEqual(['plan.pickwise']);
  await expect(page).toHaveTitle('● Untitled — Pickwise');
  expect(await readFile(existing, 'utf8')).toBe('an older plan, not to be lost');

  await app.answerSaveDialog(join(app.folder, 'plan'));
  await app.answerReplacePrompt(true);
  await page.getByRole('button', { name: 'Save As…' }).click();
  await expect(page).toHaveTitle('plan.pickwise — Pickwise');
  expect(JSON.parse(await readFile(existing, 'utf8')).frame.title).toBe('New plan');
});

test('the Markdown record asks before its chart picture replaces a file beside it', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await writeFile(join(app.folder, 'record-chart.png'), 'a holiday photo');
  await gotoPhase(page, 'Share');

  await app.answerExportDialog(join(app.folder, 'record.md'));
  await app.answerReplacePrompt(false);
  await page.getByRole('button', { name: 'Export as Markdown…' }).click();
  await expect.poll(() => app.replacePrompts()).toEqual(['record-chart.png']);
  expect(await readFile(join(app.folder, 'record-chart.png'), 'utf8')).toBe('a holiday photo');
  await expect(readFile(join(app.folder, 'record.md'))).rejects.toThrow();
});
