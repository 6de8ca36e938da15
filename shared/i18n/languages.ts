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
