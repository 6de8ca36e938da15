import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { parseSession, type Session } from '../../../shared';
import type { AppUnderTest } from '../harness/app-under-test';

// How a spec does what a facilitator does, in the words of the screen.

export type PhaseName = 'Frame' | 'Collect' | 'Score' | 'Map' | 'Decide' | 'Share';

export async function gotoPhase(page: Page, phase: PhaseName): Promise<void> {
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: phase }).click();
  await expect(page.getByRole('main')).toHaveAccessibleName(phase);
}

/**
 * Opens a session file as the facilitator does (Open…, the dialog answered) and waits until the
 * window names it: opening brings the room back to Frame, so a phase chosen before the file is
 * open would be undone by it (on a loaded machine a big board takes a while).
 */
export async function openSessionFile(app: AppUnderTest, path: string): Promise<void> {
  await app.answerOpenDialog(path);
  await app.page.getByRole('button', { name: 'Open…' }).click();
  await expect(app.page).toHaveTitle(`${basename(path)} — Pickwise`, { timeout: 30_000 });
}

export async function setSessionTitle(page: Page, title: string): Promise<void> {
  await gotoPhase(page, 'Frame');
  await page.getByLabel('Session title').fill(title);
}

export async function addParticipant(page: Page, name: string, background: 'Business' | 'Technical' | 'Domain' | 'Data'): Promise<void> {
  await gotoPhase(page, 'Frame');
  await page.getByLabel('New participant’s name').fill(name);
  await page.getByLabel('New participant’s background').selectOption({ label: background });
  await page.getByRole('button', { name: 'Add participant' }).click();
  await expect(page.getByLabel(`Name of ${name}`)).toHaveValue(name);
}

export async function captureCandidate(page: Page, title: string): Promise<void> {
  await gotoPhase(page, 'Collect');
  const before = await page.getByTestId('candidate-row').count();
  const capture = page.getByLabel('New candidate');
  await capture.fill(title);
  await capture.press('Enter');
  await expect(page.getByTestId('candidate-row')).toHaveCount(before + 1);
}

export async function candidateTitles(page: Page): Promise<string[]> {
  await gotoPhase(page, 'Collect');
  return page.locator('[data-testid="candidate-row"] .candidate-title').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** Moves focus off any text field, so undo and redo reach the session rather than a field. */
export async function leaveTextFields(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

export async function pressUndo(page: Page): Promise<void> {
  await leaveTextFields(page);
  await page.keyboard.press('Control+z');
}

export async function pressRedo(page: Page): Promise<void> {
  await leaveTextFields(page);
  await page.keyboard.press('Control+Shift+z');
}

/** The session a file holds, as Open reads it (the file keeps its scores as tables). */
export async function readSessionFile(path: string): Promise<Session> {
  const read = parseSession(await readFile(path, 'utf8'), 'en');
  if (!read.ok) throw new Error(`${path} does not open: ${read.error.message}`);
  return read.session;
}

/** Saves with Ctrl+S (answering Save As the first time) and returns the session the file holds. */
export async function saveAndRead(app: AppUnderTest, path: string): Promise<Session> {
  const title = await app.page.title();
  if (title.includes('Untitled')) await app.answerSaveDialog(path);
  const previous = await stat(path).then((stats) => stats.mtimeMs, () => -1);
  await leaveTextFields(app.page);
  await app.page.keyboard.press('Control+s');
  await expect(app.page).not.toHaveTitle(/●/);
  // A clean document is saved too: wait for the file itself to be written.
  await expect.poll(() => stat(path).then((stats) => stats.mtimeMs, () => -1)).not.toBe(previous);
  return readSessionFile(path);
}

/** A session without the moment it was saved, for comparing two saves of the same work. */
export function withoutSaveTime(session: Session): Omit<Session, 'updatedAt'> {
  const { updatedAt: _updatedAt, ...rest } = session;
  return rest;
}
