// Real-looking spreadsheet exports in the five languages (tests/fixtures/import, described in
// its README): each file's bytes go through what File ▸ Import does (decode, parse, headers,
// preview) and every column must land on the field the README names, every cell be understood.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedColumns, IMPORT_FIXTURES } from '../../fixtures/import/expected-columns';
import {
  candidatesFromTable,
  createSampleSession,
  decodeTableFile,
  fileDateOrder,
  guessImportColumns,
  headersLanguage,
  importFileNotes,
  isTableError,
  mappingOfColumns,
  parseCandidateTable,
  type Language,
} from '../../../shared';

const FOLDER = IMPORT_FIXTURES;

const FILES: { file: string; language: Language; encoding: string; delimiter: string; rows: number; bom: boolean; crlf: boolean }[] = [
  { file: 'en-google-sheets.csv', language: 'en', encoding: 'utf-8', delimiter: ',', rows: 8, bom: false, crlf: false },
  { file: 'de-excel-windows.csv', language: 'de', encoding: 'windows-1252', delimiter: ';', rows: 8, bom: false, crlf: true },
  { file: 'fr-excel-utf8.csv', language: 'fr', encoding: 'utf-8', delimiter: ';', rows: 7, bom: true, crlf: true },
  { file: 'es-libreoffice.csv', language: 'es', encoding: 'utf-8', delimiter: ';', rows: 7, bom: false, crlf: false },
  { file: 'pt-excel-utf8.csv', language: 'pt', encoding: 'utf-8', delimiter: ';', rows: 7, bom: true, crlf: true },
];

const ids = () => {
  let next = 0;
  return (prefix: string) => `${prefix}-${(next += 1)}`;
};

describe.each(FILES)('$file', ({ file, language, encoding, delimiter, rows, bom, crlf }) => {
  const bytes = readFileSync(join(FOLDER, file));
  const decoded = decodeTableFile(bytes);
  const table = parseCandidateTable(decoded.text, 'en');
  if (isTableError(table)) throw new Error(table.message);

  it('is what the README says it imitates: its encoding, byte order mark and line ends', () => {
    expect(decoded.encoding).toBe(encoding);
    expect(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf).toBe(bom);
    expect(bytes.includes(0x0d)).toBe(crlf);
    if (encoding === 'windows-1252') expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('parses with its delimiter into the rows it has, the accented letters intact', () => {
    expect(table.delimiter).toBe(delimiter);
    expect(table.rows).toHaveLength(rows);
    expect(table.headers).not.toBeNull();
    expect(decoded.text).not.toContain('\ufffd');
    expect(decoded.text).not.toMatch(/Ã.|â€/u);
  });

  it('sends every column to the field the README names, each by its name or a synonym (no guess), in its language', () => {
    const columns = guessImportColumns(table.headers, table.rows[0]!.length, 'en');
    const expected = expectedColumns(file);
    expect(columns.map((column) => ({ header: column.header, field: column.target }))).toEqual(expected);
    for (const column of columns) if (column.target !== null) expect([column.header, column.suggested?.confidence]).not.toEqual([column.header, 'guess']);
    expect(headersLanguage(table.headers)).toBe(language);
  });

  it('understands every cell: no row reports a problem; dates, decimal commas, yes/no/partly and statuses read', () => {
    const columns = guessImportColumns(table.headers, table.rows[0]!.length, 'en');
    // An American locale: the file's own language still reads its slashed dates day first.
    const dateOrder = fileDateOrder(table.headers, 'en-US');
    expect(dateOrder).toBe(language === 'en' ? 'month-first' : 'day-first');
    const preview = candidatesFromTable(table, mappingOfColumns(columns), createSampleSession(), ids(), new Date('2026-12-04T10:00:00Z'), { dateOrder }, 'en');
    expect(preview.rows.map((row) => [row.line, row.problems])).toEqual(preview.rows.map((row) => [row.line, []]));
    const candidates = preview.rows.map((row) => row.candidate!);
    expect(candidates.every((candidate) => candidate !== null)).toBe(true);
    expect(new Set(candidates.map((candidate) => candidate.status))).toEqual(new Set(['open', 'shortlisted', 'focus', 'parked', 'non-ml']));
    expect(new Set(candidates.map((candidate) => candidate.dataAvailability))).toEqual(new Set(['yes', 'partly', 'no', 'unknown']));
    expect(new Set(candidates.map((candidate) => candidate.betterWithoutMl))).toEqual(new Set([true, false]));
    expect(candidates[0]!.createdAt).toBe('2025-03-12T12:00:00.000Z');
    expect(candidates.some((candidate) => candidate.createdAt.startsWith('2026-12-04'))).toBe(false);
    const overridden = candidates.filter((candidate) => candidate.override !== null);
    expect(overridden.length).toBeGreaterThan(0);
    expect(overridden.some((candidate) => !Number.isInteger(candidate.override!.impact) || !Number.isInteger(candidate.override!.complexity))).toBe(true);
    expect(candidates.some((candidate) => candidate.tags.length > 1)).toBe(true);
  });

  it('says so when it was converted from Windows-1252, and how its dates are read', () => {
    const columns = guessImportColumns(table.headers, table.rows[0]!.length, 'en');
    const notes = importFileNotes(columns, decoded.encoding, fileDateOrder(table.headers, 'en-US'), 'en').map((note) => note.text);
    expect(notes.some((note) => note.includes('Windows-1252'))).toBe(encoding === 'windows-1252');
    expect(notes).toContain(language === 'en' ? 'Dates like 03/04/2025 are read month first: March 4, 2025.' : 'Dates like 03/04/2025 are read day first: 3 April 2025.');
  });
});
