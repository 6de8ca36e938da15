// Dates in an imported table's cells, as spreadsheets in the five languages write them:
// 2025-03-12 (ISO, with or without a time), 12.03.2025 and 12.03.25 (German), 12/03/2025
// (French, Spanish, Portuguese, British English) and 03/12/2025 (American English). A slashed
// or dashed date is read day first or month first as the file's language or the person's locale
// writes it, unless only one reading is a date (13/03/2025). A time after the date is read too.

/** The order a slashed date is read in when both readings would be dates. */
export type DateOrder = 'day-first' | 'month-first';

/** The order `locale` writes a short date in ("en-US" month first, "de-DE" day first). */
export function dateOrderOf(locale: string): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(Date.UTC(2025, 2, 12)));
    const order = parts.filter((part) => part.type === 'day' || part.type === 'month').map((part) => part.type);
    return order[0] === 'month' ? 'month-first' : 'day-first';
  } catch {
    // An unknown locale tag: Intl refuses it; most of the world writes the day first.
    return 'day-first';
  }
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const LOCAL = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validTime(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

/**
 * The moment a cell's date stands for, as an ISO timestamp; undefined when the cell is empty,
 * 'invalid' when it is not a date. A date without a time is taken at noon UTC, so it is the same
 * day wherever the file is opened; a time without a zone is taken as UTC.
 */
export function readDate(text: string, order: DateOrder): string | undefined | 'invalid' {
  const cell = text.trim().replace(/^'/, '');
  if (cell === '') return undefined;
  const iso = ISO.exec(cell);
  if (iso !== null) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const [hour, minute, second] = iso[4] === undefined ? [12, 0, 0] : [Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)];
    if (!validDay(year, month, day) || !validTime(hour, minute, second)) return 'invalid';
    const zone = iso[7] === undefined || iso[7] === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const pad = (value: number, width = 2) => String(value).padStart(width, '0');
    const moment = Date.parse(`${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`);
    return Number.isFinite(moment) ? new Date(moment).toISOString() : 'invalid';
  }
  const local = LOCAL.exec(cell);
  if (local === null) return 'invalid';
  const [a, separator, b] = [Number(local[1]), local[2], Number(local[3])];
  const year = local[4]!.length === 2 ? 2000 + Number(local[4]) : Number(local[4]);
  // A dotted date is always day first (German, and everywhere else that writes dots).
  const dayFirst = separator === '.' || order === 'day-first';
  const readings = dayFirst ? [[a, b], [b, a]] : [[b, a], [a, b]];
  const [hour, minute, second] = local[5] === undefined ? [12, 0, 0] : [Number(local[5]), Number(local[6]), Number(local[7] ?? 0)];
  if (!validTime(hour, minute, second)) return 'invalid';
  // The reading the order gives, else the other one when only it is a date (13/03 read month first).
  const reading = readings.find(([day, month], position) => validDay(year, month!, day!) && (position === 0 || separator !== '.'));
  if (reading === undefined) return 'invalid';
  const [day, month] = reading as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second)).toISOString();
}
