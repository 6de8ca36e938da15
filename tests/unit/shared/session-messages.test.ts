import { describe, expect, it } from 'vitest';
import { parseSession, sampleSession, serializeSession, SESSION_VERSION } from '../../../shared';
import { expectOwnWords, FOREIGN_WORDING, INTERNALS, rawExcerpt, v8Reason } from './own-words';

// Every message parseSession gives is Pickwise's own (see own-words.ts). The fuzz tests
// (session-fuzz, open-fuzz) check the same over thousands of hostile files.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const sampleText = serializeSession(sampleSession);
const sample = () => JSON.parse(sampleText) as Json;
const edited = (change: (data: Json) => void) => {
  const data = sample();
  change(data);
  return JSON.stringify(data, null, 2);
};

const HAND_MADE: [string, string][] = [
  ['a stray word', sampleText.replace('"scale": 5', '"scale": five')],
  ['a second value', `${sampleText}{}`],
  ['two commas', sampleText.replace(`"version": ${SESSION_VERSION},`, `"version": ${SESSION_VERSION},,`)],
  ['a comment', sampleText.replace('{\n', '{\n  // my notes\n')],
  ['single quotes', "{'format': 'pickwise-session'}"],
  ['a cut-off file', sampleText.slice(0, 5000)],
  ['a raw tab in text', sampleText.replace('"Fraud detection', '"Fraud\tdetection')],
  ['a bad escape', sampleText.replace('"Fraud detection', '"Fraud \\detection')],
  ['a number for a title', edited((d) => (d.candidates[3].title = 42))],
  ['many schema problems', edited((d) => {
    d.candidates[3].title = 42;
    delete d.participants[1].background;
    d.settings.revealed = 'yes';
    d.candidates[5].tags = 3;
    d.frame.date = '12/03/2025';
  })],
  ['an unknown candidate', edited((d) => (d.scores.rows[10][0] = 'cand-ghost'))],
  ['a score off the scale', edited((d) => (d.scores.rows[10][4] = 7))],
  ['a score row cut short', edited((d) => d.scores.rows[3].pop())],
  ['a score row twice', edited((d) => d.scores.rows.push(d.scores.rows[0]))],
  ['a score row that is text', edited((d) => (d.scores.rows[1] = 'cand-fraud, part-maria, 5'))],
  ['a criterion column twice', edited((d) => d.consensusScores.criteria.push(d.consensusScores.criteria[0]))],
  ['a duplicate id', edited((d) => (d.candidates[5].id = d.candidates[2].id))],
  ['a "__proto__" key', sampleText.replace('"code": "C1",', '"code": "C1", "__proto__": {},')],
  ['deep nesting', '['.repeat(100) + ']'.repeat(100)],
  ['a newer version', edited((d) => (d.version = 9))],
  ['another format', edited((d) => (d.format = 'trello-board'))],
  ['a version 0 file with broken scores', JSON.stringify({ format: 'pickwise-session', version: 0, id: 's', createdAt: '2024-01-01T00:00:00Z', candidates: [{ id: 'c', scores: 5 }] })],
];

describe('session messages are in Pickwise’s own words', () => {
  it.each(HAND_MADE)('for %s', (_name, text) => {
    const result = parseSession(text, 'en');
    if (result.ok) throw new Error('expected the file to be refused');
    expectOwnWords(result.error.message, text);
  });

  it('the checks themselves catch V8’s and zod’s words, internals and excerpts', () => {
    // The same checks over messages as they used to be, so they cannot pass by being blind.
    const text = sampleText.replace('"scale": 5', '"scale": five');
    const v8 = v8Reason(text)!;
    expect(`The file is not valid JSON: ${v8}`.toLowerCase()).toContain(v8.toLowerCase());
    expect(rawExcerpt(`not valid JSON: ...""scale": five,\n    ""... is not valid JSON`, text)).not.toBeNull();
    expect('Invalid input: expected string, received number').toMatch(FOREIGN_WORDING.find((p) => p.test('Invalid input'))!);
    expect('candidates[3].title: missing').toMatch(INTERNALS[0]!);
    expect('participants[0].scoringDone: expected true or false').toMatch(INTERNALS[1]!);
  });
});
