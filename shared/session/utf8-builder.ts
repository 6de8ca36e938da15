// The bytes of a session file, put together piece by piece. Encoding the file's text as one
// string first joins its pieces into a new string of 6 million characters (12 MB for a board
// whose texts hold a typographic quote), then encodes that: here each piece is encoded straight
// into one buffer, and the score tables' bytes are copied in as they are.

const encoder = new TextEncoder();

export class Utf8Builder {
  private bytes: Uint8Array;
  private at = 0;

  /** `capacity`: the bytes expected; the buffer grows when a text needs more. */
  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  private grow(count: number): void {
    const larger = new Uint8Array(Math.max(this.bytes.length * 2, this.at + count));
    larger.set(this.bytes.subarray(0, this.at));
    this.bytes = larger;
  }

  text(text: string): void {
    let rest = text;
    for (;;) {
      // encodeInto stops before a character it has no room for, never inside one.
      const { read, written } = encoder.encodeInto(rest, this.bytes.subarray(this.at));
      this.at += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      // No UTF-16 unit takes more than three bytes.
      this.grow(rest.length * 3);
    }
  }

  raw(bytes: Uint8Array): void {
    if (this.at + bytes.length > this.bytes.length) this.grow(bytes.length);
    this.bytes.set(bytes, this.at);
    this.at += bytes.length;
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.at);
  }
}
