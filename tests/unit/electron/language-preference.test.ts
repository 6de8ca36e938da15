import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { interfaceLanguage, speakInterfaceLanguage } from '../../../electron/main/interface-language';
import { chromiumLocaleFor, LanguagePreference, parseLanguageChoice } from '../../../electron/main/services/language-preference';
import type { InterfaceLanguage } from '../../../shared/ipc-contract';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-language-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
  await speakInterfaceLanguage('en');
});

// The system's languages as Electron's app.getPreferredSystemLanguages() lists them: most preferred first, with regions.
const system = (locales: string[], pseudo = false) => ({ preferredLocales: () => locales, pseudo });

describe('the interface language', () => {
  it('follows the system on a first start: the first of its languages Pickwise speaks', async () => {
    const preference = new LanguagePreference(fs, join(folder, 'language.json'), system(['ja-JP', 'de-CH', 'en-US']));
    expect(await preference.load()).toEqual({ choice: 'system', language: 'de', systemLanguage: 'de', pseudo: false });
    const elsewhere = new LanguagePreference(fs, join(folder, 'language.json'), system(['ja-JP', 'zh-CN']));
    expect((await elsewhere.load()).language).toBe('en');
  });

  it('remembers a choice for the next start, over the system’s language', async () => {
    const path = join(folder, 'prefs', 'language.json');
    const preference = new LanguagePreference(fs, path, system(['fr-FR']));
    await preference.load();
    expect(await preference.choose('pt')).toEqual({ choice: 'pt', language: 'pt', systemLanguage: 'fr', pseudo: false });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ version: 1, language: 'pt' });
    expect(await new LanguagePreference(fs, path, system(['fr-FR'])).load()).toMatchObject({ choice: 'pt', language: 'pt' });
    await preference.choose('system');
    expect(await new LanguagePreference(fs, path, system(['fr-FR'])).load()).toMatchObject({ choice: 'system', language: 'fr' });
  });

  it('tells its listeners at once, before the choice is written', async () => {
    const preference = new LanguagePreference(fs, join(folder, 'language.json'), system(['en-GB'], true));
    const heard: InterfaceLanguage[] = [];
    const stop = preference.onChange((language) => heard.push(language));
    const choosing = preference.choose('es');
    expect(heard).toEqual([{ choice: 'es', language: 'es', systemLanguage: 'en', pseudo: true }]);
    await choosing;
    stop();
    await preference.choose('de');
    expect(heard).toHaveLength(1);
  });

  it('reads each stored choice, and anything else as following the system', () => {
    for (const choice of ['system', 'en', 'de', 'fr', 'es', 'pt'] as const) expect(parseLanguageChoice(JSON.stringify({ version: 1, language: choice }))).toBe(choice);
    expect(parseLanguageChoice('{"language": "it"}')).toBe('system');
    expect(parseLanguageChoice('{"language": "DE"}')).toBe('system');
    expect(parseLanguageChoice('null')).toBe('system');
    expect(parseLanguageChoice('not json')).toBe('system');
    expect(parseLanguageChoice('')).toBe('system');
  });

  it('starts Chromium in the chosen language, or leaves it on the system’s', () => {
    expect(chromiumLocaleFor('{"version": 1, "language": "de"}')).toBe('de');
    expect(chromiumLocaleFor('{"version": 1, "language": "pt"}')).toBe('pt');
    expect(chromiumLocaleFor('{"version": 1, "language": "system"}')).toBeNull();
    expect(chromiumLocaleFor('')).toBeNull();
    expect(chromiumLocaleFor('{"language": "xx-evil --no-sandbox"}')).toBeNull();
  });

  it('keeps a choice it cannot write for this run, and says why on the console', async () => {
    const blocker = join(folder, 'a-file');
    await writeFile(blocker, 'not a folder');
    const complaints = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const preference = new LanguagePreference(fs, join(blocker, 'language.json'), system(['en-US']));
      expect(await preference.choose('fr')).toMatchObject({ choice: 'fr', language: 'fr' });
      expect(preference.current().language).toBe('fr');
      expect(complaints).toHaveBeenCalledWith('Pickwise could not remember the language:', expect.objectContaining({ code: 'EEXIST' }));
    } finally {
      complaints.mockRestore();
    }
  });

  it('main speaks the latest language asked for, whichever catalogue arrives first', async () => {
    const german = speakInterfaceLanguage('de');
    const french = speakInterfaceLanguage('fr');
    await Promise.all([french, german]);
    expect(interfaceLanguage()).toBe('fr');
  });
});
