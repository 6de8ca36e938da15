import { createHash } from 'node:crypto';

/** What a session file looked like when Pickwise last read or wrote it. */
export interface FileFingerprint {
  mtimeMs: number;
  size: number;
  sha256: string;
}

/** The sha256 of a file's bytes, the part of a fingerprint that decides whether it changed. */
export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A fingerprint of bytes just read or written, with the file's modification time and size. */
export function fingerprintOf(bytes: Uint8Array | string, stats: { mtimeMs: number; size: number }): FileFingerprint {
  return { mtimeMs: stats.mtimeMs, size: stats.size, sha256: hashBytes(bytes) };
}

/**
 * Whether the file changed between two fingerprints. Decided by size and content: a file
 * touched but not changed (same bytes, new time) is not someone else's edit.
 */
export function fileChanged(known: FileFingerprint, current: FileFingerprint): boolean {
  // Stryker disable next-line ConditionalExpression: a shortcut: bytes of another size have another sha256.
  return known.size !== current.size || known.sha256 !== current.sha256;
}

/**
 * What Save found on disk before writing: the file's fingerprint, no file at all (deleted
 * meanwhile: it is simply written anew), or a file it could not fingerprint, with the reason
 * in words (too large, unreadable, a folder): Save asks before overwriting that one.
 */
export type FingerprintResult =
  | { status: 'taken'; fingerprint: FileFingerprint }
  | { status: 'missing' }
  | { status: 'unavailable'; reason: string };
