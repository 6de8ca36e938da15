import { mkdir, mkdtemp, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SESSION_BYTES, sampleSession, serializeSession, SESSION_VERSION, type Session } from '../../../shared';
import { fileChanged, fingerprintOf } from '../../../electron/main/services/file-fingerprint';
import { realHandlers } from './handler-setup';
import { sessionOfFileSize } from './fixtures/sized-session';

// A file changed on disk by someone else is not silently overwritten; a newer-version file is
// refused and can never be written over.

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-external-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const titled = (title: string): Session => ({ ...sampleSession, frame: { ...sampleSession.frame, title } });

async function savedWorkshop() {
  const setup = realHandlers(folder);
  const file = join(folder, 'workshop.pickwise');
  setup.answers.save.push(file);
  expect((await setup.handlers.saveSessionAs(setup.window, { session: titled('Mine'), suggestedName: 'workshop' })).status).toBe('saved');
  return { ...setup, file };
}

describe('fingerprints', () => {
  it('tell a changed file by size or content, not by its time alone', () => {
    const known = fingerprintOf('abc', { mtimeMs: 1, size: 3 });
    expect(fileChanged(known, fingerprintOf('abc', { mtimeMs: 99, size: 3 }))).toBe(false);
    expect(fileChanged(known, fingerprintOf('abd', { mtimeMs: 1, size: 3 }))).toBe(true);
    expect(fileChanged(known, fingerprintOf('abcd', { mtimeMs: 1, size: 4 }))).toBe(true);
  });
});

