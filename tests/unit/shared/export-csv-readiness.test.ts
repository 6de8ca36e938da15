// The readiness checklist in the backlog CSV: one column per readiness item, a cell a person
// reads ("Missing — no labels before 2025 — owner: Priya"), and what an import does with the
// columns: items matched by name, items the session lacks added, cells it cannot read named by
// line and column, and "Data available" kept one answer with its checklist item.
import { describe, expect, test } from 'vitest';
import {
  backlogCsvColumns,
  backlogToCsv,
  candidatesFromTable,
  guessTableMapping,
  importCandidates,
  LIMITS,
  parseSession,
  readinessCell,
  readReadinessCell,
  serializeSession,
  sessionAsRoomSees,
  LANGUAGES,
  createEmptySession,
  type ImportPreview,
  type ReadinessItem,
  type Session,
} from '../../../shared';
import { idMaker, table } from './csv-import-helpers';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

const NOW = new Date('2025-04-01T10:00:00.000Z');

const ITEMS: ReadinessItem[] = [
  { id: 'data-available', name: 'Data available', question: '' },
  { id: 'labels', name: 'Data quality and labels', question: '' },
  { id: 'monitoring', name: 'Monitoring', question: '' },
];


function preview(text: string, into: Session): ImportPreview {
  const parsed = table(text);
  return candidatesFromTable(parsed, guessTableMapping(parsed), into, idMaker(), NOW, { dateOrder: 'day-first' }, 'en');
}

describe('a readiness cell', () => {
  test('holds the answer, then the evidence, then the owner, each after a dash; an item not answered is an empty cell', () => {
    expect(readinessCell({ answer: 'missing', evidence: 'no labels before 2025', owner: 'Priya' }, 'en')).toBe('Missing — no labels before 2025 — owner: Priya');
    expect(readinessCell({ answer: 'ready', evidence: 'Four years of history', owner: '' }, 'en')).toBe('Ready — Four years of history');
    expect(readinessCell({ answer: 'unknown', evidence: '', owner: 'Priya' }, 'en')).toBe('Unknown — owner: Priya');
    expect(readinessCell({ answer: 'partly', evidence: '', owner: '' }, 'en')).toBe('Partly');
    // An answer set with nothing written to it is still an answer: "Unknown", not an empty cell.
    expect(readinessCell({ answer: 'unknown', evidence: '', owner: '' }, 'en')).toBe('Unknown');
    expect(readinessCell(undefined, 'en')).toBe('');
  });

  test('quotes evidence or an owner only where it would read back otherwise, a quote inside doubled', () => {
    expect(readinessCell({ answer: 'partly', evidence: ' padded ', owner: '' }, 'en')).toBe('Partly — " padded "');
    expect(readinessCell({ answer: 'partly', evidence: 'owner: legal', owner: '' }, 'en')).toBe('Partly — "owner: legal"');
    expect(readinessCell({ answer: 'partly', evidence: 'asked — owner: legal', owner: 'Ana' }, 'en')).toBe('Partly — "asked — owner: legal" — owner: Ana');
    expect(readinessCell({ answer: 'missing', evidence: '"Real-time" is a must', owner: ' Ana' }, 'en')).toBe('Missing — """Real-time"" is a must" — owner: " Ana"');
    // Dashes, quotes inside, colons, line breaks and any script read back as they are.
    const plain = { answer: 'ready', evidence: 'batch — nightly; say "hi": 需求\nok', owner: 'Zoë — "the" owner: 李' } as const;
    expect(readinessCell(plain, 'en')).toBe('Ready — batch — nightly; say "hi": 需求\nok — owner: Zoë — "the" owner: 李');
    expect(readReadinessCell(readinessCell(plain, 'en'), 'en')).toEqual({ ok: true, entry: plain });
  });

  test('reads what people type: any case, the answer’s other words, an en dash or a hyphen between spaces', () => {
    expect(readReadinessCell('missing - no labels - Owner: Priya', 'en')).toEqual({ ok: true, entry: { answer: 'missing', evidence: 'no labels', owner: 'Priya' } });
    expect(readReadinessCell(' yes – real-time ready ', 'en')).toEqual({ ok: true, entry: { answer: 'ready', evidence: 'real-time ready', owner: '' } });
    expect(readReadinessCell('? — OWNER : Ana', 'en')).toEqual({ ok: true, entry: { answer: 'unknown', evidence: '', owner: 'Ana' } });
    expect(readReadinessCell('PARTLY', 'en')).toEqual({ ok: true, entry: { answer: 'partly', evidence: '', owner: '' } });
    expect(readReadinessCell(' — asked legal', 'en')).toEqual({ ok: true, entry: { answer: 'unknown', evidence: 'asked legal', owner: '' } });
    expect(readReadinessCell('  ', 'en')).toEqual({ ok: true, entry: null });
  });

  test('is written in the export’s language, the answer and the owner word, and read back in any language', () => {
    const entry = { answer: 'missing', evidence: 'keine Labels vor 2025', owner: 'Priya' } as const;
    expect(readinessCell(entry, 'de')).toBe('Fehlt — keine Labels vor 2025 — verantwortlich: Priya');
    expect(readinessCell({ ...entry, answer: 'partly' }, 'fr')).toBe('En partie — keine Labels vor 2025 — responsable: Priya');
    for (const language of LANGUAGES) {
      for (const reader of LANGUAGES) expect([language, reader, readReadinessCell(readinessCell(entry, language), reader)]).toEqual([language, reader, { ok: true, entry }]);
    }
    // What people type in their own language: any case, "Responsável" with or without its accent.
    expect(readReadinessCell('fehlt — keine Labels — Verantwortlich: Priya', 'en')).toEqual({ ok: true, entry: { answer: 'missing', evidence: 'keine Labels', owner: 'Priya' } });
    expect(readReadinessCell('Em parte - Responsavel : Ana', 'en')).toEqual({ ok: true, entry: { answer: 'partly', evidence: '', owner: 'Ana' } });
    // Evidence that would read as an owner in any language is quoted, so it comes back as evidence.
    expect(readinessCell({ answer: 'ready', evidence: 'asked — responsable: legal', owner: '' }, 'en')).toBe('Ready — "asked — responsable: legal"');
  });

  test('says why a cell cannot be read, in the interface’s language', () => {
    expect(readReadinessCell('Vielleicht — Ana fragen', 'de')).toEqual({ ok: false, problem: '„Vielleicht“ ist nicht Bereit, Teilweise, Fehlt oder Unbekannt' });
  });

  test('says why a cell cannot be read', () => {
    expect(readReadinessCell('Maybe — ask Ana', 'en')).toEqual({ ok: false, problem: '“Maybe” is not Ready, Partly, Missing or Unknown' });
    expect(readReadinessCell('Ready-ish', 'en')).toEqual({ ok: false, problem: '“Ready-ish” is not Ready, Partly, Missing or Unknown' });
    expect(readReadinessCell('Ready — "never closed', 'en')).toEqual({ ok: false, problem: 'the evidence opens a quote (") that is never closed' });
    expect(readReadinessCell('Ready — "closed" and more', 'en')).toEqual({ ok: false, problem: 'after the quoted evidence comes something other than “— owner: …”' });
    expect(readReadinessCell('Ready — owner: "Ana', 'en')).toEqual({ ok: false, problem: 'the owner opens a quote (") that is never closed' });
    expect(readReadinessCell('Ready — owner: "Ana" Lopez', 'en')).toEqual({ ok: false, problem: 'there is more after the quoted owner' });
  });
});

