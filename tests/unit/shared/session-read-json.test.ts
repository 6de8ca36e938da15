import { describe, expect, it } from 'vitest';
import { readJson } from '../../../shared/session/read-json';
import { sampleSession } from '../../../shared/session/sample-session';
import { serializeSession } from '../../../shared/session/serialize';

// readJson looks for an empty or binary file only once JSON.parse has refused the text (a file
// that parses is neither): the same answers as before, without a scan of every file that opens.

function codeOf(text: string): string {
  const read = readJson(text, 'en');
  return read.ok ? 'ok' : read.error.code;
}

describe('reading the JSON of a file', () => {
  const file = serializeSession(sampleSession);

  it('calls a file with a NUL anywhere binary, far past the first few kilobytes too', () => {
    expect(file.length).toBeGreaterThan(20_000);
    const at = file.lastIndexOf('"title": "') + 10;
    expect(codeOf(`${file.slice(0, at)}\u0000${file.slice(at)}`)).toBe('binary');
  });

  it('calls a file with control characters in its first kilobytes binary, even inside quotes', () => {
    const at = file.indexOf('"title": "') + 10;
    expect(codeOf(`${file.slice(0, at)}\u0001\u0002\u0003\u0004${file.slice(at)}`)).toBe('binary');
    // Fewer of them make a file that is not valid JSON, nothing more.
    expect(codeOf(`${file.slice(0, at)}\u0001\u0002\u0003${file.slice(at)}`)).toBe('not-json');
  });

  it('calls a file of nothing but spaces of any kind empty', () => {
    expect(codeOf('\u00a0\u2028 \ufeff\u3000')).toBe('empty');
  });

  it('reads a file whose text holds an escaped NUL and escaped control characters', () => {
    expect(codeOf(file.replace('"title": "', '"title": "\\u0000\\u0001\\u0002\\u0003\\u0004'))).toBe('ok');
  });
});
