import type { Language } from '../../shared/i18n/languages';

/**
 * The language of main's own words: menus, dialogs, messages. The renderer's interface
 * language (renderer/src/i18n.ts), which is English until every screen, menu and message is in
 * the catalogues; both then follow the system or the person's choice.
 */
export function interfaceLanguage(): Language {
  return 'en';
}
