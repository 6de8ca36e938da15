// fast-check builders of hostile chart images: PNGs whose session chunk is missing, doubled,
// compressed into a bomb, not UTF-8, under another keyword or chunk type, cut off or with a
// broken checksum, each with what opening it must give.
import { crc32, deflateSync } from 'node:zlib';
import fc from 'fast-check';
import encodeChunks from 'png-chunks-encode';
import { embedSessionInPng, PNG_SESSION_KEYWORD, serializeSession } from '../../../shared';
import { hostileSessionText } from './hostile-inputs';
import { sessionArbitrary } from './session-arbitraries';

/** A real RGBA PNG of the given size (a gradient), built from its chunks. */
export function makePng(width: number, height: number): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method variants, no interlace
  const raw = new Uint8Array(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4);
    for (let x = 0; x < width; x++) raw.set([x * 40, y * 40, 128, 255], row + 1 + x * 4);
  }
  return encodeChunks([
    { name: 'IHDR', data: ihdr },
    { name: 'IDAT', data: new Uint8Array(deflateSync(raw)) },
    { name: 'IEND', data: new Uint8Array(0) },
  ]);
}

export const IMAGE = makePng(3, 2);

const latin1 = (text: string) => Array.from(text, (c) => c.charCodeAt(0) & 0xff);

/** A text chunk's payload: iTXt (flag, method, language, translated keyword), zTXt (method) or tEXt. */
export function textChunk(name: 'iTXt' | 'zTXt' | 'tEXt', keyword: string, body: Uint8Array, compressed = false): { name: string; data: Uint8Array } {
  const head = name === 'iTXt' ? [...latin1(keyword), 0, compressed ? 1 : 0, 0, 0, 0] : name === 'zTXt' ? [...latin1(keyword), 0, 0] : [...latin1(keyword), 0];
  const data = new Uint8Array(head.length + body.length);
  data.set(head, 0);
  data.set(body, head.length);
  return { name, data };
}

/**
 * IMAGE with `chunks` inserted before its IEND. Framed here with zlib's crc32: png-chunks-encode
 * copies each chunk into a plain array first, which takes seconds for the 2 MB bomb.
 */
export function withChunks(...chunks: { name: string; data: Uint8Array }[]): Uint8Array {
  const all = [{ name: 'IHDR', data: IMAGE.subarray(16, 29) }, { name: 'IDAT', data: idatOf(IMAGE) }, ...chunks, { name: 'IEND', data: new Uint8Array(0) }];
  const out = new Uint8Array(8 + all.reduce((sum, chunk) => sum + 12 + chunk.data.length, 0));
  const view = new DataView(out.buffer);
  out.set(IMAGE.subarray(0, 8), 0);
  let at = 8;
  for (const { name, data } of all) {
    view.setUint32(at, data.length);
    const typed = new Uint8Array(4 + data.length);
    typed.set(latin1(name), 0);
    typed.set(data, 4);
    out.set(typed, at + 4);
    view.setUint32(at + 8 + data.length, crc32(typed));
    at += 12 + data.length;
  }
  return out;
}

function idatOf(png: Uint8Array): Uint8Array {
  const at = 8 + 25; // signature, then IHDR (length, name, 13 bytes, CRC)
  const length = new DataView(png.buffer, png.byteOffset).getUint32(at);
  return png.subarray(at + 8, at + 8 + length);
}

/**
 * A zlib stream of `pairs` × 258 + 1 zero bytes, hand-made so that it costs almost nothing to
 * build or hold: one dynamic-Huffman deflate block in which a literal 0 is followed by
 * `pairs` copies of <length 258, distance 1>, each coded in 2 bits (code 285 and distance
 * code 0 are 1 bit each), i.e. a block of zero bytes. 2 GiB of output is 2 MB of stream.
 */
