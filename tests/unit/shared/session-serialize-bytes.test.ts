import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { describe, expect, it } from 'vitest';
import { benchSession, boardFiles } from '../../../bench/big-session';
import { AsciiWriter } from '../../../shared/session/ascii-writer';
import { sampleSession } from '../../../shared/session/sample-session';
import type { Session } from '../../../shared/session/schema';
import { serializeSession, serializeSessionBytes } from '../../../shared/session/serialize';
import { Utf8Builder } from '../../../shared/session/utf8-builder';
import { tableText } from '../../../shared/session/table-text';
import { referenceText } from './reference-writer';
import { scrambleKeys, sessionArbitrary } from './session-arbitraries';

// Saving got faster (issue 13): objects already in schema order are written as they are, the
// score tables are written as bytes, the text is cut around them. A file saved before and
// after is the same to the byte: reference-writer.ts is the writer as it was, unchanged.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const encoder = new TextEncoder();

/** The text, and the bytes Save writes, are the reference writer's, to the byte. */
function expectSameBytes(session: Session): void {
  const reference = referenceText(session);
  expect(serializeSession(session)).toBe(reference);
  expect(Buffer.from(serializeSessionBytes(session)).equals(encoder.encode(reference)), 'the bytes differ from the text encoded').toBe(true);
}

