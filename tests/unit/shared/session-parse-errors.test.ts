import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { describe, expect, it } from 'vitest';
import {
  MAX_SESSION_BYTES,
  MAX_SESSION_DEPTH,
  parseSession,
  type ParseResult,
} from '../../../shared/session/parse';
import { SESSION_ERROR_CODES as CODES, type SessionErrorCode } from '../../../shared/session/errors';
import { checkSession } from '../../../shared/session/check';
import { sampleSession } from '../../../shared/session/sample-session';
import { SESSION_VERSION } from '../../../shared/session/schema';
import { serializeSession } from '../../../shared/session/serialize';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh, mutable copy of the sample as plain JSON data. */
function sample(): Json {
  return JSON.parse(serializeSession(sampleSession)) as Json;
}

function parseData(data: unknown): ParseResult {
  return parseSession(JSON.stringify(data, null, 2), 'en');
}

/** A row for the sample file's consensus table: the candidate, then `values` by column, null elsewhere. */
function consensusRow(data: Json, candidateId: string, values: Record<number, unknown>): unknown[] {
  return [candidateId, ...data.consensusScores.criteria.map((_: string, k: number) => values[k] ?? null)];
}

/** What the gate every session passes (checkSession: drafts, and sessions main is given to write) says of `data`. */
function checkData(data: unknown): ParseResult {
  const result = checkSession(data, 'en');
  return result.ok ? { ...result, migratedFrom: null } : result;
}

/** The sample as the session the page holds (flat score lists), for the gate every session passes (checkSession). */
function flatSample(): Json {
  return structuredClone(sampleSession) as Json;
}

function expectError(result: ParseResult, code: SessionErrorCode, ...fragments: string[]): string {
  if (result.ok) throw new Error(`expected the error "${code}", but the session was accepted`);
  expect(result.error.code).toBe(code);
  for (const fragment of fragments) expect(result.error.message).toContain(fragment);
  return result.error.message;
}

describe('parseSession: text that is not a session', () => {
  it('accepts the sample session', () => {
    const result = parseSession(serializeSession(sampleSession), 'en');
    expect(result.ok).toBe(true);
  });

  it('accepts a file that starts with a UTF-8 byte order mark', () => {
    expect(parseSession(`\uFEFF${serializeSession(sampleSession)}`, 'en').ok).toBe(true);
  });

  it('refuses text that is too large before parsing it', () => {
    const huge = ' '.repeat(MAX_SESSION_BYTES + 1);
    expectError(parseSession(huge, 'en'), 'too-large', '50.0 MB');
  });

  it('refuses an empty file', () => {
    expect(expectError(parseSession('', 'en'), 'empty')).toBe('The file is empty.');
  });

  it('refuses a file of whitespace only', () => {
    expectError(parseSession('  \n\t \r\n ', 'en'), 'empty', 'empty');
  });

  it('refuses binary data containing NUL', () => {
    expectError(parseSession('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', 'en'), 'binary', 'not text');
  });

  it('refuses binary data with many control characters even without NUL', () => {
    expectError(parseSession('\u0089PNG\r\n\u001a\n\u0001\u0002\u0003\u0004IHDR', 'en'), 'binary', 'binary data');
  });

  it('refuses text that is not JSON, naming line and column', () => {
    expect(expectError(parseSession('hello world', 'en'), 'not-json')).toBe(
      'The file is not valid JSON at line 1, column 1: a word is not in quotes; text must be in double quotes ("), and only true, false and null are written without them.',
    );
    const text = '{\n  "format": "pickwise-session",\n  "version" 1\n}\n';
    expect(expectError(parseSession(text, 'en'), 'not-json')).toBe('The file is not valid JSON at line 3, column 13: a colon (:) is missing after a field name.');
  });

  it('refuses a trailing comma as not JSON, at its place', () => {
    expect(expectError(parseSession('{\n  "a": 1,\n}\n', 'en'), 'not-json')).toBe(
      'The file is not valid JSON at line 3, column 1: a comma is followed by no further item; remove that comma.',
    );
  });

  it.each([
    ['a comment', '{\n  // note\n  "a": 1\n}', 'line 2, column 3', 'comments are not allowed in a session file'],
    ['single quotes', "{'a': 1}", 'line 1, column 2', 'not single quotes'],
    ['a field name without quotes', '{a: 1}', 'line 1, column 2', 'a field name must be in double quotes'],
    ['two commas', '[1,,2]', 'line 1, column 4', 'a value is missing'],
    ['a field without a value', '{"a": }', 'line 1, column 7', 'a value is missing'],
    ['a missing comma', '[1 2]', 'line 1, column 4', 'a comma is missing between two items'],
    ['a wrong closing bracket', '[1, 2}', 'line 1, column 6', 'a closing bracket does not match'],
    ['a second value', '{} {}', 'line 1, column 4', 'more text after the end of the session data'],
    ['a line break in text', '["a\nb"]', 'line 1, column 4', 'quoted text holds a line break'],
    ['an unknown escape', '["a\\qb"]', 'line 1, column 5', 'starts an escape that does not exist'],
    ['a short \\u escape', '["\\u12G4"]', 'line 1, column 7', 'needs four hexadecimal digits'],
    ['a leading zero', '[01]', 'line 1, column 3', 'a number is not written as JSON writes numbers'],
    ['NaN', '[1, NaN]', 'line 1, column 5', 'a word is not in quotes'],
    ['a stray character', '[1, @]', 'line 1, column 5', 'this character cannot start a value'],
  ])('says in its own words what is wrong with %s, and where', (_kind, text, where, words) => {
    expectError(parseSession(text, 'en'), 'not-json', `at ${where}: `, words);
  });

  it('reports a cut-off file as truncated, not as bad JSON', () => {
    const text = serializeSession(sampleSession);
    // Cut mid-line: a file cut off after a line end is said to end after the last thing written.
    const cut = text.slice(0, Math.floor(text.length / 2)).trimEnd();
    const lines = cut.split('\n').length;
    expectError(parseSession(cut, 'en'), 'truncated', 'ends too early', `line ${lines}`);
    expectError(parseSession('{"format": "pickwise-session", "frame": {"title": "Workshop', 'en'), 'truncated', 'cut off');
  });

  it.each([
    ['a line feed', '\n'],
    ['a carriage return and line feed', '\r\n'],
    ['a tab', '\t'],
  ])('reports a file cut off inside a text, just before %s, as truncated, not as a control character in text', (_kind, end) => {
    const cut = `{\n  "format": "pickwise-session",\n  "frame": {\n    "title": "Workshop${end}`;
    expect(expectError(parseSession(cut, 'en'), 'truncated')).toBe(
      'The file ends too early, at line 4, column 23: it looks cut off, perhaps by an interrupted save or copy.',
    );
  });

  it('reports every cut of a small session file as truncated', () => {
    const text = serializeSession({ ...sampleSession, candidates: sampleSession.candidates.slice(0, 1), scores: [], votes: [] });
    for (let end = 1; end < text.trimEnd().length; end += 7) {
      const result = parseSession(text.slice(0, end), 'en');
      expect(result.ok ? 'ok' : result.error.code, `cut at ${end}`).toBe('truncated');
    }
  });

  it.each([
    ['a list', '[1, 2, 3]'],
    ['null', 'null'],
    ['a number', '42'],
    ['a piece of text', '"pickwise-session"'],
    ['true or false', 'true'],
  ])('refuses a file holding %s', (kind, text) => {
    expectError(parseSession(text, 'en'), 'not-an-object', `holds ${kind}`, 'not a Pickwise session');
  });
});

