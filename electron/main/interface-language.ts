import type { Language } from '../../shared/i18n/languages';
import { loadLanguage } from '../../shared/i18n/texts';

// Main is one process with one interface language: its menus, dialogs and messages all speak
// the language the person chose (or the system's), which the language preference sets here.
// Stays English until the preference has loaded, which is before any window or menu exists.
let current: Language = 'en';
let asked: Language = 'en';

/** The language of main's own words: menus, dialogs, messages. */
export function interfaceLanguage(): Language {
  return current;
}

/** Main speaks `language` from now on, its catalogue loaded first so no text falls back to English. */
export async function speakInterfaceLanguage(language: Language): Promise<void> {
  asked = language;
  await loadLanguage(language);
  // Two choices in quick succession: the later one wins, whichever catalogue arrived first.
  if (asked === language) current = language;
}