export function zlibBomb(pairs: number): Uint8Array {
  const bits: number[] = [];
  const field = (value: number, width: number) => {
    for (let i = 0; i < width; i += 1) bits.push((value >> i) & 1);
  };
  const code = (text: string) => {
    for (const bit of text) bits.push(bit === '1' ? 1 : 0);
  };
  field(1, 1); // BFINAL
  field(2, 2); // BTYPE: dynamic Huffman
  field(29, 5); // HLIT: 286 literal/length codes (up to 285)
  field(0, 5); // HDIST: 1 distance code
  field(14, 4); // HCLEN: 18 code-length codes
  // Code-length code lengths, in RFC 1951's order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1:
  // symbol 18 (a run of zeros) gets 1 bit ("0"), symbols 1 and 2 get 2 bits ("10", "11").
  for (const length of [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2]) field(length, 3);
  // Literal/length code lengths: 0 → 2, 1–255 → 0, 256 → 2, 257–284 → 0, 285 → 1; distance 0 → 1.
  code('11'); // 2 for literal 0
  code('0'); field(138 - 11, 7); // 138 zeros
  code('0'); field(117 - 11, 7); // 117 zeros: symbols 1–255
  code('11'); // 2 for 256 (end of block)
  code('0'); field(28 - 11, 7); // 28 zeros: 257–284
  code('10'); // 1 for 285 (length 258)
  code('10'); // 1 for distance code 0 (distance 1)
  // Canonical codes: 285 → "0", literal 0 → "10", end of block → "11"; distance 0 → "0".
  code('10'); // the literal 0
  const headerBits = bits.length;
  // The pairs are all zero bits; the end-of-block code follows them.
  const totalBits = headerBits + pairs * 2 + 2;
  const body = new Uint8Array(2 + Math.ceil(totalBits / 8) + 4);
  body[0] = 0x78;
  body[1] = 0x01;
  bits.forEach((bit, i) => {
    if (bit) body[2 + (i >> 3)]! |= 1 << (i & 7);
  });
  for (const offset of [0, 1]) {
    const i = headerBits + pairs * 2 + offset;
    body[2 + (i >> 3)]! |= 1 << (i & 7);
  }
  // Adler-32 of (pairs × 258 + 1) zero bytes: a stays 1, b adds a once per byte.
  const length = pairs * 258 + 1;
  const adler = ((length % 65521) * 65536 + 1) >>> 0;
  new DataView(body.buffer).setUint32(body.length - 4, adler);
  return body;
}

/** Zero bytes a 2 GiB bomb inflates to (the stream itself is 2 MB). */
export const BOMB_BYTES = 2 * 1024 ** 3;
const BOMB_PAIRS = Math.ceil((BOMB_BYTES - 1) / 258);

let bomb: Uint8Array | undefined;
/** The 2 GiB bomb, built once. */
export function gigabyteBomb(): Uint8Array {
  bomb ??= zlibBomb(BOMB_PAIRS);
  return bomb;
}

/** What opening a hostile PNG must give. */
type PngExpectation =
  | { opens: true; text: string }
  | { opens: false; code: 'not-png' | 'damaged' | 'no-session'; words: RegExp }
  /** The PNG is fine; the session text inside decides, as parseSession would. */
  | { opens: 'as-text'; text: string };

export interface HostilePng {
  kind: string;
  bytes: Uint8Array;
  expect: PngExpectation;
  [fc.toStringMethod]: () => string;
}

// fast-check prints a failing case with this, not with its (possibly megabytes of) bytes.
const png = (kind: string, bytes: Uint8Array, expect: PngExpectation): HostilePng => ({
  kind,
  bytes,
  expect,
  [fc.toStringMethod]: () => `${kind} (${bytes.length} bytes)`,
});
const damaged = (words: RegExp): PngExpectation => ({ opens: false, code: 'damaged', words });
const utf8 = (text: string) => new TextEncoder().encode(text);
const validSessionText = sessionArbitrary.map(serializeSession);

const valid = validSessionText.map((text) => png('a session', embedSessionInPng(IMAGE, text), { opens: true, text }));

// Text that is not well-formed UTF-16 (a lone surrogate) reaches the PNG as U+FFFD, as UTF-8 has to.
const asUtf8 = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));
const hostileText = hostileSessionText.map((text) => png('a hostile session text', embedSessionInPng(IMAGE, text), { opens: 'as-text', text: asUtf8(text) }));

const bombs = fc.constantFrom('zTXt' as const, 'iTXt' as const).map((name) =>
  png(`a ${name} compression bomb`, withChunks(textChunk(name, PNG_SESSION_KEYWORD, gigabyteBomb(), true)), damaged(/compressed/)),
);

const smallCompressed = fc.tuple(validSessionText, fc.constantFrom('zTXt' as const, 'iTXt' as const)).map(([text, name]) =>
  png(`a compressed ${name} session`, withChunks(textChunk(name, PNG_SESSION_KEYWORD, new Uint8Array(deflateSync(text)), true)), damaged(/compressed/)),
);

// Bytes no UTF-8 text can hold: a lone continuation byte, an overlong form, a surrogate, 0xFF.
const invalidUtf8 = fc
  .tuple(validSessionText, fc.nat(), fc.constantFrom([0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xe2, 0x82]))
  .map(([text, at, bad]) => {
    const good = utf8(text);
    const i = at % (good.length + 1);
    const body = new Uint8Array([...good.subarray(0, i), ...bad, ...good.subarray(i)]);
    return png('a session that is not UTF-8', withChunks(textChunk('iTXt', PNG_SESSION_KEYWORD, body)), damaged(/not valid UTF-8/));
  });

