import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSession, sampleSession, serializeSession, sessionJsonSchemaText, startFollowUp, type ParseResult, type Session } from '../../../shared';
import { openSurely } from '../../../shared/session/sure-open';
import { SESSION_VERSION } from '../../../shared/session/schema';

// Session format 3 (schema.ts, migrations.ts): a follow-up remembers the session it follows up
// and what became of that session's focus (`followUp`); every version-2 file opens as it was,
// following up nothing.

const v2Text = readFileSync(new URL('../../fixtures/session-v2.pickwise', import.meta.url), 'utf8');

function opened(result: ParseResult): Session {
  if (!result.ok) throw new Error(result.error.message);
  return result.session;
}

describe('a version-2 file', () => {
  it('opens (the committed fixture is the sample as version 2 wrote it) as the sample, following up nothing', () => {
    const result = parseSession(v2Text, 'en');
    expect(result.ok && result.migratedFrom).toBe(2);
    expect(opened(result)).toEqual(sampleSession);
    expect(opened(result).followUp).toBeNull();
  });

  it('saves as the current version with "followUp": null last, and reopens the same in one pass, without upgrading again', () => {
    const text = serializeSession(opened(parseSession(v2Text, 'en')));
    expect(text).toContain(`\n  "version": ${SESSION_VERSION},\n`);
    expect(text.endsWith('  },\n  "followUp": null\n}\n')).toBe(true);
    const again = parseSession(text, 'en');
    expect(again.ok && again.migratedFrom).toBeNull();
    expect(openSurely(JSON.parse(text))).toEqual(sampleSession);
  });

  it('names a problem in it at its line in the version-2 file: the upgrade only adds a field', () => {
    const text = v2Text.replace('"title": "Churn prediction for loyalty members"', '"title": ""');
    const line = text.slice(0, text.indexOf('"title": ""')).split('\n').length;
    const result = parseSession(text, 'en');
    expect(result.ok ? 'accepted' : result.error.message).toMatch(new RegExp(`^After upgrading from version 2, .*\\(line ${line}, column \\d+\\)\\.$`));
  });

  it('names a score off the scale in its table by row and criterion, at its line and column, as in a current file', () => {
    const row = '["cand-fraud", "part-priya", 4, 4, 5,';
    const text = v2Text.replace(row, '["cand-fraud", "part-priya", 4, 9, 5,');
    const line = text.slice(0, text.indexOf('"part-priya", 4, 9')).split('\n').length;
    const result = parseSession(text, 'en');
    expect(result.ok ? 'accepted' : result.error.message).toBe(
      `After upgrading from version 2, the score on “Reach of the key metric” of score row 2 (by “Priya Nair”, for “Fraud detection for card payments”) is 9, above the 1–5 scale (line ${line}, column 39).`,
    );
  });
});

describe('a follow-up in the file', () => {
  let followUp: Session;
  beforeEach(() => {
    const earlier: Session = { ...sampleSession, candidates: sampleSession.candidates.map((c) => (c.id === 'cand-churn' ? { ...c, baseline: '78 % retained' } : c)) };
    const started = startFollowUp(earlier, { fileName: 'Q1 workshop.pickwise' }, new Date('2025-06-12T09:00:00Z'), (prefix) => `${prefix}-q2`);
    followUp = { ...started, followUp: { ...started.followUp!, outcome: { status: 'shipped', metricNow: '80 % retained', learned: 'Win-back works on the top decile only.' } } };
  });

  it('is written after the decision, in the schema’s key order, and reopens identical in one pass', () => {
    const text = serializeSession(followUp);
    const tail = text.slice(text.indexOf('\n  "followUp": '));
    expect(JSON.parse(`{${tail.slice(1)}`)).toEqual({ followUp: followUp.followUp });
    expect(tail).toContain('"earlier": {\n      "sessionId": "session-northwind-sample",\n      "title": "Northwind Retail — ML opportunities workshop",\n      "date": "2025-03-12",\n      "fileName": "Q1 workshop.pickwise"\n    },');
    expect(opened(parseSession(text, 'en'))).toEqual(followUp);
    expect(openSurely(JSON.parse(text))).toEqual(followUp);
    expect(serializeSession(opened(parseSession(text, 'en')))).toBe(text);
  });

  it('is refused, with a message and its line, when its outcome says something Pickwise does not know', () => {
    const text = serializeSession(followUp).replace('"status": "shipped"', '"status": "abandoned"');
    const result = parseSession(text, 'en');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toContain('abandoned');
  });

  it('is described in the JSON Schema of the format', () => {
    const schema = JSON.parse(sessionJsonSchemaText()) as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toContain('followUp');
    expect(JSON.stringify(schema.properties.followUp)).toContain('"shipped"');
  });
});

describe('a problem in the follow-up section', () => {
  let text: string;
  beforeEach(() => {
    const started = startFollowUp(sampleSession, { fileName: 'q1.pickwise' }, new Date('2025-06-12T09:00:00Z'), (prefix) => `${prefix}-q2`);
    text = serializeSession(started);
  });

  it('is named in the room’s words, at its line', () => {
    const broken = text.replace('"status": "unknown"', '"status": "abandoned"');
    const line = broken.slice(0, broken.indexOf('"abandoned"')).split('\n').length;
    const result = parseSession(broken, 'en');
    expect(result.ok ? 'accepted' : result.error.message).toBe(
      `The status of the earlier focus of the follow-up is the text “abandoned”, not one of “unknown”, “not-started”, “in-progress”, “shipped” or “stopped” (line ${line}, column 7).`,
    );
  });

  it('names the earlier session’s fields as such', () => {
    const result = parseSession(text.replace('"fileName": "q1.pickwise"', '"fileName": 7'), 'en');
    expect(result.ok ? 'accepted' : result.error.message).toMatch(/^The file name of the earlier session of the follow-up is 7, not text/);
  });
});
