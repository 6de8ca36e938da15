// Keys of `t` are checked against the English catalogue: a key that is not there does not compile.
import 'i18next';
import type { EnglishCatalogue } from '../../shared/i18n/catalogues';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: EnglishCatalogue;
  }
}
