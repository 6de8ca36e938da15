import type { Stats } from 'node:fs';
import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embedSessionInPng, MAX_SESSION_BYTES, sampleSession, serializeSession, SESSION_VERSION, type Session } from '../../../shared';
import { writeFileAtomic } from '../../../electron/main/services/atomic-write';
import { createSessionFiles, describeFsError, openedDocument } from '../../../electron/main/services/session-files';
import { IMAGE } from '../shared/hostile-png';
import { recordingFs } from './fixtures/recording-fs';
import { sessionOfFileSize } from './fixtures/sized-session';
import { renameHeldFor } from './fixtures/held-rename';

const titled = (title: string): Session => ({ ...sampleSession, frame: { ...sampleSession.frame, title } });

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-files-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('atomic writes', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    const target = join(folder, 'a.pickwise');
    await writeFile(target, 'old');
    await writeFileAtomic(fs, target, 'new content');
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(folder)).toEqual(['a.pickwise']);
  });

  it('keeps the old file when the write fails half way, and cleans up', async () => {
    const target = join(folder, 'a.pickwise');
    await writeFile(target, 'old');
    const failingRename = { ...fs, rename: async () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })) };
    await expect(writeFileAtomic(failingRename, target, 'new')).rejects.toThrow('disk full');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['a.pickwise']);
  });

  it('removes temporary files an interrupted save left beside the target', async () => {
    const target = join(folder, 'a.pickwise');
    await writeFile(join(folder, '.a.pickwise.pickwise-tmp-deadbeef0000'), 'half');
    await writeFile(join(folder, 'other.txt'), 'keep');
    await writeFileAtomic(fs, target, 'whole');
    expect((await readdir(folder)).sort()).toEqual(['a.pickwise', 'other.txt']);
  });
});

