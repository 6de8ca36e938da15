import { describe, expect, it } from 'vitest';
import { benchSession } from '../../../bench/big-session';
import { parseSession, parseSessionStepByStep, type ParseResult } from '../../../shared/session/parse';
import { sampleSession } from '../../../shared/session/sample-session';
import type { Session } from '../../../shared/session/schema';
import { serializeSession } from '../../../shared/session/serialize';
import { openSurely, readTableSurely } from '../../../shared/session/sure-open';
import { version1Data, version1Text } from './version-1-file';

// A current file with nothing wrong in it opens in one pass (sure-open.ts); any other file is
// read step by step, as every file was before. Either way the result is the same: the pass is
// held here to the long way, session for session (keys in the same order) and error for error.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Equal values, and every object's keys in the same order. */
function sameInOrder(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return Array.isArray(a) === Array.isArray(b) && keysA.join('\u0000') === keysB.join('\u0000') && keysA.every((key) => sameInOrder((a as never)[key], (b as never)[key]));
}

/** Whether the one pass opened `text`; either way, parseSession gave what the long way gives. */
function openedSurely(text: string): boolean {
  const result: ParseResult = parseSession(text, 'en');
  const longWay = parseSessionStepByStep(text, 'en');
  expect(sameInOrder(result, longWay), `parseSession and the long way differ:\n${JSON.stringify(result).slice(0, 400)}\n${JSON.stringify(longWay).slice(0, 400)}`).toBe(true);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  return openSurely(value) !== null;
}

const sampleData = (): Json => JSON.parse(serializeSession(sampleSession)) as Json;
const textOf = (data: Json) => JSON.stringify(data, null, 2);

describe('opening a current file in one pass', () => {
  it('opens the sample session and a generated board as the long way does', () => {
    expect(openedSurely(serializeSession(sampleSession))).toBe(true);
    expect(openedSurely(serializeSession(benchSession(300)))).toBe(true);
    const opened = parseSession(serializeSession(sampleSession), 'en');
    expect(opened.ok && opened.session).toEqual(sampleSession);
  });

  it('opens consensus scores, and a session with no scores', () => {
    const session: Session = { ...sampleSession, consensusScores: [{ candidateId: 'cand-churn', criterionId: 'crit-value', value: 4 }] };
    expect(openedSurely(serializeSession(session))).toBe(true);
    expect(openedSurely(serializeSession({ ...sampleSession, scores: [], consensusScores: [] }))).toBe(true);
  });

  it('opens a session whose tables are laid out differently, or hold their keys the other way round', () => {
    const data = sampleData();
    data.scores = { rows: data.scores.rows, criteria: data.scores.criteria };
    expect(openedSurely(JSON.stringify(data))).toBe(true);
  });

  it.each([
    ['is a list', () => [sampleData()]],
    ['has its keys in another order', (data: Json) => ({ version: data.version, ...data })],
    ['has a key more', (data: Json) => ({ ...data, extra: 1 })],
    ['lacks a key', (data: Json) => ({ ...data, decision: undefined })],
    ['lacks its score table', (data: Json) => ({ ...data, scores: undefined })],
    ['holds its scores as a list', (data: Json) => ({ ...data, scores: [] })],
    ['has a candidate that breaks a rule', (data: Json) => void (data.candidates[2].title = '')],
    ['has a field too long for its sure check, which zod reads', (data: Json) => void (data.candidates[2].title = '\u{1F600}'.repeat(150))],
    ['repeats a candidate id', (data: Json) => void (data.candidates[3].id = data.candidates[2].id)],
    ['has a vote for a candidate not in the file', (data: Json) => void (data.votes[0].candidateId = 'cand-ghost')],
    ['has a threshold off the scale', (data: Json) => void (data.settings.thresholds.impact = 6)],
    ['has a table with a key more', (data: Json) => void (data.scores.extra = 1)],
    ['has a table whose columns are not a list', (data: Json) => void (data.scores.criteria = 'crit-value')],
    ['has a table whose rows are not a list', (data: Json) => void (data.consensusScores.rows = {})],
    ['has a column for a criterion not in the file', (data: Json) => void (data.scores.criteria[1] = 'crit-ghost')],
    ['has a column twice', (data: Json) => void (data.scores.criteria[1] = data.scores.criteria[0])],
    ['has a row that is not a list', (data: Json) => void (data.scores.rows[3] = 'row')],
    ['has a row too short', (data: Json) => void data.scores.rows[3].pop()],
    ['has a row too long', (data: Json) => void data.scores.rows[3].push(null)],
    ['has a row for a candidate not in the file', (data: Json) => void (data.scores.rows[3][0] = 'cand-ghost')],
    ['has a row by a participant not in the file', (data: Json) => void (data.scores.rows[3][1] = 'part-ghost')],
    ['has a row twice', (data: Json) => void (data.scores.rows[4] = [...data.scores.rows[3]])],
    ['has a score of 0', (data: Json) => void (data.scores.rows[3][2] = 0)],
    ['has a score above the scale', (data: Json) => void (data.scores.rows[3][2] = 6)],
    ['has a score that is not a whole number', (data: Json) => void (data.scores.rows[3][2] = 2.5)],
    ['has a score written as text', (data: Json) => void (data.scores.rows[3][2] = '3')],
    ['has a score of true', (data: Json) => void (data.scores.rows[3][2] = true)],
    ['has a consensus row for a candidate not in the file', (data: Json) => void (data.consensusScores = { criteria: ['crit-value'], rows: [['cand-ghost', 3]] })],
    ['has a consensus row twice', (data: Json) => void (data.consensusScores = { criteria: ['crit-value'], rows: [['cand-churn', 3], ['cand-churn', 4]] })],
  ])('leaves to the long way a file that %s', (_name, spoil: (data: Json) => unknown) => {
    const data = sampleData();
    const spoilt = (spoil(data) as Json | undefined) ?? data;
    expect(openedSurely(textOf(spoilt))).toBe(false);
  });

  it('leaves to the long way a version-1 file, and text that is not a session', () => {
    expect(openedSurely(version1Text(version1Data(sampleSession)))).toBe(false);
    expect(openedSurely('{"format": "pickwise-session"}')).toBe(false);
    expect(openedSurely('7')).toBe(false);
    expect(openedSurely('null')).toBe(false);
    expect(openedSurely('not json')).toBe(false);
  });
});

