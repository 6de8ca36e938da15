import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../shared/i18n/dates';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { decimalSeparator, formatSigned, formatCount, formatDecimal, formatNumber, formatPercent, readDecimal } from '../../../shared/i18n/numbers';

const COMMA_LANGUAGES: readonly Language[] = ['de', 'fr', 'es', 'pt'];

describe('numbers in each language', () => {
  it('writes a decimal with its separator: 4.3 in English, 4,3 in the other four', () => {
    expect(formatDecimal(4.25, 1, 'en')).toBe('4.3');
    for (const language of COMMA_LANGUAGES) expect(formatDecimal(4.25, 1, language)).toBe('4,3');
    expect(LANGUAGES.map(decimalSeparator)).toEqual(['.', ',', ',', ',', ',']);
  });

  it('writes exactly the digits asked, rounding as toFixed does, and never groups a decimal', () => {
    for (const value of [0, 1, 2.5, 4.25, 4.35, 1.005, 9.95, 10, 0.05, 1234.5678]) {
      expect(formatDecimal(value, 1, 'en')).toBe(value.toFixed(1));
      expect(formatDecimal(value, 2, 'en')).toBe(value.toFixed(2));
      expect(formatDecimal(value, 2, 'de')).toBe(value.toFixed(2).replace('.', ','));
    }
    expect(formatDecimal(-0, 1, 'en')).toBe('0.0');
    expect(formatDecimal(-0.04, 1, 'de')).toBe('0,0');
    expect(formatDecimal(-0.01, 2, 'fr')).toBe('-0,01');
  });

  it('writes a number as it is, with the decimals it has', () => {
    expect(formatNumber(1.5, 'en')).toBe('1.5');
    expect(formatNumber(1.5, 'pt')).toBe('1,5');
    expect(formatNumber(2, 'de')).toBe('2');
    expect(formatNumber(0.25, 'es')).toBe('0,25');
    expect(formatNumber(1 / 3, 'en')).toBe(String(1 / 3));
    expect(formatNumber(-1e300, 'en')).toBe('-1e+300');
    expect(formatNumber(1.5e-7, 'de')).toBe('1,5e-7');
  });

  it('groups counts as each language does', () => {
    expect(formatCount(100_000, 'en')).toBe('100,000');
    expect(formatCount(100_000, 'de')).toBe('100.000');
    expect(formatCount(100_000, 'fr')).toMatch(/^100[\u00a0\u202f]000$/u);
    expect(formatCount(7, 'es')).toBe('7');
  });

  it('signs a change with + and a real minus, and says nothing for one that rounds to none', () => {
    expect(formatSigned(0.5, 1, 'en')).toBe('+0.5');
    expect(formatSigned(-1.25, 1, 'en')).toBe('−1.3');
    expect(formatSigned(-1.25, 1, 'de')).toBe('−1,3');
    expect(formatSigned(0.04, 1, 'fr')).toBe('');
    expect(formatSigned(-0.04, 1, 'en')).toBe('');
    expect(formatSigned(0.05, 1, 'en')).toBe('+0.1');
  });

  it('writes a percent as English always has, and as Intl has it in the others', () => {
    expect(formatPercent(80, 'en')).toBe('80 %');
    expect(formatPercent(80, 'de')).toBe('80\u00a0%');
    // French's space before % is a no-break one, thin or not as the ICU's version has it.
    expect(formatPercent(80, 'fr')).toMatch(/^80[\u00a0\u202f]%$/u);
    expect(formatPercent(80, 'es')).toBe('80\u00a0%');
    expect(formatPercent(80, 'pt')).toBe('80%');
    expect(formatPercent(61, 'de')).toBe('61\u00a0%');
  });
});

describe('reading a typed decimal', () => {
  it('reads the decimal comma and the point where the language writes a comma', () => {
    for (const language of COMMA_LANGUAGES) {
      expect(readDecimal('4,3', language)).toEqual({ ok: true, value: 4.3 });
      expect(readDecimal(' 4.3 ', language)).toEqual({ ok: true, value: 4.3 });
    }
  });

  it('reads the point in English and refuses a comma there, saying so', () => {
    expect(readDecimal('4.3', 'en')).toEqual({ ok: true, value: 4.3 });
    expect(readDecimal('4,3', 'en')).toEqual({ ok: false, problem: 'comma' });
    expect(readDecimal('1,000', 'en')).toEqual({ ok: false, problem: 'comma' });
  });

  it('reads whole numbers, short and half-typed forms and a sign', () => {
    expect(readDecimal('7', 'en')).toEqual({ ok: true, value: 7 });
    expect(readDecimal('.5', 'en')).toEqual({ ok: true, value: 0.5 });
    expect(readDecimal(',5', 'de')).toEqual({ ok: true, value: 0.5 });
    expect(readDecimal('4,', 'fr')).toEqual({ ok: true, value: 4 });
    expect(readDecimal('-2,5', 'es')).toEqual({ ok: true, value: -2.5 });
    expect(readDecimal('−2.5', 'en')).toEqual({ ok: true, value: -2.5 });
    expect(readDecimal('+3', 'pt')).toEqual({ ok: true, value: 3 });
  });

  it('refuses nothing typed, two separators, letters and everything else', () => {
    for (const language of LANGUAGES) {
      expect(readDecimal('', language)).toEqual({ ok: false, problem: 'empty' });
      expect(readDecimal('   ', language)).toEqual({ ok: false, problem: 'empty' });
      for (const text of ['4,3,2', '4.3.2', '4,3.2', 'abc', '4a', '4 3', '1e3', 'Infinity', 'NaN', '.', ',', '-', '0x10', '4..3', `1${'0'.repeat(400)}`]) {
        expect(readDecimal(text, language), `${text} in ${language}`).toEqual({ ok: false, problem: 'not-a-number' });
      }
    }
  });
});

describe('dates in each language', () => {
  it('writes a session day: ISO in English, day first in the others', () => {
    expect(formatDate('2025-03-12', 'en')).toBe('2025-03-12');
    expect(formatDate('2025-03-12', 'de')).toBe('12.03.2025');
    expect(formatDate('2025-03-12', 'fr')).toBe('12/03/2025');
    expect(formatDate('2025-12-03', 'fr')).toBe('03/12/2025');
    expect(formatDate('2025-03-12', 'es')).toBe('12/03/2025');
    expect(formatDate('2025-03-12', 'pt')).toBe('12/03/2025');
  });

  it('shows text that is no day as it is', () => {
    for (const text of ['', 'spring 2025', '2025-02-30', '2025-13-01', '0099-01-01', '12.03.2025']) expect(formatDate(text, 'de')).toBe(text);
  });

  it('writes a moment in local time to the minute, 24 hours', () => {
    const moment = new Date(2025, 2, 12, 16, 5);
    expect(formatDateTime(moment, 'en')).toBe('2025-03-12 16:05');
    expect(formatDateTime(moment, 'de')).toBe('12.03.2025, 16:05');
    expect(formatDateTime(moment, 'fr')).toBe('12/03/2025 16:05');
    expect(formatDateTime(new Date(2025, 2, 12, 9, 0), 'es')).toBe('12/03/2025, 09:00');
    expect(formatDateTime(moment, 'pt')).toBe('12/03/2025, 16:05');
  });
});
