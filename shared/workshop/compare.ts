// Deterministic orderings used wherever candidates are listed, so every list in the app (and
// every export) sorts ties the same way on every run and every machine, independent of the OS
// locale and of the ids (ids are random, so they must never decide an order).
import { formatDate } from '../i18n/dates';
import type { Language } from '../i18n/languages';
import type { Candidate } from '../session/schema';

const CHUNK = /(\d+)|(\D+)/g;

function chunks(text: string): string[] {
  return text.toLowerCase().match(CHUNK) ?? [];
}

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Natural, case-insensitive, locale-independent order so that "C2" sorts before "C10";
 * exact ties fall back to plain code-unit order so that the order is total.
 */
export function compareNatural(a: string, b: string): number {
  const ca = chunks(a);
  const cb = chunks(b);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    const xDigit = x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57;
    const yDigit = y.charCodeAt(0) >= 48 && y.charCodeAt(0) <= 57;
    let c: number;
    if (xDigit && yDigit) c = compareDigits(x, y);
    else c = x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return c;
  }
  if (ca.length !== cb.length) return ca.length - cb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The tie-break order for candidates everywhere: by code (natural order, empty codes last),
 * then by title. Two candidates with the same code and title compare equal, and keep the
 * session's order: every list is built in the session's order and sorted with a stable sort.
 */
export function compareCandidates(a: Pick<Candidate, 'code' | 'title'>, b: Pick<Candidate, 'code' | 'title'>): number {
  const aEmpty = a.code.trim() === '';
  const bEmpty = b.code.trim() === '';
  if (aEmpty !== bEmpty) return aEmpty ? 1 : -1;
  return compareNatural(a.code, b.code) || compareNatural(a.title, b.title);
}

/** Which of a title and a date a session has, for the texts that name it by them ("Since “Q1 workshop”, 2025-03-12"). */
type TitledBy = 'titleAndDate' | 'title' | 'date' | 'none';

/** A session's title and date, trimmed, and which of them it has; the date as `language` writes it. */
export function titledBy(frame: { title: string; date: string }, language: Language): { by: TitledBy; title: string; date: string } {
  const title = frame.title.trim();
  const date = frame.date.trim();
  const by = title !== '' ? (date !== '' ? 'titleAndDate' : 'title') : date !== '' ? 'date' : 'none';
  return { by, title, date: formatDate(date, language) };
}

/** How a candidate is named in a short message or list: its code, else its title. */
export function candidateLabel(candidate: Pick<Candidate, 'code' | 'title'>): string {
  const code = candidate.code.trim();
  return code === '' ? candidate.title : code;
}
