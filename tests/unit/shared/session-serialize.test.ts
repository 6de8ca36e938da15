import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { describe, expect, it } from 'vitest';
import { parseSession } from '../../../shared/session/parse';
import { sampleSession } from '../../../shared/session/sample-session';
import { SESSION_VERSION, type Session } from '../../../shared/session/schema';
import { serializeSession } from '../../../shared/session/serialize';
import { scrambleKeys, sessionArbitrary, withScoresSorted } from './session-arbitraries';

function reparse(text: string): Session {
  const result = parseSession(text, 'en');
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  expect(result.migratedFrom).toBeNull();
  return result.session;
}

/** The list in an order decided by `seed` (a Fisher–Yates shuffle on a small deterministic generator). */
function shuffle<T>(list: readonly T[], seed: number): T[] {
  let state = seed >>> 0 || 1;
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('serializeSession', () => {
  it('leaves the session it is given as it was: a list whose items it reorders is copied, not changed', () => {
    const session = structuredClone(sampleSession);
    // The first candidate's fields out of the schema's order: the writer arranges a copy.
    const [first, ...rest] = session.candidates;
    const scrambled = Object.fromEntries(Object.entries(first!).reverse()) as unknown as Session['candidates'][number];
    session.candidates = [scrambled, ...rest];
    const before = [...session.candidates];
    expect(serializeSession(session)).toBe(serializeSession(sampleSession));
    expect(session.candidates).toHaveLength(before.length);
    session.candidates.forEach((candidate, index) => expect(candidate).toBe(before[index]));
    expect(Object.keys(session.candidates[0]!)).toEqual(Object.keys(first!).reverse());
  });

  it('writes 2-space indented JSON with a trailing newline, format and version first', () => {
    const text = serializeSession(sampleSession);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text.startsWith(`{\n  "format": "pickwise-session",\n  "version": ${SESSION_VERSION},\n  "id": `)).toBe(true);
    // Laid out as JSON.stringify(…, null, 2) lays it out, but for the score tables: their rows one per line.
    const data = JSON.parse(text) as Record<string, { rows: unknown[][] }>;
    const tablesAsSlots = text.replace(/\n {2}"(scores|consensusScores)": \{\n[\s\S]*?\n {2}\}/g, '\n  "$1": ""');
    expect(tablesAsSlots).toBe(`${JSON.stringify({ ...data, scores: '', consensusScores: '' }, null, 2)}\n`);
    const lines = new Set(text.split('\n'));
    expect(data.scores!.rows.length).toBeGreaterThan(40);
    for (const row of data.scores!.rows) expect(lines.has(`      ${JSON.stringify(row).replaceAll(',', ', ')}`) || lines.has(`      ${JSON.stringify(row).replaceAll(',', ', ')},`)).toBe(true);
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
        // The file keeps scores as tables in the session's order (score-table.ts), so they come back in that order.
        expect(withScoresSorted(back)).toEqual(withScoresSorted(session));
        expect(serializeSession(back)).toBe(text);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('writes the same text whatever order the scores were given in', () => {
    fc.assert(
      fc.property(sessionArbitrary, fc.integer(), (session, seed) => {
        const shuffled = { ...session, scores: shuffle(session.scores, seed), consensusScores: shuffle(session.consensusScores, seed + 1) };
        expect(serializeSession(shuffled)).toBe(serializeSession(session));
      }),
      { numRuns: propertyRuns(100) },
    );
  });

  it('does not depend on the order in which keys were inserted', () => {
    fc.assert(
      fc.property(sessionArbitrary, fc.integer(), (session, seed) => {
        expect(serializeSession(scrambleKeys(session, seed))).toBe(serializeSession(session));
      }),
      { numRuns: propertyRuns(100) },
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