describe('parseSession: hostile structure', () => {
  it('refuses data nested deeper than the limit', () => {
    const data = sample();
    let nested: unknown = 'bottom';
    for (let i = 0; i < MAX_SESSION_DEPTH + 5; i += 1) nested = [nested];
    data.candidates[2].tags = nested;
    expectError(parseData(data), 'too-deep', `more than ${MAX_SESSION_DEPTH} levels`, 'in tag 1 of candidate 3 (“Freight distribution channel optimisati…”)', '(line ');
  });

  it('refuses extreme nesting without overflowing the stack', () => {
    const depth = 200_000;
    const text = '['.repeat(depth) + ']'.repeat(depth);
    expectError(parseSession(text, 'en'), 'too-deep', 'nested', 'line 1, column 65');
    expectError(parseSession('{"a":'.repeat(depth) + '1' + '}'.repeat(depth), 'en'), 'too-deep', 'field “a” of field “a”', 'line 1, column 317');
  });

  it('accepts nesting right at the limit as far as depth goes', () => {
    let nested = '1';
    for (let i = 0; i < MAX_SESSION_DEPTH; i += 1) nested = `[${nested}]`;
    // Not a session, but it gets past the depth check to the next one.
    expectError(parseSession(nested, 'en'), 'not-an-object');
  });

  it('refuses a "__proto__" key and leaves Object.prototype alone', () => {
    const text = serializeSession(sampleSession).replace(
      '"code": "C1",',
      '"code": "C1",\n      "__proto__": { "polluted": true },',
    );
    expect(expectError(parseSession(text, 'en'), 'forbidden-key')).toBe(
      'A field named “__proto__” is not allowed in a session file (in candidate 1 (“Fraud detection for card payments”)) (line 156, column 7).',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names a forbidden key deep inside nested data by the part of the session it is in', () => {
    const data = sample();
    let nested: unknown = { constructor: { polluted: true } };
    for (let i = 0; i < 20; i += 1) nested = [nested];
    data.candidates[2].tags = nested;
    expect(expectError(parseData(data), 'forbidden-key')).toMatch(
      /^A field named “constructor” is not allowed in a session file \(in tag 1 of candidate 3 \(“Freight distribution channel optimisati…”\)\) \(line \d+, column \d+\)\.$/,
    );
  });

  it('refuses a top-level "__proto__" key', () => {
    expectError(parseSession('{"__proto__": {"isAdmin": true}, "format": "pickwise-session"}', 'en'), 'forbidden-key', '(in the session)', 'line 1, column 2');
  });

  it.each(['constructor', 'prototype'])('refuses a "%s" key anywhere', (key) => {
    const data = sample();
    data.settings.thresholds[key] = { polluted: true };
    expectError(parseData(data), 'forbidden-key', `“${key}”`, 'in the thresholds of the settings');
  });
});

describe('parseSession: format and version', () => {
  it('refuses JSON that is not a Pickwise session', () => {
    expectError(parseSession('{"name": "pickwise", "version": "0.1.0"}', 'en'), 'wrong-format', 'not a Pickwise session', 'no “format” field');
  });

  it('refuses another format, naming it', () => {
    const data = sample();
    data.format = 'trello-board';
    expect(expectError(parseData(data), 'wrong-format')).toBe('This JSON file is not a Pickwise session: its format is the text “trello-board”, not “pickwise-session”.');
  });

  it('refuses a newer version, naming it', () => {
    const data = sample();
    data.version = 7;
    const message = expectError(parseData(data), 'unsupported-version');
    expect(message).toBe(
      `This file was made by a newer Pickwise (session version 7); this version reads up to version ${SESSION_VERSION}. Update Pickwise to open it.`,
    );
  });

  it.each([
    ['a fraction', 1.5, '1.5'],
    ['text', '1', 'the text “1”'],
    ['negative', -1, '-1'],
    ['null', null, 'null'],
  ])('refuses a version that is %s', (_kind, version, shown) => {
    const data = sample();
    data.version = version;
    expectError(parseData(data), 'bad-version', `version is ${shown}, not a whole number`);
  });

  it('refuses a missing version', () => {
    const data = sample();
    delete data.version;
    expectError(parseData(data), 'bad-version', 'no version');
  });
});

describe('parseSession: schema problems, in plain words with their place', () => {
  it('names the candidate, the field and what it holds where text belongs, with its line', () => {
    const data = sample();
    data.candidates[3].title = 42;
    expect(expectError(parseData(data), 'invalid')).toBe('The title of candidate 4 (C4) is 42, not text (line 225, column 7).');
  });

  it('says who has no such field when a required field is absent, at the line of its owner', () => {
    const data = sample();
    delete data.participants[1].background;
    expect(expectError(parseData(data), 'invalid')).toBe('Participant 2 (“Priya Nair”) has no background (line 25, column 5).');
    delete data.candidates[3].title;
    data.participants[1].background = 'data';
    expect(expectError(parseData(data), 'invalid')).toBe('Candidate 4 (C4) has no title (line 222, column 5).');
  });

  it.each([
    ['a number', (d: Json) => (d.criteria[0].weight = '3'), 'The weight of criterion 1 (“Business value / ROI”) is the text “3”, not a number'],
    ['true or false', (d: Json) => (d.participants[0].scoringDone = 'yes'), 'The “done scoring” mark of participant 1 (“Maria Lopez”) is the text “yes”, not true or false'],
    ['a list', (d: Json) => (d.candidates[1].tags = 'retail, web'), 'The list of tags of candidate 2 (“Product recommendations in the web shop”) is the text “retail, web”, not a list'],
    ['an object', (d: Json) => (d.settings = []), 'The settings section of the session is an empty list, not an object'],
    ['a whole number', (d: Json) => (d.scores.rows[0][6] = 2.5), 'The score on “Technical difficulty” of score row 1 (by “Maria Lopez”, for “Fraud detection for card payments”) is 2.5, not a whole number'],
    ['one of the options', (d: Json) => (d.participants[2].background = 'sales'), 'The background of participant 3 (“Tom Becker”) is the text “sales”, not one of “business”, “technical”, “domain” or “data”'],
    ['a valid id', (d: Json) => (d.candidates[0].id = 'cand one'), 'The id of candidate 1 (“Fraud detection for card payments”) is the text “cand one”, not an id made of letters, digits, - or _'],
    ['a date', (d: Json) => (d.frame.date = '12/03/2025'), 'The date of the session is the text “12/03/2025”, not a date as YYYY-MM-DD, or empty text'],
    ['a timestamp', (d: Json) => (d.createdAt = 'yesterday'), 'The creation time of the session is the text “yesterday”, not a date and time such as 2026-11-26T09:00:00Z (ISO 8601)'],
    ['a quadrant name', (d: Json) => (d.settings.quadrantNames['quick-wins'] = 3), 'The name of the quick-wins quadrant of the settings is 3, not text'],
    ['a nullable object', (d: Json) => (d.candidates[0].override = 'top-left'), 'The place on the map of candidate 1 (“Fraud detection for card payments”) is the text “top-left”, not an object'],
    ['a scale', (d: Json) => (d.settings.scale = 7), 'The scoring scale of the settings is 7, not a scale of 5 or 10'],
    ['a tag', (d: Json) => (d.candidates[1].tags[1] = false), 'Tag 2 of candidate 2 (“Product recommendations in the web shop”) is false, not text'],
    ['a candidate', (d: Json) => (d.candidates[2] = 'Churn'), 'Candidate 3 is the text “Churn”, not an object'],
    ['too many dots', (d: Json) => (d.settings.dotsPerParticipant = 50), 'The number of dots per participant of the settings is 50, above the maximum of 20'],
    ['too few dots', (d: Json) => (d.votes[0].dots = 0), 'The number of dots of dot vote 1 (by “Maria Lopez”, for “Churn prediction for loyalty members”) is 0, below the minimum of 1'],
    [
      'a number beyond any a session holds',
      (d: Json) => d.consensusScores.rows.push(consensusRow(d, d.candidates[0].id, { 0: 1e300 })),
      'The score on “Business value / ROI” of consensus score row 1 (for “Fraud detection for card payments”) is 1e+300, far too large for a session',
    ],
    ['a whole number of points', (d: Json) => d.consensusScores.rows.push(consensusRow(d, d.candidates[0].id, { 0: 2.5 })), 'The score on “Business value / ROI” of consensus score row 1 (for “Fraud detection for card payments”) is 2.5, not a whole number'],
    ['a row of scores', (d: Json) => (d.scores.rows[2] = 'x'), 'Score row 3 is the text “x”, not a list'],
    ['a score that is text', (d: Json) => (d.scores.rows[2][3] = '4'), 'The score on “Reach of the key metric” of score row 3 (by “Tom Becker”, for “Fraud detection for card payments”) is the text “4”, not a number'],
    ['a score table', (d: Json) => (d.scores = []), 'The score table of the session is an empty list, not an object'],
    ['a column id', (d: Json) => (d.scores.criteria[0] = 'crit value'), 'Criterion column 1 of the score table is the text “crit value”, not an id made of letters, digits, - or _'],
    ['a whole number of dots', (d: Json) => (d.votes[0].dots = 1.5), 'The number of dots of dot vote 1 (by “Maria Lopez”, for “Churn prediction for loyalty members”) is 1.5, not a whole number'],
    ['a date, when it is not text', (d: Json) => (d.frame.date = 20250312), 'The date of the session is 20250312, not a date as YYYY-MM-DD, or empty text'],
    ['too many tags', (d: Json) => (d.candidates[1].tags = Array.from({ length: 31 }, (_, i) => `tag${i}`)), 'The list of tags of candidate 2 (“Product recommendations in the web shop”) has more than 30 items'],
    ['too many goal metrics', (d: Json) => (d.frame.goalMetrics = Array.from({ length: 31 }, () => 'x')), 'The list of goal metrics of the session has more than 30 items'],
    [
      'a number below any a session holds',
      (d: Json) => d.consensusScores.rows.push(consensusRow(d, d.candidates[0].id, { 0: -1e300 })),
      'The score on “Business value / ROI” of consensus score row 1 (for “Fraud detection for card payments”) is -1e+300, far too small for a session',
    ],
    ['a weight below the minimum', (d: Json) => (d.criteria[2].weight = -1), 'The weight of criterion 3 (“Urgency”) is -1, below the minimum of 0'],
    ['a weight above the maximum', (d: Json) => (d.criteria[2].weight = 101), 'The weight of criterion 3 (“Urgency”) is 101, above the maximum of 100'],
    ['a code too long', (d: Json) => (d.candidates[0].code = 'C'.repeat(13)), 'The code of candidate 1 (“Fraud detection for card payments”) is longer than 12 characters'],
    ['an id too long', (d: Json) => (d.participants[0].id = 'p'.repeat(65)), 'The id of participant 1 (“Maria Lopez”) is longer than 64 characters'],
    ['an empty tag', (d: Json) => (d.candidates[0].tags[0] = ''), 'Tag 1 of candidate 1 (“Fraud detection for card payments”) is empty'],
    ['a whole number of dots per participant', (d: Json) => (d.settings.dotsPerParticipant = 2.5), 'The number of dots per participant of the settings is 2.5, not a whole number'],
    ['plural notes', (d: Json) => (d.candidates[0].notes = ['a']), 'The notes of candidate 1 (“Fraud detection for card payments”) are a list, not text'],
  ])('words a wrong value as %s', (_kind, change, message) => {
    const data = sample();
    change(data);
    expect(expectError(parseData(data), 'invalid')).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(line \\d+, column \\d+\\)\\.$`));
  });

  it('refuses text longer than the field allows', () => {
    const data = sample();
    data.candidates[0].title = 'x'.repeat(201);
    expect(expectError(parseData(data), 'invalid')).toBe(
      'The title of candidate 1 (“xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”) is longer than 200 characters (line 156, column 7).',
    );
    data.candidates[0].title = 'ok';
    data.candidates[5].notes = 'y'.repeat(20_001);
    expectError(parseData(data), 'invalid', 'The notes of candidate 6 (“Demand forecasting', 'are longer than 20000 characters');
  });

  it('refuses an empty required name', () => {
    const data = sample();
    data.participants[0].name = '';
    expect(expectError(parseData(data), 'invalid')).toBe('The name of participant 1 is empty (line 21, column 7).');
  });

  it('names the first three problems, each with its line, then says how many more there are', () => {
    const data = sample();
    data.candidates[3].title = 42;
    delete data.participants[1].background;
    data.settings.revealed = 'yes';
    data.candidates[5].tags = 3;
    data.votes[0].dots = 0;
    expect(expectError(parseData(data), 'invalid')).toBe(
      'The file has 5 problems: participant 2 (“Priya Nair”) has no background (line 25, column 5); ' +
        'the title of candidate 4 (C4) is 42, not text (line 224, column 7); ' +
        'the list of tags of candidate 6 (“Demand forecasting for store replenishm…”) is 3, not a list (line 347, column 7); and 2 more.',
    );
  });

  it('names every problem when there are three or fewer, without "more"', () => {
    const data = sample();
    data.candidates[3].title = 42;
    data.settings.revealed = 'yes';
    const message = expectError(parseData(data), 'invalid', 'The file has 2 problems: the title of candidate 4 (C4) is 42, not text', '; the “scores revealed” mark of the settings is the text “yes”, not true or false');
    expect(message).not.toContain('more');
  });
});

describe('parseSession: references between parts of the file', () => {
  it('refuses duplicate candidate ids, naming both candidates', () => {
    const data = sample();
    data.candidates[5].id = data.candidates[2].id;
    expectError(
      parseData(data),
      'duplicate-id',
      'candidate 6 (“Demand forecasting for store replenishm…”) has the same id, “cand-freight”, as candidate 3 (“Freight distribution channel optimisati…”) (line 335, column 5)',
    );
  });

  it.each([
    ['participants', 'participant 2 (“Priya Nair”) has the same id, “part-maria”, as participant 1 (“Maria Lopez”)'],
    ['criteria', 'criterion 2 (“Reach of the key metric”) has the same id, “crit-value”, as criterion 1 (“Business value / ROI”)'],
  ])('refuses duplicate %s ids', (list, words) => {
    const data = sample();
    data[list][1].id = data[list][0].id;
    expectError(parseData(data), 'duplicate-id', words);
  });

  it('refuses scores for an unknown candidate, naming the row by who gave it, at the candidate’s place in the row', () => {
    const data = sample();
    data.scores.rows[10][0] = 'cand-ghost';
    expect(expectError(parseData(data), 'unknown-reference')).toBe(
      'The candidate of score row 11 (by “Tom Becker”) names a candidate that is not in the file (id “cand-ghost”) (line 702, column 9).',
    );
  });

  it.each([
    ['a score by an unknown participant', (d: Json) => (d.scores.rows[0][1] = 'part-x'), 'The participant of score row 1 (for “Fraud detection for card payments”) names a participant'],
    ['a score on an unknown criterion', (d: Json) => (d.scores.criteria[1] = 'crit-x'), 'Criterion column 2 of the score table names a criterion'],
    ['a consensus score for an unknown candidate', (d: Json) => d.consensusScores.rows.push(consensusRow(d, 'cand-x', { 0: 3 })), 'The candidate of consensus score row 1 names a candidate'],
    [
      'a consensus score on an unknown criterion',
      (d: Json) => {
        d.consensusScores.rows.push(consensusRow(d, 'cand-fraud', { 0: 3 }));
        d.consensusScores.criteria[0] = 'crit-x';
      },
      'Criterion column 1 of the consensus score table names a criterion',
    ],
    ['a vote by an unknown participant', (d: Json) => (d.votes[2].participantId = 'part-x'), 'Dot vote 3 (for “Support-ticket routing”) names a participant'],
    ['an unknown focus candidate', (d: Json) => (d.decision.focusCandidateId = 'cand-x'), 'The focus problem of the decision names a candidate'],
    ['an unknown runner-up', (d: Json) => (d.decision.runnersUp[1].candidateId = 'cand-x'), 'Runner-up 2 of the decision names a candidate'],
  ])('refuses %s', (_kind, change, words) => {
    const data = sample();
    change(data);
    expectError(parseData(data), 'unknown-reference', `${words} that is not in the file (id “`);
  });

  it('refuses scores outside the scale, saying which side of it, at the score’s cell', () => {
    const data = sample();
    data.scores.rows[10][5] = 6;
    expect(expectError(parseData(data), 'score-out-of-range')).toBe(
      'The score on “Data readiness” of score row 11 (by “Tom Becker”, for “Freight distribution channel optimisati…”) is 6, above the 1–5 scale (line 707, column 9).',
    );
    data.scores.rows[10][5] = 0;
    expectError(parseData(data), 'score-out-of-range', 'is 0, below the 1–5 scale');
  });

  it('refuses a second row for the same participant and candidate, and a criterion given two columns', () => {
    const data = sample();
    data.scores.rows.push([...data.scores.rows[3]]);
    expect(expectError(parseData(data), 'duplicate-entry')).toBe(
      'Score row 49 (by “Jonas Eriksen”, for “Fraud detection for card payments”) repeats row 4: a participant has one row per candidate (line 1119, column 7).',
    );
    const columns = sample();
    columns.scores.criteria.push(columns.scores.criteria[0]);
    for (const row of columns.scores.rows) row.push(null);
    expect(expectError(parseData(columns), 'duplicate-entry')).toBe('Criterion column 8 of the score table repeats column 1: a criterion has one column (line 589, column 7).');
  });

  it('refuses a row with more or fewer scores than the table has columns', () => {
    const data = sample();
    data.scores.rows[2].pop();
    expect(expectError(parseData(data), 'invalid')).toBe(
      'Score row 3 (by “Tom Becker”, for “Fraud detection for card payments”) has 6 scores, but the table has 7 criteria (line 613, column 7).',
    );
    data.scores.rows[2].push(3, 3);
    expectError(parseData(data), 'invalid', 'has 8 scores, but the table has 7 criteria');
  });

  it('counts a row’s unknown candidate once, not once per score, and names each such row', () => {
    const data = sample();
    data.scores.rows[0][0] = 'cand-gone';
    data.scores.rows[1][0] = 'cand-gone';
    expect(expectError(parseData(data), 'unknown-reference')).toBe(
      'The file has 2 problems: the candidate of score row 1 (by “Maria Lopez”) names a candidate that is not in the file (id “cand-gone”) (line 592, column 9); ' +
        'the candidate of score row 2 (by “Priya Nair”) names a candidate that is not in the file (id “cand-gone”) (line 603, column 9).',
    );
  });

  it('refuses a second vote by the same participant for the same candidate', () => {
    const data = sample();
    data.votes.push({ ...data.votes[0] });
    expectError(parseData(data), 'duplicate-entry', 'Dot vote 9 (by “Maria Lopez”, for “Churn prediction for loyalty members”) repeats dot vote 1');
  });

  it('refuses thresholds off the scale', () => {
    const data = sample();
    data.settings.thresholds.complexity = 7;
    expect(expectError(parseData(data), 'threshold-out-of-range')).toBe('The complexity threshold of the settings is 7, above the 1–5 scale (line 1179, column 7).');
  });
});

describe('parseSession never throws', () => {
  const expectSettled = (text: string) => {
    let result: ParseResult | undefined;
    expect(() => (result = parseSession(text, 'en'))).not.toThrow();
    if (result && !result.ok) {
      expect(CODES).toContain(result.error.code);
      expect(result.error.message.length).toBeGreaterThan(0);
    }
  };

  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectSettled), { numRuns: propertyRuns(500) });
  });

  it('on arbitrary JSON', () => {
    fc.assert(fc.property(fc.json(), expectSettled), { numRuns: propertyRuns(500) });
  });

  it('on a session with one value replaced by arbitrary JSON', () => {
    const text = serializeSession(sampleSession);
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.json({ maxDepth: 2 }), (at, junk) => {
        // Splice junk in after a colon so the result is often still JSON.
        const colon = text.indexOf(':', at);
        if (colon === -1) return;
        const end = text.slice(colon).search(/[,\n]/) + colon;
        expectSettled(text.slice(0, colon + 1) + junk + text.slice(end));
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

describe('parseSession: an absent field reads "has no …" whatever the schema would say', () => {
  it.each([
    ['The session has no creation time', (d: Json) => delete d.createdAt],
    ['The settings have no scoring scale', (d: Json) => delete d.settings.scale],
    ['The session has no date', (d: Json) => delete d.frame.date],
    ['Candidate 5 (“Churn prediction for loyalty members”) has no place on the map', (d: Json) => delete d.candidates[4].override],
  ])('%s', (words, change) => {
    const data = sample();
    change(data);
    expectError(parseData(data), 'invalid', `${words} (line `);
  });
});

describe('SESSION_ERROR_CODES: the codes the app branches on', () => {
  const withSample = (change: (data: Json) => void) => {
    const data = sample();
    change(data);
    return JSON.stringify(data);
  };
  // One file for each way a file can be refused ('parser-fault' is Pickwise's own fault, not
  // the file's: session-parser-fault.test.ts).
  const EXAMPLES: Record<Exclude<SessionErrorCode, 'parser-fault'>, () => string> = {
    'too-large': () => ' '.repeat(MAX_SESSION_BYTES + 1),
    empty: () => '',
    binary: () => 'PK\u0003\u0004\u0000',
    truncated: () => '{"format": "pickwise-session", "version": ',
    'not-json': () => '{"format": pickwise}',
    'too-deep': () => '['.repeat(MAX_SESSION_DEPTH + 1) + ']'.repeat(MAX_SESSION_DEPTH + 1),
    'forbidden-key': () => '{"constructor": {}}',
    'not-an-object': () => '[]',
    'wrong-format': () => '{"version": 1}',
    'bad-version': () => '{"format": "pickwise-session", "version": "1"}',
    'unsupported-version': () => `{"format": "pickwise-session", "version": ${SESSION_VERSION + 1}}`,
    'migration-failed': () => '{"format": "pickwise-session", "version": 0, "candidates": [{"id": "c", "scores": []}]}',
    invalid: () => '{"format": "pickwise-session", "version": 1}',
    'duplicate-id': () => withSample((d) => (d.criteria[1].id = d.criteria[0].id)),
    'duplicate-entry': () => withSample((d) => d.votes.push({ ...d.votes[0] })),
    'unknown-reference': () => withSample((d) => (d.decision.focusCandidateId = 'cand-gone')),
    'score-out-of-range': () => withSample((d) => (d.scores.rows[0][2] = 9)),
    'threshold-out-of-range': () => withSample((d) => (d.settings.thresholds.impact = 0)),
  };

  it('lists exactly the codes parseSession gives, and parser-fault', () => {
    expect([...CODES].sort()).toEqual([...Object.keys(EXAMPLES), 'parser-fault'].sort());
  });

  it.each(Object.entries(EXAMPLES))('gives %s for such a file', (code, text) => {
    expectError(parseSession(text(), 'en'), code as SessionErrorCode);
  });
});

describe('the session gate (checkSession): references and values, at every position and both ends of the scale', () => {
  const grid = (data: Json) => {
    data.consensusScores = [];
    data.votes = [];
    for (const candidate of data.candidates) {
      for (const criterion of data.criteria) data.consensusScores.push({ candidateId: candidate.id, criterionId: criterion.id, value: 3 });
      for (const person of data.participants) data.votes.push({ participantId: person.id, candidateId: candidate.id, dots: 1 });
    }
  };

  it('accepts a consensus score and a dot vote for every candidate, and thresholds at both ends of the scale', () => {
    const data = flatSample();
    grid(data);
    data.settings.thresholds = { impact: 1, complexity: 5 };
    expect(checkData(data).ok).toBe(true);
  });

  it.each([
    ['a score on the first criterion', (d: Json) => d.scores.push({ ...d.scores[0] }), 'repeats score 1: a participant gives one score per candidate and criterion'],
    ['a consensus score', (d: Json) => d.consensusScores.push({ ...d.consensusScores[0] }), 'repeats consensus score 1: the room gives one score per candidate and criterion'],
    ['a dot vote', (d: Json) => d.votes.push({ ...d.votes[0] }), "repeats dot vote 1: a participant's dots on one candidate are one vote"],
  ])('refuses a second %s on the first of everything', (_kind, change, words) => {
    const data = flatSample();
    grid(data);
    change(data);
    expectError(checkData(data), 'duplicate-entry', words);
  });

  it('names a repeated score by its own place, and two answers naming unknown items as two unknown items, not as a repeat', () => {
    const data = flatSample();
    data.scores.push({ ...data.scores[3] });
    expect(expectError(checkData(data), 'duplicate-entry')).toBe(
      `Score ${data.scores.length} (by “Maria Lopez”, for “Fraud detection for card payments”, on “Data readiness”) repeats score 4: a participant gives one score per candidate and criterion.`,
    );
    const unknown = flatSample();
    unknown.candidates[0].readiness = ['gone-a', 'gone-b'].map((itemId) => ({ itemId, answer: 'ready', evidence: '', owner: '' }));
    expect(expectError(checkData(unknown), 'unknown-reference')).toMatch(/^The file has 2 problems: readiness answer 1 of candidate 1 .*; readiness answer 2 of candidate 1 .*“gone-b”\)\.$/);
  });

  it('refuses consensus scores off the scale, and names their place', () => {
    const data = flatSample();
    data.consensusScores.push({ candidateId: 'cand-fraud', criterionId: 'crit-value', value: 6 });
    expect(expectError(checkData(data), 'score-out-of-range')).toMatch(
      /^Consensus score 1 \(for “Fraud detection for card payments”, on “Business value \/ ROI”\) is 6, above the 1–5 scale\.$/,
    );
  });

  it('refuses a consensus score on an unknown criterion', () => {
    const data = flatSample();
    data.consensusScores.push({ candidateId: 'cand-fraud', criterionId: 'crit-gone', value: 3 });
    expectError(checkData(data), 'unknown-reference', 'Consensus score 1 (for “Fraud detection for card payments”) names a criterion that is not in the file (id “crit-gone”)');
  });

  it('refuses a dot vote for an unknown candidate', () => {
    const data = flatSample();
    data.votes[1].candidateId = 'cand-gone';
    expectError(checkData(data), 'unknown-reference', 'Dot vote 2 (by “Maria Lopez”) names a candidate that is not in the file (id “cand-gone”)');
  });

  it('takes its code from the first problem found, and still counts the rest', () => {
    const data = flatSample();
    data.criteria[1].id = data.criteria[0].id;
    data.scores[0].value = 9;
    data.votes[0].candidateId = 'cand-gone';
    expect(expectError(checkData(data), 'duplicate-id')).toMatch(/^The file has \d+ problems: criterion 2 .*; and \d+ more\.$/);
  });

  it('refuses a threshold below the scale, and names both thresholds when both are off', () => {
    const data = sample();
    data.settings.thresholds = { impact: 0.5, complexity: 6 };
    expect(expectError(parseData(data), 'threshold-out-of-range')).toMatch(
      /^The file has 2 problems: the impact threshold of the settings is 0\.5, below the 1–5 scale \(line \d+, column \d+\); the complexity threshold of the settings is 6, above the 1–5 scale \(line \d+, column \d+\)\.$/,
    );
  });

  it('checks references before thresholds, as different faults', () => {
    const data = flatSample();
    data.settings.thresholds.impact = 9;
    data.decision.runnersUp[0].candidateId = 'cand-gone';
    expectError(checkData(data), 'unknown-reference', 'Runner-up 1 of the decision names a candidate');
  });
});

describe('parseSession: text-level checks at their limits', () => {
  it('says how large a file too large to read is, and the limit', () => {
    expect(expectError(parseSession(' '.repeat(MAX_SESSION_BYTES + 1), 'en'), 'too-large')).toBe(
      'The file is too large to be a session (about 50.0 MB; the limit is 50.0 MB).',
    );
  });

  it('reads a file of exactly the size limit, rather than refusing it as too large', () => {
    expectError(parseSession(' '.repeat(MAX_SESSION_BYTES), 'en'), 'empty');
  });

  it('takes a few control characters for a broken text, and four or more for binary data', () => {
    expectError(parseSession('{"a": 1}\u0001\u0002\u0003', 'en'), 'not-json', 'at line 1, column 9');
    expectError(parseSession('{"a": 1}\u0001\u0002\u0003\u0004', 'en'), 'binary');
  });

  it('counts tabs, line feeds and carriage returns as text, not as binary data', () => {
    const text = serializeSession(sampleSession).replaceAll('\n', '\r\n').replaceAll('  ', '\t');
    expect(parseSession(text, 'en').ok).toBe(true);
    expectError(parseSession('{\t\t\t\t\r\n\r\n"a" 1}', 'en'), 'not-json', 'a colon (:) is missing');
  });

  it('looks for binary data in the first 8 KB only', () => {
    const late = `${' '.repeat(8192)}\u0001\u0002\u0003\u0004`;
    expectError(parseSession(late, 'en'), 'not-json');
  });
});

describe('the session gate (checkSession): repeats and unknown ids, counted once each', () => {
  it('points every repeat of a score back to the first one', () => {
    const data = flatSample();
    data.scores.push({ ...data.scores[3] }, { ...data.scores[3] });
    const message = expectError(checkData(data), 'duplicate-entry');
    expect(message.match(/repeats score 4:/g)).toHaveLength(2);
  });

  it('names a repeated consensus score by its own number and what it is for', () => {
    const data = flatSample();
    data.consensusScores.push({ candidateId: 'cand-fraud', criterionId: 'crit-value', value: 3 }, { candidateId: 'cand-fraud', criterionId: 'crit-value', value: 4 });
    expect(expectError(checkData(data), 'duplicate-entry')).toMatch(
      /^Consensus score 2 \(for “Fraud detection for card payments”, on “Business value \/ ROI”\) repeats consensus score 1: the room gives one score per candidate and criterion\.$/,
    );
  });

  it.each([
    ['scores by a participant no longer in the file', (d: Json) => {
      d.scores[0].participantId = 'part-gone';
      d.scores.push({ ...d.scores[0] });
    }],
    ['scores for a candidate no longer in the file', (d: Json) => {
      d.scores[0].candidateId = 'cand-gone';
      d.scores.push({ ...d.scores[0] });
    }],
    ['scores on a criterion no longer in the file', (d: Json) => {
      d.scores[0].criterionId = 'crit-gone';
      d.scores.push({ ...d.scores[0] });
    }],
    ['consensus scores for a candidate no longer in the file', (d: Json) => d.consensusScores.push({ candidateId: 'cand-gone', criterionId: 'crit-value', value: 3 }, { candidateId: 'cand-gone', criterionId: 'crit-value', value: 3 })],
    ['consensus scores on a criterion no longer in the file', (d: Json) => d.consensusScores.push({ candidateId: 'cand-fraud', criterionId: 'crit-gone', value: 3 }, { candidateId: 'cand-fraud', criterionId: 'crit-gone', value: 3 })],
    ['dot votes by a participant no longer in the file', (d: Json) => d.votes.push({ participantId: 'part-gone', candidateId: 'cand-fraud', dots: 1 }, { participantId: 'part-gone', candidateId: 'cand-fraud', dots: 1 })],
    ['dot votes for a candidate no longer in the file', (d: Json) => d.votes.push({ participantId: 'part-maria', candidateId: 'cand-gone', dots: 1 }, { participantId: 'part-maria', candidateId: 'cand-gone', dots: 1 })],
  ])('counts two %s as two unknown references, not as a repeat', (_kind, change) => {
    const data = flatSample();
    change(data);
    const message = expectError(checkData(data), 'unknown-reference', 'The file has 2 problems: ');
    expect(message).not.toContain('repeats');
  });
});
