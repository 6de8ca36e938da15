import type { Stats } from 'node:fs';
import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SESSION_BYTES, sampleSession, serializeSession, SESSION_VERSION, type Session } from '../../../shared';
import { writeFileAtomic } from '../../../electron/main/services/atomic-write';
import { createSessionFiles } from '../../../electron/main/services/session-files';
import { recordingFs } from './fixtures/recording-fs';
import { sessionOfFileSize } from './fixtures/sized-session';

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
