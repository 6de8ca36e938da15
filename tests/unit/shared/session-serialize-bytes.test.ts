import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchSession, boardFiles } from '../../../bench/big-session';
import { AsciiWriter } from '../../../shared/session/ascii-writer';
import { sampleSession } from '../../../shared/session/sample-session';
import type { Session } from '../../../shared/session/schema';
import { serializeSession } from '../../../shared/session/serialize';
import { tableText } from '../../../shared/session/table-text';
import { referenceText } from './reference-writer';
import { scrambleKeys, sessionArbitrary } from './session-arbitraries';

// Saving got faster (issue 13): objects already in schema order are written as they are, the
// score tables are written as bytes, the text is cut around them. A file saved before and
// after is the same to the byte: reference-writer.ts is the writer as it was, unchanged.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function expectSameBytes(session: Session): void {
  expect(serializeSession(session)).toBe(referenceText(session));
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
      { numRuns: 200 },
    );
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
