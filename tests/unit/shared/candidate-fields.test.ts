// The candidate field table (shared/session/candidate-fields.ts) is the one description of a
// candidate's fields: these tests keep it in step with the schema, and check that what the CSV
// export, the import, merging and a new candidate take from it behaves as each entry says.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  backlogCsvColumns,
  backlogToCsv,
  blankCandidate,
  CANDIDATE_FIELDS,
  candidatesFromTable,
  CHOICE_FIELDS,
  dataAvailabilityFormOptions,
  fieldLabel,
  FIELD_NAMES,
  formHintOf,
  formLabelOf,
  guessColumnMapping,
  isTableError,
  LANGUAGES,
  matchHeader,
  mergeCandidates,
  normaliseHeader,
  parseCandidateTable,
  READINESS_COLUMNS,
  readinessColumnHeader,
  readinessColumnName,
  readinessAnswerSchema,
  readChoice,
  readinessAnswerLabel,
  readinessAnswerWord,
  readReadinessAnswer,
  readYesNo,
  sessionSchema,
  statusFormOptions,
  statusLabel,
  VALUE_WORDS,
  type Candidate,
  type ReadinessItem,
} from '../../../shared';
import { candidate, session } from './workshop-fixtures';

const candidateShape = (sessionSchema.shape.candidates.element as z.ZodObject).shape as Record<string, z.ZodType>;
/** Properties a person never fills in: they are made when the candidate is. */
const MADE_NOT_FILLED = ['id', 'code', 'createdAt'];
/** Filled in, but item by item against the session's readiness items, not as one field (readiness-edits.ts). */
const CHECKLIST = ['readiness'];

describe('the field table and the schema', () => {
  it('covers every property of the schema’s candidate a person fills in, and no other', () => {
    const fromTable = new Set(CANDIDATE_FIELDS.map((field) => field.property));
    const fromSchema = Object.keys(candidateShape).filter((key) => !MADE_NOT_FILLED.includes(key) && !CHECKLIST.includes(key));
    expect([...fromTable].sort()).toEqual(fromSchema.sort());
  });

  it('gives each text field the schema’s length limit', () => {
    for (const field of CANDIDATE_FIELDS) {
      if (field.kind.type !== 'text') continue;
      const schema = candidateShape[field.property] as z.ZodString;
      expect([field.key, field.kind.maxLength]).toEqual([field.key, schema.maxLength]);
    }
  });

  it('lists each choice field’s options as the schema’s enum does, the default first', () => {
    for (const field of CANDIDATE_FIELDS) {
      if (field.kind.type !== 'choice') continue;
      const schema = candidateShape[field.property] as z.ZodEnum;
      expect(field.kind.options.map((option) => option.value)).toEqual(schema.options);
    }
  });

  it('makes a new candidate the schema accepts, every filled-in field empty', () => {
    const fresh = blankCandidate('cand-1', 'C1', 'Route tickets', '2026-01-01T08:00:00.000Z');
    expect(z.object(candidateShape).safeParse(fresh).success).toBe(true);
    // The whole value is pinned in session-edits.test.ts ("a captured candidate…"); here, that the table gave each property.
    expect(Object.keys(fresh).sort()).toEqual(Object.keys(candidateShape).sort());
    expect(fresh).toMatchObject({ id: 'cand-1', code: 'C1', title: 'Route tickets', status: 'open', dataAvailability: 'unknown', override: null });
  });
});

const ITEMS: ReadinessItem[] = [
  { id: 'data-available', name: 'Data available', question: '' },
  { id: 'labels', name: 'Data quality and labels', question: 'Are there labels?' },
];

