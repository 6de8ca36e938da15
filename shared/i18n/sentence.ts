// How a language sets words inside its sentences: a name mid-sentence, a list with "and" or
// "or". Every text of shared/ that sets a name or a list inside a sentence goes through here.
import type { Language } from './languages';

/**
 * A name as it reads mid-sentence in `language`: its first letter in lower case, unless it
 * looks like an acronym ("GDPR review", "Non-ML alternative" → "non-ML alternative"); German
 * keeps the name as written (its nouns start with a capital, so a capital says nothing there).
 */
export function midSentenceIn(name: string, language: Language): string {
  if (language === 'de') return name;
  return /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/**
 * A list joined as a sentence says it, with "and" or "or" ("A, B and C"): Intl's words for
 * `language`, without the serial comma in English (as Pickwise has always written it).
 */
export function listInSentence(words: readonly string[], language: Language, type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : language, { type }).format(words);
}
