// Every language's catalogue has exactly the English catalogue's keys, no empty text, and every
// {{placeholder}} the English text has (shared/i18n). The type of each catalogue says the same
// at compile time; this holds it at run time, against a cast or a catalogue built another way.
import { describe, expect, it } from 'vitest';
import type { CatalogueTree } from '../../../shared/i18n/catalogue';
import { ENGLISH, loadCatalogue, NAMESPACES } from '../../../shared/i18n/catalogues';
import { LANGUAGES, languageOfLocales } from '../../../shared/i18n/languages';

/** Every text of a catalogue by its full key ("common:phases.map"). */
function texts(tree: CatalogueTree, prefix: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of texts(value, path)) found.set(inner, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/gu)].map((match) => match[1]).sort();

const english = new Map(NAMESPACES.flatMap((namespace) => [...texts(ENGLISH[namespace] as CatalogueTree, `${namespace}:`)]));

describe('the catalogues', () => {
  it('English has texts, none empty', () => {
    expect(english.size).toBeGreaterThan(0);
    for (const [key, text] of english) expect([key, text.trim()]).not.toEqual([key, '']);
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s has exactly the keys English has, each translated, with the same placeholders', async (language) => {
    const catalogue = await loadCatalogue(language);
    expect(Object.keys(catalogue).sort()).toEqual([...NAMESPACES].sort());
    const translated = new Map(NAMESPACES.flatMap((namespace) => [...texts(catalogue[namespace] as CatalogueTree, `${namespace}:`)]));
    const missing = [...english.keys()].filter((key) => !translated.has(key));
    const extra = [...translated.keys()].filter((key) => !english.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    for (const [key, text] of translated) {
      expect([key, text.trim() === '']).toEqual([key, false]);
      expect([key, placeholders(text)]).toEqual([key, placeholders(english.get(key)!)]);
    }
  });

  it('has the other form of every word counted, where it has the one form', () => {
    for (const key of english.keys()) if (key.endsWith('_one')) expect([key, english.has(key.replace(/_one$/u, '_other'))]).toEqual([key, true]);
  });
});

describe('languageOfLocales', () => {
  it('takes the first of the system’s locales Pickwise speaks, by its language; English otherwise', () => {
    expect(languageOfLocales(['de-CH', 'en-US'])).toBe('de');
    expect(languageOfLocales(['ja-JP', 'pt_BR'])).toBe('pt');
    expect(languageOfLocales(['FR'])).toBe('fr');
    expect(languageOfLocales(['ja-JP', 'zh'])).toBe('en');
    expect(languageOfLocales([])).toBe('en');
  });
});
