import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../../shared/i18n/languages';
import { textsIn, type Texts } from '../../../shared/i18n/texts';
import { menuFor, type MainAction, type MenuCommand, type Platform, type ResolvedEntry } from '../../../shared/menu-table';
import { recentMenuLabels } from '../services/recent-files';

/** What menu items do when chosen; main's wiring supplies them. */
export interface MenuActions {
  /** Sends a command to the window in front (opening one when there is none and it needs one). */
  command(command: MenuCommand): void;
  main(action: MainAction): void;
  openRecent(path: string): void;
}

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

function toItem(entry: ResolvedEntry, recent: readonly string[], actions: MenuActions, t: Texts): MenuItemConstructorOptions {
  switch (entry.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'recent':
      return recentSubmenu(entry.label, recent, actions, t);
    case 'submenu':
      return { label: entry.label, submenu: entry.items.map((item) => toItem(item, recent, actions, t)) };
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
 * system lists open windows and adds its help search.
 */
export function menuTemplate(platform: Platform, recent: readonly string[], actions: MenuActions, language: Language): MenuItemConstructorOptions[] {
  const t = textsIn(language);
  return menuFor(platform, language).map((section) => ({
    id: section.id,
    label: section.label,
    ...(section.id === 'window' ? { role: 'windowMenu' as const } : {}),
    ...(section.id === 'help' ? { role: 'help' as const } : {}),
    submenu: section.items.map((entry) => toItem(entry, recent, actions, t)),
  }));
}
