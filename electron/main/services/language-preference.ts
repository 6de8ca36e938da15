import type { InterfaceLanguage } from '../../../shared/ipc-contract';
import { LANGUAGE_CHOICES, languageOfChoice, languageOfLocales, type LanguageChoice } from '../../../shared/i18n/languages';
import { preferenceText, readPreference, writePreference, type PreferenceFs } from './preference-file';

/** The choice a preference file holds; anything unreadable or unknown follows the system. */
export function parseLanguageChoice(text: string): LanguageChoice {
  return readPreference<LanguageChoice>(text, 'language', LANGUAGE_CHOICES, 'system');
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
    private readonly fs: PreferenceFs,
    private readonly storePath: string,
    private readonly system: LanguageSystem,
  ) {}

  async load(): Promise<InterfaceLanguage> {
    // A missing file (the first start) or an unreadable one follows the system.
    this.choice = parseLanguageChoice(await preferenceText(this.fs, this.storePath));
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
    await writePreference(this.fs, this.storePath, { language: choice }, 'the language');
    return language;
  }

  onChange(listener: (language: InterfaceLanguage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
