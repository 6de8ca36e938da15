import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, parseSession, sampleSession, serializeSession, sessionJsonSchemaText, type ParseResult, type Session } from '../../../shared';
import { stepsKeepPaths } from '../../../shared/session/migrations';
import { SESSION_VERSION } from '../../../shared/session/schema';
import { openSurely } from '../../../shared/session/sure-open';

// Session format 4 (schema.ts, migrations.ts): a session keeps the language its exports are
// written in (`settings.language`); every version-3 file opens with none chosen (null), so its
// exports follow the interface's language as they did.

const v3Text = readFileSync(new URL('../../fixtures/session-v3.pickwise', import.meta.url), 'utf8');

function opened(result: ParseResult): Session {
  if (!result.ok) throw new Error(result.error.message);
  return result.session;
}

function refusal(text: string): string {
  const result = parseSession(text, 'en');
  return result.ok ? 'accepted' : result.error.message;
}

const lineOf = (text: string, part: string) => text.slice(0, text.indexOf(part)).split('\n').length;

describe('a version-3 file', () => {
  it('is the sample as version 3 wrote it (the committed fixture)', () => {
    expect(v3Text).toContain('\n  "version": 3,\n');
    expect(v3Text).not.toContain('"language"');
  });

  it('opens as the sample, with no language of exports chosen', () => {
    const result = parseSession(v3Text, 'en');
    expect(result.ok && result.migratedFrom).toBe(3);
    expect(opened(result).settings.language).toBeNull();
    expect(opened(result)).toEqual(sampleSession);
  });

  it('saves as the current version with "language": null last in the settings, and reopens the same without upgrading again', () => {
    const text = serializeSession(opened(parseSession(v3Text, 'en')));
    expect(text).toContain(`\n  "version": ${SESSION_VERSION},\n`);
    expect(text).toContain('    "brainstormMinutes": 15,\n    "language": null\n  },\n  "decision": {');
    const again = parseSession(text, 'en');
    expect(again.ok && again.migratedFrom).toBeNull();
    expect(openSurely(JSON.parse(text))).toEqual(sampleSession);
  });

  it('names a problem in it at its line in the version-3 file: the upgrade only adds a field', () => {
    expect(stepsKeepPaths(3)).toBe(true);
    const text = v3Text.replace('"brainstormMinutes": 15', '"brainstormMinutes": 0');
    const result = parseSession(text, 'en');
    expect(result.ok ? 'accepted' : result.error.message).toBe(
      `After upgrading from version 3, the length of the brainstorm in minutes of the settings is 0, below the minimum of 1 (line ${lineOf(text, '"brainstormMinutes": 0')}, column 5).`,
    );
  });

  it('keeps settings that are not an object as they are, for the check to name', () => {
    const data = JSON.parse(v3Text) as Record<string, unknown>;
    data.settings = 'Scale 5';
    expect(refusal(JSON.stringify(data))).toMatch(/^After upgrading from version 3, the settings section of the session is the text “Scale 5”, not an object \(line 1, column \d+\)\.$/);
  });
});

describe('the language of a session’s exports in the file', () => {
  const withLanguage = (value: string) => serializeSession(sampleSession).replace('"language": null', `"language": ${value}`);

  it('is one of the five languages, each of which reopens as it was', () => {
    for (const language of LANGUAGES) {
      const text = withLanguage(JSON.stringify(language));
      expect(opened(parseSession(text, 'en')).settings.language).toBe(language);
      expect(serializeSession(opened(parseSession(text, 'en')))).toBe(text);
    }
  });

  it('is refused outside the five, with a message naming it, the five, and its line', () => {
    for (const value of ['"it"', '"DE"', '"de-CH"', '""']) {
      const text = withLanguage(value);
      const said = value === '""' ? 'empty text' : `the text “${JSON.parse(value) as string}”`;
      expect(refusal(text)).toBe(
        `The language of the exports of the settings is ${said}, not one of “en”, “de”, “fr”, “es” or “pt” (line ${lineOf(text, '"language": ')}, column 5).`,
      );
    }
  });

  it('is refused in the reader’s language too', () => {
    const result = parseSession(withLanguage('"it"'), 'de');
    expect(result.ok ? 'accepted' : result.error.message).toContain('Sprache der Exporte');
  });

  it('is missing from a version-4 file only as a problem named so', () => {
    const text = serializeSession(sampleSession).replace(',\n    "language": null', '');
    expect(text).not.toContain('"language"');
    expect(refusal(text)).toMatch(/^The settings have no language of the exports/);
  });

  it('is described in the JSON Schema of the format, with null for none chosen', () => {
    const schema = JSON.parse(sessionJsonSchemaText()) as { properties: { version: { const: number }; settings: { required: string[]; properties: Record<string, unknown> } } };
    expect(schema.properties.version.const).toBe(SESSION_VERSION);
    expect(schema.properties.settings.required).toContain('language');
    expect(schema.properties.settings.properties.language).toEqual({ anyOf: [{ type: 'string', enum: [...LANGUAGES] }, { type: 'null' }] });
  });
});
