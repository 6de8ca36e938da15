import { dirname } from 'node:path';
import type { InterfaceLanguage } from '../../../shared/ipc-contract';
import { LANGUAGE_CHOICES, languageOfChoice, languageOfLocales, type LanguageChoice } from '../../../shared/i18n/languages';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';

/** The choice a preference file holds; anything unreadable or unknown follows the system. */
export function parseLanguageChoice(text: string): LanguageChoice {
  try {
    const language = (JSON.parse(text) as { language?: unknown } | null)?.language;
    return (LANGUAGE_CHOICES as readonly unknown[]).includes(language) ? (language as LanguageChoice) : 'system';
  } catch {
    return 'system';
  }
}

/**
 * The locale Chromium starts in for a stored choice (its `--lang` switch), so that what Chromium
 * writes itself (a date field's day and month, the spelling checker's language) follows the
 * chosen language too; null to leave Chromium on the system's. Chromium takes it only before the
 * app is ready: a new choice reaches these at the next start.
 */
export function chromiumLocaleFor(storedText: string): string | null {
  const choice = parseLanguageChoice(storedText);
  return choice === 'system' ? null : choice;
}

/** The file-system calls the preference needs. */
export interface LanguagePreferenceFs extends AtomicWriteFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

/** Where the preference learns the system's languages, and whether the pseudo-locale is on. */
export interface LanguageSystem {
  /** The system's preferred locales, most preferred first (Electron's `app.getPreferredSystemLanguages()`). */
  preferredLocales(): readonly string[];
  pseudo: boolean;
}

/**
 * The interface language the person chose, kept in its own file of the app's data folder (the
 * theme's file is written whole by the theme). Following the system is the default: a first
 * start in Berlin speaks German. Listeners hear every change, so menus and windows follow.
 */
export class LanguagePreference {
  private choice: LanguageChoice = 'system';
  private readonly listeners = new Set<(language: InterfaceLanguage) => void>();

  constructor(
    private readonly fs: LanguagePreferenceFs,
    private readonly storePath: string,
    private readonly system: LanguageSystem,
  ) {}

  async load(): Promise<InterfaceLanguage> {
    // A missing file (the first start) or an unreadable one follows the system.
    this.choice = parseLanguageChoice(await this.fs.readFile(this.storePath, 'utf8').catch(() => ''));
    return this.current();
  }

  current(): InterfaceLanguage {
    const locales = this.system.preferredLocales();
    return {
      choice: this.choice,
      language: languageOfChoice(this.choice, locales),
      systemLanguage: languageOfLocales(locales),
      pseudo: this.system.pseudo,
    };
  }

  /**
   * Takes the choice at once (every window and the menus follow) and remembers it. A choice
   * that cannot be written still holds for this run; why it was not kept goes to the log.
   */
  async choose(choice: LanguageChoice): Promise<InterfaceLanguage> {
    this.choice = choice;
    const language = this.current();
    for (const listener of this.listeners) listener(language);
    try {
      await this.fs.mkdir(dirname(this.storePath), { recursive: true });
      await writeFileAtomic(this.fs, this.storePath, `${JSON.stringify({ version: 1, language: choice }, null, 2)}\n`);
    } catch (error) {
      console.error('Pickwise could not remember the language:', error);
    }
    return language;
  }

  onChange(listener: (language: InterfaceLanguage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
