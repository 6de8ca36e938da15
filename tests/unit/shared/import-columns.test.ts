// Header recognition in five languages, with how sure it is, and the preview's columns chosen
// one by one (shared/export/csv-headers.ts, import-columns.ts).
import { describe, expect, it } from 'vitest';
import {
  chooseColumnTarget,
  FIELD_NAMES,
  guessColumnMapping,
  guessImportColumns,
  headersLanguage,
  IMPORT_FIELDS,
  LANGUAGES,
  importFileNotes,
  isKnownHeader,
  mappingOfColumns,
  matchHeader,
  parseCandidateTable,
  readYesNo,
  readChoice,
  readReadinessAnswer,
  fileDateOrder,
  type ParsedTable,
} from '../../../shared';

describe('matchHeader', () => {
  it('knows every field by its own name in each of the five languages, exactly', () => {
    for (const field of IMPORT_FIELDS) {
      for (const language of LANGUAGES) {
        const label = FIELD_NAMES[field][language].label;
        expect([language, label, matchHeader(label)]).toEqual([language, label, { field, confidence: 'exact' }]);
        expect(matchHeader(label.toUpperCase().replace(/ /g, '_'))).toEqual({ field, confidence: 'exact' });
      }
    }
  });

  it('knows the synonyms of every language as synonyms', () => {
    expect(matchHeader('Anwendungsfall')).toEqual({ field: 'title', confidence: 'synonym' });
    expect(matchHeader('Intitulé')).toEqual({ field: 'title', confidence: 'synonym' });
    expect(matchHeader('Dueño')).toEqual({ field: 'owner', confidence: 'synonym' });
    expect(matchHeader('Situação')).toEqual({ field: 'status', confidence: 'synonym' });
    expect(matchHeader('kpi')).toEqual({ field: 'keyMetric', confidence: 'synonym' });
  });

  it('guesses from a name inside the header, or a long name a letter or two off, and says it is a guess', () => {
    expect(matchHeader('Titel (kurz)')).toEqual({ field: 'title', confidence: 'guess' });
    expect(matchHeader('Problembeschreibung ausführlich')).toEqual({ field: 'problem', confidence: 'guess' });
    // The longest name held wins: "Problem statement" over "Problem".
    expect(matchHeader('Full problem statement text')).toEqual({ field: 'problem', confidence: 'guess' });
    expect(matchHeader('Kennzahll')).toEqual({ field: 'keyMetric', confidence: 'guess' });
    expect(matchHeader('Verantwortlicheer')).toEqual({ field: 'owner', confidence: 'guess' });
    // Five letters is too short to be a letter off: "Tital" is no title.
    expect(matchHeader('Tital')).toBeNull();
  });

  it('takes nothing from a header it does not know, or from a result column the export writes', () => {
    for (const header of ['Priorität intern', 'Zzz', '', 'Id', 'Impact', 'Wirkung', 'Komplexität', 'Rang', 'Quadrant before', 'Readiness: Data quality']) {
      expect([header, matchHeader(header)]).toEqual([header, null]);
    }
  });

  it('takes a first row for column names only on a name it knows for sure, never on a guess', () => {
    expect(isKnownHeader('Titel')).toBe(true);
    expect(isKnownHeader('Wirkung')).toBe(true);
    expect(isKnownHeader('Titel (kurz)')).toBe(false);
    const table = parseCandidateTable('Churn prediction details;Invoice matching problem statement\nA;B\n', 'en') as ParsedTable;
    expect(table.headers).toBeNull();
    expect(table.rows).toHaveLength(2);
  });
});

describe('guessImportColumns', () => {
  it('gives a field to the column that names it exactly before one that only names it by a synonym or a guess', () => {
    const columns = guessImportColumns(['Titel (kurz)', 'Name', 'Titre'], 3, 'en');
    expect(columns.map((column) => column.target)).toEqual([null, null, 'title']);
    expect(columns.map((column) => column.suggested)).toEqual([
      { target: 'title', confidence: 'guess' },
      { target: 'title', confidence: 'synonym' },
      { target: 'title', confidence: 'exact' },
    ]);
    expect(guessImportColumns(['Titel (kurz)', 'Name'], 2, 'en').map((column) => column.target)).toEqual([null, 'title']);
    expect(guessImportColumns(['Titel (kurz)', 'Owner'], 2, 'en').map((column) => column.target)).toEqual(['title', 'owner']);
  });

  it('takes a problem column for the titles when none is a title, as a guess the preview warns about', () => {
    const columns = guessImportColumns(['Problembeschreibung', 'Verantwortlich'], 2, 'en');
    expect(columns[0]).toMatchObject({ target: 'title', suggested: { target: 'title', confidence: 'guess' } });
    const notes = importFileNotes(columns, 'utf-8', 'day-first', 'en');
    expect(notes).toEqual([{ text: 'The titles are taken from “Problembeschreibung”, a guess. Check its first values below, or choose the column that holds the titles.', warning: true }]);
    expect(importFileNotes(guessImportColumns(['Titel', 'Problembeschreibung'], 2, 'en'), 'utf-8', 'day-first', 'en')).toEqual([]);
  });

  it('sends a readiness column to its item, whatever the language of its header word', () => {
    const columns = guessImportColumns(['Titel', 'Reife: Datenqualität', 'Readiness - Legal'], 3, 'en');
    expect(columns.map((column) => [column.target, column.readinessName])).toEqual([
      ['title', undefined],
      ['readiness', 'Datenqualität'],
      ['readiness', 'Legal'],
    ]);
    expect(mappingOfColumns(columns)).toEqual({
      title: 0,
      readiness: [
        { column: 1, header: 'Reife: Datenqualität', name: 'Datenqualität' },
        { column: 2, header: 'Readiness - Legal', name: 'Legal' },
      ],
    });
  });

  it('without headers, puts the titles in the first column and calls the columns by their number', () => {
    expect(guessImportColumns(null, 2, 'en')).toEqual([
      { index: 0, header: 'Column 1', suggested: { target: 'title', confidence: 'guess' }, readinessName: undefined, target: 'title' },
      { index: 1, header: 'Column 2', suggested: null, readinessName: undefined, target: null },
    ]);
  });
});

