import { basename } from 'node:path';
import type { Stats } from 'node:fs';
import { extractSessionFromPng, isPng, MAX_SESSION_BYTES, parseSession, serializeSession, type Session } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { fingerprintOf, type FileFingerprint } from './file-fingerprint';

/** The file-system calls reading and writing session files needs. */
export interface SessionFilesFs extends AtomicWriteFs {
  stat(path: string): Promise<Stats>;
  readFile(path: string): Promise<Uint8Array>;
}

export type ReadSessionResult =
  | {
      ok: true;
      session: Session;
      fileName: string;
      migratedFrom: number | null;
      fingerprint: FileFingerprint;
      /** Read out of a chart image: the session opens, but the picture is never its file. */
      fromImage: boolean;
    }
  | { ok: false; error: FileError };

export type WriteSessionResult = { ok: true; fingerprint: FileFingerprint | null } | { ok: false; error: FileError };

/** Reads and writes session files; never changes a file it could not fully validate. */
export interface SessionFiles {
  read(path: string): Promise<ReadSessionResult>;
  write(path: string, session: Session): Promise<WriteSessionResult>;
  /** What the file on disk is now, to compare with what was read or written; null if unreadable. */
  fingerprint(path: string): Promise<FileFingerprint | null>;
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
    let stats: Stats;
    try {
      stats = await fs.stat(path);
      if (!stats.isFile()) return fail('not-a-file', 'It is a folder, not a session file.');
    } catch (error) {
      return fail(errorCode(error), describeFsError(error));
    }
    // Refused before reading, so a huge file never sits in memory.
    if (stats.size > MAX_SESSION_BYTES) {
      return fail('too-large', `It is ${formatMegabytes(stats.size)}; session files may be at most ${formatMegabytes(MAX_SESSION_BYTES)}.`);
    }
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(path);
    } catch (error) {
      return fail(errorCode(error), describeFsError(error));
    }
    // The file may have grown between stat and read; the limit holds for what was read.
    if (bytes.byteLength > MAX_SESSION_BYTES) {
      return fail('too-large', `It is ${formatMegabytes(bytes.byteLength)}; session files may be at most ${formatMegabytes(MAX_SESSION_BYTES)}.`);
    }
    const fromImage = isPng(bytes);
    let text: string;
    if (fromImage) {
      const extracted = extractSessionFromPng(bytes);
      if (!extracted.ok) {
        const reason =
          extracted.code === 'no-session'
            ? 'It is a picture without a Pickwise session inside. Only charts exported from Pickwise as PNG carry one.'
            : extracted.message;
        return fail(extracted.code === 'no-session' ? 'no-session-in-image' : 'damaged-image', reason);
      }
      text = extracted.text;
    } else {
      text = new TextDecoder().decode(bytes);
    }
    const parsed = parseSession(text);
    if (!parsed.ok) return fail(parsed.error.code, parsed.error.message);
    const fingerprint = fingerprintOf(bytes, { mtimeMs: stats.mtimeMs, size: bytes.byteLength });
    return { ok: true, session: parsed.session, fileName, migratedFrom: parsed.migratedFrom, fingerprint, fromImage };
  }

  async function fingerprint(path: string): Promise<FileFingerprint | null> {
    try {
      const stats = await fs.stat(path);
      if (!stats.isFile() || stats.size > MAX_SESSION_BYTES) return null;
      const bytes = await fs.readFile(path);
      return fingerprintOf(bytes, { mtimeMs: stats.mtimeMs, size: bytes.byteLength });
    } catch {
      // A file that is gone or unreadable has no fingerprint; Save then simply writes it anew.
      return null;
    }
  }

  async function write(path: string, session: Session): Promise<WriteSessionResult> {
    const fileName = basename(path);
    const previous = queues.get(path) ?? Promise.resolve();
    // Buffer.from encodes UTF-8 natively, a third faster than TextEncoder on a big board.
    const data: Uint8Array = Buffer.from(serializeSession(session), 'utf8');
    const attempt = previous.then(async () => {
      await writeFileAtomic(fs, path, data);
      // What was written, so a later Save can tell whether someone else changed the file since.
      const stats = await fs.stat(path).catch(() => null);
      return stats === null ? null : fingerprintOf(data, { mtimeMs: stats.mtimeMs, size: data.byteLength });
    });
    const settled = attempt.catch(() => undefined);
    queues.set(path, settled);
    void settled.then(() => {
      if (queues.get(path) === settled) queues.delete(path);
    });
    try {
      return { ok: true, fingerprint: await attempt };
    } catch (error) {
      return {
        ok: false,
        error: { code: errorCode(error), fileName, message: `“${fileName}” could not be saved. ${describeFsError(error)}` },
      };
    }
  }

  return { read, write, fingerprint };
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

/**
 * What opening a file makes of the window's document. A session read out of a chart image
 * opens untitled: Save must never write JSON over the picture.
 */
export function openedDocument(path: string, read: Extract<ReadSessionResult, { ok: true }>) {
  return read.fromImage
    ? { document: { filePath: null, fileFingerprint: null }, fileName: null }
    : { document: { filePath: path, fileFingerprint: read.fingerprint }, fileName: read.fileName };
}
