// Pickwise's own words in a given language, for what shared/ and main write: the messages of
// the rules, of opening and saving files, the menus, and the exports. The renderer's views
// read the same catalogues through react-i18next (renderer/src/i18n.ts).
import i18next, { type TFunction } from 'i18next';
import type { Session } from '../session/schema';
import { ENGLISH, loadCatalogue, NAMESPACES, type Catalogue, type Namespace } from './catalogues';
import type { Language } from './languages';
import { PSEUDO, pseudoLocale } from './pseudo';

const instance = i18next.createInstance();
void instance.init({
  resources: { en: ENGLISH },
  lng: 'en',
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'common',
  // Texts go into the DOM through React or into files as they are: nothing is HTML here.
  interpolation: { escapeValue: false },
  // The catalogues are plain objects in the bundle: ready at once.
  initAsync: false,
  showSupportNotice: false,
});

/**
 * The one i18next instance of the process: shared functions' texts, main's words, and the
 * renderer's views (renderer/src/i18n.ts hands it to react-i18next).
 */
export const texts = instance;

instance.use(pseudoLocale);

/** Disguises every text from now on (the pseudo-locale, shared/i18n/pseudo.ts), or stops. */
export function disguiseTexts(on: boolean): void {
  instance.options.postProcess = on ? [PSEUDO] : false;
}

const loaded = new Map<Language, Catalogue>([['en', ENGLISH]]);

/**
 * Makes `language`'s catalogue available (its chunk loaded once). Until then its texts are
 * English: i18next falls back to English for a language it has no texts of.
 */
export async function loadLanguage(language: Language): Promise<void> {
  if (loaded.has(language)) return;
  provideCatalogue(language, await loadCatalogue(language));
}

/**
 * Makes a catalogue already at hand available, as `loadLanguage` does with one it loaded: for a
 * process that cannot load chunks, such as the end-to-end harness's main side under Playwright's
 * CommonJS loader (tests/e2e/harness/catalogues.ts).
 */
export function provideCatalogue(language: Language, catalogue: Catalogue): void {
  for (const namespace of NAMESPACES) instance.addResourceBundle(language, namespace, catalogue[namespace], true, true);
  loaded.set(language, catalogue);
}

/** The catalogue of `language` as loaded (English's while it is not): for tables of words read as a whole. */
export function catalogueOf(language: Language): Catalogue {
  return loaded.get(language) ?? ENGLISH;
}

/** A `t` over every namespace: keys are written with theirs ("rules:warnings.noBusiness"). */
export type Texts = TFunction<Namespace[]>;

/** The texts of `language`: `textsIn('de')('rules:warnings.noBusiness')`. */
export function textsIn(language: Language): Texts {
  return instance.getFixedT<Namespace[]>(language);
}

/**
 * The language a session's exports (decision record, ML brief, CSV, chart image) are written
 * in: the session's own (`settings.language`, chosen once per session), else the interface's
 * language of the process asking (main's or the renderer's `interfaceLanguage()`), as for a
 * file from before sessions kept one.
 */
export function exportLanguage(session: Pick<Session, 'settings'>, interfaceLanguage: Language): Language {
  return session.settings.language ?? interfaceLanguage;
}

/**
 * exportLanguage, with its catalogue loaded: an export asks this before it writes a word, as
 * the session's language need not be the interface's, whose catalogue is the one loaded.
 */
export async function loadExportLanguage(session: Pick<Session, 'settings'>, interfaceLanguage: Language): Promise<Language> {
  const language = exportLanguage(session, interfaceLanguage);
  await loadLanguage(language);
  return language;
}
