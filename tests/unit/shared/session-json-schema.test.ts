import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { describe, expect, it } from 'vitest';
import { SESSION_SCHEMA_ID, sessionJsonSchemaText } from '../../../shared/session/json-schema';
import { sampleSession } from '../../../shared/session/sample-session';
import { SESSION_VERSION } from '../../../shared/session/schema';
import { serializeSession } from '../../../shared/session/serialize';
import { sessionArbitrary } from './session-arbitraries';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const schemaPath = new URL('../../../shared/session.schema.json', import.meta.url);
const committed = readFileSync(schemaPath, 'utf8');

// ajv-formats is not a dependency; these two are the only formats the schema uses, checked
// as RFC 3339 says (the schema's own patterns repeat the check, so this is belt and braces).
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function makeValidator() {
  // strictTuples asks every tuple to be closed; a score row is open by design (ids, then a cell per criterion).
  const ajv = new Ajv2020({ strict: true, strictTuples: false, allErrors: true });
  ajv.addFormat('date', isCalendarDate);
  ajv.addFormat('date-time', (text: string) => {
    const match = /^(\d{4}-\d{2}-\d{2})[Tt]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/.exec(text);
    return match !== null && isCalendarDate(match[1]!);
  });
  return ajv.compile(JSON.parse(committed) as object);
}

describe('shared/session.schema.json', () => {
  it('is current (run `npm run schema` after changing shared/session/schema.ts)', () => {
    expect(committed).toBe(sessionJsonSchemaText());
  });

  it('carries its id and the draft it follows', () => {
    const schema = JSON.parse(committed) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SESSION_SCHEMA_ID);
  });

  it('accepts the sample session as written to disk', () => {
    const validate = makeValidator();
    const valid = validate(JSON.parse(serializeSession(sampleSession)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('accepts generated sessions', () => {
    const validate = makeValidator();
    fc.assert(
      fc.property(sessionArbitrary, (session) => {
        expect(validate(JSON.parse(serializeSession(session)))).toBe(true);
      }),
      { numRuns: propertyRuns(100) },
    );
  });

  it.each([
    ['a missing field', (d: Json) => delete d.frame.title, 'required'],
    ['a wrong type', (d: Json) => (d.candidates[0].title = 42), 'type'],
    ['an unknown key', (d: Json) => (d.settings.extra = true), 'additionalProperties'],
    ['an impossible date', (d: Json) => (d.frame.date = '2025-02-30'), 'format'],
    ['a malformed timestamp', (d: Json) => (d.createdAt = '2025-03-12 09:00'), 'format'],
    ['an unknown status', (d: Json) => (d.candidates[2].status = 'done'), 'enum'],
    ['a newer version', (d: Json) => (d.version = SESSION_VERSION + 1), 'const'],
    ['a fractional score', (d: Json) => (d.scores.rows[0][2] = 2.5), 'type'],
    ['a score row without its participant', (d: Json) => (d.scores.rows[0] = ['cand-fraud']), 'minItems'],
  ])('rejects %s', (_kind, change, keyword) => {
    const validate = makeValidator();
    const data = JSON.parse(serializeSession(sampleSession));
    change(data);
    expect(validate(data)).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toContain(keyword);
  });
});
