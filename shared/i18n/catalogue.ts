// The shape every language's catalogue has: the English catalogue's, each text a string of its
// own. A translation that leaves out a key, or adds one, does not compile (`satisfies
// TranslationOf<typeof en>`), and tests/unit/shared/i18n-catalogues.test.ts checks the same at
// run time, with every {{placeholder}} of the English text kept.

/** A catalogue (or one namespace of it) as English has it: nested objects of texts. */
export interface CatalogueTree {
  readonly [key: string]: string | CatalogueTree;
}

/** The same keys as `T`, each text any string. */
export type TranslationOf<T> = { readonly [K in keyof T]: T[K] extends string ? string : TranslationOf<T[K]> };