describe('the field table and the CSV', () => {
  it('writes one column per field, under the field’s label, then one per readiness item, between the code and the results', () => {
    const headers = backlogCsvColumns({ readinessItems: ITEMS }, 'en').map((column) => column.header);
    expect(headers[0]).toBe('Code');
    expect(headers.slice(1, 1 + CANDIDATE_FIELDS.length)).toEqual(CANDIDATE_FIELDS.map((field) => FIELD_NAMES[field.key].en.label));
    const afterFields = 1 + CANDIDATE_FIELDS.length;
    expect(headers.slice(afterFields, afterFields + 2)).toEqual(['Readiness: Data available', 'Readiness: Data quality and labels']);
    expect(headers.slice(afterFields + 2)).toEqual(['Impact', 'Complexity', 'Quadrant', 'Spread', 'Votes', 'Rank']);
    expect(backlogCsvColumns({ readinessItems: [] }, 'en')).toHaveLength(afterFields + 6);
  });

  it('heads each field’s column with the field’s name in the export’s language, which an import reads back as that field', () => {
    const german = backlogCsvColumns({ readinessItems: ITEMS }, 'de').map((column) => column.header);
    expect(german.slice(0, 4)).toEqual(['Kürzel', 'Titel', 'Problembeschreibung', 'Verantwortlich']);
    expect(german).toContain('Reife: Data quality and labels');
    for (const language of LANGUAGES) {
      const fieldHeaders = backlogCsvColumns({ readinessItems: [] }, language).slice(1, 1 + CANDIDATE_FIELDS.length).map((column) => column.header);
      expect([language, fieldHeaders]).toEqual([language, CANDIDATE_FIELDS.map((field) => FIELD_NAMES[field.key][language].label)]);
      expect([language, fieldHeaders.map((header) => matchHeader(header))]).toEqual([language, CANDIDATE_FIELDS.map((field) => ({ field: field.key, confidence: 'exact' }))]);
    }
  });

  it('heads a readiness column with its item’s name, and reads the name back from the header however it is spelt', () => {
    expect(readinessColumnHeader('Data quality and labels', 'en')).toBe('Readiness: Data quality and labels');
    expect(readinessColumnName(readinessColumnHeader('Scaling: volumes', 'en'))).toBe('Scaling: volumes');
    for (const language of LANGUAGES) expect([language, readinessColumnName(readinessColumnHeader('Scaling: volumes', language))]).toEqual([language, 'Scaling: volumes']);
    expect(readinessColumnName('READINESS - Scaling ')).toBe('Scaling');
    expect(readinessColumnName(' readiness — Données ')).toBe('Données');
    expect(readinessColumnName('Readiness:')).toBe('');
    expect(readinessColumnName('Readiness score')).toBeUndefined();
    expect(readinessColumnName('Ready: Scaling')).toBeUndefined();
    expect(readinessColumnName('Title')).toBeUndefined();
  });

  it('reads each readiness answer’s value and words, in every language, as that answer, no word as two, and the empty word as unknown', () => {
    expect(READINESS_COLUMNS.answers.map((option) => option.value)).toEqual(readinessAnswerSchema.options);
    const seen = new Map<string, string>();
    for (const option of READINESS_COLUMNS.answers) {
      for (const word of [option.value, ...Object.values(option.words).flat()]) {
        expect([word, readReadinessAnswer(word)]).toEqual([word, option.value]);
        expect([word, seen.get(word) ?? option.value]).toEqual([word, option.value]);
        seen.set(word, option.value);
      }
    }
    expect(['Ready', 'MISSING', ' partly ', '?', 'N/A', ''].map(readReadinessAnswer)).toEqual(['ready', 'missing', 'partly', 'unknown', 'unknown', 'unknown']);
    expect(readReadinessAnswer('maybe')).toBeUndefined();
  });

  it('reads each field’s name back as its own field, in every language', () => {
    for (const language of LANGUAGES) {
      const mapping = guessColumnMapping(CANDIDATE_FIELDS.map((field) => fieldLabel(field.key, language)));
      expect([language, mapping]).toEqual([language, Object.fromEntries(CANDIDATE_FIELDS.map((field, column) => [field.key, column]))]);
    }
  });

  it('reads each choice’s value and words, in every language, as that option, and no word as two options', () => {
    for (const field of CHOICE_FIELDS) {
      const key = field.key;
      for (const option of field.kind.options) {
        for (const word of [option.value, ...Object.values(option.words).flat()]) expect([key, word, readChoice(key, word)]).toEqual([key, word, option.value]);
      }
    }
    expect(readChoice('status', 'On hold')).toBe('parked');
    expect(readChoice('dataAvailability', 'N/A')).toBe('unknown');
    expect(readChoice('dataAvailability', '✓')).toBe('yes');
    expect(readChoice('status', 'maybe')).toBeUndefined();
  });

  it('reads yes and no in the words people write, and nothing else', () => {
    expect(['yes', 'Y', 'TRUE', 'x', '✓', 'oui'].map(readYesNo)).toEqual([true, true, true, true, true, true]);
    expect(['', 'no', 'N', 'false', '0', '✗', 'nein'].map(readYesNo)).toEqual([false, false, false, false, false, false, false]);
    expect(readYesNo('perhaps')).toBeUndefined();
  });

  it('names the options in the message for a choice cell it cannot read, and uses the default', () => {
    const table = parseCandidateTable('Title,Status,Data available\nRoute tickets,someday,lots\n', 'en');
    if (isTableError(table)) throw new Error(table.message);
    const row = candidatesFromTable(table, guessColumnMapping(table.headers ?? []), session(), (prefix) => `${prefix}-1`, new Date('2026-01-01T08:00:00Z'), { dateOrder: 'day-first' }, 'en').rows[0]!;
    expect(row.candidate).toMatchObject({ status: 'open', dataAvailability: 'unknown' });
    expect(row.problems).toEqual([
      'Data available: “lots” is not unknown, yes, partly or no; set to unknown.',
      'Status: “someday” is not Open, Shortlisted, Focus, Parked or Better without ML; set to Open.',
    ]);
  });

  it('writes every field as the import reads it back', () => {
    const full: Candidate = {
      ...candidate('a'),
      title: 'Route tickets',
      problem: 'Tickets wait a day',
      owner: 'Ana',
      keyMetric: 'Time to first answer',
      baseline: '26 h',
      measurement: 'Help-desk timestamps',
      dataAvailability: 'partly',
      nonMlAlternative: 'A rule on the subject line',
      betterWithoutMl: true,
      wrongPredictionCost: 'A ticket waits longer',
      tags: ['support', 'ops'],
      notes: '=SUM(A1)',
      readiness: [
        { itemId: 'data-available', answer: 'partly', evidence: 'Two years of tickets', owner: '' },
        { itemId: 'labels', answer: 'missing', evidence: 'No queue labels — yet', owner: 'Ana' },
      ],
      status: 'parked',
      override: { impact: 4, complexity: 2 },
    };
    const csv = backlogToCsv(session({ readinessItems: ITEMS, candidates: [full] }), { bom: false }, 'en');
    const table = parseCandidateTable(csv, 'en');
    if (isTableError(table)) throw new Error(table.message);
    const row = candidatesFromTable(table, guessColumnMapping(table.headers ?? []), session({ readinessItems: ITEMS }), (prefix) => `${prefix}-1`, new Date(full.createdAt), { dateOrder: 'day-first' }, 'en').rows[0]!;
    expect(row.problems).toEqual([]);
    const { id: _id, code: _code, ...fields } = full;
    expect(row.candidate).toMatchObject(fields);
  });
});

