// The default readiness items by the names a new session gives them in each of the five
// languages, so that an import knows a column headed "Reife: Daten verfügbar" as the
// data-available item in a session that started in English, and "Readiness: Data available"
// in one that started in German: a new session names its items in its own language
// (shared/session/defaults.ts), and a file may come from a room that spoke another.
// Read from each language's `starter` catalogue as it is, not through i18next: an import must
// know all five names whichever catalogues are loaded (these few lines go into the app's
// first bundle with it).
import { starter as de } from '../i18n/catalogues/de/starter';
import { starter as en } from '../i18n/catalogues/en/starter';
import { starter as es } from '../i18n/catalogues/es/starter';
import { starter as fr } from '../i18n/catalogues/fr/starter';
import { starter as pt } from '../i18n/catalogues/pt/starter';
import type { TranslationOf } from '../i18n/catalogue';
import type { Language } from '../i18n/languages';
import { normaliseHeader } from './candidate-fields';

const STARTERS: Record<Language, TranslationOf<typeof en.readinessItems>> = {
  en: en.readinessItems,
  de: de.readinessItems,
  fr: fr.readinessItems,
  es: es.readinessItems,
  pt: pt.readinessItems,
};

// Compared as a column's name is: case, accents, spaces and punctuation ignored.
const ID_BY_NAME = new Map<string, string>(Object.values(STARTERS).flatMap((items) => Object.entries(items).map(([id, item]): [string, string] => [normaliseHeader(item.name), id])));

/** The id of the default readiness item a new session in one of the five languages names `name`, or undefined when none does. */
export function defaultReadinessItemNamed(name: string): string | undefined {
  return ID_BY_NAME.get(normaliseHeader(name));
}