describe('reading a score table in one pass', () => {
  const known = {
    candidates: new Map([
      ['c1', 0],
      ['c2', 1],
    ]),
    participants: new Map([
      ['p1', 0],
      ['p2', 1],
    ]),
    criteria: new Map([
      ['k1', 0],
      ['k2', 1],
    ]),
    scale: 5,
  };

  it('gives the scores row by row, a score per filled cell, ids first', () => {
    const table = {
      criteria: ['k2', 'k1'],
      rows: [
        ['c2', 'p1', 1, null],
        ['c1', 'p2', 5, 4],
        ['c2', 'p2', null, null],
      ],
    };
    const scores = readTableSurely(table, 2, known);
    expect(scores).toEqual([
      { participantId: 'p1', candidateId: 'c2', criterionId: 'k2', value: 1 },
      { participantId: 'p2', candidateId: 'c1', criterionId: 'k2', value: 5 },
      { participantId: 'p2', candidateId: 'c1', criterionId: 'k1', value: 4 },
    ]);
    expect(Object.keys(scores![0]!)).toEqual(['participantId', 'candidateId', 'criterionId', 'value']);
    const consensus = readTableSurely({ criteria: ['k1'], rows: [['c2', 3]] }, 1, known);
    expect(consensus).toEqual([{ candidateId: 'c2', criterionId: 'k1', value: 3 }]);
    expect(Object.keys(consensus![0]!)).toEqual(['candidateId', 'criterionId', 'value']);
  });

  it('tells rows of the same candidate by different participants apart, and of different candidates by the same one', () => {
    const rows = [
      ['c1', 'p1', 1],
      ['c1', 'p2', 2],
      ['c2', 'p1', 3],
      ['c2', 'p2', 4],
    ];
    expect(readTableSurely({ criteria: ['k1'], rows }, 2, known)).toHaveLength(4);
  });

  it('is not sure of a row repeated, whichever candidate and participant it is of (the last of them too)', () => {
    for (const [c, p] of [
      ['c1', 'p1'],
      ['c2', 'p2'],
    ]) {
      expect(readTableSurely({ criteria: ['k1'], rows: [[c, p, 1], ['c1', 'p2', 2], [c, p, 3]] }, 2, known), `${c} ${p}`).toBeNull();
    }
    expect(readTableSurely({ criteria: ['k1'], rows: [['c2', 1], ['c2', 2]] }, 1, known)).toBeNull();
  });

  it('holds to the most scores a table may give', () => {
    const table = { criteria: ['k1', 'k2'], rows: [['c1', 'p1', 1, 2], ['c2', 'p1', 3, null]] };
    expect(readTableSurely(table, 2, known, 3)).toHaveLength(3);
    expect(readTableSurely(table, 2, known, 2)).toBeNull();
  });

  it('is not sure of a table that is a list, null or text', () => {
    expect(readTableSurely([], 2, known)).toBeNull();
    expect(readTableSurely(null, 2, known)).toBeNull();
    expect(readTableSurely('table', 2, known)).toBeNull();
  });
});
