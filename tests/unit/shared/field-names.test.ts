// The names and cell words an import reads in five languages (shared/session/field-names.ts):
// English stays Pickwise's own (the labels and header list of CANDIDATE_FIELDS), every language
// names every field, and no name or word is read two ways.
import { describe, expect, it } from 'vitest';
import { CANDIDATE_FIELDS, normaliseHeader, READINESS_COLUMNS } from '../../../shared/session/candidate-fields';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { FIELD_NAMES, VALUE_WORDS, type ImportFieldKey } from '../../../shared/session/field-names';

const FIELD_KEYS = Object.keys(FIELD_NAMES) as ImportFieldKey[];
const NON_ENGLISH = LANGUAGES.filter((language) => language !== 'en');

/** A cell word as the import compares it: as a column name is, but a cell of symbols as it is ("?", "✓"). */
function cellWord(text: string): string {
  const trimmed = text.trim();
  return /^[^\p{L}\p{N}]+$/u.test(trimmed) ? trimmed : normaliseHeader(trimmed);
}

type Words = Readonly<Record<Language, readonly string[]>>;

/** Every language's words of a value, as the import compares them. */
function wordsOf(...lists: Words[]): Set<string> {
  return new Set(lists.flatMap((list) => LANGUAGES.flatMap((language) => list[language].map(cellWord))));
}

/** The words that stand for two of the values: word → the values, for each such word. */
function sharedWords(values: Record<string, Set<string>>): Record<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const [value, words] of Object.entries(values)) {
    for (const word of words) owners.set(word, [...(owners.get(word) ?? []), value]);
  }
  return Object.fromEntries([...owners].filter(([, list]) => list.length > 1));
}

describe('FIELD_NAMES', () => {
  it('names every candidate field and the creation date, nothing else', () => {
    expect([...FIELD_KEYS].sort()).toEqual([...CANDIDATE_FIELDS.map((field) => field.key), 'createdAt'].sort());
  });

  it('names every field in every language, with synonyms', () => {
    for (const key of FIELD_KEYS) {
      for (const language of LANGUAGES) {
        const names = FIELD_NAMES[key][language];
        expect(normaliseHeader(names.label), `${key} ${language}`).not.toBe('');
        for (const synonym of names.synonyms) expect(normaliseHeader(synonym), `${key} ${language} “${synonym}”`).not.toBe('');
      }
      expect(FIELD_NAMES[key].en.synonyms.length, key).toBeGreaterThan(0);
      for (const language of NON_ENGLISH) {
        expect(FIELD_NAMES[key][language].synonyms.length, `${key} ${language}`).toBeGreaterThanOrEqual(3);
        expect(FIELD_NAMES[key][language].synonyms.length, `${key} ${language}`).toBeLessThanOrEqual(8);
      }
    }
  });

  it('never lists a name twice for a field in one language', () => {
    for (const key of FIELD_KEYS) {
      for (const language of LANGUAGES) {
        const { label, synonyms } = FIELD_NAMES[key][language];
        const names = [label, ...synonyms].map(normaliseHeader);
        expect(new Set(names).size, `${key} ${language}`).toBe(names.length);
      }
    }
  });

  it('lets no name stand for two fields, in any of the languages', () => {
    const namesByField = Object.fromEntries(
      FIELD_KEYS.map((key) => [key, new Set(LANGUAGES.flatMap((language) => [FIELD_NAMES[key][language].label, ...FIELD_NAMES[key][language].synonyms].map(normaliseHeader)))]),
    );
    expect(sharedWords(namesByField)).toEqual({});
  });

  it('does not take the Portuguese "Data" (a date) for the creation date: in English it is the data column', () => {
    expect(LANGUAGES.flatMap((language) => FIELD_NAMES.createdAt[language].synonyms).map(normaliseHeader)).not.toContain('data');
    expect(FIELD_NAMES.dataAvailability.en.synonyms.map(normaliseHeader)).toContain('data');
  });
});