describe('readiness columns in the backlog CSV', () => {
  test('one column per readiness item of the session, headed by its name, between the fields and the results', () => {
    const s = session({
      readinessItems: ITEMS,
      candidates: [candidate('a', { code: 'C1', readiness: [{ itemId: 'labels', answer: 'missing', evidence: 'none before 2025', owner: 'Priya' }] })],
    });
    const parsed = table(backlogToCsv(s, { bom: false }, 'en'));
    const headers = backlogCsvColumns(s, 'en').map((column) => column.header);
    expect(parsed.headers).toEqual(headers);
    const at = headers.indexOf('Readiness: Data quality and labels');
    expect(headers.slice(at - 2, at + 3)).toEqual(['Override complexity', 'Readiness: Data available', 'Readiness: Data quality and labels', 'Readiness: Monitoring', 'Impact']);
    expect(parsed.rows[0]!.slice(at - 1, at + 2)).toEqual(['', 'Missing — none before 2025 — owner: Priya', '']);
  });

  test('goes out while the blind scores are sealed: a checklist is not a score', () => {
    const answer = { itemId: 'monitoring', answer: 'missing', evidence: 'No dashboard', owner: 'Tom' } as const;
    const sealed = session({
      participants: [participant('p1')],
      criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
      readinessItems: ITEMS,
      candidates: [candidate('a', { code: 'C1', readiness: [answer] })],
      scores: scores('p1', 'a', { i: 5, c: 1 }),
      settings: { scoringMode: 'blind', revealed: false },
    });
    const parsed = table(backlogToCsv(sessionAsRoomSees(sealed), { bom: false }, 'en'));
    const cell = (header: string) => parsed.rows[0]![parsed.headers!.indexOf(header)];
    expect(cell('Impact')).toBe('');
    expect(cell('Readiness: Monitoring')).toBe('Missing — No dashboard — owner: Tom');
  });
});

