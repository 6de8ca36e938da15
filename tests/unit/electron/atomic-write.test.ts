import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RENAME_RETRY_DELAYS_MS, writeFileAtomic } from '../../../electron/main/services/atomic-write';
import { createSessionFiles } from '../../../electron/main/services/session-files';
import { sampleSession } from '../../../shared';
import { recordingFs, type FsCall } from './fixtures/recording-fs';

// The atomic writer on a real temporary folder, through a file system that records the order
// of its calls and can make any of them fail.

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-atomic-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const isTemporary = (path: string) => basename(path).includes('.pickwise-tmp-');
const failure = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
/** A sleep that only records how long the writer asked to wait. */
function recordedSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (milliseconds: number) => void waits.push(milliseconds) };
}

/** The calls that decide durability, as `op path` with the temporary file's random part hidden. */
function durabilitySteps(calls: FsCall[], target: string): string[] {
  const name = (path: string) => (isTemporary(path) ? 'temp' : path === target ? 'target' : path === dirname(target) ? 'folder' : path);
  return calls
    .filter((call) => ['open', 'writeFile', 'sync', 'close', 'rename'].includes(call.op))
    .filter((call) => !(call.op === 'open' && call.detail === 'r' && call.path === target))
    .map((call) => `${call.op} ${name(call.path)}${call.op === 'rename' ? ` → ${name(call.detail!)}` : ''}`);
}