describe('the field table and merging', () => {
  const kept: Candidate = {
    ...candidate('keep'),
    title: 'Churn alerts',
    problem: 'Customers leave unseen',
    owner: '',
    keyMetric: 'Churn rate',
    baseline: '',
    measurement: '',
    dataAvailability: 'unknown',
    nonMlAlternative: '',
    betterWithoutMl: false,
    wrongPredictionCost: 'A call to a happy customer',
    tags: ['retention'],
    notes: 'From the first note',
    status: 'shortlisted',
    override: { impact: 4, complexity: 2 },
  };
  const duplicate: Candidate = {
    ...candidate('dup'),
    title: 'Predict churn',
    problem: 'Customers leave unseen',
    owner: 'Ana',
    keyMetric: 'Monthly churn',
    baseline: '3 %',
    measurement: 'Cancelled contracts in the CRM',
    dataAvailability: 'yes',
    nonMlAlternative: 'A report of cancelled contracts',
    betterWithoutMl: true,
    wrongPredictionCost: 'A lost customer',
    tags: ['loyalty', 'retention'],
    notes: 'From the second note',
    status: 'parked',
    override: { impact: 1, complexity: 5 },
  };

  it('treats each field by its policy: keep, fill the empty, join texts, unite tags, either yes', () => {
    const merged = mergeCandidates(session({ candidates: [kept, duplicate] }), 'keep', 'dup').candidates[0]!;
    const policies = Object.fromEntries(CANDIDATE_FIELDS.map((field) => [field.key, field.merge]));
    expect(policies).toEqual({
      title: 'keep',
      problem: 'join',
      owner: 'fill',
      keyMetric: 'fill',
      baseline: 'fill',
      measurement: 'fill',
      dataAvailability: 'fill',
      nonMlAlternative: 'join',
      betterWithoutMl: 'either',
      wrongPredictionCost: 'join',
      tags: 'unite',
      status: 'keep',
      notes: 'join',
      overrideImpact: 'keep',
      overrideComplexity: 'keep',
    });
    expect(merged).toEqual({
      ...kept,
      problem: 'Customers leave unseen',
      owner: 'Ana',
      baseline: '3 %',
      measurement: 'Cancelled contracts in the CRM',
      dataAvailability: 'yes',
      nonMlAlternative: 'A report of cancelled contracts',
      betterWithoutMl: true,
      wrongPredictionCost: 'A call to a happy customer\n\nA lost customer',
      tags: ['retention', 'loyalty'],
      notes: 'From the first note\n\nFrom the second note',
    });
  });

  it('fills only text and choices, whose empty value is one value (a list would need its own test of empty)', () => {
    const filled = CANDIDATE_FIELDS.filter((field) => field.merge === 'fill');
    expect(filled.length).toBeGreaterThan(0);
    for (const field of filled) expect([field.key, field.kind.type]).toEqual([field.key, expect.stringMatching(/^(text|choice)$/)]);
  });

  it('keeps what the kept candidate says even where it is a default: an open status, no place on the map', () => {
    const open = { ...kept, status: 'open' as const, override: null };
    const merged = mergeCandidates(session({ candidates: [open, duplicate] }), 'keep', 'dup').candidates[0]!;
    expect(merged).toMatchObject({ status: 'open', override: null, title: kept.title });
  });

  it('keeps a filled field and a choice other than the default, and never says no over yes', () => {
    const filled = { ...kept, owner: 'Ben', dataAvailability: 'no' as const, betterWithoutMl: true };
    const merged = mergeCandidates(session({ candidates: [filled, { ...duplicate, betterWithoutMl: false }] }), 'keep', 'dup').candidates[0]!;
    expect(merged).toMatchObject({ owner: 'Ben', dataAvailability: 'no', betterWithoutMl: true, keyMetric: 'Churn rate' });
  });
});

