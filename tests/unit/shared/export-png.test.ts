import { inflateSync } from 'node:zlib';
import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';
import { describe, expect, test } from 'vitest';
import {
  createSampleSession,
  embedSessionInPng,
  extractSessionFromPng,
  isPng,
  parseSession,
  PNG_SESSION_KEYWORD,
  serializeSession,
} from '../../../shared';
import { makePng } from './hostile-png';

const PNG = makePng(3, 2);

describe('isPng', () => {
  test('recognises the PNG signature only', () => {
    expect(isPng(PNG)).toBe(true);
    expect(isPng(PNG.subarray(0, 7))).toBe(false);
    expect(isPng(new TextEncoder().encode('{"format":"pickwise-session"}'))).toBe(false);
    expect(isPng(new Uint8Array(0))).toBe(false);
  });
});

describe('embedSessionInPng / extractSessionFromPng', () => {
  test('the session text comes back exactly, and the image is still a valid PNG', () => {
    const json = serializeSession(createSampleSession());
    const png = embedSessionInPng(PNG, json);
    expect(isPng(png)).toBe(true);
    const result = extractSessionFromPng(png, 'en');
    expect(result).toEqual({ ok: true, text: json });
    if (!result.ok) return;
    expect(parseSession(result.text, 'en').ok).toBe(true);

    // Every chunk checks out (CRCs), the session chunk sits just before IEND, the image data is untouched.
    const chunks = extractChunks(png);
    expect(chunks.map((c) => c.name)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    const original = extractChunks(PNG);
    expect(chunks[1]!.data).toEqual(original[1]!.data);
    expect(inflateSync(chunks[1]!.data).length).toBe(2 * (1 + 3 * 4));
  });

  test('the chunk is an uncompressed iTXt with the documented keyword, UTF-8 text', () => {
    const png = embedSessionInPng(PNG, '{"é":"需求预测"}');
    const chunk = extractChunks(png).find((c) => c.name === 'iTXt')!;
    const keyword = new TextEncoder().encode(PNG_SESSION_KEYWORD);
    expect(Array.from(chunk.data.subarray(0, keyword.length + 5))).toEqual([...keyword, 0, 0, 0, 0, 0]);
    expect(new TextDecoder().decode(chunk.data.subarray(keyword.length + 5))).toBe('{"é":"需求预测"}');
  });

  test('non-ASCII session text survives', () => {
    const sample = createSampleSession();
    const s = {
      ...sample,
      frame: { ...sample.frame, title: 'Prévision de la demande · 需求预测 · Прогноз оттока · 🚀👩🏽‍💻' },
    };
    const json = serializeSession(s);
    const result = extractSessionFromPng(embedSessionInPng(PNG, json), 'en');
    expect(result.ok && result.text).toBe(json);
    const reread = result.ok ? parseSession(result.text, 'en') : null;
    expect(reread?.ok && reread.session.frame.title).toBe(s.frame.title);
  });

  test('embedding again replaces the session instead of adding a second one', () => {
    const once = embedSessionInPng(PNG, 'first');
    const twice = embedSessionInPng(once, 'second');
    expect(extractChunks(twice).filter((c) => c.name === 'iTXt')).toHaveLength(1);
    expect(extractSessionFromPng(twice, 'en')).toEqual({ ok: true, text: 'second' });
  });

  test('other text chunks are kept and ignored', () => {
    const chunks = extractChunks(PNG);
    const other = new Uint8Array([...new TextEncoder().encode('Software'), 0, ...new TextEncoder().encode('Pickwise')]);
    const withText = encodeChunks([chunks[0]!, { name: 'tEXt', data: other }, ...chunks.slice(1)]);
    expect(extractSessionFromPng(withText, 'en')).toMatchObject({ ok: false, code: 'no-session' });
    const embedded = embedSessionInPng(withText, 'x');
    expect(extractChunks(embedded).map((c) => c.name)).toEqual(['IHDR', 'tEXt', 'IDAT', 'iTXt', 'IEND']);
    expect(extractSessionFromPng(embedded, 'en')).toEqual({ ok: true, text: 'x' });
  });

  test('a PNG without the chunk is "no-session" with a clear message', () => {
    const result = extractSessionFromPng(PNG, 'en');
    expect(result).toEqual({
      ok: false,
      code: 'no-session',
      message: 'This PNG image carries no Pickwise session. Only chart images exported by Pickwise can be opened as a session.',
    });
  });

  test('random bytes and JSON are "not-png"', () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 512 }, () => (seed = (seed * 1103515245 + 12345) % 2147483648) & 0xff);
    expect(extractSessionFromPng(random, 'en')).toEqual({ ok: false, code: 'not-png', message: 'This file is not a PNG image.' });
    expect(extractSessionFromPng(new TextEncoder().encode(serializeSession(createSampleSession())), 'en')).toMatchObject({ ok: false, code: 'not-png' });
    expect(extractSessionFromPng(new Uint8Array(0), 'en')).toMatchObject({ ok: false, code: 'not-png' });
  });

  test('a truncated PNG is "damaged" (or "not-png" when even the signature is cut), never a throw', () => {
    // Every cut of a small session: the big sample would make 100,000 cuts of the same few kinds.
    const sample = createSampleSession();
    const png = embedSessionInPng(PNG, serializeSession({ ...sample, candidates: sample.candidates.slice(0, 1), scores: [], votes: [], decision: { ...sample.decision, focusCandidateId: null, runnersUp: [] } }));
    for (let length = 0; length < png.length; length += 1) {
      const result = extractSessionFromPng(png.subarray(0, length), 'en');
      expect(result.ok, `cut at ${length}`).toBe(false);
      if (result.ok) continue;
      expect(result.code).toBe(length < 8 ? 'not-png' : 'damaged');
      if (length >= 8) expect(result.message).toMatch(/^This PNG image is damaged \(.+\), so the Pickwise session in it cannot be read\.$/);
    }
  });

  test('a flipped byte in any chunk before IEND is "damaged" (the CRC catches it)', () => {
    const png = embedSessionInPng(PNG, '{"a":1}');
    // IEND carries no data; png-chunks-extract stops at its name without reading its CRC.
    for (let i = 8; i < png.length - 12; i += 1) {
      const copy = png.slice();
      copy[i] = copy[i]! ^ 0x01;
      const result = extractSessionFromPng(copy, 'en');
      expect(result.ok, `byte ${i}`).toBe(false);
    }
  });

  test('a hostile chunk length does not allocate, it is "damaged"', () => {
    const png = PNG.slice();
    new DataView(png.buffer).setUint32(8, 0x7ffffff0); // IHDR claims ~2 GB
    expect(extractSessionFromPng(png, 'en')).toMatchObject({ ok: false, code: 'damaged' });
  });

  test('embedding refuses what is not a PNG', () => {
    expect(() => embedSessionInPng(new Uint8Array([1, 2, 3]), 'x')).toThrow(/not a PNG/);
    expect(() => embedSessionInPng(PNG.subarray(0, PNG.length - 3), 'x')).toThrow(/damaged/);
  });

  // How fast is the benchmark's business (bench/), not a timed test's.
  test('a big image and a big session come back whole', () => {
    const big = makePng(1600, 1000);
    const json = 'x'.repeat(3_000_000);
    const result = extractSessionFromPng(embedSessionInPng(big, json), 'en');
    expect(result.ok && result.text.length).toBe(json.length);
  });
});
