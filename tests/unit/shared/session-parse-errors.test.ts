import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SESSION_BYTES,
  MAX_SESSION_DEPTH,
  parseSession,
  type ParseResult,
} from '../../../shared/session/parse';
import { SESSION_ERROR_CODES as CODES, type SessionErrorCode } from '../../../shared/session/errors';
import { sampleSession } from '../../../shared/session/sample-session';
import { serializeSession } from '../../../shared/session/serialize';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh, mutable copy of the sample as plain JSON data. */
function sample(): Json {
  return JSON.parse(serializeSession(sampleSession)) as Json;
}

function parseData(data: unknown): ParseResult {
  return parseSession(JSON.stringify(data, null, 2));
}

function expectError(result: ParseResult, code: SessionErrorCode, ...fragments: string[]): string {
  if (result.ok) throw new Error(`expected the error "${code}", but the session was accepted`);
  expect(result.error.code).toBe(code);
  for (const fragment of fragments) expect(result.error.message).toContain(fragment);
  return result.error.message;
}

describe('parseSession: text that is not a session', () => {
  it('accepts the sample session', () => {
    const result = parseSession(serializeSession(sampleSession));
    expect(result.ok).toBe(true);
  });

  it('accepts a file that starts with a UTF-8 byte order mark', () => {
    expect(parseSession(`\uFEFF${serializeSession(sampleSession)}`).ok).toBe(true);
  });

  it('refuses text that is too large before parsing it', () => {
    const huge = ' '.repeat(MAX_SESSION_BYTES + 1);
    expectError(parseSession(huge), 'too-large', '50.0 MB');
  });

  it('refuses an empty file', () => {
    expect(expectError(parseSession(''), 'empty')).toBe('The file is empty.');
  });

  it('refuses a file of whitespace only', () => {
    expectError(parseSession('  \n\t \r\n '), 'empty', 'empty');
  });

  it('refuses binary data containing NUL', () => {
    expectError(parseSession('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000'), 'binary', 'not text');
  });

  it('refuses binary data with many control characters even without NUL', () => {
    expectError(parseSession('\u0089PNG\r\n\u001a\n\u0001\u0002\u0003\u0004IHDR'), 'binary', 'binary data');
  });

  it('refuses text that is not JSON, naming line and column', () => {
    expectError(parseSession('hello world'), 'not-json', 'not valid JSON', 'line 1, column 1');
    const text = '{\n  "format": "pickwise-session",\n  "version" 1\n}\n';
    expectError(parseSession(text), 'not-json', 'not valid JSON', 'unexpected number', 'line 3, column 13');
  });

  it('refuses a trailing comma as not JSON, at its place', () => {
    expectError(parseSession('{\n  "a": 1,\n}\n'), 'not-json', 'line 3, column 1');
  });

  it('reports a cut-off file as truncated, not as bad JSON', () => {
    const text = serializeSession(sampleSession);
    const cut = text.slice(0, Math.floor(text.length / 2));
    const lines = cut.split('\n').length;
    expectError(parseSession(cut), 'truncated', 'ends too early', `line ${lines}`);
    expectError(parseSession('{"format": "pickwise-session", "frame": {"title": "Workshop'), 'truncated', 'cut off');
  });

  it('reports every cut of a small session file as truncated', () => {
    const text = serializeSession({ ...sampleSession, candidates: sampleSession.candidates.slice(0, 1), scores: [], votes: [] });
    for (let end = 1; end < text.trimEnd().length; end += 7) {
      const result = parseSession(text.slice(0, end));
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
    expectError(parseSession(text), 'not-an-object', `holds ${kind}`, 'not a Pickwise session');
  });
});

describe('parseSession: hostile structure', () => {
  it('refuses data nested deeper than the limit', () => {
    const data = sample();
    let nested: unknown = 'bottom';
    for (let i = 0; i < MAX_SESSION_DEPTH + 5; i += 1) nested = [nested];
    data.candidates[2].tags = nested;
    expectError(parseData(data), 'too-deep', `more than ${MAX_SESSION_DEPTH} levels`, 'candidates[2].tags[0]');
  });

  it('refuses extreme nesting without overflowing the stack', () => {
    const depth = 200_000;
    const text = '['.repeat(depth) + ']'.repeat(depth);
    expectError(parseSession(text), 'too-deep', 'nested', '…');
    expectError(parseSession('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)), 'too-deep', 'a.a.a');
  });

  it('accepts nesting right at the limit as far as depth goes', () => {
    let nested = '1';
    for (let i = 0; i < MAX_SESSION_DEPTH; i += 1) nested = `[${nested}]`;
    // Not a session, but it gets past the depth check to the next one.
    expectError(parseSession(nested), 'not-an-object');
  });

  it('refuses a "__proto__" key and leaves Object.prototype alone', () => {
    const text = serializeSession(sampleSession).replace(
      '"code": "C1",',
      '"code": "C1",\n      "__proto__": { "polluted": true },',
    );
    expectError(parseSession(text), 'forbidden-key', '"__proto__"', 'candidates[0]');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a top-level "__proto__" key', () => {
    expectError(parseSession('{"__proto__": {"isAdmin": true}, "format": "pickwise-session"}'), 'forbidden-key', 'the top level');
  });

  it.each(['constructor', 'prototype'])('refuses a "%s" key anywhere', (key) => {
    const data = sample();
    data.settings.thresholds[key] = { polluted: true };
    expectError(parseData(data), 'forbidden-key', `"${key}"`, 'settings.thresholds');
  });
});

describe('parseSession: format and version', () => {
  it('refuses JSON that is not a Pickwise session', () => {
    expectError(parseSession('{"name": "pickwise", "version": "0.1.0"}'), 'wrong-format', 'not a Pickwise session', '"format"');
  });

  it('refuses another format, naming it', () => {
    const data = sample();
    data.format = 'trello-board';
    expectError(parseData(data), 'wrong-format', '"trello-board"', '"pickwise-session"');
  });

  it('refuses a newer version, naming it', () => {
    const data = sample();
    data.version = 7;
    const message = expectError(parseData(data), 'unsupported-version');
    expect(message).toBe(
      'This file was made by a newer Pickwise (session version 7); this version reads up to version 1. Update Pickwise to open it.',
    );
  });

  it.each([
    ['a fraction', 1.5, '1.5'],
    ['text', '1', '"1"'],
    ['negative', -1, '-1'],
    ['null', null, 'null'],
  ])('refuses a version that is %s', (_kind, version, shown) => {
    const data = sample();
    data.version = version;
    expectError(parseData(data), 'bad-version', `version ${shown}`, 'whole number');
  });

  it('refuses a missing version', () => {
    const data = sample();
    delete data.version;
    expectError(parseData(data), 'bad-version', 'no version');
  });
});

describe('parseSession: schema problems, in plain words with their place', () => {
  it('names the field and says "expected text" for a number where text belongs', () => {
    const data = sample();
    data.candidates[3].title = 42;
    expect(expectError(parseData(data), 'invalid')).toBe('candidates[3].title: expected text');
  });

  it('says "missing" for an absent required field', () => {
    const data = sample();
    delete data.participants[1].background;
    expect(expectError(parseData(data), 'invalid')).toBe('participants[1].background: missing');
  });

  it.each([
    ['a number', (d: Json) => (d.criteria[0].weight = '3'), 'criteria[0].weight: expected a number'],
    ['true or false', (d: Json) => (d.participants[0].scoringDone = 'yes'), 'participants[0].scoringDone: expected true or false'],
    ['a list', (d: Json) => (d.candidates[1].tags = 'retail, web'), 'candidates[1].tags: expected a list'],
    ['an object', (d: Json) => (d.settings = []), 'settings: expected an object'],
    ['a whole number', (d: Json) => (d.scores[4].value = 2.5), 'scores[4].value: expected a whole number'],
    ['one of the options', (d: Json) => (d.participants[2].background = 'sales'), 'participants[2].background: expected one of "business", "technical", "domain" or "data"'],
    ['a valid id', (d: Json) => (d.candidates[0].id = 'cand one'), 'candidates[0].id: expected an id made of letters, digits, - or _'],
    ['a date', (d: Json) => (d.frame.date = '12/03/2025'), 'frame.date: expected a date as YYYY-MM-DD, or empty text'],
    ['a timestamp', (d: Json) => (d.createdAt = 'yesterday'), 'createdAt: expected an ISO 8601 date and time'],
    ['a quoted key', (d: Json) => (d.settings.quadrantNames['quick-wins'] = 3), 'settings.quadrantNames["quick-wins"]: expected text'],
    ['a nullable object', (d: Json) => (d.candidates[0].override = 'top-left'), 'candidates[0].override: expected an object'],
    ['a scale', (d: Json) => (d.settings.scale = 7), 'settings.scale: expected a scale of 5 or 10'],
  ])('words a wrong type as %s', (_kind, change, message) => {
    const data = sample();
    change(data);
    expect(expectError(parseData(data), 'invalid')).toBe(message);
  });

  it('refuses text longer than the field allows', () => {
    const data = sample();
    data.candidates[0].title = 'x'.repeat(201);
    expect(expectError(parseData(data), 'invalid')).toBe('candidates[0].title: expected at most 200 characters');
    data.candidates[0].title = 'ok';
    data.candidates[5].notes = 'y'.repeat(20_001);
    expectError(parseData(data), 'invalid', 'candidates[5].notes', 'at most 20000 characters');
  });

  it('refuses an empty required name', () => {
    const data = sample();
    data.participants[0].name = '';
    expect(expectError(parseData(data), 'invalid')).toBe('participants[0].name: expected a name');
  });

  it('counts the other problems', () => {
    const data = sample();
    data.candidates[3].title = 42;
    delete data.participants[1].background;
    data.settings.revealed = 'yes';
    expectError(parseData(data), 'invalid', ': missing', '(and 2 more problems)');
  });
});

describe('parseSession: references between parts of the file', () => {
  it('refuses duplicate candidate ids, pointing at both', () => {
    const data = sample();
    data.candidates[5].id = data.candidates[2].id;
    expectError(parseData(data), 'duplicate-id', 'candidates[5].id', `"${data.candidates[2].id}"`, 'candidates[2]');
  });

  it.each(['participants', 'criteria'])('refuses duplicate %s ids', (list) => {
    const data = sample();
    data[list][1].id = data[list][0].id;
    expectError(parseData(data), 'duplicate-id', `${list}[1].id`, `${list}[0]`);
  });

  it('refuses scores for an unknown candidate', () => {
    const data = sample();
    data.scores[10].candidateId = 'cand-ghost';
    expect(expectError(parseData(data), 'unknown-reference')).toBe('scores[10].candidateId: no candidate has the id "cand-ghost"');
  });

  it.each([
    ['a score by an unknown participant', (d: Json) => (d.scores[0].participantId = 'part-x'), 'scores[0].participantId', 'participant'],
    ['a score on an unknown criterion', (d: Json) => (d.scores[1].criterionId = 'crit-x'), 'scores[1].criterionId', 'criterion'],
    ['a consensus score for an unknown candidate', (d: Json) => d.consensusScores.push({ candidateId: 'cand-x', criterionId: 'crit-value', value: 3 }), 'consensusScores[0].candidateId', 'candidate'],
    ['a vote by an unknown participant', (d: Json) => (d.votes[2].participantId = 'part-x'), 'votes[2].participantId', 'participant'],
    ['an unknown focus candidate', (d: Json) => (d.decision.focusCandidateId = 'cand-x'), 'decision.focusCandidateId', 'candidate'],
    ['an unknown runner-up', (d: Json) => (d.decision.runnersUp[1].candidateId = 'cand-x'), 'decision.runnersUp[1].candidateId', 'candidate'],
  ])('refuses %s', (_kind, change, path, kind) => {
    const data = sample();
    change(data);
    expectError(parseData(data), 'unknown-reference', `${path}: no ${kind} has the id`);
  });

  it('refuses scores outside the scale', () => {
    const data = sample();
    data.scores[10].value = 6;
    expect(expectError(parseData(data), 'score-out-of-range')).toBe('scores[10].value: 6 is outside the scale 1 to 5');
    data.scores[10].value = 0;
    expectError(parseData(data), 'score-out-of-range', 'scores[10].value: 0');
  });

  it('refuses a second score for the same participant, candidate and criterion', () => {
    const data = sample();
    data.scores.push({ ...data.scores[3] });
    expectError(parseData(data), 'duplicate-entry', `scores[${data.scores.length - 1}]`, 'scores[3]');
  });

  it('refuses a second vote by the same participant for the same candidate', () => {
    const data = sample();
    data.votes.push({ ...data.votes[0] });
    expectError(parseData(data), 'duplicate-entry', 'votes[8]', 'votes[0]');
  });

  it('refuses thresholds off the scale', () => {
    const data = sample();
    data.settings.thresholds.complexity = 7;
    expect(expectError(parseData(data), 'threshold-out-of-range')).toBe('settings.thresholds.complexity: 7 is outside the scale 1 to 5');
  });
});

describe('parseSession never throws', () => {
  const expectSettled = (text: string) => {
    let result: ParseResult | undefined;
    expect(() => (result = parseSession(text))).not.toThrow();
    if (result && !result.ok) {
      expect(CODES).toContain(result.error.code);
      expect(result.error.message.length).toBeGreaterThan(0);
    }
  };

  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectSettled), { numRuns: 500 });
  });

  it('on arbitrary JSON', () => {
    fc.assert(fc.property(fc.json(), expectSettled), { numRuns: 500 });
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
      { numRuns: 300 },
    );
  });
});

describe('parseSession: missing fields read "missing" whatever the schema would say', () => {
  it.each([
    ['createdAt', (d: Json) => delete d.createdAt],
    ['settings.scale', (d: Json) => delete d.settings.scale],
    ['frame.date', (d: Json) => delete d.frame.date],
    ['candidates[4].override', (d: Json) => delete d.candidates[4].override],
  ])('%s', (path, change) => {
    const data = sample();
    change(data);
    expect(expectError(parseData(data), 'invalid')).toBe(`${path}: missing`);
  });
});
