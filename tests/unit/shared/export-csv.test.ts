import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { describe, expect, test } from 'vitest';
import {
  backlogCsvColumns,
  backlogToCsv,
  candidatesFromTable,
  createEmptySession,
  createSampleSession,
  decodeTableFile,
  guessColumnMapping,
  guessTableMapping,
  importCandidates,
  isTableError,
  LANGUAGES,
  LIMITS,
  parseCandidateTable,
  parseSession,
  serializeSession,
  type Candidate,
  type Language,
  type Session,
} from '../../../shared';
import { idMaker, table } from './csv-import-helpers';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

const NOW = new Date('2025-04-01T10:00:00.000Z');


function importText(text: string, into: Session = createEmptySession('en', NOW, idMaker())): { session: Session; candidates: Candidate[] } {
  const parsed = table(text);
  const preview = candidatesFromTable(parsed, guessTableMapping(parsed), into, idMaker(), NOW, { dateOrder: 'day-first' }, 'en');
  const result = importCandidates(into, preview, { skipDuplicates: false });
  const reread = parseSession(serializeSession(result), 'en');
  expect(reread.ok).toBe(true);
  return { session: result, candidates: result.candidates.slice(into.candidates.length) };
}

/** What a CSV row carries of a candidate: everything but its id and its creation time. */
function fields(c: Candidate): Omit<Candidate, 'id' | 'createdAt'> {
  const { id: _id, createdAt: _createdAt, ...rest } = c;
  return rest;
}

