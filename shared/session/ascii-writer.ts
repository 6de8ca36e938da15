// Builds a long text out of many short pieces, nearly all of them ASCII (the rows of the score
// tables: ids, digits, commas). Joining 20,000 lines of ten pieces each as strings makes
// hundreds of thousands of small strings for the collector; here each character is a byte in
// one growing buffer, read back as a string once. A piece that is not ASCII is kept as the
// string it is, between the bytes before and after it, so any text comes out exactly.

const decoder = new TextDecoder();

export class AsciiWriter {
  private bytes: Uint8Array;
  private at = 0;
  private readonly pieces: string[] = [];

  constructor(capacity = 1 << 16) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Room for `count` more bytes. */
  private reserve(count: number): void {
    if (this.at + count <= this.bytes.length) return;
    const larger = new Uint8Array(Math.max(this.bytes.length * 2, this.at + count));
    larger.set(this.bytes.subarray(0, this.at));
    this.bytes = larger;
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
        this.flush();
        this.pieces.push(text);
        return;
      }
      this.bytes[this.at++] = code;
    }
  }

  private flush(): void {
    if (this.at === 0) return;
    this.pieces.push(decoder.decode(this.bytes.subarray(0, this.at)));
    this.at = 0;
  }

  toString(): string {
    this.flush();
    return this.pieces.join('');
  }
}
