import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleSession, serializeSession, SESSION_VERSION } from '../../../shared';
import { olderVersionOf } from '../../../shared/session/newer-version';
import { formatUpgradeChoices, formatUpgradeQuestion } from '../../../electron/main/dialog-options';
import { realHandlers } from './handler-setup';

// A version-1 file is never written over without the facilitator knowing it will then need
// this Pickwise or a newer one: Save asks the first time, and once the file is in the current
// format it does not ask again (session-handlers.ts, saveSession).

const FIXTURE = new URL('../../fixtures/session-v1.pickwise', import.meta.url);

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-upgrade-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The committed version-1 file, copied into the folder and opened in a window. */
async function openedVersion1() {
  const setup = realHandlers(folder);
  const file = join(folder, 'pilot.pickwise');
  await copyFile(FIXTURE, file);
  setup.answers.open.push(file);
  const opened = await setup.handlers.openSession(setup.window);
  if (opened.status !== 'opened') throw new Error(`the fixture did not open: ${opened.status}`);
  expect(opened.migratedFrom).toBe(1);
  return { ...setup, file, session: opened.session, original: await readFile(file, 'utf8') };
}

describe('saving a file an earlier Pickwise made', () => {
  it('asks first, and Cancel leaves the file as it was', async () => {
    const { handlers, window, answers, shown, file, session, original } = await openedVersion1();
    answers.formatUpgrade.push('cancel');
    expect(await handlers.saveSession(window, { session })).toEqual({ status: 'cancelled' });
    expect(shown.formatPrompts).toEqual([{ fileName: 'pilot.pickwise', fromVersion: 1 }]);
    expect(await readFile(file, 'utf8')).toBe(original);
  });

  it('saves in the current format when told to, and does not ask again', async () => {
    const { handlers, window, answers, shown, file, session } = await openedVersion1();
    answers.formatUpgrade.push('save');
    expect(await handlers.saveSession(window, { session })).toEqual({ status: 'saved', fileName: 'pilot.pickwise' });
    expect(await readFile(file, 'utf8')).toBe(serializeSession(session));
    expect(await handlers.saveSession(window, { session })).toEqual({ status: 'saved', fileName: 'pilot.pickwise' });
    expect(shown.formatPrompts).toHaveLength(1);
    expect(shown.externalPrompts).toEqual([]);
  });

  it('keeps the original for earlier Pickwise versions with Save As', async () => {
    const { handlers, window, answers, shown, file, session, original } = await openedVersion1();
    const copy = join(folder, 'pilot v2.pickwise');
    answers.formatUpgrade.push('save-as');
    answers.save.push(copy);
    expect(await handlers.saveSession(window, { session })).toEqual({ status: 'saved', fileName: 'pilot v2.pickwise' });
    expect(await readFile(file, 'utf8')).toBe(original);
    expect(JSON.parse(await readFile(copy, 'utf8')).version).toBe(SESSION_VERSION);
    // The window now holds the copy, which is current: no more questions.
    expect(await handlers.saveSession(window, { session })).toMatchObject({ status: 'saved' });
    expect(shown.formatPrompts).toHaveLength(1);
  });

  it('asks about a version-1 file whose keys another tool reordered, as Open found it', async () => {
    const { handlers, window, answers, shown } = realHandlers(folder);
    const file = join(folder, 'sorted.pickwise');
    const data = JSON.parse(await readFile(FIXTURE, 'utf8')) as Record<string, unknown>;
    const { format, version, ...rest } = data;
    await writeFile(file, JSON.stringify({ ...rest, version, format }, null, 2));
    answers.open.push(file);
    const opened = await handlers.openSession(window);
    if (opened.status !== 'opened') throw new Error(opened.status);
    answers.formatUpgrade.push('cancel');
    expect(await handlers.saveSession(window, { session: opened.session })).toEqual({ status: 'cancelled' });
    expect(shown.formatPrompts).toEqual([{ fileName: 'sorted.pickwise', fromVersion: 1 }]);
  });

  it('asks about a change on disk first, then about the format, and writes only when both say so', async () => {
    const { handlers, window, answers, shown, file, session, original } = await openedVersion1();
    await writeFile(file, `${original}\n`);
    answers.external.push('overwrite');
    answers.formatUpgrade.push('save');
    expect(await handlers.saveSession(window, { session })).toEqual({ status: 'saved', fileName: 'pilot.pickwise' });
    expect(shown.externalPrompts).toEqual(['pilot.pickwise']);
    expect(shown.formatPrompts).toEqual([{ fileName: 'pilot.pickwise', fromVersion: 1 }]);
    expect(await readFile(file, 'utf8')).toBe(serializeSession(session));
  });

  it('does not ask about a current file, a file that is not a session, or none at all', async () => {
    const { handlers, window, answers, shown } = realHandlers(folder);
    const current = join(folder, 'current.pickwise');
    answers.save.push(current);
    expect(await handlers.saveSessionAs(window, { session: sampleSession, suggestedName: 'current' })).toMatchObject({ status: 'saved' });
    expect(await handlers.saveSession(window, { session: sampleSession })).toMatchObject({ status: 'saved' });
    // Someone replaced it with something else: the external-change question is the one to ask.
    await writeFile(current, 'not a session');
    answers.external.push('overwrite');
    expect(await handlers.saveSession(window, { session: sampleSession })).toMatchObject({ status: 'saved' });
    expect(shown.formatPrompts).toEqual([]);
    expect(shown.externalPrompts).toEqual(['current.pickwise']);
    // A window with no file yet saves through the save dialog, with nothing to ask about.
    const fresh = realHandlers(folder);
    fresh.answers.save.push(join(folder, 'new.pickwise'));
    expect(await fresh.handlers.saveSession(fresh.window, { session: sampleSession })).toEqual({ status: 'saved', fileName: 'new.pickwise' });
    expect(fresh.shown.saveDialogs).toBe(1);
    expect(fresh.shown.formatPrompts).toEqual([]);
  });
});

describe('the question', () => {
  it('names the file and both formats, and offers Save, Save As and Cancel, Save first', () => {
    const options = formatUpgradeQuestion('pilot.pickwise', 1, 'en');
    expect(options.message).toBe('Save “pilot.pickwise” in the new session format?');
    expect(options.detail).toContain('made by an earlier Pickwise (session format 1)');
    expect(options.detail).toContain(`it uses format ${SESSION_VERSION}`);
    expect(options.detail).toContain('will not open it');
    expect(options.buttons).toEqual(['Save', 'Save As…', 'Cancel']);
    expect(formatUpgradeChoices).toEqual(['save', 'save-as', 'cancel']);
    expect([options.defaultId, options.cancelId]).toEqual([0, 2]);
  });
});

describe('olderVersionOf, the head of a file', () => {
  it.each([
    ['{"format": "pickwise-session", "version": 1, "id": "x"}', 1],
    ['\uFEFF{\n  "format": "pickwise-session",\n  "version": 0,\n', 0],
    [serializeSession(sampleSession).slice(0, 200), null],
    ['{"format": "pickwise-session", "version": 9}', null],
    ['{"format": "trello", "version": 1}', null],
    ['{"version": 1, "format": "pickwise-session"}', null],
    ['{"format": "pickwise-session", "version": -1}', null],
    ['not json', null],
  ])('%j is %s', (head, version) => {
    expect(olderVersionOf(head)).toBe(version);
  });
});