const wrongKeyword = fc
  .tuple(validSessionText, fc.constantFrom('Pickwise-Session', 'pickwise-session ', 'pickwise', 'pickwise-sessions', 'Comment', 'Description', 'x'))
  .map(([text, keyword]) => png(`a session under the keyword "${keyword}"`, withChunks(textChunk('iTXt', keyword, utf8(text))), { opens: false, code: 'no-session', words: /carries no Pickwise session/ }));

const latin1Session = validSessionText.map((text) =>
  png('a session in a tEXt chunk', withChunks(textChunk('tEXt', PNG_SESSION_KEYWORD, new Uint8Array(latin1(text)))), damaged(/Latin-1/)),
);

const several = fc
  .tuple(validSessionText, validSessionText, fc.constantFrom<('iTXt' | 'zTXt' | 'tEXt')[]>(['iTXt', 'iTXt'], ['iTXt', 'zTXt'], ['tEXt', 'iTXt'], ['iTXt', 'iTXt', 'iTXt']))
  .map(([a, b, names]) =>
    png(
      `${names.length} session chunks (${names.join(', ')})`,
      withChunks(...names.map((name, i) => textChunk(name, PNG_SESSION_KEYWORD, utf8(i % 2 === 0 ? a : b)))),
      damaged(new RegExp(`carries ${names.length} Pickwise sessions`)),
    ),
  );

const incompleteChunk = fc.constantFrom(new Uint8Array([0]), new Uint8Array([0, 0]), new Uint8Array([0, 0, 0, 0])).map((tail) => {
  const data = new Uint8Array([...latin1(PNG_SESSION_KEYWORD), ...tail]);
  return png('an incomplete session chunk', withChunks({ name: 'iTXt', data }), damaged(/its session is incomplete/));
});

const truncatedPng = fc.tuple(validSessionText, fc.double({ min: 0, max: 1, noNaN: true })).map(([text, at]) => {
  const whole = embedSessionInPng(IMAGE, text);
  const cut = whole.subarray(0, Math.min(whole.length - 1, Math.floor(at * whole.length)));
  return png('a cut-off PNG', cut, cut.length < 8 ? { opens: false, code: 'not-png', words: /not a PNG/ } : damaged(/cut off|checksum/));
});

const badCrc = fc.tuple(validSessionText, fc.nat(), fc.integer({ min: 1, max: 255 })).map(([text, at, flip]) => {
  const bytes = embedSessionInPng(IMAGE, text).slice();
  // Any byte after the signature and before IEND (whose CRC png-chunks-extract does not read).
  const i = 8 + (at % (bytes.length - 8 - 12));
  bytes[i] = bytes[i]! ^ flip;
  return png('a flipped byte', bytes, damaged(/damaged/));
});

const hugeLength = fc.tuple(fc.constantFrom(0x7fffffff, 0x80000000, 0xffffffff, 0x10000000), fc.constantFrom(8, 33)).map(([length, at]) => {
  const bytes = embedSessionInPng(IMAGE, '{}').slice();
  new DataView(bytes.buffer).setUint32(at, length);
  return png('a chunk claiming a huge length', bytes, damaged(/impossible length|cut off|garbled/));
});

const junkText = fc.tuple(fc.integer({ min: 50_000, max: 400_000 }), fc.integer({ min: 0, max: 255 })).map(([size, byte]) => {
  const body = new Uint8Array(size).fill(byte);
  const decodable = byte < 0x80;
  return png('a big junk session text', withChunks(textChunk('iTXt', PNG_SESSION_KEYWORD, body)), decodable ? { opens: 'as-text', text: String.fromCharCode(byte).repeat(size) } : damaged(/not valid UTF-8/));
});

const notPng = fc.uint8Array({ maxLength: 64 }).map((bytes) => png('bytes that are no PNG', new Uint8Array([0x89, ...bytes]), { opens: false, code: 'not-png', words: /not a PNG/ }));

/** Every way a chart image from someone else's laptop might carry (or not carry) a session. */
export const hostilePng: fc.Arbitrary<HostilePng> = fc.oneof(
  ...[valid, hostileText, smallCompressed, invalidUtf8, wrongKeyword, latin1Session, several, incompleteChunk, truncatedPng, badCrc, hugeLength, notPng].map(
    (arbitrary) => ({ arbitrary, weight: 6 }),
  ),
  // Big ones, rarer: each costs a checksum over megabytes.
  { arbitrary: bombs, weight: 1 },
  { arbitrary: junkText, weight: 1 },
);