describe('session files', () => {
  const files = createSessionFiles(fs);

  it('writes a session and reads back the same session', async () => {
    const path = join(folder, 'sample.pickwise');
    const written = await files.write(path, sampleSession);
    expect(written).toMatchObject({ ok: true });
    expect(await readFile(path, 'utf8')).toBe(serializeSession(sampleSession));
    const read = await files.read(path);
    expect(read).toMatchObject({ ok: true, fileName: 'sample.pickwise', migratedFrom: null });
    // What was written and what is read back carry the same fingerprint (external changes).
    if (read.ok && written.ok) expect(read.fingerprint).toMatchObject({ sha256: written.fingerprint?.sha256, size: written.fingerprint?.size });
    expect(await files.fingerprint(path)).toEqual(read.ok ? { status: 'taken', fingerprint: read.fingerprint } : null);
    expect(await files.fingerprint(join(folder, 'missing.pickwise'))).toEqual({ status: 'missing' });
    if (read.ok) expect(read.session).toEqual(sampleSession);
  });

  it('queues saves to one file: each starts after the one before has renamed, and the last one wins', async () => {
    const path = join(folder, 'queued.pickwise');
    const { fs: recording, calls } = recordingFs();
    const queued = createSessionFiles(recording);
    const titles = ['one', 'two', 'three'];
    await Promise.all(titles.map((title) => queued.write(path, titled(title))));
    const steps = calls.filter((call) => (call.op === 'open' && call.detail === 'wx') || call.op === 'rename').map((call) => call.op);
    expect(steps).toEqual(['open', 'rename', 'open', 'rename', 'open', 'rename']);
    const read = await files.read(path);
    expect(read.ok && read.session.frame.title).toBe('three');
  });

  it('queues saves to one file so the last one wins (real file system, five at once)', async () => {
    const path = join(folder, 'queued.pickwise');
    const titles = ['one', 'two', 'three', 'four', 'five'];
    await Promise.all(titles.map((title) => files.write(path, { ...sampleSession, frame: { ...sampleSession.frame, title } })));
    const read = await files.read(path);
    expect(read.ok && read.session.frame.title).toBe('five');
    expect(await readdir(folder)).toEqual(['queued.pickwise']);
  });

  it('names the file and the reason when it cannot be read', async () => {
    const missing = await files.read(join(folder, 'gone.pickwise'));
    expect(missing).toMatchObject({ ok: false, error: { code: 'ENOENT', fileName: 'gone.pickwise' } });
    if (!missing.ok) expect(missing.error.message).toMatch(/“gone\.pickwise” could not be opened\. The file .* no longer exists/);

    const notJson = join(folder, 'notes.pickwise');
    await writeFile(notJson, 'hello, this is not a session');
    const invalid = await files.read(notJson);
    expect(invalid).toMatchObject({ ok: false, error: { fileName: 'notes.pickwise' } });
    if (!invalid.ok) expect(invalid.error.message.startsWith('“notes.pickwise” could not be opened.')).toBe(true);
  });

  it('refuses a folder', async () => {
    expect(await files.read(folder)).toMatchObject({ ok: false, error: { code: 'not-a-file' } });
  });

  it('refuses a file over the size limit before reading it', async () => {
    let readCalled = false;
    const hugeFs = {
      ...fs,
      stat: async () => ({ isFile: () => true, size: 60 * 1024 * 1024 }) as unknown as Stats,
      readFile: (async () => {
        readCalled = true;
        return '';
      }) as unknown as typeof fs.readFile,
    };
    const result = await createSessionFiles(hugeFs).read(join(folder, 'huge.pickwise'));
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    if (!result.ok) expect(result.error.message).toContain('60 MB');
    expect(readCalled).toBe(false);
  });

  it('says why a save failed and leaves no half-written file', async () => {
    const path = join(folder, 'no-such-folder', 'a.pickwise');
    const result = await files.write(path, sampleSession);
    expect(result).toMatchObject({ ok: false, error: { code: 'ENOENT', fileName: 'a.pickwise' } });
    if (!result.ok) expect(result.error.message).toMatch(/could not be saved/);
  });

  it('refuses to save a session whose file Open would refuse as too large: the file stays, nothing is written', async () => {
    const path = join(folder, 'big.pickwise');
    await files.write(path, titled('Small'));
    const before = await readFile(path, 'utf8');
    const { fs: recording, calls } = recordingFs();
    const result = await createSessionFiles(recording).write(path, sessionOfFileSize(MAX_SESSION_BYTES + 1));
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', fileName: 'big.pickwise' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/^“big\.pickwise” was not saved\. The session would make a file of 50\.1 MB, and Pickwise opens session files of at most 50 MB\./);
    }
    expect(calls).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readdir(folder)).toEqual(['big.pickwise']);
  });

  it('a session exactly at the limit is saved and opens again', async () => {
    const path = join(folder, 'edge.pickwise');
    expect(await files.write(path, sessionOfFileSize(MAX_SESSION_BYTES))).toMatchObject({ ok: true });
    expect((await stat(path)).size).toBe(MAX_SESSION_BYTES);
    expect(await files.read(path)).toMatchObject({ ok: true });
  });

  it('never replaces a file written by a newer Pickwise, and says which version it is', async () => {
    const path = join(folder, 'newer.pickwise');
    const newer = serializeSession(sampleSession).replace(`"version": ${SESSION_VERSION}`, `"version": ${SESSION_VERSION + 1}`);
    await writeFile(path, newer);
    const result = await files.write(path, titled('Mine'));
    expect(result).toMatchObject({ ok: false, error: { code: 'newer-version', fileName: 'newer.pickwise' } });
    if (!result.ok) {
      expect(result.error.message).toContain('“newer.pickwise” was not saved over the file there.');
      expect(result.error.message).toContain(`session version ${SESSION_VERSION + 1}`);
      expect(result.error.message).toContain('Save As');
    }
    expect(await readFile(path, 'utf8')).toBe(newer);
    // Open refuses the same file for the same reason, with the same words.
    const opened = await files.read(path);
    expect(opened).toMatchObject({ ok: false, error: { code: 'unsupported-version' } });
    if (!opened.ok && !result.ok) expect(result.error.message).toContain(opened.error.message.replace('“newer.pickwise” could not be opened. ', ''));
  });

  it('tells a missing file from one it cannot fingerprint (a folder, too large)', async () => {
    expect(await files.fingerprint(join(folder, 'gone.pickwise'))).toEqual({ status: 'missing' });
    expect(await files.fingerprint(folder)).toEqual({ status: 'unavailable', reason: 'It is no longer a file.' });
    const huge = join(folder, 'huge.pickwise');
    await writeFile(huge, '');
    await truncate(huge, MAX_SESSION_BYTES + 1);
    expect(await files.fingerprint(huge)).toEqual({ status: 'unavailable', reason: 'It is 50.1 MB; session files may be at most 50 MB.' });
  });
});

