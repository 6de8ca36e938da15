// A Pickwise session carried inside a PNG chart image, so that opening the image opens the
// session.
//
// Encoding: one iTXt chunk (PNG 1.2, §11.3.4.5) placed just before IEND, keyword
// "pickwise-session", compression flag 0 (uncompressed), empty language tag and translated
// keyword, and the session file's JSON text as UTF-8, exactly as serializeSession wrote it.
// iTXt because the JSON is UTF-8 (tEXt is Latin-1 only); uncompressed so that the text stays
// readable by any PNG tool and no inflate code is needed (sessions are small next to the
// image), and so a compressed session chunk (a zTXt, or an iTXt with its flag set), which could
// inflate to gigabytes, is refused without ever being inflated. Chunk framing, CRC and reading
// are png-chunks-encode / png-chunks-extract; this file
// adds the iTXt payload, a bounds check of the chunk layout before the library allocates
// anything (a hostile length field must not allocate gigabytes) and messages for a person.
import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';

/** The iTXt keyword the session is stored under. */
export const PNG_SESSION_KEYWORD = 'pickwise-session';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const ITXT = 'iTXt';

type PngSessionErrorCode = 'not-png' | 'no-session' | 'damaged';

export type ExtractSessionResult = { ok: true; text: string } | { ok: false; code: PngSessionErrorCode; message: string };

/** Whether the bytes start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  if (bytes.length < SIGNATURE.length) return false;
  return SIGNATURE.every((byte, i) => bytes[i] === byte);
}

interface ChunkSpan {
  type: string;
  /** Offset of the chunk's length field. */
  start: number;
  /** Offset just past its CRC. */
  end: number;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

/** What can be wrong with a PNG's chunks, or its session (the catalogue's documents:png.damage). */
type Damage = 'cutOff' | 'impossibleLength' | 'garbled' | 'noHeader' | 'noEnd' | 'checksum' | 'incomplete' | 'notUtf8' | 'unreadable';

/** The chunks' positions, or why the layout is broken. Reads only the 8-byte chunk headers. */
function chunkLayout(bytes: Uint8Array): { chunks: ChunkSpan[] } | { problem: Damage } {
  const chunks: ChunkSpan[] = [];
  let at: number = SIGNATURE.length;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) return { problem: 'cutOff' };
    const length = readUint32(bytes, at);
    if (length > 0x7fffffff) return { problem: 'impossibleLength' };
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    if (!/^[A-Za-z]{4}$/.test(type)) return { problem: 'garbled' };
    const end = at + 12 + length;
    if (end > bytes.length) return { problem: 'cutOff' };
    if (chunks.length === 0 && type !== 'IHDR') return { problem: 'noHeader' };
    chunks.push({ type, start: at, end });
    if (type === 'IEND') return { chunks };
    at = end;
  }
  return { problem: 'noEnd' };
}