describe('backlogToCsv', () => {
  test('writes a header line of the column list, then one CRLF line per candidate', () => {
    const sample = createSampleSession();
    const csv = backlogToCsv(sample, { bom: false }, 'en');
    const headers = backlogCsvColumns(sample, 'en').map((c) => c.header);
    expect(csv.startsWith('Code,Title,Problem statement,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(headers.join(','));
    const parsed = table(csv);
    expect(parsed.rows).toHaveLength(sample.candidates.length);
    expect(parsed.headers).toEqual(headers);
    expect(new Set(headers).size).toBe(headers.length);
  });

  test('starts with a BOM only when asked, and uses the chosen delimiter', () => {
    const sample = createSampleSession();
    expect(backlogToCsv(sample, { bom: true }, 'en').charCodeAt(0)).toBe(0xfeff);
    expect(backlogToCsv(sample, { bom: false }, 'en').charCodeAt(0)).not.toBe(0xfeff);
    const semi = backlogToCsv(sample, { bom: false, delimiter: ';' }, 'en');
    expect(semi.split('\r\n')[0]).toBe(backlogCsvColumns(sample, 'en').map((c) => c.header).join(';'));
    const parsed = table(semi);
    expect(parsed.delimiter).toBe(';');
  });

  test('writes the aggregates: impact, complexity, quadrant, spread, votes and rank, 2 decimals', () => {
    const s = session({
      participants: [participant('p1'), participant('p2')],
      criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
      candidates: [
        candidate('a', { code: 'C1', title: 'Alpha', tags: ['x', 'y'] }),
        candidate('b', { code: 'C2', title: 'Beta', betterWithoutMl: true }),
        candidate('u', { code: 'C3', title: 'Unscored', override: null }),
        candidate('o', { code: 'C4', title: 'Placed', override: { impact: 2.5, complexity: 4 } }),
      ],
      scores: [...scores('p1', 'a', { i: 5, c: 1 }), ...scores('p2', 'a', { i: 4, c: 2 }), ...scores('p1', 'b', { i: 3, c: 3 })],
      votes: [{ participantId: 'p1', candidateId: 'a', dots: 2 }],
    });
    const parsed = table(backlogToCsv(s, { bom: false }, 'en'));
    const col = (key: string) => backlogCsvColumns(s, 'en').findIndex((c) => c.key === key);
    const [a, b, u, o] = parsed.rows as [string[], string[], string[], string[]];
    expect(a[col('impact')]).toBe('4.50');
    expect(a[col('complexity')]).toBe('1.50');
    expect(a[col('quadrant')]).toBe('Quick wins');
    expect(a[col('spread')]).toBe('1.00');
    expect(a[col('votes')]).toBe('2');
    expect(a[col('rank')]).toBe('1');
    expect(a[col('tags')]).toBe('x; y');
    expect(a[col('betterWithoutMl')]).toBe('no');
    expect(b[col('betterWithoutMl')]).toBe('yes');
    expect(b[col('rank')]).toBe('');
    expect(u[col('impact')]).toBe('');
    expect(u[col('quadrant')]).toBe('');
    expect(u[col('spread')]).toBe('');
    expect(o[col('overrideImpact')]).toBe('2.50');
    expect(o[col('overrideComplexity')]).toBe('4.00');
    expect(o[col('rank')]).toBe('2');
  });

  test('writes decimal commas only in a semicolon-separated file in a language that writes them, and reads them back', () => {
    const s = session({
      participants: [participant('p1')],
      candidates: [candidate('o', { code: 'C1', title: 'Placed', override: { impact: 4.3, complexity: 2.25 } })],
    });
    const overrides = (delimiter: ',' | ';', language: 'en' | 'de' | 'fr') => {
      const parsed = table(backlogToCsv(s, { bom: false, delimiter }, language));
      expect(parsed.delimiter).toBe(delimiter);
      const col = (key: string) => backlogCsvColumns(s, language).findIndex((c) => c.key === key);
      return [parsed.rows[0]![col('overrideImpact')], parsed.rows[0]![col('overrideComplexity')], parsed.rows[0]![col('impact')]];
    };
    // What Excel set up for German or French reads as numbers; a comma-separated file keeps one number per cell.
    expect(overrides(';', 'de')).toEqual(['4,30', '2,25', '4,30']);
    expect(overrides(';', 'fr')).toEqual(['4,30', '2,25', '4,30']);
    expect(overrides(',', 'de')).toEqual(['4.30', '2.25', '4.30']);
    expect(overrides(';', 'en')).toEqual(['4.30', '2.25', '4.30']);
    const german = backlogToCsv(s, { bom: true, delimiter: ';' }, 'de');
    expect(german).toContain(';4,30;2,25;');
    expect(importText(german).candidates.map((c) => c.override)).toEqual([{ impact: 4.3, complexity: 2.25 }]);
  });

  test('writes every choice cell in the export’s language, in words an import in any language reads back', () => {
    const items = [{ id: 'data-available', name: 'Data available', question: '' }];
    const answered = (answer: 'ready' | 'partly' | 'missing' | 'unknown') => [{ itemId: 'data-available', answer, evidence: 'asked', owner: 'Ana' }];
    const s = session({
      readinessItems: items,
      candidates: [
        candidate('a', { code: 'C1', title: 'One', status: 'shortlisted', dataAvailability: 'yes', betterWithoutMl: false, readiness: answered('ready') }),
        candidate('b', { code: 'C2', title: 'Two', status: 'parked', dataAvailability: 'partly', betterWithoutMl: true, readiness: answered('partly') }),
        candidate('c', { code: 'C3', title: 'Three', status: 'non-ml', dataAvailability: 'no', betterWithoutMl: false, readiness: answered('missing') }),
        candidate('d', { code: 'C4', title: 'Four', status: 'open', dataAvailability: 'unknown', betterWithoutMl: false, readiness: answered('unknown') }),
        candidate('e', { code: 'C5', title: 'Five', status: 'focus', dataAvailability: 'unknown', betterWithoutMl: false }),
      ],
    });
    // Status, data available, better without ML, and the readiness cell of each candidate.
    const cells = (language: Language) => {
      const parsed = table(backlogToCsv(s, { bom: false }, language));
      const columns = backlogCsvColumns(s, language);
      const col = (key: string) => columns.findIndex((c) => c.key === key);
      return parsed.rows.map((row) => [row[col('status')], row[col('dataAvailability')], row[col('betterWithoutMl')], row[col('readiness')]]);
    };
    expect(cells('en')).toEqual([
      ['Shortlisted', 'yes', 'no', 'Ready — asked — owner: Ana'],
      ['Parked', 'partly', 'yes', 'Partly — asked — owner: Ana'],
      ['Better without ML', 'no', 'no', 'Missing — asked — owner: Ana'],
      ['Open', 'unknown', 'no', 'Unknown — asked — owner: Ana'],
      ['Focus', 'unknown', 'no', ''],
    ]);
    expect(cells('de')).toEqual([
      ['Vorauswahl', 'ja', 'nein', 'Bereit — asked — verantwortlich: Ana'],
      ['Geparkt', 'teilweise', 'ja', 'Teilweise — asked — verantwortlich: Ana'],
      ['Besser ohne ML', 'nein', 'nein', 'Fehlt — asked — verantwortlich: Ana'],
      ['Offen', 'unbekannt', 'nein', 'Unbekannt — asked — verantwortlich: Ana'],
      ['Fokus', 'unbekannt', 'nein', ''],
    ]);
    expect(cells('fr')).toEqual([
      ['Présélectionné', 'oui', 'non', 'Prêt — asked — responsable: Ana'],
      ['Mis de côté', 'en partie', 'oui', 'En partie — asked — responsable: Ana'],
      ['Mieux sans ML', 'non', 'non', 'Manquant — asked — responsable: Ana'],
      ['Ouvert', 'inconnu', 'non', 'Inconnu — asked — responsable: Ana'],
      ['Focus', 'inconnu', 'non', ''],
    ]);
    expect(cells('es')).toEqual([
      ['Preseleccionado', 'sí', 'no', 'Listo — asked — responsable: Ana'],
      ['Aparcado', 'en parte', 'sí', 'En parte — asked — responsable: Ana'],
      ['Mejor sin ML', 'no', 'no', 'Falta — asked — responsable: Ana'],
      ['Abierto', 'desconocido', 'no', 'Desconocido — asked — responsable: Ana'],
      ['Foco', 'desconocido', 'no', ''],
    ]);
    expect(cells('pt')).toEqual([
      ['Pré-selecionado', 'sim', 'não', 'Pronto — asked — responsável: Ana'],
      ['Em espera', 'em parte', 'sim', 'Em parte — asked — responsável: Ana'],
      ['Melhor sem ML', 'não', 'não', 'Falta — asked — responsável: Ana'],
      ['Aberto', 'desconhecido', 'não', 'Desconhecido — asked — responsável: Ana'],
      ['Foco', 'desconhecido', 'não', ''],
    ]);
    // Each language's file reads back as it was, whatever the interface's language.
    for (const language of LANGUAGES) {
      const back = importText(backlogToCsv(s, { bom: false }, language), session({ readinessItems: items })).candidates;
      expect([language, back.map((c) => [c.status, c.dataAvailability, c.betterWithoutMl, c.readiness])]).toEqual([
        language,
        s.candidates.map((c) => [c.status, c.dataAvailability, c.betterWithoutMl, c.readiness]),
      ]);
    }
  });

  test('quotes fields with delimiters, quotes and line breaks, and defuses formulas', () => {
    const s = session({
      candidates: [candidate('a', { code: 'C1', title: 'Say "hi", then go', notes: 'line one\nline two', owner: '=HYPERLINK("x")' })],
    });
    const csv = backlogToCsv(s, { bom: false }, 'en');
    expect(csv).toContain('"Say ""hi"", then go"');
    expect(csv).toContain('"line one\nline two"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const { candidates } = importText(csv);
    expect(candidates[0]!.owner).toBe('=HYPERLINK("x")');
    expect(candidates[0]!.notes).toBe('line one\nline two');
  });
});

describe('parseCandidateTable', () => {
  test('plain pasted text, one title per line: one column, no headers, blank lines skipped', () => {
    const parsed = table('Churn prediction\n\nDemand forecasting, per store\r\n  \nSupport-ticket routing\n');
    expect(parsed.headers).toBeNull();
    expect(parsed.delimiter).toBeNull();
    expect(parsed.rows).toEqual([['Churn prediction'], ['Demand forecasting, per store'], ['Support-ticket routing']]);
    expect(parsed.rowLines).toEqual([1, 3, 5]);
  });

  test('plain lines with stray quotes are read as typed', () => {
    const parsed = table('"Smart" pricing\nA "quoted" word\n');
    expect(parsed.rows).toEqual([['"Smart" pricing'], ['A "quoted" word']]);
  });

  test('a one-column list with a title header', () => {
    const parsed = table('Title\nFraud detection\n"Multi\nline"\n');
    expect(parsed.headers).toEqual(['Title']);
    expect(parsed.rows).toEqual([['Fraud detection'], ['Multi\nline']]);
    expect(parsed.rowLines).toEqual([2, 3]);
  });

  test('detects comma, semicolon and tab', () => {
    expect(table('Title,Owner\nA,B\n').delimiter).toBe(',');
    expect(table('Title;Owner\nA;"B, with comma"\n').delimiter).toBe(';');
    const tabbed = table('Title\tOwner\tKPI\nA\tB\tC\n');
    expect(tabbed.delimiter).toBe('\t');
    expect(tabbed.rows).toEqual([['A', 'B', 'C']]);
  });

  test('a row count of physical lines skips lines inside quoted fields', () => {
    const parsed = table('Title,Notes\r\n"A","one\r\ntwo\r\nthree"\r\nB,x\r\n');
    expect(parsed.rows).toEqual([
      ['A', 'one\r\ntwo\r\nthree'],
      ['B', 'x'],
    ]);
    expect(parsed.rowLines).toEqual([2, 5]);
  });

  const UNCLOSED = 'a quoted field starts here and is never closed, so everything after it would be read as one value. Add the closing quote (") where the field ends.';

  test('an unclosed quote says so and names the line it opens on, not where the file ends', () => {
    const result = parseCandidateTable('Title,Owner\nA,B\n"C, with\nnewline",D\n"E,F\nG,H\nI,J\n', 'en');
    expect(result).toEqual({ ok: false, line: 5, message: `Line 5: ${UNCLOSED}` });
  });

  test.each([
    ['semicolons', 'Title;Owner\nA;Ana\nB;"Ben\nC;Cleo\n', 3],
    ['tabs, pasted from a spreadsheet', 'Title\tOwner\nA\tAna\n"B\tBen\nC\tCleo\n', 3],
    ['CRLF line ends', 'Title,Owner\r\nA,Ana\r\n"B,Ben\r\nC,Cleo\r\n', 3],
    ['an opening quote at the end of its line', 'Title,Owner\nA,"\nB,Ben\n', 2],
    ['no header row, so no delimiter papaparse could see', 'A,Ana\n"B,Ben\nC,Cleo\nD,Dan\n', 2],
    ['no header row, broken in the first row', '"A,Ana\nB,Ben\nC,Cleo\n', 1],
    ['a byte order mark', '\uFEFFTitle,Owner\nA,Ana\nB,"Ben\n', 3],
  ])('an unclosed quote with %s is named at the line it opens on', (_kind, text, line) => {
    expect(parseCandidateTable(text, 'en')).toEqual({ ok: false, line, message: `Line ${line}: ${UNCLOSED}` });
  });

  test('an unclosed quote closed by mistake by a later field’s quote names where it opens and where it goes wrong', () => {
    const result = parseCandidateTable('Title,Owner\nA,"Ana\nB,Ben\nC,"Cleo"\n', 'en');
    expect(result).toEqual({
      ok: false,
      line: 2,
      message:
        'Line 2: the quoted field that starts here is not closed where it should be: on line 4, a quote inside it is followed by other text. Close the field with a quote right before the next delimiter or line end, and write a quote inside it as two quotes ("").',
    });
  });

  test('a stray quote after a quoted field names its line', () => {
    const result = parseCandidateTable('Title,Owner\nA,B\n"C"x,D\n', 'en');
    expect(isTableError(result) && result.message).toBe(
      'Line 3: the quoted field that starts here is not closed where it should be: a quote inside it is followed by other text. Close the field with a quote right before the next delimiter or line end, and write a quote inside it as two quotes ("").',
    );
  });

  test('property: a table with one closing quote taken out is refused at the line where that field opens', () => {
    // Cells that never start or end with a delimiter, space or line break, so the only other
    // quotes are opening and closing quotes of other fields, as in any spreadsheet's CSV.
    // Only the table's own delimiter occurs in it, and it has two rows or more: otherwise the
    // text may be another table as validly (one row "a;"b,c" is two comma-separated fields).
    const word = fc.stringMatching(/^[a-zA-Z0-9]{1,6}$/);
    const table = fc.constantFrom(',', ';', '\t').chain((delimiter) => {
      const cell = fc.tuple(word, fc.constantFrom('', delimiter, '\n', '\r\n', ' '), word).map(([a, mid, b]) => (mid === '' ? a : `${a}${mid}${b}`));
      const rows = fc.integer({ min: 2, max: 4 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 2, maxLength: 6 }));
      return fc.tuple(fc.constant(delimiter), rows);
    });
    fc.assert(
      fc.property(
        table,
        fc.nat(),
        fc.boolean(),
        ([delimiter, rows], pick, crlf) => {
          const eol = crlf ? '\r\n' : '\n';
          // Quote the cells that need it, and the one whose closing quote goes missing.
          const flat = rows.flatMap((row, r) => row.map((_, c) => [r, c] as const));
          const [br, bc] = flat[pick % flat.length]!;
          let text = '';
          let opensAt = -1;
          let closesAt = -1;
          rows.forEach((row, r) => {
            row.forEach((value, c) => {
              if (c > 0) text += delimiter;
              const quoted = /[,;\t\r\n]/.test(value) || (r === br && c === bc);
              if (r === br && c === bc) opensAt = text.length;
              text += quoted ? `"${value}"` : value;
              if (r === br && c === bc) closesAt = text.length - 1;
            });
            text += eol;
          });
          const broken = text.slice(0, closesAt) + text.slice(closesAt + 1);
          const line = text.slice(0, opensAt).split(/\r\n|\n/).length;
          const result = parseCandidateTable(broken, 'en');
          expect(isTableError(result), broken).toBe(true);
          if (!isTableError(result)) return;
          expect(result.line, broken).toBe(line);
          expect(result.message, broken).toMatch(new RegExp(`^Line ${line}: (a quoted field starts here and is never closed|the quoted field that starts here is not closed where it should be)`));
        },
      ),
      { numRuns: propertyRuns(500) },
    );
  });

  test('a row with a different number of fields names its line', () => {
    const more = parseCandidateTable('Title,Owner\nA,B\nC,D,E\nF,G\n', 'en');
    expect(isTableError(more) && more.message).toMatch(/^Line 3: 3 fields where the first row has 2\./);
    const fewer = parseCandidateTable('\uFEFFTitle;Owner;Notes\n\nA;B;C\nD;E\n', 'en');
    expect(isTableError(fewer) && fewer.message).toMatch(/^Line 4: 2 fields where the first row has 3\./);
  });

  test('empty text is an empty table', () => {
    expect(table('')).toEqual({ headers: null, rows: [], rowLines: [], delimiter: null });
  });
});

describe('guessColumnMapping', () => {
  test('maps the headers backlogToCsv writes to every import field', () => {
    const columns = backlogCsvColumns({ readinessItems: [] }, 'en');
    const mapping = guessColumnMapping(columns.map((c) => c.header));
    const index = (key: string) => columns.findIndex((c) => c.key === key);
    for (const field of ['title', 'problem', 'owner', 'keyMetric', 'baseline', 'measurement', 'dataAvailability', 'nonMlAlternative', 'betterWithoutMl', 'wrongPredictionCost', 'tags', 'status', 'notes', 'overrideImpact', 'overrideComplexity'] as const) {
      expect(mapping[field], field).toBe(index(field));
    }
    expect(Object.keys(mapping)).toHaveLength(15);
  });

  test('ignores case, spaces and punctuation, and knows common synonyms', () => {
    expect(guessColumnMapping(['NAME', 'kpi', 'Problem_Statement', 'labels'])).toEqual({ title: 0, keyMetric: 1, problem: 2, tags: 3 });
    expect(guessColumnMapping(['Candidate', 'Metric', 'Responsible'])).toEqual({ title: 0, keyMetric: 1, owner: 2 });
    expect(guessColumnMapping(['  key-metric ', 'Zzz', 'Comments'])).toEqual({ keyMetric: 0, notes: 2 });
  });

  test('"problem" is the title when no column is one', () => {
    expect(guessColumnMapping(['Problem', 'Owner'])).toEqual({ title: 0, owner: 1 });
    expect(guessColumnMapping(['Title', 'Problem'])).toEqual({ title: 0, problem: 1 });
  });
});

describe('candidatesFromTable and importCandidates', () => {
  test('normalises values from many spellings and lists what it changed', () => {
    const text = [
      'Title;Data;Better without ML;Tags;Status;Override impact;Override complexity',
      'A;Partially;x;a, b ,a;Shortlist;4,5;2',
      'B;nope;maybe;one;Later;9;0',
      'C;;TRUE;;non-ML;3;',
      ';yes;no;;open;;',
    ].join('\n');
    const parsed = table(text);
    const base = session({ candidates: [candidate('old', { code: 'C7', title: 'Existing' })] });
    const preview = candidatesFromTable(parsed, guessTableMapping(parsed), base, idMaker(), NOW, { dateOrder: 'day-first' }, 'en');
    const [a, b, c, empty] = preview.rows;
    expect(a!.candidate).toMatchObject({ code: 'C8', title: 'A', dataAvailability: 'partly', betterWithoutMl: true, tags: ['a', 'b'], status: 'shortlisted', override: { impact: 4.5, complexity: 2 } });
    expect(a!.problems).toEqual([]);
    expect(a!.line).toBe(2);
    expect(b!.candidate).toMatchObject({ code: 'C9', dataAvailability: 'unknown', betterWithoutMl: false, status: 'parked', override: { impact: 5, complexity: 1 } });
    expect(b!.problems).toHaveLength(3);
    expect(b!.problems.join(' ')).toMatch(/Data available: “nope”.*Better without ML: “maybe”.*Override: moved onto the scale 1 to 5/);
    expect(c!.candidate).toMatchObject({ code: 'C10', dataAvailability: 'unknown', betterWithoutMl: true, status: 'non-ml', override: null });
    expect(c!.problems).toEqual(['Override: needs both impact and complexity; the row has no override.']);
    expect(empty!.candidate).toBeNull();
    expect(empty!.line).toBe(5);
    expect(empty!.problems).toEqual(['No title: this row is left out.']);
    expect(preview.rows.map((row) => row.candidate?.createdAt ?? null)).toEqual([NOW.toISOString(), NOW.toISOString(), NOW.toISOString(), null]);
  });

  test('shortens text to the schema limits with a note', () => {
    const long = 'é'.repeat(LIMITS.shortText + 50);
    const tags = Array.from({ length: LIMITS.tags + 5 }, (_, i) => `t${i}`).join('; ');
    const parsed = table(`Title,Owner,Tags\n${long},${long},"${tags}"\n`);
    const preview = candidatesFromTable(parsed, guessTableMapping(parsed), session(), idMaker(), NOW, { dateOrder: 'day-first' }, 'en');
    const row = preview.rows[0]!;
    expect(row.candidate!.title).toHaveLength(LIMITS.shortText);
    expect(row.candidate!.owner).toHaveLength(LIMITS.shortText);
    expect(row.candidate!.tags).toHaveLength(LIMITS.tags);
    expect(row.problems).toEqual(['Title shortened to 200 characters.', 'Owner shortened to 200 characters.', `Only the first ${LIMITS.tags} tags are kept.`]);
    const result = importCandidates(session(), preview, { skipDuplicates: false });
    expect(parseSession(serializeSession(result), 'en').ok).toBe(true);
  });

  test('never cuts an emoji in half when shortening', () => {
    const title = `${'a'.repeat(LIMITS.shortText - 1)}😀`;
    const parsed = table(`Title\n${title}\n`);
    const row = candidatesFromTable(parsed, { title: 0 }, session(), idMaker(), NOW, { dateOrder: 'day-first' }, 'en').rows[0]!;
    expect(row.candidate!.title).toBe('a'.repeat(LIMITS.shortText - 1));
  });

  test('marks duplicates of existing candidates and of earlier rows; skipDuplicates leaves them out', () => {
    const base = session({ candidates: [candidate('old', { code: 'C1', title: 'Churn prediction' })] });
    const parsed = table('  churn   PREDICTION \nDemand forecasting\ndemand forecasting\nPrévision\nprevision\n');
    const preview = candidatesFromTable(parsed, { title: 0 }, base, idMaker(), NOW, { dateOrder: 'day-first' }, 'en');
    const ids = preview.rows.map((row) => row.candidate!.id);
    expect(preview.rows.map((row) => row.duplicateOf)).toEqual(['old', null, ids[1], null, ids[3]]);

    const skipped = importCandidates(base, preview, { skipDuplicates: true });
    expect(skipped.candidates.map((c) => [c.code, c.title])).toEqual([
      ['C1', 'Churn prediction'],
      ['C2', 'Demand forecasting'],
      ['C3', 'Prévision'],
    ]);
    const all = importCandidates(base, preview, { skipDuplicates: false });
    expect(all.candidates.map((c) => c.code)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6']);
    expect(parseSession(serializeSession(all), 'en').ok).toBe(true);
    expect(base.candidates).toHaveLength(1);
  });

  test('a CSV with quoted commas, newlines in fields, a BOM, semicolons and non-Latin text imports right', () => {
    const text =
      '\uFEFFRef;Title;Problem;Key metric;Tags\r\n' +
      'x;"Prévision de la demande, par magasin";"Ruptures ; gaspillage\r\nen rayon";"Taux de rupture";"retail; frais"\r\n' +
      'x;需求预测;"库存 ""过多""";"缺货率";供应链\r\n' +
      'x;Прогноз оттока 🚀;"Клиенты уходят,\nмолча";Отток;"клиенты; CRM"\r\n';
    const { candidates } = importText(text);
    expect(candidates.map(fields)).toEqual([
      expect.objectContaining({ code: 'C1', title: 'Prévision de la demande, par magasin', problem: 'Ruptures ; gaspillage\r\nen rayon', keyMetric: 'Taux de rupture', tags: ['retail', 'frais'] }),
      expect.objectContaining({ code: 'C2', title: '需求预测', problem: '库存 "过多"', keyMetric: '缺货率', tags: ['供应链'] }),
      expect.objectContaining({ code: 'C3', title: 'Прогноз оттока 🚀', problem: 'Клиенты уходят,\nмолча', keyMetric: 'Отток', tags: ['клиенты', 'CRM'] }),
    ]);
  });

  test('pasted lines become candidates with the next codes', () => {
    const base = createSampleSession();
    const { candidates } = importText('Price elasticity per category\nShelf-gap detection from photos\n', base);
    expect(candidates.map((c) => [c.code, c.title, c.status, c.dataAvailability])).toEqual([
      ['C13', 'Price elasticity per category', 'open', 'unknown'],
      ['C14', 'Shelf-gap detection from photos', 'open', 'unknown'],
    ]);
  });

  test('round trip of the sample session: every field comes back', () => {
    const sample = createSampleSession();
    for (const options of [{ bom: true }, { bom: false, delimiter: ';' as const }]) {
      const { candidates } = importText(backlogToCsv(sample, options, 'en'));
      expect(candidates.map(fields)).toEqual(sample.candidates.map(fields));
    }
  });

  test('does not go past the candidate limit', () => {
    const full = session({ candidates: Array.from({ length: LIMITS.candidates - 1 }, (_, i) => candidate(`k${i}`, { code: `C${i + 1}`, title: `T${i}` })) });
    const parsed = table('One more\nOne too many\n');
    const preview = candidatesFromTable(parsed, { title: 0 }, full, idMaker(), NOW, { dateOrder: 'day-first' }, 'en');
    expect(preview.rows[0]!.candidate).not.toBeNull();
    expect(preview.rows[1]!.candidate).toBeNull();
    expect(preview.rows[1]!.problems[0]).toMatch(/at most 20000 candidates/);
    expect(importCandidates(full, preview, { skipDuplicates: false }).candidates).toHaveLength(LIMITS.candidates);
  });
});

describe('decodeTableFile', () => {
  test('reads UTF-8 with and without a BOM, UTF-16 with a BOM, and falls back to Windows-1252, saying which', () => {
    const text = 'Title;Owner\r\nPrévision;Zoë\r\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeTableFile(utf8)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeTableFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8' });
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(decodeTableFile(utf16)).toEqual({ text, encoding: 'utf-16le' });
    const utf16be = Uint8Array.from(utf16, (_, i) => utf16[i % 2 === 0 ? i + 1 : i - 1]!);
    expect(decodeTableFile(utf16be)).toEqual({ text, encoding: 'utf-16be' });
    const cp1252 = Uint8Array.from(text, (c) => (c === 'é' ? 0xe9 : c === 'ë' ? 0xeb : c.charCodeAt(0)));
    expect(decodeTableFile(cp1252)).toEqual({ text, encoding: 'windows-1252' });
    expect(decodeTableFile(new Uint8Array([0x80, 0x93, 0x41, 0x94, 0x9f])).text).toBe('€“A”Ÿ');
    const parsed = table(decodeTableFile(cp1252).text);
    expect(parsed.rows).toEqual([['Prévision', 'Zoë']]);
  });
});