const fsError = (code: string | undefined, message = `${code}: refused`) => Object.assign(new Error(message), code === undefined ? {} : { code });

describe('a session read out of a chart image', () => {
  it('opens the session, untitled, so Save never writes over the picture', async () => {
    const path = join(folder, 'chart.png');
    await writeFile(path, embedSessionInPng(IMAGE, serializeSession(titled('From the chart'))));
    const read = await createSessionFiles(fs).read(path);
    expect(read).toMatchObject({ ok: true, fromImage: true, fileName: 'chart.png' });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.session.frame.title).toBe('From the chart');
    expect(openedDocument(path, read)).toEqual({ document: { filePath: null, fileFingerprint: null, olderFormat: null }, fileName: null });
    const plain = join(folder, 'plain.pickwise');
    await writeFile(plain, serializeSession(sampleSession));
    const readPlain = await createSessionFiles(fs).read(plain);
    if (!readPlain.ok) throw new Error(readPlain.error.message);
    expect(readPlain.fromImage).toBe(false);
    expect(openedDocument(plain, readPlain)).toEqual({ document: { filePath: plain, fileFingerprint: readPlain.fingerprint, olderFormat: null }, fileName: 'plain.pickwise' });
  });

  it('explains a picture without a session, and a damaged picture', async () => {
    const bare = join(folder, 'photo.png');
    await writeFile(bare, IMAGE);
    expect(await createSessionFiles(fs).read(bare)).toEqual({
      ok: false,
      error: {
        code: 'no-session-in-image',
        fileName: 'photo.png',
        message: '“photo.png” could not be opened. It is a picture without a Pickwise session inside. Only charts exported from Pickwise as PNG carry one.',
      },
    });
    const cut = join(folder, 'cut.png');
    const whole = embedSessionInPng(IMAGE, serializeSession(sampleSession));
    await writeFile(cut, whole.subarray(0, whole.length - 20));
    const read = await createSessionFiles(fs).read(cut);
    expect(read).toMatchObject({ ok: false, error: { code: 'damaged-image', fileName: 'cut.png' } });
    expect(read.ok ? '' : read.error.message).toMatch(/^“cut\.png” could not be opened\. This PNG image is damaged \(/);
  });
});

