// Dates as a language writes them, in what Pickwise shows and exports: a session's day, the
// moment a draft was kept or an export made. The session file keeps ISO 8601 whatever the
// language (the file format's own); only what people read goes through here.
//
// English keeps the ISO form Pickwise has always written (2025-03-12, 2025-03-12 16:05): its
// English is no one country's, and 03/12/2025 is 12 March in the US and 3 December in Britain.
// The other four write their day first: 12.03.2025 (de), 12/03/2025 (fr, es, pt).
import { localDate } from '../session/defaults';
import type { Language } from './languages';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** One formatter per language and form, built once. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, form: 'day' | 'moment'): Intl.DateTimeFormat {
  const key = `${language} ${form}`;
  let made = formatters.get(key);
  if (made === undefined) {
    const day = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
    // A day is a calendar day, read in UTC so that no time zone moves it; a moment is local time, 24 hours.
    made = new Intl.DateTimeFormat(language, form === 'day' ? { ...day, timeZone: 'UTC' } : { ...day, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(key, made);
  }
  return made;
}

/** A session's day as it keeps it ("2025-03-12"), in `language`; text that is no such day is shown as it is. */
export function formatDate(day: string, language: Language): string {
  const parts = DAY.exec(day.trim());
  if (parts === null) return day;
  const [year, month, date] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const moment = new Date(Date.UTC(year, month - 1, date));
  // "2025-02-30" is no day: Date would make it 2 March (and year 99 would be 1999).
  if (moment.getUTCFullYear() !== year || moment.getUTCMonth() !== month - 1 || moment.getUTCDate() !== date) return day;
  return language === 'en' ? day.trim() : formatter(language, 'day').format(moment);
}

/** A moment in local time to the minute, in `language`: 2025-03-12 16:05 (en), 12.03.2025, 16:05 (de). */
export function formatDateTime(moment: Date, language: Language): string {
  if (language !== 'en') return formatter(language, 'moment').format(moment);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDate(moment)} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}