describe('the order of an atomic write (POSIX)', () => {
  it('flushes the temporary file before the rename, and the folder after it', async () => {
    const target = join(folder, 'a.pickwise');
    await writeFile(target, 'old');
    const { fs, calls } = recordingFs();
    await writeFileAtomic(fs, target, 'new', { platform: 'linux' });
    expect(durabilitySteps(calls, target)).toEqual([
      'open temp',
      'writeFile temp',
      'sync temp',
      'close temp',
      'rename temp → target',
      'open folder',
      'sync folder',
      'close folder',
    ]);
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('on Windows, which cannot open a folder, skips the folder flush by platform', async () => {
    const target = join(folder, 'a.pickwise');
    const { fs, calls } = recordingFs();
    await writeFileAtomic(fs, target, 'new', { platform: 'win32' });
    expect(durabilitySteps(calls, target)).toEqual(['open temp', 'writeFile temp', 'sync temp', 'close temp', 'rename temp → target']);
    expect(calls.some((call) => call.path === folder && call.op === 'open')).toBe(false);
  });

  it('a failing flush of the temporary file stops the save before the rename, and the old file stays', async () => {
    const target = join(folder, 'a.pickwise');
    await writeFile(target, 'old');
    const { fs, calls } = recordingFs({
      before: (call) => {
        if (call.op === 'sync' && isTemporary(call.path)) throw failure('EIO');
      },
    });
    await expect(writeFileAtomic(fs, target, 'new', { platform: 'linux' })).rejects.toMatchObject({ code: 'EIO' });
    expect(calls.some((call) => call.op === 'rename')).toBe(false);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['a.pickwise']);
  });

  it('a folder the file system cannot flush (EINVAL, fsync(2)) still saves; any other flush error is reported', async () => {
    const target = join(folder, 'a.pickwise');
    const unsupported = recordingFs({
      before: (call) => {
        if (call.op === 'sync' && call.path === folder) throw failure('EINVAL');
      },
    });
    await writeFileAtomic(unsupported.fs, target, 'new', { platform: 'linux' });
    expect(await readFile(target, 'utf8')).toBe('new');
    // The folder's handle is closed either way.
    expect(unsupported.calls.filter((call) => call.path === folder).map((call) => call.op)).toEqual(['open', 'sync', 'close', 'readdir']);

    const broken = recordingFs({
      before: (call) => {
        if (call.op === 'sync' && call.path === folder) throw failure('EIO');
      },
    });
    await expect(writeFileAtomic(broken.fs, target, 'newer', { platform: 'linux' })).rejects.toMatchObject({ code: 'EIO' });
    expect(broken.calls.filter((call) => call.path === folder).map((call) => call.op)).toEqual(['open', 'sync', 'close']);
  });
});

describe('permissions', () => {
  it('keeps the mode of the file it replaces, whatever the umask', async () => {
    const target = join(folder, 'shared.pickwise');
    for (const mode of [0o640, 0o600, 0o664, 0o755]) {
      await writeFile(target, 'old');
      await chmod(target, mode);
      await writeFileAtomic(recordingFs().fs, target, `new ${mode.toString(8)}`);
      expect(((await stat(target)).mode & 0o7777).toString(8)).toBe(mode.toString(8));
      expect(await readFile(target, 'utf8')).toBe(`new ${mode.toString(8)}`);
    }
  });

  it('gives a new file the usual mode (0666 less the umask), like any program creating one', async () => {
    const target = join(folder, 'new.pickwise');
    await writeFileAtomic(recordingFs().fs, target, 'new');
    const umask = process.umask();
    expect(((await stat(target)).mode & 0o777).toString(8)).toBe((0o666 & ~umask).toString(8));
  });

  it('refuses to replace a read-only file, and leaves it as it was', async () => {
    const target = join(folder, 'locked.pickwise');
    await writeFile(target, 'old');
    await chmod(target, 0o444);
    await expect(writeFileAtomic(recordingFs().fs, target, 'new')).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(((await stat(target)).mode & 0o777).toString(8)).toBe('444');
    expect(await readdir(folder)).toEqual(['locked.pickwise']);

    const result = await createSessionFiles(recordingFs().fs).write(target, sampleSession);
    expect(result).toMatchObject({ ok: false, error: { fileName: 'locked.pickwise' } });
    if (!result.ok) expect(result.error.message).toBe('“locked.pickwise” could not be saved. The file is read-only: choose another name, or make the file writable first.');
  });
});

describe('symbolic links', () => {
  it('writes through a link to its target: the link stays a link, the temporary file goes beside the target', async () => {
    const real = join(folder, 'real');
    const links = join(folder, 'links');
    await mkdir(real);
    await mkdir(links);
    const target = join(real, 'workshop.pickwise');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    const link = join(links, 'workshop.pickwise');
    await symlink('../real/workshop.pickwise', link);

    const { fs, calls } = recordingFs();
    await writeFileAtomic(fs, link, 'new');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('../real/workshop.pickwise');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(((await stat(target)).mode & 0o777).toString(8)).toBe('640');
    const temporaries = calls.filter((call) => call.op === 'open' && isTemporary(call.path)).map((call) => dirname(call.path));
    expect(temporaries).toEqual([real]);
    expect(calls.find((call) => call.op === 'rename')?.detail).toBe(target);
    expect((await readdir(links)).sort()).toEqual(['workshop.pickwise']);
    expect((await readdir(real)).sort()).toEqual(['workshop.pickwise']);
  });

  it('follows a chain of links, and a link to a file not there yet creates that file', async () => {
    const target = join(folder, 'final.pickwise');
    await symlink(target, join(folder, 'second.pickwise'));
    await symlink('second.pickwise', join(folder, 'first.pickwise'));
    await writeFileAtomic(recordingFs().fs, join(folder, 'first.pickwise'), 'created through two links');
    expect(await readFile(target, 'utf8')).toBe('created through two links');
    expect((await lstat(join(folder, 'first.pickwise'))).isSymbolicLink()).toBe(true);
    expect((await lstat(join(folder, 'second.pickwise'))).isSymbolicLink()).toBe(true);
  });

  it('a circle of links is refused in words', async () => {
    await symlink('b.pickwise', join(folder, 'a.pickwise'));
    await symlink('a.pickwise', join(folder, 'b.pickwise'));
    const result = await createSessionFiles(recordingFs().fs).write(join(folder, 'a.pickwise'), sampleSession);
    expect(result).toMatchObject({ ok: false, error: { code: 'ELOOP', message: '“a.pickwise” could not be saved. Its symbolic links lead round in a circle.' } });
  });
});

describe('a rename refused by a lock (Windows, virus scanners)', () => {
  for (const code of ['EPERM', 'EBUSY', 'EACCES']) {
    it(`${code} is retried with a growing wait, and the save goes through once the lock is gone`, async () => {
      const target = join(folder, 'a.pickwise');
      await writeFile(target, 'old');
      let refusals = 2;
      const { fs, calls } = recordingFs({
        before: (call) => {
          if (call.op === 'rename' && refusals-- > 0) throw failure(code);
        },
      });
      const { waits, sleep } = recordedSleep();
      await writeFileAtomic(fs, target, 'new', { sleep, platform: 'win32' });
      expect(calls.filter((call) => call.op === 'rename')).toHaveLength(3);
      expect(waits).toEqual(RENAME_RETRY_DELAYS_MS.slice(0, 2));
      expect(await readFile(target, 'utf8')).toBe('new');
      expect(await readdir(folder)).toEqual(['a.pickwise']);
    });
  }

  it('a lock that outlasts a few tries (well under a second) is reported in words; the old file stays', async () => {
    const target = join(folder, 'a.pickwise');
    await writeFile(target, 'old');
    const { fs, calls } = recordingFs({
      before: (call) => {
        if (call.op === 'rename') throw failure('EBUSY');
      },
    });
    const { waits, sleep } = recordedSleep();
    const result = await createSessionFiles(fs, { sleep }).write(target, sampleSession);
    const tries = calls.filter((call) => call.op === 'rename').length;
    expect(tries).toBe(RENAME_RETRY_DELAYS_MS.length + 1);
    expect(tries).toBeGreaterThanOrEqual(3);
    expect(waits.reduce((sum, wait) => sum + wait, 0)).toBeLessThan(500);
    expect(result).toMatchObject({ ok: false, error: { code: 'EBUSY', fileName: 'a.pickwise' } });
    if (!result.ok) {
      expect(result.error.message).toBe(
        `“a.pickwise” could not be saved. Another program is using the file. Pickwise tried ${tries} times; perhaps a virus scanner or a sync tool holds the file open. Try again in a moment.`,
      );
    }
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['a.pickwise']);
  });

  it('other rename errors are reported at once, without waiting', async () => {
    const target = join(folder, 'a.pickwise');
    const { fs, calls } = recordingFs({
      before: (call) => {
        if (call.op === 'rename') throw failure('ENOSPC');
      },
    });
    const { waits, sleep } = recordedSleep();
    await expect(writeFileAtomic(fs, target, 'new', { sleep })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(calls.filter((call) => call.op === 'rename')).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('waits for real between tries when no sleep is given', async () => {
    const target = join(folder, 'a.pickwise');
    let refusals = 1;
    const { fs } = recordingFs({
      before: (call) => {
        if (call.op === 'rename' && refusals-- > 0) throw failure('EPERM');
      },
    });
    await writeFileAtomic(fs, target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
  });
});

describe('the atomic writer, the details', () => {
  it('follows 40 links in a row, as Linux does, and refuses the 41st by name', async () => {
    const target = join(folder, 'final.pickwise');
    const chain = async (length: number, prefix: string) => {
      for (let i = length; i >= 1; i -= 1) await symlink(i === length ? target : `${prefix}${i + 1}`, join(folder, `${prefix}${i}`));
      return join(folder, `${prefix}1`);
    };
    await writeFileAtomic(recordingFs().fs, await chain(40, 'forty-'), 'through forty links');
    expect(await readFile(target, 'utf8')).toBe('through forty links');
    const tooLong = await chain(41, 'too-long-');
    await expect(writeFileAtomic(recordingFs().fs, tooLong, 'x')).rejects.toMatchObject({ code: 'ELOOP', message: `Too many symbolic links lead from ${tooLong}.` });
  });

  it('a file it may not look at is reported, not taken for a new file', async () => {
    const target = join(folder, 'a.pickwise');
    await writeFile(target, 'old');
    for (const op of ['lstat', 'stat'] as const) {
      const { fs } = recordingFs({
        before: (call) => {
          if (call.op === op && call.path === target) throw failure('EACCES');
        },
      });
      await expect(writeFileAtomic(fs, target, 'new')).rejects.toMatchObject({ code: 'EACCES' });
      expect(await readFile(target, 'utf8')).toBe('old');
    }
  });

  it('says which file is read-only', async () => {
    const target = join(folder, 'locked.pickwise');
    await writeFile(target, 'old');
    await chmod(target, 0o444);
    await expect(writeFileAtomic(recordingFs().fs, target, 'new')).rejects.toThrow(`${target} is read-only.`);
  });

  it('a folder the file system cannot flush (ENOTSUP) still saves', async () => {
    const target = join(folder, 'a.pickwise');
    const { fs } = recordingFs({
      before: (call) => {
        if (call.op === 'sync' && call.path === folder) throw failure('ENOTSUP');
      },
    });
    await writeFileAtomic(fs, target, 'new', { platform: 'linux' });
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('a folder that cannot be listed for leftovers afterwards does not fail the save', async () => {
    const target = join(folder, 'a.pickwise');
    const { fs } = recordingFs({
      before: (call) => {
        if (call.op === 'readdir') throw failure('EACCES');
      },
    });
    await writeFileAtomic(fs, target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('without a sleep given, the next try waits for its delay to pass', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const target = join(folder, 'a.pickwise');
      let refused!: () => void;
      const firstRefusal = new Promise<void>((resolve) => (refused = resolve));
      let renames = 0;
      const { fs } = recordingFs({
        before: (call) => {
          if (call.op !== 'rename') return;
          renames += 1;
          if (renames === 1) {
            refused();
            throw failure('EBUSY');
          }
        },
      });
      const writing = writeFileAtomic(fs, target, 'new');
      await firstRefusal;
      for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setImmediate(resolve));
      expect(renames).toBe(1);
      await vi.advanceTimersByTimeAsync(RENAME_RETRY_DELAYS_MS[0]!);
      await writing;
      expect(renames).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
