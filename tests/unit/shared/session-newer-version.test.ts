import { describe, expect, it } from 'vitest';
import { parseSession, sampleSession, serializeSession, SESSION_VERSION } from '../../../shared';
import { newerVersionError, SESSION_HEAD_BYTES } from '../../../shared/session/newer-version';

// Save refuses to replace exactly the files Open refuses as newer, told apart by their head.

/** The first version this build does not read. */
const NEWER = SESSION_VERSION + 1;
const withVersion = (version: string) => serializeSession(sampleSession).replace(`"version": ${SESSION_VERSION}`, `"version": ${version}`);

describe('a newer Pickwise’s file, known by its head', () => {
  it('is refused with Open’s own message, from the head alone', () => {
    const text = withVersion(String(SESSION_VERSION + 1));
    const open = parseSession(text, 'en');
    expect(open).toMatchObject({ ok: false, error: { code: 'unsupported-version' } });
    if (!open.ok) expect(newerVersionError(text.slice(0, SESSION_HEAD_BYTES), 'en')).toEqual(open.error);
    expect(newerVersionError(withVersion('99'), 'en')?.message).toContain('session version 99');
  });

  it('tolerates a byte order mark and other spacing, as Open does', () => {
    expect(newerVersionError(`\uFEFF{"format":"pickwise-session","version":${SESSION_VERSION + 1},"id":"x"}`, 'en')?.code).toBe('unsupported-version');
    expect(newerVersionError(`{\r\n\t"format" : "pickwise-session" ,\r\n\t"version" : ${SESSION_VERSION + 1}\r\n}`, 'en')?.code).toBe('unsupported-version');
  });

  it('lets this version’s files, older ones and other files be replaced', () => {
    for (const head of [serializeSession(sampleSession), withVersion('0'), '', 'not json', '{"format":"other","version":99}', '{"version":99,"format":"pickwise-session"}', withVersion('1.5')]) {
      expect(newerVersionError(head, 'en'), head.slice(0, 60)).toBeNull();
    }
  });

  it.each([
    ['a decimal point', `${NEWER}.0`],
    ['several decimals', `${NEWER}.00`],
    ['an exponent', '1e1'],
    ['a signed exponent', `${NEWER * 10}e-1`],
    ['a capital, signed exponent', `${NEWER}E+0`],
    ['a long exponent', `${NEWER}e00`],
  ])('reads a version written with %s as Open does', (_kind, version) => {
    const text = withVersion(version);
    const open = parseSession(text, 'en');
    expect(open).toMatchObject({ ok: false, error: { code: 'unsupported-version' } });
    expect(newerVersionError(text.slice(0, SESSION_HEAD_BYTES), 'en')).toEqual(open.ok ? null : open.error);
  });

  it('reads a head after leading blank lines, and nothing after other text, as Open does', () => {
    const newer = withVersion(String(SESSION_VERSION + 1));
    expect(newerVersionError(`\n  \r\n${newer}`, 'en')?.code).toBe('unsupported-version');
    const notJson = `// saved by a newer Pickwise\n${newer}`;
    expect(parseSession(notJson, 'en')).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(newerVersionError(notJson, 'en')).toBeNull();
  });
});
