import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  backlogCsvColumns,
  backlogToCsv,
  candidatesFromTable,
  comparisonCsvHeaders,
  comparisonWord,
  comparisonForExport,
  createSampleSession,
  guessTableMapping,
  planOf,
  proposeMatches,
  sinceHeading,
  type ExportComparison,
  type Session,
} from '../../../shared';
import { changedSample } from '../../e2e/support/changed-sample';
import { idMaker, table } from './csv-import-helpers';

// Issue 16: with a comparison in use, the backlog CSV carries before columns and a "Since …"
// column after the results; the candidates dropped since then are no rows (the CSV is read back
// as candidates), and the importer reads such a file as it reads any of ours.

const NOW = new Date('2026-03-05T10:00:00.000Z');

function exportComparison(earlier: Session, current: Session): ExportComparison {
  const result = comparisonForExport(current, { earlier, fileName: 'last quarter.pickwise', plan: planOf(proposeMatches(earlier, current)) }, 'en');
  if (!result.ok) throw new Error(result.message);
  return result.comparison;
}

/** The CSV as records by header (papaparse, as a spreadsheet would read it). */
function records(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe('the backlog CSV with a comparison in use', () => {
  let earlier: Session;
  let current: Session;
  let comparison: ExportComparison;
  let since: string;
  beforeEach(() => {
    earlier = createSampleSession();
    current = changedSample();
    comparison = exportComparison(earlier, current);
    since = sinceHeading(earlier.frame, 'en');
  });

  it('adds the before columns and the "Since …" column after today’s results, and nothing else', () => {
    const csv = backlogToCsv(current, { bom: false, comparison }, 'en');
    const header = table(csv).headers!;
    expect(header).toEqual([...backlogCsvColumns(current, 'en').map((column) => column.header), 'Quadrant before', 'Rank before', 'Impact before', 'Complexity before', since]);
    expect(comparisonCsvHeaders('en')).toEqual(['Quadrant before', 'Rank before', 'Impact before', 'Complexity before']);
    // The columns today's CSV has hold the same cells with or without the comparison.
    const plain = table(backlogToCsv(current, { bom: false }, 'en')).rows;
    expect(table(csv).rows.map((row) => row.slice(0, -5))).toEqual(plain);
  });

  it('has one row per candidate of today, in session order: the dropped one is no row', () => {
    const rows = records(backlogToCsv(current, { bom: false, comparison }, 'en'));
    expect(rows.map((row) => row.Code)).toEqual(current.candidates.map((candidate) => candidate.code));
    expect(rows.map((row) => row.Code)).not.toContain('C4');
    const byCode = new Map(rows.map((row) => [row.Code, row]));
    const before = (code: string) => {
      const row = byCode.get(code)!;
      return [row.Quadrant, row['Quadrant before'], row.Rank, row['Rank before'], row['Impact before'], row['Complexity before'], row[since]];
    };
    expect(before('C2')).toEqual(['Quick wins', 'Big bets', '5', '6', '3.42', '3.07', 'Scores changed; weights or criteria changed']);
    expect(before('C10')).toEqual(['Big bets', 'Money pits', '8', '11', '2.42', '3.68', 'Scores changed; weights or criteria changed']);
    expect(before('C12')).toEqual(['Fill-ins', 'Quick wins', '11', '4', '3.21', '2.68', 'Weights or criteria changed; other candidates moved, came or went']);
    expect(before('C13')).toEqual(['Quick wins', '', '4', '', '', '', 'New since then']);
    // Set aside as better without ML: no rank then or now.
    expect(before('C8')).toEqual(['Fill-ins', 'Fill-ins', '', '', '2.04', '1.00', 'Weights or criteria changed']);
  });

  it('writes the columns with the chosen separator', () => {
    const csv = backlogToCsv(current, { bom: false, delimiter: ';', comparison }, 'en');
    expect(csv.split('\r\n')[0]!.endsWith(';Quadrant before;Rank before;Impact before;Complexity before;Since “Northwind Retail — ML opportunities workshop”, 2025-03-12')).toBe(true);
  });

  it('reads back as the same candidates as today’s CSV: the added columns are mapped to nothing', () => {
    const withComparison = table(backlogToCsv(current, { bom: true, comparison }, 'en'));
    const plain = table(backlogToCsv(current, { bom: true }, 'en'));
    const mapping = guessTableMapping(withComparison);
    expect(mapping).toEqual(guessTableMapping(plain));
    const added = new Set(withComparison.headers!.map((_header, column) => column).slice(-5));
    expect(Object.values(mapping).flat().filter((column) => typeof column === 'number' && added.has(column))).toEqual([]);
    const read = (parsed: typeof plain) => candidatesFromTable(parsed, guessTableMapping(parsed), createSampleSession(), idMaker(), NOW, { dateOrder: 'day-first' }, 'en');
    const back = read(withComparison);
    expect(back).toEqual(read(plain));
    expect(back.rows.map((row) => row.candidate?.title)).toEqual(current.candidates.map((candidate) => candidate.title));
  });

  it('with the earlier session sealed, carries no number from either side: paired candidates say so, the new one is new', () => {
    const sealedEarlier: Session = { ...earlier, settings: { ...earlier.settings, revealed: false } };
    const sealed = exportComparison(sealedEarlier, current);
    expect(sealed.result.kind).toBe('sealed');
    const rows = records(backlogToCsv(current, { bom: false, comparison: sealed }, 'en'));
    for (const row of rows) {
      expect([row['Quadrant before'], row['Rank before'], row['Impact before'], row['Complexity before']]).toEqual(['', '', '', '']);
      expect(row[since]).toBe(comparisonWord(row.Code === 'C13' ? 'new' : 'sealed', 'en'));
    }
    expect(comparisonWord('sealed', 'en')).toBe('Not compared while scores are sealed');
  });

  it('is today’s CSV without a comparison', () => {
    expect(backlogToCsv(current, { bom: true, comparison: null }, 'en')).toBe(backlogToCsv(current, { bom: true }, 'en'));
    expect(table(backlogToCsv(current, { bom: true }, 'en')).headers).toEqual(backlogCsvColumns(current, 'en').map((column) => column.header));
  });
});