describe('the field table and people', () => {
  it('names every field once, in the words the form and the decision record use', () => {
    for (const language of LANGUAGES) {
      const labels = CANDIDATE_FIELDS.map((field) => fieldLabel(field.key, language));
      expect(new Set(labels).size, language).toBe(labels.length);
    }
    expect(fieldLabel('keyMetric', 'en')).toBe('Key metric');
    expect(fieldLabel('keyMetric', 'de')).toBe('Kennzahl');
  });

  it('names each field in each language as field-names.ts does, the name being the CSV header in that language', () => {
    for (const language of LANGUAGES) {
      for (const key of Object.keys(FIELD_NAMES) as (keyof typeof FIELD_NAMES)[]) expect([language, key, fieldLabel(key, language)]).toEqual([language, key, FIELD_NAMES[key][language].label]);
    }
  });

  it('gives the details form its own wording where a field has one, and the label elsewhere', () => {
    expect(formLabelOf('baseline', 'en')).toBe('Current baseline');
    expect(formLabelOf('nonMlAlternative', 'en')).toBe('Non-ML alternative (SQL, rules, a report)');
    expect(formLabelOf('owner', 'en')).toBe('Owner');
    expect(formLabelOf('keyMetric', 'en')).toBe('Key metric');
    expect(formLabelOf('baseline', 'fr')).toBe('Valeur de référence actuelle');
    expect(formLabelOf('owner', 'pt')).toBe('Responsável');
  });

  it('says why a field matters while it is empty, blank counting as empty, and nothing once filled', () => {
    expect(formHintOf('keyMetric', '', 'en')).toBe('Needed: the business metric this would move.');
    expect(formHintOf('keyMetric', '   ', 'en')).toBe('Needed: the business metric this would move.');
    expect(formHintOf('keyMetric', 'Churn rate', 'en')).toBeUndefined();
    expect(formHintOf('owner', '', 'en')).toBeUndefined();
    expect(formHintOf('keyMetric', '', 'es')).toBe('Necesario: la métrica de negocio que esto movería.');
  });

  it('offers the choices in the table’s order, each status in the word an import reads first in that language', () => {
    expect(statusFormOptions('en')).toEqual([
      { value: 'open', label: 'Open' },
      { value: 'shortlisted', label: 'Shortlisted' },
      { value: 'focus', label: 'Focus' },
      { value: 'parked', label: 'Parked' },
      { value: 'non-ml', label: 'Better without ML' },
    ]);
    expect(dataAvailabilityFormOptions('en').map((option) => [option.value, option.label])).toEqual([
      ['unknown', 'Not known yet'],
      ['yes', 'Yes'],
      ['partly', 'Partly'],
      ['no', 'No'],
    ]);
    for (const language of LANGUAGES) {
      for (const option of statusFormOptions(language)) {
        expect(option.label).toBe(VALUE_WORDS.status[option.value][language][0]);
        expect(readChoice('status', statusLabel(option.value, language))).toBe(option.value);
      }
    }
  });

  it('says each readiness answer, in every language, in a word an import reads as that answer', () => {
    for (const language of LANGUAGES) {
      for (const answer of readinessAnswerSchema.options) expect([language, readReadinessAnswer(readinessAnswerLabel(answer, language))]).toEqual([language, answer]);
    }
    // The CSV's cells say each answer as the checklist does, in each language: “Bereit”, “En partie”.
    for (const language of LANGUAGES) {
      const csv = readinessAnswerSchema.options.map((answer) => readinessAnswerWord(answer, language));
      expect([language, csv]).toEqual([language, readinessAnswerSchema.options.map((answer) => readinessAnswerLabel(answer, language))]);
    }
    expect(readinessAnswerSchema.options.map((answer) => readinessAnswerWord(answer, 'en'))).toEqual(['Ready', 'Partly', 'Missing', 'Unknown']);
  });
});

describe('reading words in cells and column names', () => {
  it('drops accents and keeps only letters and digits of a column name', () => {
    expect(normaliseHeader('Clé métrique')).toBe('clemetrique');
    expect(normaliseHeader('Propriétaire / Owner')).toBe('proprietaireowner');
    expect(guessColumnMapping(['Tïtle', 'Kéy metric'])).toEqual({ title: 0, keyMetric: 1 });
  });

  it('reads a cell word the same with spaces around it, in capitals or with punctuation', () => {
    expect(readChoice('dataAvailability', ' ? ')).toBe('unknown');
    expect(readChoice('dataAvailability', 'Yes!')).toBe('yes');
    expect(readChoice('dataAvailability', '(partly)')).toBe('partly');
    expect(readChoice('status', '  PARKED ')).toBe('parked');
  });

  it('reads a cell of symbols as it is, not as an empty cell: one it does not know is not the default', () => {
    expect(readChoice('dataAvailability', '✓')).toBe('yes');
    expect(readChoice('status', '**')).toBeUndefined();
    expect(readChoice('dataAvailability', '??')).toBeUndefined();
  });
});
