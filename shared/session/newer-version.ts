import type { Language } from '../i18n/languages';
import type { SessionError } from './errors';
import { readVersion } from './parse';
import { SESSION_VERSION } from './schema';

// Every Pickwise writes "format" and then "version" first (the schema's key order), so the
// head of a file says which Pickwise wrote it, even when the file is too large to read whole.
const HEAD = /^\uFEFF?\s*\{\s*"format"\s*:\s*"pickwise-session"\s*,\s*"version"\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*[,}]/;

/** How many bytes of a file's start `newerVersionError` needs. */
export const SESSION_HEAD_BYTES = 4096;

/**
 * Open's own refusal of a file from a newer Pickwise, for a file known only by its head: so
 * that Save refuses to replace exactly the files Open refuses to read.
 */
export function newerVersionError(head: string, language: Language): SessionError | null {
  const match = HEAD.exec(head);
  if (match?.[1] === undefined) return null;
  const read = readVersion({ version: Number(match[1]) }, language);
  return 'error' in read && read.error.code === 'unsupported-version' ? read.error : null;
}

/**
 * The version of a session file older than this build writes, known by its head: Save asks
 * before it writes over one, as the file will then need this Pickwise or a newer one. Null for
 * a current file, a newer one, or anything that is not a session.
 */
export function olderVersionOf(head: string): number | null {
  const match = HEAD.exec(head);
  if (match?.[1] === undefined) return null;
  // A version readVersion takes (a whole number of 0 or more) below this build's.
  const version = Number(match[1]);
  return Number.isInteger(version) && version >= 0 && version < SESSION_VERSION ? version : null;
}