describe('the session file, written faster, is byte for byte what it was', () => {
  it('for the sample session', () => {
    expectSameBytes(sampleSession);
  });

  it('for a generated board of 600 candidates, with and without readiness checklists', () => {
    const board = benchSession(600);
    expectSameBytes(board);
    expectSameBytes(boardFiles(board).board);
  });

  it('for generated sessions, their keys in any order and their scores in any order', () => {
    fc.assert(
      fc.property(sessionArbitrary, fc.nat(), (session, seed) => {
        expectSameBytes(session);
        const scrambled = scrambleKeys(session, seed + 1);
        expectSameBytes({ ...scrambled, scores: [...scrambled.scores].reverse() });
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('for a session whose score tables outweigh the rest of its text (room is made for both)', () => {
    const people = Array.from({ length: 50 }, (_, i) => ({ ...sampleSession.participants[0]!, id: `p${i}`, name: `P${i}` }));
    const criteria = Array.from({ length: 40 }, (_, i) => ({ ...sampleSession.criteria[0]!, id: `c${i}`, name: `K${i}`, description: '', axis: i % 2 === 0 ? ('impact' as const) : ('complexity' as const) }));
    const candidates = sampleSession.candidates.slice(0, 4).map((candidate) => ({ ...candidate, problem: '', owner: '', notes: '', readiness: [] }));
    const scores = candidates.flatMap((candidate) => people.flatMap((person) => criteria.map((criterion) => ({ participantId: person.id, candidateId: candidate.id, criterionId: criterion.id, value: 3 }))));
    const session: Session = { ...sampleSession, participants: people, criteria, candidates, scores, consensusScores: [], votes: [], decision: { ...sampleSession.decision, focusCandidateId: null, runnersUp: [] } };
    const tables = scoreTableLength(session);
    // The first guess of room for the text alone (an eighth more than its length) would not hold the tables.
    expect(tables, 'the tables are longer than the rest').toBeGreaterThan(1.2 * (serializeSession(session).length - tables));
    expectSameBytes(session);
  });

  it('for scores the lists do not know, repeated, off the scale, or not whole numbers', () => {
    const session = structuredClone(sampleSession) as Json;
    session.scores.push(
      { participantId: 'part-ghost', candidateId: 'cand-ghost', criterionId: 'crit-ghost', value: 3 },
      { ...session.scores[0], value: 4 },
      { ...session.scores[1], value: 12 },
      { ...session.scores[2], value: -0 },
      { ...session.scores[3], value: 2.5 },
      { ...session.scores[4], value: -1 },
    );
    session.consensusScores.push({ candidateId: 'cand-ghost', criterionId: 'crit-value', value: 10 }, { candidateId: 'cand-churn', criterionId: 'crit-other', value: 1 });
    expectSameBytes(session as Session);
  });

  it('for what the schema would refuse: text for ids and values, missing ids, extra and missing keys, lists with holes, objects of a class', () => {
    const session = structuredClone(sampleSession) as Json;
    session.scores[0].participantId = 'Zoë “quoted”';
    session.scores[1].candidateId = 'cand-\u{1F600}';
    session.scores[2].value = '5';
    delete session.scores[3].participantId;
    session.scores[4].value = null;
    session.consensusScores.push({ candidateId: 'cand-churn', criterionId: 'crit-value', value: 'high' });
    session.candidates[0].extra = 'dropped';
    delete session.candidates[1].notes;
    session.candidates[2].notes = undefined;
    session.candidates[3].tags = ['a', , 'b']; // eslint-disable-line no-sparse-arrays
    session.candidates[4].override = Object.assign(Object.create({ inherited: 1 }) as object, { impact: 2, complexity: 3 });
    session.candidates[5].readiness = [Object.assign(new (class Answer {})(), { itemId: 'data-available', answer: 'ready', evidence: '', owner: '' })];
    session.frame = { title: 'Out of order', ...session.frame };
    expectSameBytes(session as Session);
  });

  it('for ids of the lists that JSON must escape, or that are not ASCII, or not text', () => {
    const session = structuredClone(sampleSession) as Json;
    const renamed: Record<string, unknown> = {
      [session.candidates[0].id]: 'say "hi"',
      [session.candidates[1].id]: 'back\\slash',
      [session.candidates[2].id]: 'tab\tin it',
      [session.candidates[3].id]: 'Zoë',
      [session.candidates[4].id]: 7,
      [session.participants[0].id]: 'p\u0001',
    };
    const rename = (id: string) => (id in renamed ? renamed[id] : id);
    for (const list of [session.candidates, session.participants]) for (const each of list) each.id = rename(each.id);
    for (const list of [session.scores, session.consensusScores]) for (const score of list) Object.assign(score, { candidateId: rename(score.candidateId), participantId: score.participantId && rename(score.participantId) });
    session.consensusScores.push({ candidateId: 7, criterionId: 'crit-value', value: 2 });
    expectSameBytes(session as Session);
  });

  it('for a first score without a participant, or with one the list does not know', () => {
    const { participantId: _participantId, ...first } = sampleSession.scores[0]!;
    expectSameBytes({ ...sampleSession, scores: [first as Session['scores'][number], ...sampleSession.scores.slice(1)] });
    expectSameBytes({ ...sampleSession, scores: [{ ...sampleSession.scores[0]!, participantId: 'part-ghost' }, ...sampleSession.scores.slice(1)] });
  });

  it('for scores without a criterion, in a session without criteria', () => {
    const scores = sampleSession.scores.slice(0, 5).map(({ criterionId: _criterionId, ...score }) => score);
    expectSameBytes({ ...sampleSession, criteria: [], scores } as unknown as Session);
  });

  it('for scores of every size a byte holds and beyond, and for a board with only a few scores', () => {
    const values = [0, 1, 9, 10, 11, 99, 100, 101, 126, 127, -0];
    expectSameBytes({ ...sampleSession, scores: sampleSession.scores.map((score, i) => ({ ...score, value: values[i % values.length]! })) });
    for (const odd of [128, -1, 2.5, '3', null]) {
      expectSameBytes({ ...sampleSession, scores: sampleSession.scores.map((score, i) => ({ ...score, value: i === 7 ? odd : score.value })) } as Session);
    }
    const board = benchSession(600);
    expectSameBytes({ ...board, scores: board.scores.slice(0, 3), consensusScores: [{ candidateId: board.candidates[500]!.id, criterionId: 'crit-value', value: 4 }] });
  });

  it('for a session with no scores at all', () => {
    expectSameBytes({ ...sampleSession, scores: [], consensusScores: [] });
  });
});

describe('a score table', () => {
  const session = { criteria: [{ id: 'k1' }, { id: 'k2' }], candidates: [{ id: 'c1' }, { id: 'c2' }], participants: [{ id: 'p1' }, { id: 'p2' }] } as unknown as Session;

  it('writes rows in the order of candidates then participants, whatever order the scores are in, one id quoted per cell', () => {
    const scores = [
      { participantId: 'p2', candidateId: 'c2', criterionId: 'k2', value: 5 },
      { participantId: 'p1', candidateId: 'c2', criterionId: 'k1', value: 1 },
      { participantId: 'p2', candidateId: 'c1', criterionId: 'k1', value: 10 },
      { participantId: 'p1', candidateId: 'c2', criterionId: 'k1', value: 2 },
    ];
    expect(tableText(scores, session, 2)).toBe(
      '{\n    "criteria": ["k1", "k2"],\n    "rows": [\n      ["c1", "p2", 10, null],\n      ["c2", "p1", 2, null],\n      ["c2", "p2", null, 5]\n    ]\n  }',
    );
  });

  it('adds columns and rows the lists do not know after the known ones, in the order first met', () => {
    const scores = [
      { candidateId: 'c9', criterionId: 'k9', value: 3 },
      { candidateId: 'c1', criterionId: 'k2', value: 4 },
      { candidateId: 'c8', criterionId: 'k1', value: 0 },
    ];
    expect(tableText(scores, session, 1)).toBe(
      '{\n    "criteria": ["k1", "k2", "k9"],\n    "rows": [\n      ["c1", null, 4, null],\n      ["c9", null, null, 3],\n      ["c8", 0, null, null]\n    ]\n  }',
    );
  });

  it('writes no rows for no scores', () => {
    expect(tableText([], session, 2)).toBe('{\n    "criteria": ["k1", "k2"],\n    "rows": []\n  }');
  });
});

describe('the writer of mostly ASCII text', () => {
  it('keeps every piece in order, growing as it must, and a piece that is not ASCII as it is', () => {
    const out = new AsciiWriter(4);
    out.text('ab');
    out.code(0x2c);
    out.text('Zoë');
    out.text('“x”\u{1F600}');
    out.text('0123456789'.repeat(3));
    out.code(0x5d);
    expect(out.toString()).toBe(`ab,Zoë“x”\u{1F600}${'0123456789'.repeat(3)}]`);
  });

  it('starts a text that is not ASCII where its bytes would have gone', () => {
    const out = new AsciiWriter(64);
    out.text('before ');
    out.text('abcé');
    out.text(' after');
    expect(out.toString()).toBe('before abcé after');
  });
});

describe('the bytes of a file, put together piece by piece', () => {
  it('are the UTF-8 of every piece in order, however small the room it started with', () => {
    const texts = ['ab', 'Zoë', '“x”', '\u{1F600}\u{1F600}', 'tail'];
    for (let capacity = 0; capacity < 12; capacity += 1) {
      const out = new Utf8Builder(capacity);
      for (const text of texts.slice(0, 3)) out.text(text);
      out.raw(new Uint8Array([0x7b, 0x7d]));
      for (const text of texts.slice(3)) out.text(text);
      expect(Buffer.from(out.result()).toString('utf8')).toBe(`abZoë“x”{}\u{1F600}\u{1F600}tail`);
    }
  });

  it('grow for raw bytes beyond the room', () => {
    const out = new Utf8Builder(2);
    out.text('a');
    out.raw(new Uint8Array(10).fill(0x62));
    expect(Buffer.from(out.result()).toString('utf8')).toBe(`a${'b'.repeat(10)}`);
  });
});

/** How many characters of the session's text its score tables take. */
function scoreTableLength(session: Session): number {
  const text = serializeSession(session);
  return [...text.matchAll(/\n {2}"(scores|consensusScores)": \{\n[\s\S]*?\n {2}\}/g)].reduce((sum, match) => sum + match[0].length, 0);
}
