import { basename } from 'node:path';
import type { Stats } from 'node:fs';
import { MAX_SESSION_BYTES, parseSession, serializeSession, type Session } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';

/** The file-system calls reading and writing session files needs. */
export interface SessionFilesFs extends AtomicWriteFs {
  stat(path: string): Promise<Stats>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
}

export type ReadSessionResult =
  | { ok: true; session: Session; fileName: string; migratedFrom: number | null }
  | { ok: false; error: FileError };

/** Reads and writes session files; never changes a file it could not fully validate. */
export interface SessionFiles {
  read(path: string): Promise<ReadSessionResult>;
  write(path: string, session: Session): Promise<{ ok: true } | { ok: false; error: FileError }>;
}

export function createSessionFiles(fs: SessionFilesFs): SessionFiles {
  // Saves to one path run one after another, so a slow save never races a newer one.
  const queues = new Map<string, Promise<unknown>>();

  async function read(path: string): Promise<ReadSessionResult> {
    const fileName = basename(path);
    const fail = (code: string, reason: string): ReadSessionResult => ({
      ok: false,
      error: { code, fileName, message: `“${fileName}” could not be opened. ${reason}` },
    });
    let size: number;
    try {
      const stats = await fs.stat(path);
      if (!stats.isFile()) return fail('not-a-file', 'It is a folder, not a session file.');
      size = stats.size;
    } catch (error) {
      return fail(errorCode(error), describeFsError(error));
    }
    // Refused before reading, so a huge file never sits in memory.
    if (size > MAX_SESSION_BYTES) {
      return fail('too-large', `It is ${formatMegabytes(size)}; session files may be at most ${formatMegabytes(MAX_SESSION_BYTES)}.`);
    }
    let text: string;
    try {
      text = await fs.readFile(path, 'utf8');
    } catch (error) {
      return fail(errorCode(error), describeFsError(error));
    }
    const parsed = parseSession(text);
    if (!parsed.ok) return fail(parsed.error.code, parsed.error.message);
    return { ok: true, session: parsed.session, fileName, migratedFrom: parsed.migratedFrom };
  }

  async function write(path: string, session: Session): Promise<{ ok: true } | { ok: false; error: FileError }> {
    const fileName = basename(path);
    const previous = queues.get(path) ?? Promise.resolve();
    const attempt = previous.then(() => writeFileAtomic(fs, path, serializeSession(session)));
    const settled = attempt.catch(() => undefined);
    queues.set(path, settled);
    void settled.then(() => {
      if (queues.get(path) === settled) queues.delete(path);
    });
    try {
      await attempt;
      return { ok: true };
    } catch (error) {
      return {
        ok: false,
        error: { code: errorCode(error), fileName, message: `“${fileName}” could not be saved. ${describeFsError(error)}` },
      };
    }
  }

  return { read, write };
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'io-error';
}

/** Turns a Node file-system error into a sentence for the facilitator. */
export function describeFsError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'The file or its folder no longer exists.';
    case 'EACCES':
    case 'EPERM':
      return 'You do not have permission to use this file.';
    case 'EISDIR':
      return 'It is a folder, not a file.';
    case 'ENOSPC':
      return 'The disk is full.';
    case 'EROFS':
      return 'The disk is read-only.';
    case 'EBUSY':
      return 'Another program is using the file.';
    default:
      return `The system reported: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
