import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FileHandle } from 'node:fs/promises';

/** The slice of `node:fs/promises` an atomic write needs; tests pass a failing one. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<FileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
}

const TEMP_MARK = '.pickwise-tmp-';

/** The name a temporary file beside `target` gets; recognisable so leftovers can be cleaned. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
}

/**
 * Write `data` so that `target` holds either its old content or the new one, never a mix:
 * a temporary file in the same folder (same file system, so rename is atomic), flushed to
 * disk, then renamed over the target. Leftovers of earlier interrupted saves are removed.
 */
export async function writeFileAtomic(fs: AtomicWriteFs, target: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryPathFor(target);
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(temporary, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
  await removeLeftoverTemporaries(fs, target);
}

/** Temporary files that a killed save left beside `target`. */
async function removeLeftoverTemporaries(fs: AtomicWriteFs, target: string): Promise<void> {
  const prefix = `.${basename(target)}${TEMP_MARK}`;
  const folder = dirname(target);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names.filter((name) => name.startsWith(prefix)).map((name) => fs.unlink(join(folder, name)).catch(() => undefined)),
  );
}
