// The catalogues, by language and namespace: i18next's resources. A namespace is one part of
// the app (a phase, the rules' messages, the files' messages, the menus...). English is in the
// bundle; each other language is a chunk of its own, loaded when it is first needed
// (shared/i18n/texts.ts, loadLanguage), so the four the interface is not in cost no start time.
import type { TranslationOf } from '../catalogue';
import type { Language } from '../languages';
import { en } from './en';

export type EnglishCatalogue = typeof en;
export type Namespace = keyof EnglishCatalogue;
export type Catalogue = TranslationOf<EnglishCatalogue>;

export const ENGLISH: Catalogue = en;
export const NAMESPACES = Object.keys(en) as Namespace[];

/** A language's catalogue, from its own chunk. */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  switch (language) {
    case 'en':
      return en;
    case 'de':
      return (await import('./de')).de;
    case 'fr':
      return (await import('./fr')).fr;
    case 'es':
      return (await import('./es')).es;
    case 'pt':
      return (await import('./pt')).pt;
  }
}
