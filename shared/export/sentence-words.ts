// Words the exports and the import preview set inside their sentences, as each language sets them.
import type { Language } from '../i18n/languages';

/**
 * A word (a participant's background, a field's name) as it reads inside a sentence: in lower
 * case, but in German, where nouns keep their capital.
 */
export function wordInSentence(word: string, language: Language): string {
  return language === 'de' ? word : word.toLocaleLowerCase(language);
}

/**
 * A list joined as a sentence says it, with "and" or "or" ("A, B and C"): Intl's words for
 * `language`, without the serial comma in English (as Pickwise has always written it).
 */
export function listInSentence(words: readonly string[], language: Language, type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : language, { type }).format(words);
}