describe('chooseColumnTarget', () => {
  const columns = guessImportColumns(['Titel', 'Beschreibung', 'Reife: Recht'], 3, 'en');

  it('moves a field to the chosen column: the column that held it is left out', () => {
    const chosen = chooseColumnTarget(columns, 1, 'title');
    expect(chosen.map((column) => column.target)).toEqual([null, 'title', 'readiness']);
    expect(mappingOfColumns(chosen)).toMatchObject({ title: 1 });
    expect(mappingOfColumns(chosen).problem).toBeUndefined();
  });

  it('leaves a column out, and gives the readiness target only to a column whose header names an item', () => {
    expect(chooseColumnTarget(columns, 0, null).map((column) => column.target)).toEqual([null, 'problem', 'readiness']);
    expect(chooseColumnTarget(columns, 0, 'readiness')).toEqual(columns);
    expect(chooseColumnTarget(columns, 2, null).map((column) => column.target)).toEqual(['title', 'problem', null]);
    expect(chooseColumnTarget(chooseColumnTarget(columns, 2, null), 2, 'readiness').map((column) => column.target)).toEqual(['title', 'problem', 'readiness']);
  });

  it('can send any column to the creation day', () => {
    expect(mappingOfColumns(chooseColumnTarget(columns, 1, 'createdAt'))).toMatchObject({ title: 0, createdAt: 1 });
  });
});

describe('the file’s language', () => {
  it('is the language most recognised headers are names in; none on a tie or with nothing recognised', () => {
    expect(headersLanguage(['Titel', 'Verantwortlich', 'Status'])).toBe('de');
    expect(headersLanguage(['Title', 'Owner', 'Status'])).toBe('en');
    expect(headersLanguage(['Título', 'Responsable'])).toBe('es');
    expect(headersLanguage(['Título', 'Responsável'])).toBe('pt');
    expect(headersLanguage(['Título'])).toBeNull();
    expect(headersLanguage(['Zzz'])).toBeNull();
    expect(headersLanguage(null)).toBeNull();
  });

  it('reads slashed dates day first outside English; in English as the locale writes them', () => {
    expect(fileDateOrder(['Titre', 'Date de création'], 'en-US')).toBe('day-first');
    expect(fileDateOrder(['Title', 'Created'], 'en-US')).toBe('month-first');
    expect(fileDateOrder(['Title', 'Created'], 'en-GB')).toBe('day-first');
    expect(fileDateOrder(null, 'de-DE')).toBe('day-first');
  });
});

describe('importFileNotes', () => {
  const plain = guessImportColumns(['Title'], 1, 'en');
  it('says a Windows-1252 file was converted and asks to check its accents; a UTF-16 one was read as such; UTF-8 and pasted text say nothing', () => {
    expect(importFileNotes(plain, 'windows-1252', 'day-first', 'en')).toEqual([
      { text: 'The file is not in UTF-8: it was read as Windows-1252, the encoding of Excel’s “CSV” on Windows, and converted. Check letters such as ä, é and ñ in the values below.', warning: true },
    ]);
    expect(importFileNotes(plain, 'utf-16le', 'day-first', 'en')).toEqual([{ text: 'The file was read as UTF-16, Excel’s “Unicode text”.', warning: false }]);
    expect(importFileNotes(plain, 'utf-8', 'day-first', 'en')).toEqual([]);
    expect(importFileNotes(plain, null, 'day-first', 'en')).toEqual([]);
  });
});

describe('cell words in five languages', () => {
  it('reads yes, no and partly whatever the language, accents or not', () => {
    expect(['Ja', 'oui', 'Sí', 'si', 'SIM', 'wahr', 'Vrai', 'verdadero', 'x'].map(readYesNo)).toEqual(Array(9).fill(true));
    expect(['Nein', 'non', 'No', 'não', 'NAO', 'falsch', 'faux', 'falso', ''].map(readYesNo)).toEqual(Array(9).fill(false));
    expect(['teilweise', 'en partie', 'partiellement', 'parcialmente', 'em parte', 'en parte'].map((word) => readChoice('dataAvailability', word))).toEqual(Array(6).fill('partly'));
    expect(['unbekannt', 'inconnu', 'desconocido', 'desconhecido'].map((word) => readChoice('dataAvailability', word))).toEqual(Array(4).fill('unknown'));
    expect(['Vorauswahl', 'Présélectionné', 'Preseleccionado', 'Pré-selecionado'].map((word) => readChoice('status', word))).toEqual(Array(4).fill('shortlisted'));
    expect(['bereit', 'prêt', 'listo', 'pronto', 'fehlt', 'manquant'].map(readReadinessAnswer)).toEqual(['ready', 'ready', 'ready', 'ready', 'missing', 'missing']);
  });
});

describe('guessColumnMapping', () => {
  it('maps a German sheet’s columns to the right fields: the problem statement is not taken for the titles', () => {
    expect(guessColumnMapping(['Titel', 'Problembeschreibung', 'Kennzahl', 'Verantwortlich'])).toEqual({ title: 0, problem: 1, keyMetric: 2, owner: 3 });
  });
});