describe('saving over a file that changed on disk', () => {
  it('saves without asking when nobody else touched the file (even if its time changed)', async () => {
    const { handlers, shown, file, window } = await savedWorkshop();
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    expect(await handlers.saveSession(window, { session: titled('Mine, again') })).toEqual({ status: 'saved', fileName: 'workshop.pickwise' });
    expect(shown.externalPrompts).toEqual([]);
  });

  it('asks, and Cancel leaves the other version on disk', async () => {
    const { handlers, shown, file, window } = await savedWorkshop();
    const theirs = serializeSession(titled('Theirs'));
    await writeFile(file, theirs);
    expect(await handlers.saveSession(window, { session: titled('Mine, edited') })).toEqual({ status: 'cancelled' });
    expect(shown.externalPrompts).toEqual(['workshop.pickwise']);
    expect(await readFile(file, 'utf8')).toBe(theirs);
  });

  it('Overwrite writes this version, and the next Save does not ask again', async () => {
    const { handlers, answers, shown, file, window } = await savedWorkshop();
    await writeFile(file, serializeSession(titled('Theirs')));
    answers.external.push('overwrite');
    expect((await handlers.saveSession(window, { session: titled('Mine, edited') })).status).toBe('saved');
    expect(JSON.parse(await readFile(file, 'utf8')).frame.title).toBe('Mine, edited');
    expect((await handlers.saveSession(window, { session: titled('Mine, later') })).status).toBe('saved');
    expect(shown.externalPrompts).toHaveLength(1);
  });

  it('Save As writes a new file and keeps the other version', async () => {
    const { handlers, answers, documents, file, window } = await savedWorkshop();
    const theirs = serializeSession(titled('Theirs'));
    await writeFile(file, theirs);
    answers.external.push('save-as');
    answers.save.push(join(folder, 'mine'));
    expect(await handlers.saveSession(window, { session: titled('Mine, edited') })).toEqual({ status: 'saved', fileName: 'mine.pickwise' });
    expect(await readFile(file, 'utf8')).toBe(theirs);
    expect(JSON.parse(await readFile(join(folder, 'mine.pickwise'), 'utf8')).frame.title).toBe('Mine, edited');
    expect(documents.get(1).filePath).toBe(join(folder, 'mine.pickwise'));
  });

  it('Reload returns the file from disk and leaves it as it is', async () => {
    const { handlers, answers, documents, file, window } = await savedWorkshop();
    const theirs = serializeSession(titled('Theirs'));
    await writeFile(file, theirs);
    answers.external.push('reload');
    const result = await handlers.saveSession(window, { session: titled('Mine, edited') });
    expect(result).toMatchObject({ status: 'reloaded', fileName: 'workshop.pickwise' });
    if (result.status === 'reloaded') expect(result.session.frame.title).toBe('Theirs');
    expect(await readFile(file, 'utf8')).toBe(theirs);
    expect(documents.get(1)).toMatchObject({ filePath: file, dirty: false });
    // The reloaded version is now the known one: saving over it does not ask.
    expect((await handlers.saveSession(window, { session: titled('Mine, after reload') })).status).toBe('saved');
  });

  it('Reload of a file that is no longer a session explains why and writes nothing', async () => {
    const { handlers, answers, shown, file, window } = await savedWorkshop();
    await writeFile(file, '{ "format": "pickwise-session", "vers');
    answers.external.push('reload');
    expect((await handlers.saveSession(window, { session: titled('Mine') })).status).toBe('failed');
    expect(shown.errors[0]?.message).toContain('workshop.pickwise');
    expect(await readFile(file, 'utf8')).toBe('{ "format": "pickwise-session", "vers');
  });

  it('asks before overwriting a file it could not fingerprint (too large), and Cancel leaves it', async () => {
    const { handlers, shown, file, window } = await savedWorkshop();
    await truncate(file, MAX_SESSION_BYTES + 1);
    expect(await handlers.saveSession(window, { session: titled('Mine, edited') })).toEqual({ status: 'cancelled' });
    expect(shown.externalPrompts).toEqual(['workshop.pickwise']);
    expect(shown.uncheckedReasons).toEqual(['It is 50.1 MB; session files may be at most 50 MB.']);
    expect((await stat(file)).size).toBe(MAX_SESSION_BYTES + 1);
  });

  it('Overwrite of a file it could not fingerprint writes this version', async () => {
    const { handlers, answers, shown, file, window } = await savedWorkshop();
    await truncate(file, MAX_SESSION_BYTES + 1);
    answers.external.push('overwrite');
    expect(await handlers.saveSession(window, { session: titled('Mine, edited') })).toEqual({ status: 'saved', fileName: 'workshop.pickwise' });
    expect(JSON.parse(await readFile(file, 'utf8')).frame.title).toBe('Mine, edited');
    expect(shown.externalPrompts).toHaveLength(1);
  });

  it('asks when a folder took the file’s place, and when the window has no record of the file', async () => {
    const first = await savedWorkshop();
    await rm(first.file);
    await mkdir(first.file);
    expect(await first.handlers.saveSession(first.window, { session: titled('Mine') })).toEqual({ status: 'cancelled' });
    expect(first.shown.uncheckedReasons).toEqual(['It is no longer a file.']);

    await rm(first.file, { recursive: true });
    const second = await savedWorkshop();
    second.documents.update(1, { fileFingerprint: null });
    expect(await second.handlers.saveSession(second.window, { session: titled('Mine') })).toEqual({ status: 'cancelled' });
    expect(second.shown.uncheckedReasons).toEqual(['Pickwise has no record of what the file held when this window took it on.']);
  });

  it('a file that was deleted meanwhile is simply written again', async () => {
    const { handlers, shown, file, window } = await savedWorkshop();
    await rm(file);
    expect((await handlers.saveSession(window, { session: titled('Mine') })).status).toBe('saved');
    expect(shown.externalPrompts).toEqual([]);
  });
});

describe('a file from a newer Pickwise', () => {
  it('is refused untouched, and Save keeps writing to the previous file', async () => {
    const { handlers, answers, shown, documents, file, window } = await savedWorkshop();
    const newer = join(folder, 'newer.pickwise');
    const newerText = serializeSession(sampleSession).replace(`"version": ${SESSION_VERSION}`, `"version": ${SESSION_VERSION + 1}`);
    await writeFile(newer, newerText);
    answers.open.push(newer);
    const opened = await handlers.openSession(window);
    expect(opened).toMatchObject({ status: 'failed', error: { code: 'unsupported-version', fileName: 'newer.pickwise' } });
    expect(shown.errors[0]?.message).toContain(`version ${SESSION_VERSION + 1}`);
    expect(documents.get(1).filePath).toBe(file);

    expect(await handlers.saveSession(window, { session: titled('Still mine') })).toEqual({ status: 'saved', fileName: 'workshop.pickwise' });
    expect(JSON.parse(await readFile(file, 'utf8')).frame.title).toBe('Still mine');
    expect(await readFile(newer, 'utf8')).toBe(newerText);
    expect(shown.saveDialogs).toBe(1);
  });
});

