// The interface's words: the process's one i18next instance (shared/i18n/texts.ts), handed to
// react-i18next. Views take `useTranslation` from here, so that importing a view sets up the
// translations too (in the app and in a unit test alike); code outside React uses `translate`.
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Language } from '../../shared/i18n/languages';
import { texts } from '../../shared/i18n/texts';

// What `.use(initReactI18next)` does at init: the instance is already initialised, in English,
// the interface's language until every screen, menu and message is in the catalogues (then the
// other four are offered, and the system's followed), so no screen ever shows two languages.
initReactI18next.init(texts);

export { Trans, useTranslation } from 'react-i18next';

/** The interface's language, for shared functions that write texts (`warningsOf(session, language)`); a view re-renders when it changes. */
export function useLanguage(): Language {
  return useTranslation().i18n.language as Language;
}

/** The interface's language outside React. */
export function interfaceLanguage(): Language {
  return texts.language as Language;
}

/** A text of the catalogue outside React (an announcement, a message built in a handler). */
export const translate = texts.t.bind(texts);
