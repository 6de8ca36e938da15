// The interface's words: i18next over the catalogues in shared/i18n (React through
// react-i18next). Views take `useTranslation` from here, so that importing a view sets up the
// translations too (in the app and in a unit test alike); code outside React uses `translate`.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGUES, NAMESPACES } from '../../shared/i18n/catalogues';
import type { Language } from '../../shared/i18n/languages';

/**
 * The interface's language. English until every screen's words are in the catalogues: the
 * other four languages are offered (and the system's followed) once they are all there, so
 * that no screen ever shows two languages at once.
 */
const INTERFACE_LANGUAGE: Language = 'en';

const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: CATALOGUES,
  lng: INTERFACE_LANGUAGE,
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'common',
  // React escapes what it renders; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
  // The catalogues are in the bundle: ready before the first render, no loading state.
  initAsync: false,
  returnNull: false,
  // i18next otherwise writes a sponsor's notice to the console at every start.
  showSupportNotice: false,
});

export { Trans, useTranslation } from 'react-i18next';

/** A text of the catalogue outside React (an announcement, a message built in a handler). */
export const translate = i18n.t.bind(i18n);