describe('never writing over a newer Pickwise’s file', () => {
  const newerText = () => serializeSession(titled('From the future')).replace(`"version": ${SESSION_VERSION}`, `"version": ${SESSION_VERSION + 1}`);

  it('Overwrite in the external-change prompt is refused with a message naming the version', async () => {
    const { handlers, answers, shown, documents, file, window } = await savedWorkshop();
    await writeFile(file, newerText());
    answers.external.push('overwrite');
    const result = await handlers.saveSession(window, { session: titled('Mine, edited') });
    expect(result).toMatchObject({ status: 'failed', error: { code: 'newer-version', fileName: 'workshop.pickwise' } });
    expect(shown.externalPrompts).toEqual(['workshop.pickwise']);
    expect(shown.errors.map((error) => error.message)).toEqual([expect.stringContaining(`session version ${SESSION_VERSION + 1}`)]);
    expect(shown.errors[0]!.message).toMatch(/^“workshop\.pickwise” was not saved over the file there\./);
    expect(await readFile(file, 'utf8')).toBe(newerText());
    expect(documents.get(1).filePath).toBe(file);
  });

  it('a newer file too large to fingerprint is refused too: its head says which Pickwise wrote it', async () => {
    const { handlers, answers, shown, file, window } = await savedWorkshop();
    await writeFile(file, newerText());
    await truncate(file, MAX_SESSION_BYTES + 1);
    answers.external.push('overwrite');
    expect(await handlers.saveSession(window, { session: titled('Mine') })).toMatchObject({ status: 'failed', error: { code: 'newer-version' } });
    expect(shown.uncheckedReasons).toEqual(['It is 50.1 MB; session files may be at most 50 MB.']);
    expect((await stat(file)).size).toBe(MAX_SESSION_BYTES + 1);
    expect((await readFile(file, 'utf8')).startsWith(newerText())).toBe(true);
  });

  it('Save As onto a newer Pickwise’s file is refused, and the window keeps its own file', async () => {
    const { handlers, answers, shown, documents, file, window } = await savedWorkshop();
    const newer = join(folder, 'future.pickwise');
    await writeFile(newer, newerText());
    answers.save.push(newer);
    const result = await handlers.saveSessionAs(window, { session: titled('Mine'), suggestedName: 'future' });
    expect(result).toMatchObject({ status: 'failed', error: { code: 'newer-version', fileName: 'future.pickwise' } });
    expect(shown.errors[0]?.message).toContain(`session version ${SESSION_VERSION + 1}`);
    expect(await readFile(newer, 'utf8')).toBe(newerText());
    expect(documents.get(1).filePath).toBe(file);
  });

  it('Save As from the external-change prompt onto a newer Pickwise’s file is refused as well', async () => {
    const { handlers, answers, file, window } = await savedWorkshop();
    await writeFile(file, serializeSession(titled('Theirs')));
    const newer = join(folder, 'future.pickwise');
    await writeFile(newer, newerText());
    answers.external.push('save-as');
    answers.save.push(newer);
    expect(await handlers.saveSession(window, { session: titled('Mine') })).toMatchObject({ status: 'failed', error: { code: 'newer-version' } });
    expect(await readFile(newer, 'utf8')).toBe(newerText());
  });
});

describe('a session too large to reopen', () => {
  it('Save and Save As refuse it with a message naming the file and the size; the file and the window stay as they were', async () => {
    const { handlers, answers, shown, documents, file, window } = await savedWorkshop();
    const before = await readFile(file, 'utf8');
    const known = documents.get(1);
    const big = sessionOfFileSize(MAX_SESSION_BYTES + 1);

    const saved = await handlers.saveSession(window, { session: big });
    expect(saved).toMatchObject({ status: 'failed', error: { code: 'too-large', fileName: 'workshop.pickwise' } });
    expect(shown.errors[0]?.message).toMatch(/^“workshop\.pickwise” was not saved\. The session would make a file of 50\.1 MB, and Pickwise opens session files of at most 50 MB\./);
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(documents.get(1)).toEqual(known);

    answers.save.push(join(folder, 'copy'));
    expect(await handlers.saveSessionAs(window, { session: big, suggestedName: 'copy' })).toMatchObject({ status: 'failed', error: { code: 'too-large', fileName: 'copy.pickwise' } });
    await expect(stat(join(folder, 'copy.pickwise'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(documents.get(1)).toEqual(known);
    expect(shown.errors).toHaveLength(2);
  });
});

