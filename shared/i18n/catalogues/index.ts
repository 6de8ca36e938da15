// The catalogues of every language, by language and namespace: i18next's resources. A namespace
// is one part of the app (a phase, the share dialogs, what every screen has in common).
import type { Language } from '../languages';
import type { TranslationOf } from '../catalogue';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';

export type EnglishCatalogue = typeof en;
export type Namespace = keyof EnglishCatalogue;

export const CATALOGUES: Readonly<Record<Language, TranslationOf<EnglishCatalogue>>> = { en, de, fr, es, pt };
export const NAMESPACES = Object.keys(en) as Namespace[];
