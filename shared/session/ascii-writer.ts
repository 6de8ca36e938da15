// Builds a long text out of many short pieces, nearly all of them ASCII (the rows of the score
// tables: ids, digits, commas). Joining 20,000 lines of ten pieces each as strings makes
// hundreds of thousands of small strings for the collector; here each character is a byte in
// one growing buffer. A piece that is not ASCII is kept as the string it is, between the bytes
// before and after it, so any text comes out exactly: as a string, or as bytes ready for a file.

const decoder = new TextDecoder();
const COMMA = 0x2c;
const SPACE = 0x20;
const DIGIT_0 = 0x30;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The text in order: runs of ASCII as bytes, and the pieces that are not ASCII as strings. */
export type AsciiPieces = (Uint8Array | string)[];

export class AsciiWriter {
  /**
   * V8 keeps the hidden class of a class's built instances only while one lives: after a full
   * collection with none alive, the code optimized for it is thrown away and runs slowly again
   * (the score tables of a save right after a collection took twice as long). One lives here.
   */
  private static readonly shapeKeeper = new AsciiWriter(0);

  private bytes: Uint8Array;
  private at = 0;
  /** Where the bytes not yet handed to a piece begin. */
  private from = 0;
  private readonly done: AsciiPieces = [];

  constructor(capacity = 1 << 16) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Room for `count` more bytes; pieces already handed out keep the buffer they were cut from. */
  private reserve(count: number): void {
    if (this.at + count <= this.bytes.length) return;
    const pending = this.at - this.from;
    const larger = new Uint8Array(Math.max(this.bytes.length * 2, pending + count));
    larger.set(this.bytes.subarray(this.from, this.at));
    this.bytes = larger;
    this.from = 0;
    this.at = pending;
  }

  /** One ASCII character, by its code. */
  code(code: number): void {
    this.reserve(1);
    this.bytes[this.at++] = code;
  }

  text(text: string): void {
    const length = text.length;
    this.reserve(length);
    const start = this.at;
    for (let i = 0; i < length; i += 1) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        this.at = start;
        this.cut();
        this.done.push(text);
        return;
      }
      this.bytes[this.at++] = code;
    }
  }

  /** A text in JSON's quotes, as JSON.stringify writes it: an id's letters as they are, anything to escape (or not ASCII) through JSON.stringify. */
  quoted(text: string): void {
    const length = text.length;
    this.reserve(length + 2);
    const { bytes } = this;
    let at = this.at;
    bytes[at++] = QUOTE;
    for (let i = 0; i < length; i += 1) {
      const code = text.charCodeAt(i);
      if (code < 0x20 || code === QUOTE || code === BACKSLASH || code >= 0x80) {
        this.text(JSON.stringify(text));
        return;
      }
      bytes[at++] = code;
    }
    bytes[at++] = QUOTE;
    this.at = at;
  }

  /**
   * ", " and a cell for each of values[from…to), a row of a score table: a score of one digit is
   * written as its byte and an empty cell as null, anything else as `textOf` gives it.
   */
  cells(values: readonly unknown[], from: number, to: number, textOf: (cell: unknown) => string): void {
    for (let k = from; k < to; k += 1) {
      this.reserve(6 * (to - k));
      const { bytes } = this;
      let { at } = this;
      // Until a cell needs its text: then that text, and on from the next cell.
      for (; k < to; k += 1) {
        const cell = values[k];
        bytes[at++] = COMMA;
        bytes[at++] = SPACE;
        if (cell === null) {
          bytes[at++] = 0x6e; // n
          bytes[at++] = 0x75; // u
          bytes[at++] = 0x6c; // l
          bytes[at++] = 0x6c; // l
        } else if (typeof cell === 'number' && cell >= 0 && cell <= 9 && Number.isInteger(cell)) {
          // String(-0) is "0" too.
          bytes[at++] = DIGIT_0 + cell;
        } else {
          this.at = at;
          this.text(textOf(cell));
          break;
        }
      }
      if (k === to) this.at = at;
    }
  }

  /**
   * ", " and a score for each of grid[from…to), a row of a score table as dense-table.ts places
   * it: a number from 0 to 127, or `empty` where there is none, written null.
   */
  scores(grid: Int8Array, from: number, to: number, empty: number): void {
    this.reserve(6 * (to - from));
    const { bytes } = this;
    let { at } = this;
    for (let k = from; k < to; k += 1) {
      const value = grid[k]!;
      bytes[at++] = COMMA;
      bytes[at++] = SPACE;
      if (value === empty) {
        bytes[at++] = 0x6e; // n
        bytes[at++] = 0x75; // u
        bytes[at++] = 0x6c; // l
        bytes[at++] = 0x6c; // l
        continue;
      }
      if (value >= 100) bytes[at++] = DIGIT_0 + Math.floor(value / 100);
      if (value >= 10) bytes[at++] = DIGIT_0 + (Math.floor(value / 10) % 10);
      bytes[at++] = DIGIT_0 + (value % 10);
    }
    this.at = at;
  }

  private cut(): void {
    if (this.at > this.from) this.done.push(this.bytes.subarray(this.from, this.at));
    this.from = this.at;
  }

  /** Everything written so far, in order. */
  pieces(): AsciiPieces {
    this.cut();
    return this.done;
  }

  toString(): string {
    return this.pieces()
      .map((piece) => (typeof piece === 'string' ? piece : decoder.decode(piece)))
      .join('');
  }
}
