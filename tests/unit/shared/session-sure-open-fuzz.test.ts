import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSession, parseSessionStepByStep } from '../../../shared/session/parse';
import { serializeSession } from '../../../shared/session/serialize';
import { openSurely } from '../../../shared/session/sure-open';
import { hostileSessionText } from './hostile-inputs';
import { sessionArbitrary } from './session-arbitraries';

// The one pass that opens a sound current file (sure-open.ts) against the long way, on
// generated sessions and on the fuzzer's broken and hostile files: the same result every time,
// sessions with their keys in the same order, errors word for word.

const RUNS = Number(process.env.PICKWISE_FUZZ_RUNS ?? 5_000);

function sameInOrder(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return Array.isArray(a) === Array.isArray(b) && keysA.join('\u0000') === keysB.join('\u0000') && keysA.every((key) => sameInOrder((a as never)[key], (b as never)[key]));
}

function tookOnePass(text: string): boolean {
  try {
    return openSurely(JSON.parse(text)) !== null;
  } catch {
    return false;
  }
}

describe('opening in one pass, under fuzzing', () => {
  it('opens generated sessions in one pass, as the long way opens them', () => {
    fc.assert(
      fc.property(sessionArbitrary, (session) => {
        const text = serializeSession(session);
        expect(tookOnePass(text)).toBe(true);
        expect(sameInOrder(parseSession(text, 'en'), parseSessionStepByStep(text, 'en'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it(`gives the long way's result for ${RUNS} broken and hostile files`, () => {
    let onePass = 0;
    fc.assert(
      fc.property(hostileSessionText, (text) => {
        if (tookOnePass(text)) onePass += 1;
        const result = parseSession(text, 'en');
        const longWay = parseSessionStepByStep(text, 'en');
        if (!sameInOrder(result, longWay)) throw new Error(`different results:\n${JSON.stringify(result).slice(0, 500)}\n${JSON.stringify(longWay).slice(0, 500)}`);
      }),
      { numRuns: RUNS },
    );
    console.log(`[fuzz] one pass: ${onePass} of ${RUNS} files opened in one pass, every result the long way's`);
    expect(onePass).toBeGreaterThan(0);
  }, 180_000);
});
