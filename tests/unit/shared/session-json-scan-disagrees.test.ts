import { describe, expect, it, vi } from 'vitest';
import type * as JsonLocate from '../../../shared/session/json-locate';
import { parseSession } from '../../../shared/session/parse';

// When our own scan of a refused text (json-locate.ts) finds nothing wrong, it and JSON.parse
// disagree: a bug in the scan. The message then keeps only the place V8 names, never its words.
// Models that bug: the scan finds no fault in any text.
vi.mock('../../../shared/session/json-locate', async (importOriginal) => ({
  ...(await importOriginal<typeof JsonLocate>()),
  findJsonError: () => null,
}));

describe('a refused text our scan finds nothing wrong with', () => {
  it('is named at the line and column V8 gives, without V8’s words', () => {
    expect(parseSession('[1,\n\n 2 3]', 'en')).toEqual({ ok: false, error: { code: 'not-json', message: 'The file is not valid JSON at line 3, column 4.' } });
  });

  it('is placed no further than the end of its content', () => {
    expect(parseSession('{"a": 1   ', 'en')).toEqual({ ok: false, error: { code: 'not-json', message: 'The file is not valid JSON at line 1, column 8.' } });
  });

  it('is named without a place when V8 gives none', () => {
    expect(parseSession('{"a": x}', 'en')).toEqual({ ok: false, error: { code: 'not-json', message: 'The file is not valid JSON.' } });
  });
});
