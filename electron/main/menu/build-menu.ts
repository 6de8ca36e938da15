import type { MenuItemConstructorOptions } from 'electron';
import type { InterfaceLanguage } from '../../../shared/ipc-contract';
import { LANGUAGE_NAMES, LANGUAGES, type Language, type LanguageChoice } from '../../../shared/i18n/languages';
import { textsIn, type Texts } from '../../../shared/i18n/texts';
import { menuFor, type MainAction, type MenuCommand, type Platform, type ResolvedEntry } from '../../../shared/menu-table';
import { recentMenuLabels } from '../services/recent-files';

/** What menu items do when chosen; main's wiring supplies them. */
export interface MenuActions {
  /** Sends a command to the window in front (opening one when there is none and it needs one). */
  command(command: MenuCommand): void;
  main(action: MainAction): void;
  openRecent(path: string): void;
  chooseLanguage(choice: LanguageChoice): void;
}

/** What the Language submenu shows: the choice to check, and the system's language to name. */
export type LanguageMenuState = Pick<InterfaceLanguage, 'choice' | 'systemLanguage'>;

/**
 * A file name as a menu label: Electron reads `&` as the mnemonic marker (the next letter is
 * underlined and Alt+it opens the item) and drops it, so `R&D.pickwise` would show as
 * `RD.pickwise`; `&&` shows one `&` (docs/api/menu.md, setApplicationMenu).
 */
export function menuLabel(text: string): string {
  return text.replace(/&/g, '&&');
}

/** The id of an Open Recent item, so tests can find and click it. */
const recentItemId = (index: number) => `recent:${index}`;

function recentSubmenu(label: string, recent: readonly string[], actions: MenuActions, t: Texts): MenuItemConstructorOptions {
  const labels = recentMenuLabels(recent);
  const items: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ id: 'recent.none', label: t('menu:file.noRecent'), enabled: false }]
      : recent.map((path, index) => ({ id: recentItemId(index), label: menuLabel(labels[index] ?? path), click: () => actions.openRecent(path) }));
  return {
    id: 'recent',
    label,
    submenu: [...items, { type: 'separator' }, { id: 'recent.clear', label: t('menu:file.clearRecent'), enabled: recent.length > 0, click: () => actions.main('recent.clear') }],
  };
}

/** The id of a Language item ("language.de", "language.system"), so tests can find and click it. */
const languageItemId = (choice: LanguageChoice) => `language.${choice}`;

/**
 * The system's language first, then each language by its own name (a reader finds theirs
 * whatever the menus speak), as radio items: the chosen one is checked.
 */
function languageSubmenu(label: string, state: LanguageMenuState, actions: MenuActions, t: Texts): MenuItemConstructorOptions {
  const item = (choice: LanguageChoice, itemLabel: string): MenuItemConstructorOptions => ({
    id: languageItemId(choice),
    type: 'radio',
    label: itemLabel,
    checked: state.choice === choice,
    click: () => actions.chooseLanguage(choice),
  });
  return {
    id: 'language',
    label,
    submenu: [
      item('system', t('menu:view.languageSystem', { language: LANGUAGE_NAMES[state.systemLanguage] })),
      { type: 'separator' },
      ...LANGUAGES.map((language) => item(language, LANGUAGE_NAMES[language])),
    ],
  };
}

interface MenuContext {
  recent: readonly string[];
  languageMenu: LanguageMenuState;
  actions: MenuActions;
  t: Texts;
}

function toItem(entry: ResolvedEntry, context: MenuContext): MenuItemConstructorOptions {
  const { recent, actions, t } = context;
  switch (entry.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'recent':
      return recentSubmenu(entry.label, recent, actions, t);
    case 'language':
      return languageSubmenu(entry.label, context.languageMenu, actions, t);
    case 'submenu':
      return { label: entry.label, submenu: entry.items.map((item) => toItem(item, context)) };
    case 'role':
      return { role: entry.role, label: entry.label, ...(entry.accelerator ? { accelerator: entry.accelerator } : {}) };
    case 'command':
      return {
        id: entry.command,
        label: entry.label,
        ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
        click: () => actions.command(entry.command),
      };
    case 'main':
      return {
        id: entry.action,
        label: entry.label,
        ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
        click: () => actions.main(entry.action),
      };
  }
}

/**
 * The native menu bar of a platform in `language`, from the one table in
 * `shared/menu-table.ts`, with Open Recent filled in. Only Electron's types are used, so this runs in unit tests. On macOS
 * the first menu is the app menu whatever its label; Window and Help keep their roles so the
 * system lists open windows and adds its help search. The Language submenu checks
 * `languageMenu`'s choice (following the system, when not given).
 */
export function menuTemplate(
  platform: Platform,
  recent: readonly string[],
  actions: MenuActions,
  language: Language,
  languageMenu: LanguageMenuState = { choice: 'system', systemLanguage: language },
): MenuItemConstructorOptions[] {
  const context: MenuContext = { recent, languageMenu, actions, t: textsIn(language) };
  return menuFor(platform, language).map((section) => ({
    id: section.id,
    label: section.label,
    ...(section.id === 'window' ? { role: 'windowMenu' as const } : {}),
    ...(section.id === 'help' ? { role: 'help' as const } : {}),
    submenu: section.items.map((entry) => toItem(entry, context)),
  }));
}
