// The pseudo-locale: every text of the catalogues disguised, letter by letter, as a look-alike
// with a diacritic ("Save" reads "Šàṽé"). A text on screen with plain letters in it was written
// outside the catalogues (or is the session's own content). A development run turns it on with
// PICKWISE_PSEUDO_LOCALE=1; an end-to-end spec walks every phase in it.
import type { PostProcessorModule } from 'i18next';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DISGUISED = 'àƀçďéƒĝĥîĵķĺɱñôþǫŕšţûṽŵẋýžÀƁÇĎÉƑĜĤÎĴĶĹṀÑÔÞǪŔŠŢÛṼŴẊÝŽ';
const LOOK_ALIKE = new Map([...PLAIN].map((letter, index) => [letter, [...DISGUISED][index]!]));

/**
 * `text` with every plain letter disguised, except inside the tags `<Trans>` fills in
 * (`<strong>`, `<1>`), which must stay as they are for React to find them.
 */
export function disguise(text: string): string {
  return text
    .split(/(<[^>]*>)/u)
    .map((part) => (part.startsWith('<') ? part : [...part].map((character) => LOOK_ALIKE.get(character) ?? character).join('')))
    .join('');
}

/** The name the instance knows the pseudo-locale's post-processor by. */
export const PSEUDO = 'pseudo';

/** i18next's post-processor: runs on every text after its values are filled in. */
export const pseudoLocale: PostProcessorModule = {
  type: 'postProcessor',
  name: PSEUDO,
  process: (value: string) => disguise(value),
};
