import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSession, serializeSession, SESSION_ERROR_CODES, type ParseResult } from '../../../shared';
import { hostileSessionText } from './hostile-inputs';
import { expectOwnWords } from './own-words';
import { sessionArbitrary, withScoresSorted } from './session-arbitraries';

// Hostile and broken files at the parser, and the outcome each must have: a valid session is
// accepted and written back byte for byte; anything else is refused with a known code and a
// message in Pickwise's own words; the last-resort guard in parseSession ('parser-fault', a
// bug) is never reached; nothing leaks into prototypes.
// Longer local runs: PICKWISE_FUZZ_RUNS=100000 npx vitest run tests/unit/shared/session-fuzz.test.ts

const RUNS = Number(process.env.PICKWISE_FUZZ_RUNS ?? 10_000);
const VALID_RUNS = Math.max(100, Math.round(RUNS / 20));

/** Fails on the catch-all, naming what was thrown: a bug in the parser, not a property of the file. */
function expectNoParserFault(result: ParseResult, text: string): void {
  if (!result.ok && result.error.code === 'parser-fault') {
    throw new Error(`parseSession fell through to its catch-all (${result.error.fault}) on:\n${text.slice(0, 300)}`);
  }
}

describe('parseSession under fuzzing', () => {
  it(`accepts ${VALID_RUNS} generated valid sessions and writes each back byte for byte`, () => {
    fc.assert(
      fc.property(sessionArbitrary, (session) => {
        const text = serializeSession(session);
        const result = parseSession(text, 'en');
        expectNoParserFault(result, text);
        if (!result.ok) throw new Error(`a valid session was refused: ${result.error.message}`);
        expect(result.migratedFrom).toBeNull();
        // Scores come back in the order of the file's tables (score-table.ts), whatever order they were given in.
        expect(withScoresSorted(result.session)).toEqual(withScoresSorted(session));
        expect(serializeSession(result.session)).toBe(text);
      }),
      { numRuns: VALID_RUNS },
    );
  });

  it(`settles ${RUNS} generated and mutated inputs: accepted and round-tripped, or refused in words, never by the catch-all`, () => {
    let runs = 0;
    let accepted = 0;
    const codes = new Map<string, number>();
    fc.assert(
      fc.property(hostileSessionText, (text) => {
        runs += 1;
        const result = parseSession(text, 'en');
        expect(({} as Record<string, unknown>)['polluted'], 'Object.prototype is untouched').toBeUndefined();
        expectNoParserFault(result, text);
        if (result.ok) {
          // A mutation that is still a session: once written, it reads back and writes the same
          // bytes (as values it may differ only where JSON cannot tell, like -0 and 0).
          accepted += 1;
          const written = serializeSession(result.session);
          const again = parseSession(written, 'en');
          if (!again.ok) throw new Error(`an accepted session was refused once written: ${again.error.message}`);
          expect(serializeSession(again.session)).toBe(written);
          return;
        }
        codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
        expect(SESSION_ERROR_CODES).toContain(result.error.code);
        expect(result.error.message).toMatch(/^[A-Z].*\.$/s);
        expectOwnWords(result.error.message, text);
      }),
      { numRuns: RUNS },
    );
    const summary = [...codes].sort(([a], [b]) => a.localeCompare(b)).map(([code, n]) => `${code} ${n}`).join(', ');
    console.log(`[fuzz] parseSession: ${runs} cases, ${accepted} accepted and round-tripped, the catch-all never reached; refused: ${summary}`);
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    // The generators reach the checks they are meant to reach.
    for (const code of ['truncated', 'not-json', 'too-deep', 'forbidden-key', 'invalid', 'wrong-format']) expect(codes.get(code) ?? 0, code).toBeGreaterThan(0);
  }, 180_000);
});
