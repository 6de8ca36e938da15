// Dates in imported cells as spreadsheets in the five languages write them (shared/export/csv-dates.ts).
import { describe, expect, it } from 'vitest';
import { candidatesFromTable, createSampleSession, dateOrderOf, guessTableMapping, parseCandidateTable, readDate, type ParsedTable } from '../../../shared';

const NOON = (day: string) => `${day}T12:00:00.000Z`;

describe('readDate', () => {
  it('reads ISO dates, with a time and a zone or without', () => {
    expect(readDate('2025-03-12', 'month-first')).toBe(NOON('2025-03-12'));
    expect(readDate(' 2025-3-2 ', 'day-first')).toBe(NOON('2025-03-02'));
    expect(readDate('2025-03-12 08:30', 'day-first')).toBe('2025-03-12T08:30:00.000Z');
    expect(readDate('2025-03-12T08:30:15+02:00', 'day-first')).toBe('2025-03-12T06:30:15.000Z');
    expect(readDate('2025-03-12T08:30:15.250-0330', 'day-first')).toBe('2025-03-12T12:00:15.000Z');
    expect(readDate("'2025-03-12", 'day-first')).toBe(NOON('2025-03-12'));
  });

  it('reads a dotted date day first always, with two- or four-digit years and a time', () => {
    expect(readDate('12.03.2025', 'month-first')).toBe(NOON('2025-03-12'));
    expect(readDate('2.3.25', 'day-first')).toBe(NOON('2025-03-02'));
    expect(readDate('12.03.2025 14:05', 'day-first')).toBe('2025-03-12T14:05:00.000Z');
    expect(readDate('03.13.2025', 'month-first')).toBe('invalid');
  });

  it('reads a slashed date in the given order, or the other when only it is a date', () => {
    expect(readDate('03/04/2025', 'day-first')).toBe(NOON('2025-04-03'));
    expect(readDate('03/04/2025', 'month-first')).toBe(NOON('2025-03-04'));
    expect(readDate('13/03/2025', 'month-first')).toBe(NOON('2025-03-13'));
    expect(readDate('03/13/2025', 'day-first')).toBe(NOON('2025-03-13'));
    expect(readDate('12-03-2025', 'day-first')).toBe(NOON('2025-03-12'));
    expect(readDate('3/4/2025, 9:15', 'month-first')).toBe('2025-03-04T09:15:00.000Z');
  });

  it('is empty for an empty cell and invalid for anything that is not a date', () => {
    expect(readDate('  ', 'day-first')).toBeUndefined();
    for (const cell of ['31.02.2025', '2025-02-29', '13/13/2025', 'yesterday', '12/03', '2025-03-12 25:00', '12.03.2025 10:61', '1.2.3.4']) {
      expect([cell, readDate(cell, 'day-first')]).toEqual([cell, 'invalid']);
    }
    expect(readDate('2024-02-29', 'day-first')).toBe(NOON('2024-02-29'));
  });
});

describe('dateOrderOf', () => {
  it('is month first for American English and day first for the others', () => {
    expect(dateOrderOf('en-US')).toBe('month-first');
    expect(['en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR'].map(dateOrderOf)).toEqual(Array(5).fill('day-first'));
    expect(dateOrderOf('not a locale!')).toBe('day-first');
  });
});

describe('an import with a column of creation days', () => {
  it('gives each candidate its day, in the order asked; a cell that is no date gets today, and the row says so', () => {
    const table = parseCandidateTable('Title;Created\nA;03/04/2025\nB;not yet\nC;\n', 'en') as ParsedTable;
    let next = 0;
    const ids = (prefix: string) => `${prefix}-${(next += 1)}`;
    const now = new Date('2026-12-04T10:00:00.000Z');
    const read = (dateOrder: 'day-first' | 'month-first') => candidatesFromTable(table, guessTableMapping(table), createSampleSession(), ids, now, { dateOrder }, 'en').rows;
    expect(read('day-first').map((row) => [row.candidate!.createdAt, row.problems])).toEqual([
      [NOON('2025-04-03'), []],
      [now.toISOString(), ['Created: “not yet” is not a date; set to today.']],
      [now.toISOString(), []],
    ]);
    expect(read('month-first')[0]!.candidate!.createdAt).toBe(NOON('2025-03-04'));
  });
});
