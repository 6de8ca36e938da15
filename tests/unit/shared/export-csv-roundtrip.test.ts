// CSV round trip over generated candidates: whatever the fields hold (delimiters, quotes,
// line breaks, formulas, non-Latin text, emoji), backlogToCsv → parseCandidateTable →
// guessColumnMapping → candidatesFromTable → importCandidates gives the same candidates.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  backlogToCsv,
  candidateStatusSchema,
  candidatesFromTable,
  createEmptySession,
  dataAvailabilitySchema,
  guessTableMapping,
  importCandidates,
  isTableError,
  parseCandidateTable,
  parseSession,
  serializeSession,
  type Candidate,
  type Session,
} from '../../../shared';

const NOW = new Date('2025-04-01T10:00:00.000Z');

const TRICKY = [
  'Prévision de la demande',
  '需求预测',
  'Прогноз оттока',
  'Churn 🚀 prediction 👩🏽‍💻',
  'a, b; c',
  'say "hi"',
  '"quoted"',
  'line one\nline two',
  'crlf\r\nline',
  'tab\there',
  '=SUM(A1:A2)',
  '+1 234',
  '-minus',
  '@handle',
  "'=already",
  "''+two",
  '#hash',
  'עברית',
  'العربية',
  '',
];

// Trimmed text, as the importer trims every cell (the app's own fields are entered trimmed).
const pieces = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ maxLength: 12 }));
const text = (maxParts: number) =>
  fc
    .array(pieces, { maxLength: maxParts })
    .map((parts) => parts.join(' ').trim())
    .filter((s) => s.length <= 200);
const title = text(4).filter((s) => s !== '');
const tag = text(2).filter((s) => s !== '' && !s.includes(';') && !s.includes(','));
const onScale = fc.integer({ min: 4, max: 20 }).map((n) => n / 4); // 1 to 5 in quarter steps

const candidateFields = fc.record({
  title,
  problem: text(6),
  owner: text(3),
  keyMetric: text(3),
  baseline: text(3),
  measurement: text(3),
  dataAvailability: fc.constantFrom(...dataAvailabilitySchema.options),
  nonMlAlternative: text(5),
  betterWithoutMl: fc.boolean(),
  wrongPredictionCost: text(5),
  // Tags are distinct per candidate (the importer drops repeats) and hold no ';' or ','
  // (the characters a tags cell is split on).
  tags: fc.uniqueArray(tag, { maxLength: 5 }),
  status: fc.constantFrom(...candidateStatusSchema.options),
  notes: text(6),
  readiness: fc.constant<Candidate['readiness']>([]),
  override: fc.option(fc.record({ impact: onScale, complexity: onScale }), { nil: null }),
});

function sessionWith(fields: Omit<Candidate, 'id' | 'code' | 'createdAt'>[]): Session {
  let n = 0;
  const base = createEmptySession(NOW, (prefix) => `${prefix}-base-${(n += 1)}`);
  return {
    ...base,
    candidates: fields.map((f, i) => ({ ...f, id: `cand-${i}`, code: `C${i + 1}`, createdAt: NOW.toISOString() })),
  };
}

function strip({ id: _id, createdAt: _createdAt, ...rest }: Candidate) {
  return rest;
}

describe('CSV round trip (property)', () => {
  test('export then import into a new session gives equal candidates', () => {
    fc.assert(
      fc.property(
        fc.array(candidateFields, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.constantFrom(',' as const, ';' as const),
        (fields, bom, delimiter) => {
          const original = sessionWith(fields);
          const csv = backlogToCsv(original, { bom, delimiter });
          const table = parseCandidateTable(csv);
          if (isTableError(table)) throw new Error(table.message);
          expect(table.delimiter).toBe(delimiter);
          let n = 0;
          const target = createEmptySession(NOW, (prefix) => `${prefix}-${(n += 1)}`);
          const preview = candidatesFromTable(table, guessTableMapping(table), target, (prefix) => `${prefix}-${(n += 1)}`, NOW);
          expect(preview.rows.flatMap((row) => row.problems)).toEqual([]);
          const imported = importCandidates(target, preview, { skipDuplicates: false });
          expect(imported.candidates.map(strip)).toEqual(original.candidates.map(strip));
          expect(parseSession(serializeSession(imported)).ok).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
