import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSession, SESSION_ERROR_CODES } from '../../../shared';
import { hostileSessionText } from './hostile-inputs';

// Hostile and broken files at the parser: whatever the text, parseSession returns; a failure
// is a typed error (a known code) with a message for a person; nothing leaks into prototypes.

const PARSE_FUZZ_RUNS = 10_000;

describe('parseSession under fuzzing', () => {
  it(`settles ${PARSE_FUZZ_RUNS} generated and mutated inputs with a typed error or a session`, () => {
    let runs = 0;
    let failures = 0;
    const codes = new Set<string>();
    fc.assert(
      fc.property(hostileSessionText, (text) => {
        runs += 1;
        const result = parseSession(text);
        expect(({} as Record<string, unknown>)['polluted'], 'Object.prototype is untouched').toBeUndefined();
        if (result.ok) return;
        failures += 1;
        codes.add(result.error.code);
        expect(SESSION_ERROR_CODES).toContain(result.error.code);
        expect(typeof result.error.message).toBe('string');
        expect(result.error.message.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: PARSE_FUZZ_RUNS },
    );
    console.log(`[fuzz] parseSession: ${runs} cases run, ${failures} refused with a typed error (codes: ${[...codes].sort().join(', ')})`);
    expect(runs).toBeGreaterThanOrEqual(PARSE_FUZZ_RUNS);
  }, 120_000);
});