function latin1(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

function iTxtPayload(keyword: string, text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  // keyword NUL, compression flag 0, compression method 0, language tag "" NUL, translated keyword "" NUL.
  const head = [...latin1(keyword), 0, 0, 0, 0, 0];
  const data = new Uint8Array(head.length + body.length);
  data.set(head, 0);
  data.set(body, head.length);
  return data;
}

interface ITxt {
  compressed: boolean;
  text: Uint8Array;
}

/** The iTXt payload after its keyword and NUL: flag, method, language NUL, translated keyword NUL, text. */
function readITxt(data: Uint8Array, keywordEnd: number): ITxt | null {
  if (keywordEnd + 3 > data.length) return null;
  const compressed = data[keywordEnd + 1] !== 0;
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  if (languageEnd < 0) return null;
  const translatedEnd = data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return null;
  return { compressed, text: data.subarray(translatedEnd + 1) };
}

// The text chunks that can carry a keyword (PNG 1.2, §11.3.4): only iTXt is what Pickwise writes.
const TEXT_CHUNKS = new Set(['iTXt', 'zTXt', 'tEXt']);

const KEYWORD_PREFIX = [...latin1(PNG_SESSION_KEYWORD), 0];

/** Whether a text chunk's keyword (up to its NUL) is the session's. */
function hasSessionKeyword(data: Uint8Array, start = 0, end = data.length): boolean {
  return end - start >= KEYWORD_PREFIX.length && KEYWORD_PREFIX.every((byte, i) => data[start + i] === byte);
}

/** A text chunk of `bytes` that carries the session's keyword, whatever its kind. */
function isSessionChunk(bytes: Uint8Array, span: ChunkSpan): boolean {
  return TEXT_CHUNKS.has(span.type) && hasSessionKeyword(bytes, span.start + 8, span.end - 4);
}

/**
 * The PNG with the session's text in an iTXt chunk before IEND (see the file header); a
 * session chunk already in the image is replaced. Every other byte of the image is kept as
 * it was. Throws when `png` is not a well-formed PNG: it is meant for images Pickwise has just
 * rendered, so that is a bug, not a user's mistake.
 */
export function embedSessionInPng(png: Uint8Array, sessionJson: string): Uint8Array {
  if (!isPng(png)) throw new Error('embedSessionInPng: the image is not a PNG.');
  const layout = chunkLayout(png);
  // A bug, not the person's mistake: said in English, for the log.
  if ('problem' in layout) throw new Error(`embedSessionInPng: the PNG is damaged: ${textsIn('en')(`documents:png.damage.${layout.problem}`)}.`);
  // encodeChunks frames the chunk (length, name, CRC) after an 8-byte signature; keep the chunk only.
  const chunk = encodeChunks([{ name: ITXT, data: iTxtPayload(PNG_SESSION_KEYWORD, sessionJson) }]).subarray(SIGNATURE.length);
  const kept = layout.chunks.filter((span) => span.type !== 'IEND' && !isSessionChunk(png, span));
  const iend = layout.chunks[layout.chunks.length - 1]!;
  const size = SIGNATURE.length + kept.reduce((sum, span) => sum + span.end - span.start, 0) + chunk.length + (iend.end - iend.start);
  const out = new Uint8Array(size);
  out.set(SIGNATURE, 0);
  let at: number = SIGNATURE.length;
  for (const span of kept) {
    out.set(png.subarray(span.start, span.end), at);
    at += span.end - span.start;
  }
  out.set(chunk, at);
  at += chunk.length;
  out.set(png.subarray(iend.start, iend.end), at);
  return out;
}

/**
 * The session text carried by a PNG (see the file header). Never throws, and never inflates
 * anything: 'not-png' when the bytes are not a PNG; 'damaged' when the PNG's chunks are cut
 * off or fail their checksums, or its session cannot be read (compressed, as zTXt or a
 * compressed iTXt, which could inflate to gigabytes and Pickwise never writes; Latin-1 tEXt;
 * a malformed chunk; text that is not UTF-8; more than one session); 'no-session' when no
 * text chunk carries the session's keyword. The message is in `language`: the person opening the
 * file reads it.
 */
export function extractSessionFromPng(png: Uint8Array, language: Language): ExtractSessionResult {
  const t = textsIn(language);
  const damaged = (damage: Damage): ExtractSessionResult => ({ ok: false, code: 'damaged', message: t('documents:png.damaged', { reason: t(`documents:png.damage.${damage}`) }) });
  const refuse = (reason: string): ExtractSessionResult => ({ ok: false, code: 'damaged', message: t('documents:png.refused', { reason }) });
  try {
    if (!isPng(png)) return { ok: false, code: 'not-png', message: t('documents:png.notPng') };
    const layout = chunkLayout(png);
    if ('problem' in layout) return damaged(layout.problem);
    let chunks: ReturnType<typeof extractChunks>;
    try {
      chunks = extractChunks(png);
    } catch {
      return damaged('checksum');
    }
    const sessions = chunks.filter((chunk) => TEXT_CHUNKS.has(chunk.name) && hasSessionKeyword(chunk.data));
    if (sessions.length === 0) return { ok: false, code: 'no-session', message: t('documents:png.noSession') };
    if (sessions.length > 1) return refuse(t('documents:png.refusal.several', { count: sessions.length }));
    const chunk = sessions[0]!;
    if (chunk.name === 'zTXt') return refuse(t('documents:png.refusal.compressed'));
    if (chunk.name === 'tEXt') return refuse(t('documents:png.refusal.latin1'));
    const itxt = readITxt(chunk.data, PNG_SESSION_KEYWORD.length);
    if (itxt === null) return damaged('incomplete');
    if (itxt.compressed) return refuse(t('documents:png.refusal.compressed'));
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(itxt.text) };
    } catch {
      return damaged('notUtf8');
    }
  } catch {
    // Every known fault is handled above; a throw here is a bug, never worded as the file's fault in code words.
    return damaged('unreadable');
  }
}
