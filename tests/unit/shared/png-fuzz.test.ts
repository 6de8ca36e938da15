import { inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSessionFromPng, parseSession, PNG_SESSION_KEYWORD, serializeSession } from '../../../shared';
import { BOMB_BYTES, gigabyteBomb, hostilePng, textChunk, withChunks, zlibBomb } from './hostile-png';
import { expectOwnWords } from './own-words';

// Opening a chart image from someone else's laptop: whatever the PNG, extractSessionFromPng
// returns the session text or says in words why there is none, never inflating anything.
// Longer local runs: PICKWISE_FUZZ_RUNS=20000 npx vitest run tests/unit/shared/png-fuzz.test.ts

const PNG_FUZZ_RUNS = Number(process.env.PICKWISE_FUZZ_RUNS ?? 1000);

describe('a compression bomb in a chart image', () => {
  it('is a real zlib stream: a small one inflates to its zeros, the big one beyond 16 MB', () => {
    const small = inflateSync(zlibBomb(1000));
    expect(small.length).toBe(1000 * 258 + 1);
    expect(small.every((byte) => byte === 0)).toBe(true);
    expect(gigabyteBomb().length).toBeLessThan(3_000_000);
    expect(() => inflateSync(gigabyteBomb(), { maxOutputLength: 16 * 1024 * 1024 })).toThrow(expect.objectContaining({ code: 'ERR_BUFFER_TOO_LARGE' }));
    expect(BOMB_BYTES).toBe(2 ** 31);
  });

  it.each(['zTXt', 'iTXt'] as const)('is refused as a compressed %s session without being inflated', (name) => {
    const png = withChunks(textChunk(name, PNG_SESSION_KEYWORD, gigabyteBomb(), true));
    const before = process.memoryUsage();
    const result = extractSessionFromPng(png, 'en');
    const after = process.memoryUsage();
    expect(result).toEqual({
      ok: false,
      code: 'damaged',
      message: expect.stringMatching(/^This PNG image cannot be opened as a session: its session is compressed.*, which Pickwise never writes\.$/),
    });
    // Inflating it would take 2 GiB; reading it takes a copy of its 2 MB at most.
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(64 * 1024 * 1024);
    expect(after.rss - before.rss).toBeLessThan(256 * 1024 * 1024);
  });
});

describe('extractSessionFromPng under fuzzing', () => {
  it(`gives the session or a clear refusal for ${PNG_FUZZ_RUNS} hostile chart images`, () => {
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(hostilePng, ({ kind, bytes, expect: expected }) => {
        const family = kind.replace(/ ".*"| \(.*\)/, '').replace(/^\d+ /, 'several ');
        kinds.set(family, (kinds.get(family) ?? 0) + 1);
        const result = extractSessionFromPng(bytes, 'en');
        if (expected.opens === true) {
          expect(result, kind).toEqual({ ok: true, text: expected.text });
          const parsed = parseSession(expected.text, 'en');
          if (!parsed.ok) throw new Error(`${kind}: ${parsed.error.message}`);
          expect(serializeSession(parsed.session), kind).toBe(expected.text);
          return;
        }
        if (expected.opens === 'as-text') {
          expect(result, kind).toEqual({ ok: true, text: expected.text });
          const parsed = parseSession(expected.text, 'en');
          if (!parsed.ok) expect(parsed.error.code, kind).not.toBe('parser-fault');
          return;
        }
        expect(result.ok, kind).toBe(false);
        if (result.ok) return;
        expect(result.code, kind).toBe(expected.code);
        expect(result.message, kind).toMatch(expected.words);
        expect(result.message, kind).toMatch(/^This (file|PNG image) /);
        expectOwnWords(result.message, '');
      }),
      { numRuns: PNG_FUZZ_RUNS },
    );
    console.log(`[fuzz] extractSessionFromPng: ${PNG_FUZZ_RUNS} images, ${[...kinds].map(([k, n]) => `${k}: ${n}`).join('; ')}`);
    expect(kinds.size).toBeGreaterThanOrEqual(14);
  }, 120_000);
});
