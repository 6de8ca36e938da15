// The languages Pickwise speaks. The interface follows the system's language by default and can
// be chosen; a session's exports are written in the session's language. The session file's
// content (titles, names, notes) is never translated: only what Pickwise itself writes.

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the system's preferred locales ("de-CH", "pt-BR", "en-US") that Pickwise speaks,
 * by its language alone; English when it speaks none of them.
 */
export function languageOfLocales(locales: readonly string[]): Language {
  for (const locale of locales) {
    const language = locale.toLowerCase().split(/[-_]/u)[0];
    if (isLanguage(language)) return language;
  }
  return 'en';
}

/** Each language by its own name, as a language menu lists them: a reader finds theirs whatever the interface speaks. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  pt: 'Português',
};

/** What the person chose for the interface: a language, or to follow the system's. */
export const LANGUAGE_CHOICES = ['system', ...LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** The language a choice stands for, given the system's preferred locales. */
export function languageOfChoice(choice: LanguageChoice, systemLocales: readonly string[]): Language {
  return choice === 'system' ? languageOfLocales(systemLocales) : choice;
}
