// Pins the writers the session file's bytes are put together with (shared/session/ascii-writer.ts,
// utf8-builder.ts): whatever is written comes out exactly, as text and as bytes, however small
// the buffer they start with (a typed array drops a byte written past its end without a word,
// so every size they reserve is checked by starting from one byte).
import { beforeEach, describe, expect, it } from 'vitest';
import { AsciiWriter } from '../../../shared/session/ascii-writer';
import { Utf8Builder } from '../../../shared/session/utf8-builder';

const decoder = new TextDecoder();
const bytesOf = (writer: AsciiWriter) => writer.pieces().map((piece) => (typeof piece === 'string' ? `<${piece}>` : decoder.decode(piece)));

describe('the ASCII writer', () => {
  let writer: AsciiWriter;
  beforeEach(() => {
    writer = new AsciiWriter(1);
  });

  it('keeps ASCII as bytes and a text that is not ASCII as the string it is, in order', () => {
    writer.text('ab');
    writer.text('Zoë “quoted”');
    writer.code(0x7b);
    writer.text('cd');
    expect(bytesOf(writer)).toEqual(['ab', '<Zoë “quoted”>', '{cd']);
    expect(writer.toString()).toBe('abZoë “quoted”{cd');
  });

  it('writes the last ASCII character (0x7f) as a byte and the first beyond it as text', () => {
    writer.text('a\u007f');
    writer.text('\u0080');
    expect(bytesOf(writer)).toEqual(['a\u007f', '<\u0080>']);
  });

  it('grows from one byte without losing a byte, and pieces handed out keep what they held', () => {
    const expected: string[] = [];
    for (let i = 0; i < 300; i += 1) {
      const piece = i % 50 === 7 ? `é${i}` : `row ${i};`;
      writer.text(piece);
      expected.push(piece);
    }
    writer.code(0x2e);
    expect(writer.toString()).toBe(`${expected.join('')}.`);
  });

  it('writes an id in quotes as JSON.stringify does, and anything to escape or not ASCII through it', () => {
    const texts = ['cand-1', '', 'say "hi"', 'back\\slash', 'tab\there', '\u001f', ' ~', 'café', '\u007f', '\u0080'];
    for (const text of texts) {
      const one = new AsciiWriter(1);
      one.quoted(text);
      one.code(0x2c);
      expect(one.toString(), JSON.stringify(text)).toBe(`${JSON.stringify(text)},`);
    }
  });

  it('writes a row of cells: a digit as its byte, null as null, anything else as textOf gives it', () => {
    const values: unknown[] = ['id', null, 0, 9, 10, -1, 1.5, -0, 'x', 3, null];
    writer.cells(values, 1, values.length, (cell) => (typeof cell === 'string' ? JSON.stringify(cell) : String(cell)));
    expect(writer.toString()).toBe(', null, 0, 9, 10, -1, 1.5, 0, "x", 3, null');
  });

  it('writes only the cells asked for, and nothing for none', () => {
    writer.cells([1, 2, 3, 4], 1, 3, String);
    writer.cells([1, 2], 2, 2, String);
    writer.code(0x2e);
    expect(writer.toString()).toBe(', 2, 3.');
  });

  it('writes a row of a dense grid: scores up to 127 in digits, the empty mark as null', () => {
    const grid = Int8Array.from([5, 0, 9, 10, 99, 100, 127, -1, 7]);
    writer.scores(grid, 1, 8, -1);
    writer.code(0x2e);
    expect(writer.toString()).toBe(', 0, 9, 10, 99, 100, 127, null.');
  });

  it('writes long rows of cells and scores from one byte of room', () => {
    const values = Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? null : i % 10));
    writer.cells(values, 0, values.length, String);
    const grid = Int8Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? -1 : (i * 7) % 128));
    writer.scores(grid, 0, grid.length, -1);
    const expected = values.map((value) => `, ${String(value)}`).join('') + Array.from(grid, (value) => `, ${value === -1 ? 'null' : value}`).join('');
    expect(writer.toString()).toBe(expected);
  });
});

describe('the UTF-8 builder', () => {
  it('encodes texts straight into its buffer, growing from one byte, as TextEncoder would the whole', () => {
    const builder = new Utf8Builder(1);
    const texts = ['plain ', 'Zoë ', '“quoted” ', '😀 emoji ', 'x'.repeat(100), '中文'];
    for (const text of texts) builder.text(text);
    expect(builder.result()).toEqual(new TextEncoder().encode(texts.join('')));
  });

  it('copies bytes in as they are, between texts, growing where they do not fit', () => {
    const builder = new Utf8Builder(2);
    builder.text('ab');
    builder.raw(Uint8Array.from([0x31, 0x32, 0x33, 0x34, 0x35]));
    builder.text('é');
    builder.raw(new Uint8Array(0));
    builder.raw(Uint8Array.from([0x21]));
    expect(decoder.decode(builder.result())).toBe('ab12345é!');
  });

  it('gives exactly the bytes written, not the room left', () => {
    const builder = new Utf8Builder(64);
    builder.text('abc');
    expect(builder.result()).toHaveLength(3);
  });
});
