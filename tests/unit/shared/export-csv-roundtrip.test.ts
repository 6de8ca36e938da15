// CSV round trip over generated candidates: whatever the fields and the readiness answers hold
// (delimiters, quotes, line breaks, formulas, dashes and "owner:" in evidence, non-Latin text,
// emoji), whichever of the five languages the export is written in (its headers are the
// fields' names there, its choice cells the words for them there), and whichever language the
// session it comes from and the one it goes into started in (their default readiness items
// named in it), backlogToCsv → parseCandidateTable → guessColumnMapping → candidatesFromTable →
// importCandidates gives the same candidates, their checklists on the same default items and
// on items of the same names.
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
  defaultReadinessItems,
  LANGUAGES,
  isTableError,
  normaliseHeader,
  parseCandidateTable,
  parseSession,
  readinessAnswerSchema,
  readinessCell,
  readReadinessCell,
  serializeSession,
  withDataAvailability,
  type Candidate,
  type Language,
  type ReadinessItem,
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
  // What a readiness cell is made of.
  '—',
  ' — ',
  '–',
  ' - ',
  '-',
  'owner:',
  'Owner :',
  '— owner: x',
  'Verantwortlich:',
  '— responsável: x',
  'Responsable :',
  'Ready',
  'Fehlt',
  'En partie',
  '"',
  '""',
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
  override: fc.option(fc.record({ impact: onScale, complexity: onScale }), { nil: null }),
});

// Evidence and owners are kept as typed, untrimmed: anything up to the format's 200 characters.
const untrimmed = fc.oneof(fc.array(pieces, { maxLength: 6 }).map((parts) => parts.join('')), fc.string({ unit: 'grapheme', maxLength: 20 })).filter((s) => s.length <= 200);
const answer = fc.record({ answer: fc.constantFrom(...readinessAnswerSchema.options), evidence: untrimmed, owner: untrimmed });

/**
 * The session's readiness items: the defaults, and up to two of the room's own, named as people
 * might (but not as a default item is in any language, which an import takes for that item).
 */
const DEFAULT_ITEMS = defaultReadinessItems('en');
const DEFAULT_IDS = new Set(DEFAULT_ITEMS.map((item) => item.id));
const DEFAULT_NAMES = LANGUAGES.flatMap((language) => defaultReadinessItems(language).map((item) => item.name));
const sameName = (name: string) => normaliseHeader(name) || name;
const ownItems = fc
  .uniqueArray(
    title.filter((name) => !DEFAULT_NAMES.some((defaultName) => sameName(defaultName) === sameName(name))),
    { maxLength: 2, selector: sameName },
  )
  .map((names) => names.map((name, i): ReadinessItem => ({ id: `own-${i}`, name, question: '' })));

/** Candidates with checklists on some of `items`: "Data available" and its item say the same, as the app keeps them. */
function candidatesOn(items: readonly ReadinessItem[]) {
  const checklist = fc.subarray(items.map((item) => item.id)).chain((ids) => fc.tuple(...ids.map((itemId) => answer.map((a) => ({ itemId, ...a })))));
  return fc.array(fc.tuple(candidateFields, checklist), { minLength: 1, maxLength: 6 }).map((rows) =>
    rows.map(([fields, readiness], i) =>
      withDataAvailability({ ...fields, readiness, id: `cand-${i}`, code: `C${i + 1}`, createdAt: NOW.toISOString() }, fields.dataAvailability),
    ),
  );
}

function sessionWith(items: ReadinessItem[], candidates: Candidate[], language: Language): Session {
  let n = 0;
  const base = createEmptySession(language, NOW, (prefix) => `${prefix}-base-${(n += 1)}`);
  return { ...base, readinessItems: [...base.readinessItems, ...items], candidates };
}

/**
 * A candidate as the CSV carries it: all but its id and creation time, its answers by default
 * item (named in each session's language) or else by item name (the room's own items' ids are
 * each session's).
 */
function strip({ id: _id, createdAt: _createdAt, readiness, ...rest }: Candidate, session: Session) {
  const nameOf = new Map(session.readinessItems.map((item) => [item.id, item.name]));
  return { ...rest, readiness: readiness.map(({ itemId, ...entry }) => ({ item: DEFAULT_IDS.has(itemId) ? itemId : nameOf.get(itemId), ...entry })) };
}

describe('CSV round trip (property)', () => {
  test('export then import into a new session gives equal candidates', () => {
    fc.assert(
      fc.property(
        ownItems.chain((items) => fc.tuple(fc.constant(items), candidatesOn([...DEFAULT_ITEMS, ...items]))),
        fc.boolean(),
        fc.constantFrom(',' as const, ';' as const),
        // In any language: headers and words in it, and decimal commas where it writes them in a semicolon-separated file.
        fc.constantFrom(...LANGUAGES),
        // The languages the two sessions started in: their default items named in them.
        fc.constantFrom(...LANGUAGES),
        fc.constantFrom(...LANGUAGES),
        ([items, candidates], bom, delimiter, language, from, into) => {
          const original = sessionWith(items, candidates, from);
          const csv = backlogToCsv(original, { bom, delimiter }, language);
          const table = parseCandidateTable(csv, 'en');
          if (isTableError(table)) throw new Error(table.message);
          expect(table.delimiter).toBe(delimiter);
          let n = 0;
          const target = createEmptySession(into, NOW, (prefix) => `${prefix}-${(n += 1)}`);
          const preview = candidatesFromTable(table, guessTableMapping(table), target, (prefix) => `${prefix}-${(n += 1)}`, NOW, { dateOrder: 'day-first' }, 'en');
          expect(preview.rows.flatMap((row) => row.problems)).toEqual([]);
          const imported = importCandidates(target, preview, { skipDuplicates: false });
          expect(imported.candidates.map((c) => strip(c, imported))).toEqual(original.candidates.map((c) => strip(c, original)));
          // The default items are the target's own, named in its language; the room's own items come in as new items of the same names.
          expect(imported.readinessItems.map((item) => item.name)).toEqual([...target.readinessItems, ...items].map((item) => item.name));
          expect(parseSession(serializeSession(imported), 'en').ok).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('readiness cell (property)', () => {
  test('any answer, evidence and owner read back exactly from the cell written for them', () => {
    fc.assert(
      fc.property(answer, (entry) => {
        expect(readReadinessCell(readinessCell(entry, 'en'), 'en')).toEqual({ ok: true, entry });
      }),
      { numRuns: 2000 },
    );
  });
});
