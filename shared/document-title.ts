import type { Language } from './i18n/languages';
import { textsIn } from './i18n/texts';

/** The name a session is shown under before it has a file ("Untitled"), in `language`. */
export function untitled(language: Language): string {
  return textsIn(language)('menu:untitled');
}

/** The window title: the file's name, a dot while there are unsaved changes, the app's name. */
export function formatWindowTitle(fileName: string | null, dirty: boolean, language: Language): string {
  return `${dirty ? '● ' : ''}${fileName ?? untitled(language)} — Pickwise`;
}
