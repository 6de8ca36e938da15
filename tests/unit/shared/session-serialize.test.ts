import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSession } from '../../../shared/session/parse';
import { sampleSession } from '../../../shared/session/sample-session';
import type { Session } from '../../../shared/session/schema';
import { serializeSession } from '../../../shared/session/serialize';
import { scrambleKeys, sessionArbitrary } from './session-arbitraries';

function reparse(text: string): Session {
  const result = parseSession(text);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  expect(result.migratedFrom).toBeNull();
  return result.session;
}

describe('serializeSession', () => {
  it('writes 2-space indented JSON with a trailing newline, format and version first', () => {
    const text = serializeSession(sampleSession);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text.startsWith('{\n  "format": "pickwise-session",\n  "version": 1,\n  "id": ')).toBe(true);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('round-trips the sample to identical text', () => {
    const text = serializeSession(sampleSession);
    expect(serializeSession(reparse(text))).toBe(text);
    expect(reparse(text)).toEqual(sampleSession);
  });

  it('is lossless and stable on generated sessions', () => {
    fc.assert(
      fc.property(sessionArbitrary, (session) => {
        const text = serializeSession(session);
        const back = reparse(text);
        expect(back).toEqual(session);
        expect(serializeSession(back)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order in which keys were inserted', () => {
    fc.assert(
      fc.property(sessionArbitrary, fc.integer(), (session, seed) => {
        expect(serializeSession(scrambleKeys(session, seed))).toBe(serializeSession(session));
      }),
      { numRuns: 100 },
    );
    const reversed = scrambleKeys(sampleSession, 12345);
    expect(Object.keys(reversed)).not.toEqual(Object.keys(sampleSession));
    expect(serializeSession(reversed)).toBe(serializeSession(sampleSession));
  });

  it('drops keys the schema does not know, at every level', () => {
    const extra = structuredClone(sampleSession) as Session & Record<string, unknown>;
    extra.debug = { left: 'over' };
    Object.assign(extra.candidates[0]!, { draftOnly: true });
    Object.assign(extra.settings.thresholds, { snap: 0.5 });
    Object.assign(extra.decision.runnersUp[0]!, { note: 'x' });
    expect(serializeSession(extra)).toBe(serializeSession(sampleSession));
  });

  it('does not change the session it is given', () => {
    const copy = structuredClone(sampleSession);
    serializeSession(copy);
    expect(copy).toEqual(sampleSession);
  });
});