describe('reading a session file that fails', () => {
  it('says a folder is a folder', async () => {
    expect(await createSessionFiles(fs).read(folder)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/could not be opened\. It is a folder, not a session file\.$/) } });
  });

  it('names the reason when the file cannot be read after it was found', async () => {
    const path = join(folder, 'locked.pickwise');
    await writeFile(path, serializeSession(sampleSession));
    const lockedFs = { ...fs, readFile: (async () => Promise.reject(fsError('EACCES'))) as unknown as typeof fs.readFile };
    expect(await createSessionFiles(lockedFs).read(path)).toEqual({
      ok: false,
      error: { code: 'EACCES', fileName: 'locked.pickwise', message: '“locked.pickwise” could not be opened. You do not have permission to use this file.' },
    });
    const oddFs = { ...fs, readFile: (async () => Promise.reject(new Error('the drive went away'))) as unknown as typeof fs.readFile };
    expect(await createSessionFiles(oddFs).read(path)).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: '“locked.pickwise” could not be opened. The system reported: the drive went away' },
    });
  });

  it('refuses a file that grew past the limit between looking and reading', async () => {
    const path = join(folder, 'growing.pickwise');
    await writeFile(path, serializeSession(sampleSession));
    const growingFs = { ...fs, readFile: (async () => new Uint8Array(MAX_SESSION_BYTES + 1)) as unknown as typeof fs.readFile };
    expect(await createSessionFiles(growingFs).read(path)).toMatchObject({
      ok: false,
      error: { code: 'too-large', message: '“growing.pickwise” could not be opened. It is 50.1 MB; session files may be at most 50 MB.' },
    });
  });

  it('reports nothing to the error log for a plain damaged file', async () => {
    const path = join(folder, 'damaged.pickwise');
    await writeFile(path, '{"format": "pickwise-session"');
    const faults: string[] = [];
    await createSessionFiles(fs, { recordFault: (fileName) => void faults.push(fileName) }).read(path);
    expect(faults).toEqual([]);
  });

  it('tells a file it may not read from a missing one when fingerprinting', async () => {
    const lockedFs = { ...fs, stat: (async () => Promise.reject(fsError('EACCES'))) as unknown as typeof fs.stat };
    expect(await createSessionFiles(lockedFs).fingerprint(join(folder, 'x.pickwise'))).toEqual({
      status: 'unavailable',
      reason: 'You do not have permission to use this file.',
    });
  });
});

describe('saving a session file that fails', () => {
  it('does not save over a file it may not look into first', async () => {
    const path = join(folder, 'guarded.pickwise');
    await writeFile(path, 'theirs');
    const guardedFs = {
      ...fs,
      open: (async (target: string, flags: string, mode?: number) =>
        target === path && flags === 'r' ? Promise.reject(fsError('EACCES')) : fs.open(target, flags, mode)) as typeof fs.open,
    };
    expect(await createSessionFiles(guardedFs).write(path, sampleSession)).toEqual({
      ok: false,
      error: { code: 'EACCES', fileName: 'guarded.pickwise', message: '“guarded.pickwise” could not be saved. You do not have permission to use this file.' },
    });
    expect(await readFile(path, 'utf8')).toBe('theirs');
  });

  it('closes the file it looked into before replacing it (Windows refuses to replace an open file)', async () => {
    const path = join(folder, 'looked.pickwise');
    await writeFile(path, serializeSession(sampleSession));
    const { fs: recording, calls } = recordingFs();
    expect(await createSessionFiles(recording).write(path, titled('Mine'))).toMatchObject({ ok: true });
    const looked = calls.filter((call) => call.path === path && (call.op === 'open' || call.op === 'close'));
    expect(looked.map((call) => call.op)).toEqual(['open', 'close']);
    expect(calls.indexOf(looked[1]!)).toBeLessThan(calls.findIndex((call) => call.op === 'rename'));
  });

  it('is saved, without a fingerprint, when the file cannot be looked at after writing', async () => {
    const path = join(folder, 'written.pickwise');
    let renamed = false;
    const blindFs = {
      ...fs,
      rename: async (from: string, to: string) => {
        await fs.rename(from, to);
        renamed = true;
      },
      stat: (async (target: string) => (renamed ? Promise.reject(fsError('EIO')) : fs.stat(target))) as typeof fs.stat,
    };
    expect(await createSessionFiles(blindFs).write(path, sampleSession)).toEqual({ ok: true, fingerprint: null });
    expect(await readFile(path, 'utf8')).toBe(serializeSession(sampleSession));
  });
});

