import { basename } from 'node:path';
import type { Stats } from 'node:fs';
import { extractSessionFromPng, formatNumber, isPng, MAX_SESSION_BYTES, parseSession, serializeSessionBytes, type Session } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { newerVersionError, olderVersionOf, SESSION_HEAD_BYTES } from '../../../shared/session/newer-version';
import type { Language } from '../../../shared/i18n/languages';
import { textsIn } from '../../../shared/i18n/texts';
import { interfaceLanguage } from '../interface-language';
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
    const language = interfaceLanguage();
    const t = textsIn(language);
    const fail = (code: string, reason: string): ReadSessionResult => ({
      ok: false,
      error: { code, fileName, message: t('desktop:files.couldNotOpen', { fileName, reason }) },
    });
    let stats: Stats;
    try {
      stats = await fs.stat(path);
      if (!stats.isFile()) return fail('not-a-file', t('desktop:files.folderNotSession'));
    } catch (error) {
      return fail(errorCode(error), describeFsError(error, language));
    }
    // Refused before reading, so a huge file never sits in memory.
    if (tooLargeToOpen(stats.size)) return fail('too-large', sizeReason(stats.size, language));
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(path);
    } catch (error) {
      return fail(errorCode(error), describeFsError(error, language));
    }
    // The file may have grown between stat and read; the limit holds for what was read.
    if (tooLargeToOpen(bytes.byteLength)) return fail('too-large', sizeReason(bytes.byteLength, language));
    const fromImage = isPng(bytes);
    let text: string;
    if (fromImage) {
      const extracted = extractSessionFromPng(bytes, language);
      if (!extracted.ok) {
        const reason =
          extracted.code === 'no-session'
            ? t('desktop:files.pictureWithoutSession')
            : extracted.message;
        return fail(extracted.code === 'no-session' ? 'no-session-in-image' : 'damaged-image', reason);
      }
      text = extracted.text;
    } else {
      text = new TextDecoder().decode(bytes);
    }
    const parsed = parseSession(text, language);
    if (!parsed.ok) {
      if (parsed.error.fault !== undefined) recordFault?.(fileName, parsed.error.fault);
      return fail(parsed.error.code, parsed.error.message);
    }
    const fingerprint = fingerprintOf(bytes, { mtimeMs: stats.mtimeMs, size: bytes.byteLength });
    return { ok: true, session: parsed.session, fileName, migratedFrom: parsed.migratedFrom, fingerprint, fromImage };
  }

  async function fingerprint(path: string): Promise<FingerprintResult> {
    const language = interfaceLanguage();
    try {
      const stats = await fs.stat(path);
      if (!stats.isFile()) return { status: 'unavailable', reason: textsIn(language)('desktop:files.noLongerAFile') };
      if (tooLargeToOpen(stats.size)) return { status: 'unavailable', reason: sizeReason(stats.size, language) };
      const bytes = await fs.readFile(path);
      return { status: 'taken', fingerprint: fingerprintOf(bytes, { mtimeMs: stats.mtimeMs, size: bytes.byteLength }) };
    } catch (error) {
      // A file that is gone is simply written anew; one that is there but unreadable is not.
      if (errorCode(error) === 'ENOENT') return { status: 'missing' };
      return { status: 'unavailable', reason: describeFsError(error, language) };
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
    return head === null ? null : (newerVersionError(head, interfaceLanguage())?.message ?? null);
  }

  async function olderFormatAt(path: string): Promise<number | null> {
    // A file Pickwise cannot read now is the external-change check's to report, not this one's.
    // Stryker disable next-line ArrowFunction: an undefined head matches the version pattern no more than null.
    const head = await headOf(path).catch(() => null);
    return head === null ? null : olderVersionOf(head);
  }

  async function write(path: string, session: Session): Promise<WriteSessionResult> {
    const fileName = basename(path);
    const language = interfaceLanguage();
    const t = textsIn(language);
    const refuse = (code: string, message: string): WriteSessionResult => ({ ok: false, error: { code, fileName, message } });
    // The file's bytes encoded piece by piece, never joined into one text first (serialize.ts).
    const data = serializeSessionBytes(session);
    // Nothing is written that Open would refuse: the work stays open, unsaved, and the file as it was.
    if (tooLargeToOpen(data.byteLength)) {
      return refuse('too-large', t('desktop:files.tooLargeToSave', { fileName, reason: sessionSizeReason(data.byteLength, language) }));
    }
    const previous = queues.get(path) ?? Promise.resolve();
    const attempt = previous.then(async (): Promise<WriteSessionResult> => {
      // Checked in the queue, right before the write, so no save in between can change the answer.
      const newer = await newerFileAt(path);
      if (newer !== null) {
        return refuse('newer-version', t('desktop:files.newerFileThere', { fileName, message: newer }));
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
        error: { code: errorCode(error), fileName, message: t('desktop:files.couldNotSave', { fileName, reason: describeFsError(error, language) }) },
      };
    }
  }

  return { read, write, fingerprint, olderFormatAt };
}

/** Why a file of `bytes` is refused by Open, in words. */
function sizeReason(bytes: number, language: Language): string {
  return textsIn(language)('desktop:files.sizeOverLimit', { size: formatMegabytes(bytes, language), limit: formatMegabytes(MAX_SESSION_BYTES, language) });
}

/** Why a session is too large to be written, in words: it would make a file Open refuses. */
export function sessionSizeReason(bytes: number, language: Language): string {
  return textsIn(language)('desktop:files.sessionTooLarge', { size: formatMegabytes(bytes, language), limit: formatMegabytes(MAX_SESSION_BYTES, language) });
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'io-error';
}

/** Turns a Node file-system error into a sentence for the facilitator. */
export function describeFsError(error: unknown, language: Language): string {
  const t = textsIn(language);
  const attempts = attemptsOf(error);
  switch (errorCode(error)) {
    case 'ENOENT':
      return t('desktop:fsErrors.notFound');
    case 'EACCES':
    case 'EPERM':
      return attempts === null ? t('desktop:fsErrors.permission') : t('desktop:fsErrors.permissionRetried', { attempts });
    case 'EISDIR':
      return t('desktop:fsErrors.folder');
    case 'ENOSPC':
      return t('desktop:fsErrors.diskFull');
    case 'EROFS':
      return t('desktop:fsErrors.diskReadOnly');
    case 'EBUSY':
      return attempts === null ? t('desktop:fsErrors.busy') : t('desktop:fsErrors.busyRetried', { attempts });
    case 'read-only':
      return t('desktop:fsErrors.fileReadOnly');
    case 'ELOOP':
      return t('desktop:fsErrors.linkLoop');
    default:
      return t('desktop:fsErrors.other', { message: error instanceof Error ? error.message : String(error) });
  }
}

/** A rename retried over a locked file says so: how many times it tried (null: once), the lock outlasting Pickwise's patience. */
function attemptsOf(error: unknown): string | null {
  // Stryker disable next-line OptionalChaining: only asked about an error that has a code, never of nothing.
  const attempts = (error as { attempts?: unknown } | undefined)?.attempts;
  return typeof attempts === 'number' && attempts > 1 ? String(attempts) : null;
}

// Rounded up to a tenth, so a size just over the limit never reads as the limit itself.
function formatMegabytes(bytes: number, language: Language): string {
  return `${formatNumber(Math.ceil((bytes / (1024 * 1024)) * 10) / 10, language)} MB`;
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