describe('VALUE_WORDS', () => {
  const lists: [string, Words][] = [
    ['yes', VALUE_WORDS.yes],
    ['no', VALUE_WORDS.no],
    ['partly', VALUE_WORDS.partly],
    ['unknown', VALUE_WORDS.unknown],
    ...Object.entries(VALUE_WORDS.status).map(([status, words]): [string, Words] => [`status ${status}`, words]),
    ['readiness ready', VALUE_WORDS.readiness.ready],
    ['readiness missing', VALUE_WORDS.readiness.missing],
  ];

  it('has words in every language for every value, none empty', () => {
    for (const [name, words] of lists) {
      for (const language of LANGUAGES) {
        expect(words[language].length, `${name} ${language}`).toBeGreaterThan(0);
        for (const word of words[language]) expect(cellWord(word), `${name} ${language}`).not.toBe('');
      }
    }
  });

  it('lets no word stand for two of yes, no, partly and unknown', () => {
    const { yes, no, partly, unknown } = VALUE_WORDS;
    expect(sharedWords({ yes: wordsOf(yes), no: wordsOf(no), partly: wordsOf(partly), unknown: wordsOf(unknown) })).toEqual({});
  });

  it('lets no word stand for two statuses', () => {
    expect(sharedWords(Object.fromEntries(Object.entries(VALUE_WORDS.status).map(([status, words]) => [status, wordsOf(words)])))).toEqual({});
  });

  it('lets no word stand for two readiness answers, the yes and no words among them', () => {
    const { yes, no, partly, unknown, readiness } = VALUE_WORDS;
    expect(sharedWords({ ready: wordsOf(yes, readiness.ready), partly: wordsOf(partly), missing: wordsOf(no, readiness.missing), unknown: wordsOf(unknown) })).toEqual({});
  });

  it('reads every word the field table reads for a data availability, a status or a readiness answer, as that value', () => {
    const dataAvailability = CANDIDATE_FIELDS.find((field) => field.key === 'dataAvailability')!.kind.options;
    const statuses = CANDIDATE_FIELDS.find((field) => field.key === 'status')!.kind.options;
    const byValue: Record<string, Set<string>> = {
      yes: wordsOf(VALUE_WORDS.yes),
      no: wordsOf(VALUE_WORDS.no),
      partly: wordsOf(VALUE_WORDS.partly),
      unknown: wordsOf(VALUE_WORDS.unknown),
    };
    const readiness: Record<string, Set<string>> = {
      ready: wordsOf(VALUE_WORDS.yes, VALUE_WORDS.readiness.ready),
      partly: byValue.partly!,
      missing: wordsOf(VALUE_WORDS.no, VALUE_WORDS.readiness.missing),
      unknown: byValue.unknown!,
    };
    const tables: [string, readonly { value: string; words: Words }[], Record<string, Set<string>>][] = [
      ['data availability', dataAvailability, byValue],
      ['status', statuses, Object.fromEntries(Object.entries(VALUE_WORDS.status).map(([status, words]) => [status, wordsOf(words)]))],
      ['readiness', READINESS_COLUMNS.answers, readiness],
    ];
    for (const [table, options, words] of tables) {
      for (const option of options) {
        // The empty cell is each field's default, not a word.
        for (const word of [option.value, ...LANGUAGES.flatMap((language) => option.words[language])]) {
          expect(words[option.value]?.has(cellWord(word)), `${table} ${option.value} “${word}”`).toBe(true);
        }
      }
    }
  });

  it('reads the yes and no words of each language the brief asks for', () => {
    const expected: Record<Language, { yes: string[]; no: string[]; partly: string[]; unknown: string[] }> = {
      en: { yes: ['yes', 'true'], no: ['no', 'false'], partly: ['partly'], unknown: ['unknown'] },
      de: { yes: ['ja', 'wahr'], no: ['nein', 'falsch'], partly: ['teilweise'], unknown: ['unbekannt'] },
      fr: { yes: ['oui', 'vrai'], no: ['non', 'faux'], partly: ['en partie', 'partiellement'], unknown: ['inconnu'] },
      es: { yes: ['sí', 'verdadero'], no: ['no', 'falso'], partly: ['parcialmente', 'en parte'], unknown: ['desconocido'] },
      pt: { yes: ['sim', 'verdadeiro'], no: ['não', 'falso'], partly: ['parcialmente', 'em parte'], unknown: ['desconhecido'] },
    };
    for (const language of LANGUAGES) {
      for (const value of ['yes', 'no', 'partly', 'unknown'] as const) {
        const words = VALUE_WORDS[value][language].map(cellWord);
        for (const word of expected[language][value]) expect(words, `${language} ${value}`).toContain(cellWord(word));
      }
    }
  });
});
