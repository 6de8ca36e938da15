// Numbers as a language writes and reads them: 4.3 in English, 4,3 in German, French, Spanish
// and Portuguese. Every number Pickwise shows or writes into a text goes through here, and every
// decimal a person types is read here.
//
// No grouping in decimals: scores, weights, thresholds and ratios never reach a thousand, and
// what a field shows must read back as it is (readDecimal takes no thousands separators: in
// German "1.000" is one, in English "1,000" is refused). Counts (limits of a file) are grouped.
import type { Language } from './languages';

/** One formatter per language and form, built once: the Score table shows thousands of numbers. */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, form: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${form}`;
  let made = formatters.get(key);
  if (made === undefined) {
    // 'negative': a value that rounds to nothing is "0.0", not toFixed's "-0.0".
    made = new Intl.NumberFormat(language, { signDisplay: 'negative', ...options });
    formatters.set(key, made);
  }
  return made;
}

/** `value` with exactly `digits` decimals: 4.3 (en), 4,3 (de, fr, es, pt), rounded as Pickwise always has. */
export function formatDecimal(value: number, digits: number, language: Language): string {
  // Rounded by toFixed, then written by Intl: Intl rounds the shortest decimal of a number
  // (4.35 → 4.4), toFixed its exact value (4.3499… → 4.3); every language rounds as English
  // always has, so a score reads the same in each and English stays as it was.
  return formatter(language, `fixed ${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value.toFixed(digits) as Intl.StringNumericLiteral);
}

/** A score or an aggregate as the room reads it, in the app and in the exports: one decimal; "–" for none. */
export function formatScore(value: number | null | undefined, language: Language): string {
  return value === undefined || value === null || !Number.isFinite(value) ? '–' : formatDecimal(value, 1, language);
}

/** `value` as it is, with as many decimals as it has (1, 1.5, 0.25): a weight or a threshold as typed. */
export function formatNumber(value: number, language: Language): string {
  const written = String(value);
  // Too large or too small to write out (a wrong value in a file: 1e+300): as JavaScript writes it, with the language's separator.
  if (written.includes('e')) return decimalSeparator(language) === ',' ? written.replace('.', ',') : written;
  return formatter(language, 'as is', { maximumFractionDigits: 20, useGrouping: false }).format(value);
}

/** A whole number counted, grouped as the language groups it: 100,000 (en), 100.000 (de), 100 000 (fr). */
export function formatCount(value: number, language: Language): string {
  return formatter(language, 'count', { maximumFractionDigits: 0 }).format(value);
}

/**
 * A change with its sign and `digits` decimals: "+0.5", "−1.2" (a real minus sign, as a printed
 * table has it); empty when it rounds to no change at all.
 */
export function formatSigned(change: number, digits: number, language: Language): string {
  const shown = formatDecimal(Math.abs(change), digits, language);
  if (shown === formatDecimal(0, digits, language)) return '';
  return `${change > 0 ? '+' : '−'}${shown}`;
}

/**
 * A whole percent (from percentOf): "80 %". English keeps the form Pickwise has always written
 * (Intl's English has no space: "80%"); the others write theirs: "80 %" (de, fr, es), "80%" (pt).
 */
export function formatPercent(wholePercent: number, language: Language): string {
  if (language === 'en') return `${wholePercent} %`;
  return formatter(language, 'percent', { style: 'percent', maximumFractionDigits: 0 }).format(wholePercent / 100);
}

/** The language's decimal separator: '.' or ','. */
export function decimalSeparator(language: Language): '.' | ',' {
  const part = formatter(language, 'fixed 1', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false })
    .formatToParts(1.5)
    .find((each) => each.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}

/** A number, or why typed text is none: nothing typed; a decimal comma where the language writes a point; anything else. */
export type DecimalReading = { ok: true; value: number } | { ok: false; problem: 'empty' | 'comma' | 'not-a-number' };

// Digits with at most one separator, an optional sign (a hyphen or the minus sign formatSigned
// writes); "4." and ".5" too, as a number is half typed or typed short.
const DECIMAL = /^([+\-\u2212]?)(\d+[.,]?\d*|[.,]\d+)$/u;

/**
 * A decimal as a person types it in `language`. Where the language writes a decimal comma, both
 * "4,3" and "4.3" are 4.3 (a keyboard's number pad types a point). In English "4,3" is refused:
 * a comma separates thousands there, so "4,3" is no number anyone means.
 */
export function readDecimal(text: string, language: Language): DecimalReading {
  const typed = text.trim();
  if (typed === '') return { ok: false, problem: 'empty' };
  const match = DECIMAL.exec(typed);
  if (match === null) return { ok: false, problem: 'not-a-number' };
  const digits = match[2]!;
  if (digits.includes(',') && decimalSeparator(language) === '.') return { ok: false, problem: 'comma' };
  const value = Number(digits.replace(',', '.'));
  // Hundreds of digits make no number either.
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-a-number' };
  return { ok: true, value: match[1] === '' || match[1] === '+' ? value : -value };
}
