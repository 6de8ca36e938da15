// The interface's language in the page: asked of main once before anything shows, then followed
// wherever it is chosen (this window's chooser, another window's, the View ▸ Language menu).
import { create } from 'zustand';
import type { InterfaceLanguage } from '../../shared/ipc-contract';
import type { LanguageChoice } from '../../shared/i18n/languages';
import { disguiseTexts, loadLanguage, texts } from '../../shared/i18n/texts';
import { pickwise } from './pickwise-client';

/** What main said last: the choice, the language it stands for, the system's own. */
export const useInterfaceLanguage = create<InterfaceLanguage>(() => ({ choice: 'system', language: 'en', systemLanguage: 'en', pseudo: false }));

/** Every view re-renders in `state.language` (its catalogue loaded first), and the page says which language it is in. */
async function speak(state: InterfaceLanguage): Promise<void> {
  await loadLanguage(state.language);
  disguiseTexts(state.pseudo);
  await texts.changeLanguage(state.language);
  // Screen readers, hyphenation and the spelling checker read the page in this language.
  document.documentElement.lang = state.language;
  useInterfaceLanguage.setState(state);
}

/** Before the first render: the page starts in the chosen language, never English first. */
export async function startInInterfaceLanguage(): Promise<void> {
  pickwise().onLanguageChanged((state) => void speak(state));
  await speak(await pickwise().interfaceLanguage());
}

/** The person chose a language, or to follow the system: main remembers it and every window follows. */
export async function chooseInterfaceLanguage(choice: LanguageChoice): Promise<void> {
  await speak(await pickwise().chooseLanguage({ choice }));
}
