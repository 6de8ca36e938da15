import { basename } from 'node:path';
import type { Stats } from 'node:fs';
import { extractSessionFromPng, isPng, MAX_SESSION_BYTES, parseSession, serializeSessionBytes, type Session } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { newerVersionError, olderVersionOf, SESSION_HEAD_BYTES } from '../../../shared/session/newer-version';
import { writeFileAtomic, type AtomicWriteFs, type AtomicWriteOptions } from './atomic-write';
import { fingerprintOf, type FileFingerprint, type FingerprintResult } from './file-fingerprint';

/** The file-system calls reading and writing session files needs. */
export interface SessionFilesFs extends AtomicWriteFs {
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

type WriteSessionResult = { ok: true; fingerprint: FileFingerprint | null } | { ok: false; error: FileError };

/** Reads and writes session files; never changes a file it could not fully validate. */
export interface SessionFiles {
  read(path: string): Promise<ReadSessionResult>;
  write(path: string, session: Session): Promise<WriteSessionResult>;
  /** What the file on disk is now, to compare with what was read or written. */
  fingerprint(path: string): Promise<FingerprintResult>;
  /** The session format of the file at `path` when an earlier Pickwise wrote it; null otherwise, or when there is no such file. */
  olderFormatAt(path: string): Promise<number | null>;
}

/** Whether Open would refuse a session file of this many bytes: one rule for open and save. */
export function tooLargeToOpen(bytes: number): boolean {
  return bytes > MAX_SESSION_BYTES;
}

export interface SessionFilesOptions extends AtomicWriteOptions {
  /**
   * Where a fault of Pickwise's own reader goes (what parseSession's last guard caught): to the
   * error log, for whoever fixes it. The facilitator is told in words that it is not the file.
   */
  recordFault?: (fileName: string, fault: string) => void;
}

export function createSessionFiles(fs: SessionFilesFs, options: SessionFilesOptions = {}): SessionFiles {
  const { recordFault, ...writeOptions } = options;
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
    if (tooLargeToOpen(stats.size)) return fail('too-large', sizeReason(stats.size));
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(path);
    } catch (error) {
      return fail(errorCode(error), describeFsError(error));
    }
    // The file may have grown between stat and read; the limit holds for what was read.
    if (tooLargeToOpen(bytes.byteLength)) return fail('too-large', sizeReason(bytes.byteLength));
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
    if (!parsed.ok) {
      if (parsed.error.fault !== undefined) recordFault?.(fileName, parsed.error.fault);
      return fail(parsed.error.code, parsed.error.message);
    }
    const fingerprint = fingerprintOf(bytes, { mtimeMs: stats.mtimeMs, size: bytes.byteLength });
    return { ok: true, session: parsed.session, fileName, migratedFrom: parsed.migratedFrom, fingerprint, fromImage };
  }

  async function fingerprint(path: string): Promise<FingerprintResult> {
    try {
      const stats = await fs.stat(path);
      if (!stats.isFile()) return { status: 'unavailable', reason: 'It is no longer a file.' };
      if (tooLargeToOpen(stats.size)) return { status: 'unavailable', reason: sizeReason(stats.size) };
      const bytes = await fs.readFile(path);
      return { status: 'taken', fingerprint: fingerprintOf(bytes, { mtimeMs: stats.mtimeMs, size: bytes.byteLength }) };
    } catch (error) {
      // A file that is gone is simply written anew; one that is there but unreadable is not.
      if (errorCode(error) === 'ENOENT') return { status: 'missing' };
      return { status: 'unavailable', reason: describeFsError(error) };
    }
  }

  /** The first bytes of the file at `path` as text, or null when there is no such file. */
  async function headOf(path: string): Promise<string | null> {
    let handle;
    try {
      handle = await fs.open(path, 'r');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    try {
      const head = new Uint8Array(SESSION_HEAD_BYTES);
      const { bytesRead } = await handle.read(head, 0, head.byteLength, 0);
      return new TextDecoder().decode(head.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  }

  /** Open's refusal of a newer Pickwise's file, read from the head of the file `path` would replace. */
  async function newerFileAt(path: string): Promise<string | null> {
    const head = await headOf(path);
    return head === null ? null : (newerVersionError(head)?.message ?? null);
  }

  async function olderFormatAt(path: string): Promise<number | null> {
    // A file Pickwise cannot read now is the external-change check's to report, not this one's.
    // Stryker disable next-line ArrowFunction: an undefined head matches the version pattern no more than null.
    const head = await headOf(path).catch(() => null);
    return head === null ? null : olderVersionOf(head);
  }

  async function write(path: string, session: Session): Promise<WriteSessionResult> {
    const fileName = basename(path);
    const refuse = (code: string, message: string): WriteSessionResult => ({ ok: false, error: { code, fileName, message } });
    // The file's bytes encoded piece by piece, never joined into one text first (serialize.ts).
    const data = serializeSessionBytes(session);
    // Nothing is written that Open would refuse: the work stays open, unsaved, and the file as it was.
    if (tooLargeToOpen(data.byteLength)) {
      return refuse(
        'too-large',
        `“${fileName}” was not saved. ${sessionSizeReason(data.byteLength)} Your work is still open: remove what you can spare (long texts, candidates) and save again.`,
      );
    }
    const previous = queues.get(path) ?? Promise.resolve();
    const attempt = previous.then(async (): Promise<WriteSessionResult> => {
      // Checked in the queue, right before the write, so no save in between can change the answer.
      const newer = await newerFileAt(path);
      if (newer !== null) {
        return refuse(
          'newer-version',
          `“${fileName}” was not saved over the file there. ${newer} Replacing it would lose what the newer Pickwise wrote: save your work under another name with Save As…`,
        );
      }
      await writeFileAtomic(fs, path, data, writeOptions);
      // What was written, so a later Save can tell whether someone else changed the file since.
      const stats = await fs.stat(path).catch(() => null);
      return { ok: true, fingerprint: stats === null ? null : fingerprintOf(data, { mtimeMs: stats.mtimeMs, size: data.byteLength }) };
    });
    const settled = attempt.catch(() => undefined);
    queues.set(path, settled);
    // Stryker disable next-line BlockStatement: forgetting a settled queue only frees memory.
    void settled.then(() => {
      if (queues.get(path) === settled) queues.delete(path);
    });
    try {
      return await attempt;
    } catch (error) {
      return {
        ok: false,
        error: { code: errorCode(error), fileName, message: `“${fileName}” could not be saved. ${describeFsError(error)}` },
      };
    }
  }

  return { read, write, fingerprint, olderFormatAt };
}

/** Why a file of `bytes` is refused by Open, in words. */
function sizeReason(bytes: number): string {
  return `It is ${formatMegabytes(bytes)}; session files may be at most ${formatMegabytes(MAX_SESSION_BYTES)}.`;
}

/** Why a session is too large to be written, in words: it would make a file Open refuses. */
export function sessionSizeReason(bytes: number): string {
  return `The session would make a file of ${formatMegabytes(bytes)}, and Pickwise opens session files of at most ${formatMegabytes(MAX_SESSION_BYTES)}.`;
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
      return `You do not have permission to use this file.${triedAgain(error)}`;
    case 'EISDIR':
      return 'It is a folder, not a file.';
    case 'ENOSPC':
      return 'The disk is full.';
    case 'EROFS':
      return 'The disk is read-only.';
    case 'EBUSY':
      return `Another program is using the file.${triedAgain(error)}`;
    case 'read-only':
      return 'The file is read-only: choose another name, or make the file writable first.';
    case 'ELOOP':
      return 'Its symbolic links lead round in a circle.';
    default:
      return `The system reported: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** A rename retried over a locked file says so: the lock outlasted Pickwise's patience. */
function triedAgain(error: unknown): string {
  // Stryker disable next-line OptionalChaining: only asked about an error that has a code, never of nothing.
  const attempts = (error as { attempts?: unknown } | undefined)?.attempts;
  return typeof attempts === 'number' && attempts > 1
    ? ` Pickwise tried ${attempts} times; perhaps a virus scanner or a sync tool holds the file open. Try again in a moment.`
    : '';
}

// Rounded up to a tenth, so a size just over the limit never reads as the limit itself.
function formatMegabytes(bytes: number): string {
  return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toString()} MB`;
}

/**
 * What opening a file makes of the window's document. A session read out of a chart image
 * opens untitled: Save must never write JSON over the picture.
 */
export function openedDocument(path: string, read: Extract<ReadSessionResult, { ok: true }>) {
  return read.fromImage
    ? { document: { filePath: null, fileFingerprint: null, olderFormat: null }, fileName: null }
    : { document: { filePath: path, fileFingerprint: read.fingerprint, olderFormat: read.migratedFrom }, fileName: read.fileName };
}
