import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The slice of `node:fs/promises` an atomic write needs; tests pass a failing or recording one. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<FileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<Stats>;
  lstat(path: string): Promise<Stats>;
  readlink(path: string): Promise<string>;
}

export interface AtomicWriteOptions {
  /** Decides whether the folder can be flushed after the rename (Windows cannot open folders). */
  platform?: NodeJS.Platform;
  /** Waits between rename attempts; tests pass one that only records. */
  sleep?: (milliseconds: number) => Promise<void>;
}

/**
 * Waits before each renewed rename. On Windows a virus scanner or sync tool that has just seen
 * the new file holds it open for a moment (EPERM/EBUSY/EACCES); a few tries over 0.3 s ride
 * that out, and a file that stays locked is reported instead of blocking the save for long.
 */
export const RENAME_RETRY_DELAYS_MS: readonly number[] = [20, 40, 80, 160];
const RETRIED_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
// fsync(2): EINVAL means the file system cannot flush this kind of file (some network and FUSE
// file systems say so for folders). The rename is done; there is nothing more to ask of it.
const FOLDER_FLUSH_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP']);
// Linux gives up after 40 links in a row (ELOOP); so do we.
const MAX_LINKS = 40;

const TEMP_MARK = '.pickwise-tmp-';

/** The name a temporary file beside `target` gets; recognisable so leftovers can be cleaned. */
function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
}

/** Whether `name` is a temporary file of a save to `target` (one still running, or a killed one). */
export function isTemporaryOf(target: string, name: string): boolean {
  return name.startsWith(`.${basename(target)}${TEMP_MARK}`);
}

/**
 * Write `data` so that `target` holds either its old content or the new one, never a mix:
 * a temporary file in the same folder (same file system, so rename is atomic), flushed to
 * disk, then renamed over the target, and the folder flushed so the rename itself survives a
 * power cut. A symbolic link stays a link: the file it points to gets the new content. The
 * replaced file's permissions are kept. Leftovers of earlier interrupted saves are removed.
 */
export async function writeFileAtomic(fs: AtomicWriteFs, path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const { platform = process.platform, sleep = wait } = options;
  const target = await followLinks(fs, path);
  const mode = await existingMode(fs, target);
  if (mode !== null && (mode & 0o200) === 0) throw readOnlyError(target);
  const temporary = temporaryPathFor(target);
  let handle: FileHandle | undefined;
  try {
    // Stryker disable next-line LogicalOperator: null asks for open's own default, 0o666; a kept mode is set by chmod below.
    handle = await fs.open(temporary, 'wx', mode ?? 0o666);
    // open's mode passes through the umask; the replaced file's own mode must not.
    if (mode !== null) await handle.chmod(mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetries(fs, temporary, target, sleep);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
  if (platform !== 'win32') await flushFolder(fs, dirname(target));
  await removeLeftoverTemporaries(fs, target);
}

/** The file a path ends at after its symbolic links, even one that does not exist yet. */
async function followLinks(fs: AtomicWriteFs, path: string): Promise<string> {
  let current = path;
  for (let links = 0; links <= MAX_LINKS; links += 1) {
    let stats: Stats;
    try {
      stats = await fs.lstat(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw error;
    }
    if (!stats.isSymbolicLink()) return current;
    current = resolve(dirname(current), await fs.readlink(current));
  }
  throw Object.assign(new Error(`Too many symbolic links lead from ${path}.`), { code: 'ELOOP' });
}

/** The permission bits of the file about to be replaced; null for a new file. */
async function existingMode(fs: AtomicWriteFs, target: string): Promise<number | null> {
  try {
    return (await fs.stat(target)).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

// Rename would replace a read-only file on Linux and macOS (only the folder's permission
// counts); its owner made it read-only so that it is not changed, so it is not.
function readOnlyError(target: string): Error {
  return Object.assign(new Error(`${target} is read-only.`), { code: 'read-only' });
}

async function renameWithRetries(fs: AtomicWriteFs, from: string, to: string, sleep: (milliseconds: number) => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      // Stryker disable next-line StringLiteral: an error without a code is retried under no other name either.
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const delay = RENAME_RETRY_DELAYS_MS[attempt];
      if (!RETRIED_RENAME_CODES.has(code) || delay === undefined) {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: one attempt is never mentioned (describeFsError speaks of more than one).
        if (attempt > 0) Object.assign(error as object, { attempts: attempt + 1 });
        throw error;
      }
      await sleep(delay);
    }
  }
}

/** fsync on the folder, so the new name is on disk too (POSIX; Windows cannot open a folder). */
async function flushFolder(fs: AtomicWriteFs, folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Stryker disable next-line StringLiteral: an error without a code is in the set under no other name either.
    if (!FOLDER_FLUSH_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

/** Temporary files that a killed save left beside `target`. */
async function removeLeftoverTemporaries(fs: AtomicWriteFs, target: string): Promise<void> {
  const folder = dirname(target);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => isTemporaryOf(target, name)).map((name) => fs.unlink(join(folder, name)).catch(() => undefined)));
}

function wait(milliseconds: number): Promise<void> {
  return new Promise((done) => setTimeout(done, milliseconds));
}