describe('importing readiness columns', () => {
  test('answers the session’s items by name, in the items’ order, however the header is spelt', () => {
    const into = session({ readinessItems: ITEMS });
    const result = preview('Title,readiness - monitoring,READINESS: data-quality and labels\nRoute tickets,Unknown — owner: Tom,Missing — none\n', into);
    expect(result.rows[0]!.problems).toEqual([]);
    expect(result.rows[0]!.candidate!.readiness).toEqual([
      { itemId: 'labels', answer: 'missing', evidence: 'none', owner: '' },
      { itemId: 'monitoring', answer: 'unknown', evidence: '', owner: 'Tom' },
    ]);
    expect(result.readinessItems).toEqual([]);
    expect(result.notes).toEqual(['2 readiness columns answer items of this session, matched by name.']);
  });

  test('a column naming an item the session lacks adds the item with the candidates, in one edit, and the preview says so', () => {
    const into = session({ readinessItems: ITEMS });
    const result = preview('Title;Readiness: Carbon footprint;Readiness: Monitoring\nRoute tickets;Partly — estimated;\nScore leads;;Ready\n', into);
    expect(result.notes).toEqual([
      '1 readiness column answers an item of this session, matched by name.',
      '“Carbon footprint” is not a readiness item of this session: importing adds it, with the answers in its column.',
    ]);
    expect(result.readinessItems).toEqual([{ id: 'item-1', name: 'Carbon footprint', question: '' }]);
    const imported = importCandidates(into, result, { skipDuplicates: false });
    expect(imported.readinessItems).toEqual([...ITEMS, { id: 'item-1', name: 'Carbon footprint', question: '' }]);
    expect(imported.candidates.map((c) => c.readiness)).toEqual([
      [{ itemId: 'item-1', answer: 'partly', evidence: 'estimated', owner: '' }],
      [{ itemId: 'monitoring', answer: 'ready', evidence: '', owner: '' }],
    ]);
    expect(parseSession(serializeSession(imported), 'en').ok).toBe(true);
    // The session it was given is untouched: the import is one new session, one undo step.
    expect(into.readinessItems).toEqual(ITEMS);
    // Nothing imported, nothing added.
    expect(importCandidates(into, { ...result, rows: [] }, { skipDuplicates: false })).toBe(into);
  });

  test('says which columns it leaves out: no name, an item named twice, more items than a session holds', () => {
    const full = session({ readinessItems: Array.from({ length: LIMITS.readinessItems }, (_, i) => ({ id: `i${i}`, name: `Item ${i}`, question: '' })) });
    const result = preview('Title,Readiness:,Readiness: Item 3,Readiness: item-3,Readiness: Carbon,Readiness: Water\nA,Ready,Ready,Missing,Ready,Ready\n', full);
    expect(result.notes).toEqual([
      'Column 2 (“Readiness:”) names no readiness item and is left out.',
      'Column 4 (“Readiness: item-3”) answers the same readiness item as column 3 and is left out.',
      '1 readiness column answers an item of this session, matched by name.',
      '“Carbon” and “Water” are left out: a session holds at most 30 readiness items.',
    ]);
    expect(result.rows[0]!.candidate!.readiness).toEqual([{ itemId: 'i3', answer: 'ready', evidence: '', owner: '' }]);
  });

  test('a cell it cannot read is named by line and column and gives no answer; the rest of the row imports', () => {
    const into = session({ readinessItems: ITEMS });
    const result = preview('Title,Readiness: Monitoring,Readiness: Data quality and labels\nFine,Ready,Partly\nRoute tickets,maybe — ask Tom,Missing\n', into);
    const row = result.rows[1]!;
    expect(row.problems).toEqual(['Line 3, column “Readiness: Monitoring”: “maybe” is not Ready, Partly, Missing or Unknown; this answer is left out.']);
    expect(row.candidate!.title).toBe('Route tickets');
    expect(row.candidate!.readiness).toEqual([{ itemId: 'labels', answer: 'missing', evidence: '', owner: '' }]);
  });

  test('shortens evidence and an owner longer than the format holds, and says so', () => {
    const long = 'é'.repeat(LIMITS.shortText + 5);
    const result = preview(`Title,Readiness: Monitoring\nA,Missing — ${long} — owner: ${long}\n`, session({ readinessItems: ITEMS }));
    expect(result.rows[0]!.candidate!.readiness[0]).toMatchObject({ evidence: 'é'.repeat(LIMITS.shortText), owner: 'é'.repeat(LIMITS.shortText) });
    expect(result.rows[0]!.problems).toEqual([
      'Line 2, column “Readiness: Monitoring”: the evidence is shortened to 200 characters.',
      'Line 2, column “Readiness: Monitoring”: the owner is shortened to 200 characters.',
    ]);
  });

  test('keeps “Data available” and its checklist item one answer: a known Data available wins, and a row where the two disagree says so', () => {
    const into = session({ readinessItems: ITEMS });
    const text = [
      'Title,Data available,Readiness: Data available',
      'Disagree,yes,Missing — only 2024 — owner: Ana',
      'Field unknown,,Partly — till data only',
      'Agree,no,Missing',
      'Only the field,partly,',
    ].join('\n');
    const result = preview(text, into);
    expect(result.notes).toContain('Where “Data available” and “Readiness: Data available” disagree, Data available wins and the checklist takes its answer; each such row says so.');
    const [disagree, unknown, agree, onlyField] = result.rows.map((row) => row.candidate!);
    expect(result.rows[0]!.problems).toEqual(['Data available “yes” and “Readiness: Data available” “Missing” disagree: Data available wins, so the checklist says Ready.']);
    expect(disagree).toMatchObject({ dataAvailability: 'yes', readiness: [{ itemId: 'data-available', answer: 'ready', evidence: 'only 2024', owner: 'Ana' }] });
    expect(unknown).toMatchObject({ dataAvailability: 'partly', readiness: [{ itemId: 'data-available', answer: 'partly', evidence: 'till data only', owner: '' }] });
    expect(agree).toMatchObject({ dataAvailability: 'no', readiness: [{ itemId: 'data-available', answer: 'missing', evidence: '', owner: '' }] });
    expect(onlyField).toMatchObject({ dataAvailability: 'partly', readiness: [] });
    expect(result.rows.slice(1).flatMap((row) => row.problems)).toEqual([]);
  });

  test('a new German session’s export keeps its readiness answers in a new session of any language: its items in that session’s words, none added', () => {
    const german = createEmptySession('de', NOW, idMaker());
    const answers = [
      { itemId: 'data-available', answer: 'partly', evidence: 'nur 2024', owner: 'Jürgen' },
      { itemId: 'data-quality', answer: 'missing', evidence: 'keine Labels', owner: '' },
      { itemId: 'monitoring', answer: 'unknown', evidence: '', owner: 'Anke' },
    ] as const;
    const room = { ...german, candidates: [candidate('a', { code: 'C1', title: 'Kündigungsprognose', dataAvailability: 'partly', readiness: answers.map((each) => ({ ...each })) })] };
    for (const exported of LANGUAGES) {
      const csv = backlogToCsv(room, { bom: false, delimiter: ';' }, exported);
      expect(csv).toContain(exported === 'de' ? 'Reife: Daten verfügbar' : 'Daten verfügbar');
      for (const target of LANGUAGES) {
        const into = createEmptySession(target, NOW, idMaker());
        const result = preview(csv, into);
        const where = `exported in ${exported}, into a session in ${target}`;
        expect([where, result.readinessItems, result.rows[0]!.problems]).toEqual([where, [], []]);
        expect([where, result.notes[0]]).toEqual([where, `${into.readinessItems.length} readiness columns answer items of this session, matched by name.`]);
        const imported = importCandidates(into, result, { skipDuplicates: false });
        expect([where, imported.readinessItems]).toEqual([where, into.readinessItems]);
        expect([where, imported.candidates[0]!.readiness]).toEqual([where, answers]);
        expect([where, imported.candidates[0]!.dataAvailability]).toEqual([where, 'partly']);
      }
    }
  });

  test('knows a default item by its name in any of the five languages, but the session’s own item of that name first, and adds an item the session has removed', () => {
    // A session whose room named an item of its own "Surveillance" (French for the default
    // monitoring item, which it removed, as it removed scaling).
    const own = [
      { id: 'data-available', name: 'Data available', question: '' },
      { id: 'own-watch', name: 'Surveillance', question: '' },
    ];
    const result = preview('Title;Reife: Daten verfügbar;Préparation : Surveillance;Reife: Skalierung\nA;Bereit;Prêt;Fehlt\n', session({ readinessItems: own }));
    expect(result.readinessItems).toEqual([{ id: 'item-1', name: 'Skalierung', question: '' }]);
    expect(result.rows[0]!.candidate!.readiness).toEqual([
      { itemId: 'data-available', answer: 'ready', evidence: '', owner: '' },
      { itemId: 'own-watch', answer: 'ready', evidence: '', owner: '' },
      { itemId: 'item-1', answer: 'missing', evidence: '', owner: '' },
    ]);
  });
});