describe('what the facilitator is told about a file-system error', () => {
  it('has words for each kind of failure', () => {
    expect(describeFsError(fsError('ENOENT'), 'en')).toBe('The file or its folder no longer exists.');
    expect(describeFsError(fsError('EACCES'), 'en')).toBe('You do not have permission to use this file.');
    expect(describeFsError(fsError('EPERM'), 'en')).toBe('You do not have permission to use this file.');
    expect(describeFsError(fsError('EISDIR'), 'en')).toBe('It is a folder, not a file.');
    expect(describeFsError(fsError('ENOSPC'), 'en')).toBe('The disk is full.');
    expect(describeFsError(fsError('EROFS'), 'en')).toBe('The disk is read-only.');
    expect(describeFsError(fsError('EBUSY'), 'en')).toBe('Another program is using the file.');
    expect(describeFsError(fsError('read-only'), 'en')).toBe('The file is read-only: choose another name, or make the file writable first.');
    expect(describeFsError(fsError('ELOOP'), 'en')).toBe('Its symbolic links lead round in a circle.');
    expect(describeFsError(fsError('EXDEV', 'EXDEV: cross-device link'), 'en')).toBe('The system reported: EXDEV: cross-device link');
    expect(describeFsError(fsError(undefined, 'no code at all'), 'en')).toBe('The system reported: no code at all');
    expect(describeFsError('a thrown text', 'en')).toBe('The system reported: a thrown text');
    expect(describeFsError(undefined, 'en')).toBe('The system reported: undefined');
    expect(describeFsError(Object.assign(fsError(undefined, 'numbered'), { code: 5 }), 'en')).toBe('The system reported: numbered');
  });

  it('says how often a locked file was tried, when it was tried more than once', () => {
    const locked = (attempts: unknown) => Object.assign(fsError('EBUSY'), { attempts });
    expect(describeFsError(locked(5), 'en')).toBe(
      'Another program is using the file. Pickwise tried 5 times; perhaps a virus scanner or a sync tool holds the file open. Try again in a moment.',
    );
    expect(describeFsError(Object.assign(fsError('EPERM'), { attempts: 2 }), 'en')).toMatch(/^You do not have permission to use this file\. Pickwise tried 2 times;/);
    expect(describeFsError(locked(1), 'en')).toBe('Another program is using the file.');
    expect(describeFsError(locked('5'), 'en')).toBe('Another program is using the file.');
  });

  it('speaks the language it is asked in, the system’s own message kept as it is', () => {
    expect(describeFsError(fsError('ENOSPC'), 'de')).toBe('Der Datenträger ist voll.');
    expect(describeFsError(Object.assign(fsError('EBUSY'), { attempts: 3 }), 'es')).toMatch(/^Otro programa está usando el archivo\. Pickwise lo intentó 3 veces;/);
    expect(describeFsError(fsError('EXDEV', 'EXDEV: cross-device link'), 'pt')).toBe('O sistema informou: EXDEV: cross-device link');
  });
});

describe('saves to one file in a row', () => {
  it('the last save wins, even when one before it is slow to finish', async () => {
    const path = join(folder, 'slow.pickwise');
    // The second save's rename waits until the test lets it go.
    const { fs: slowFs, held: secondAtGate, release } = renameHeldFor('"title": "Second"');
    const files = createSessionFiles(slowFs);
    const first = files.write(path, titled('First'));
    const second = files.write(path, titled('Second'));
    await first;
    await secondAtGate;
    // The third save is asked for while the second is still under way.
    const third = files.write(path, titled('Third'));
    for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(await Promise.all([second, third])).toMatchObject([{ ok: true }, { ok: true }]);
    const read = await createSessionFiles(fs).read(path);
    expect(read.ok && read.session.frame.title).toBe('Third');
  });
});

describe('olderFormatAt: the version of the file a save would replace, when it is older', () => {
  it('gives an older file’s version, and null for a current one, one that is not there or one it cannot read', async () => {
    const files = createSessionFiles(fs);
    const older = join(folder, 'older.pickwise');
    await writeFile(older, serializeSession(sampleSession).replace(`"version": ${SESSION_VERSION},`, `"version": ${SESSION_VERSION - 1},`));
    expect(await files.olderFormatAt(older)).toBe(SESSION_VERSION - 1);
    const current = join(folder, 'current.pickwise');
    await writeFile(current, serializeSession(sampleSession));
    expect(await files.olderFormatAt(current)).toBeNull();
    expect(await files.olderFormatAt(join(folder, 'gone.pickwise'))).toBeNull();
    // A folder where the file should be: the head cannot be read, which the external-change check reports.
    expect(await files.olderFormatAt(folder)).toBeNull();
  });
});
