import * as fs from 'node:fs/promises';
import './catalogues';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { InterfaceLanguage, OpenedSession, ThemeChoice } from '../../../shared/ipc-contract';
import type { MenuCommand } from '../../../shared/menu-table';
import type { DesktopServices, Dialogs } from '../../../electron/main/ipc/ports';
import { interfaceLanguage, speakInterfaceLanguage } from '../../../electron/main/interface-language';
import { LanguagePreference } from '../../../electron/main/services/language-preference';
import { menuTemplate } from '../../../electron/main/menu/build-menu';
import { createMenuActions } from '../../../electron/main/menu/menu-actions';
import type { DocumentRegistry } from '../../../electron/main/services/documents';
import { RecentFiles } from '../../../electron/main/services/recent-files';
import type { SessionFiles } from '../../../electron/main/services/session-files';
import { SessionOpener } from '../../../electron/main/services/session-opener';
import { ThemePreference } from '../../../electron/main/services/theme-preference';

/** How main reaches the page in the harness; set once the page exists. */
export interface HarnessPagePort {
  sendMenuCommand(command: MenuCommand): Promise<void>;
  sendSessionOpened(opened: OpenedSession): Promise<void>;
  /** Emulates prefers-color-scheme, as nativeTheme.themeSource does in Electron. */
  applyTheme(choice: ThemeChoice): Promise<void>;
  sendLanguageChanged(language: InterfaceLanguage): Promise<void>;
}

/** The harness's single window id (main-side.ts names it too). */
const WINDOW_ID = 1;

/**
 * Main's real desktop services (opener, Open Recent, theme) and the real menu template with
 * its real actions, over the harness's single page. What Electron alone does (creating
 * another window, focusing one) is recorded so a spec can assert it.
 */
export function createHarnessDesktop(deps: {
  documents: DocumentRegistry;
  sessionFiles: SessionFiles;
  dialogs: Dialogs;
  userDataFolder: string;
  systemLocales: readonly string[];
  pseudoLocale: boolean;
}) {
  let page: HarnessPagePort | null = null;
  const pageReady = () => {
    if (!page) throw new Error('The harness page is not running yet.');
    return page;
  };
  const record = { windowsCreated: 0, focused: [] as number[], closeRequests: 0 };
  const recentFiles = new RecentFiles(fs, join(deps.userDataFolder, 'recent-files.json'));
  const theme = new ThemePreference(fs, join(deps.userDataFolder, 'preferences.json'), {
    apply: (choice) => page?.applyTheme(choice),
    systemIsDark: () => false,
  });
  const language = new LanguagePreference(fs, join(deps.userDataFolder, 'language.json'), {
    preferredLocales: () => deps.systemLocales,
    pseudo: deps.pseudoLocale,
  });
  // As main's wiring does (electron/main/index.ts): main speaks the choice, then the menu (built
  // on demand here) and the page follow. Main's language is the Playwright worker's, set by
  // each run's start, as each app's start sets it.
  language.onChange((chosen) => {
    void speakInterfaceLanguage(chosen.language).then(() => pageReady().sendLanguageChanged(chosen));
  });
  const opener = new SessionOpener({
    documents: deps.documents,
    sessionFiles: deps.sessionFiles,
    recentFiles,
    windows: {
      ids: () => [WINDOW_ID],
      focused: () => WINDOW_ID,
      focus: (windowId) => void record.focused.push(windowId),
      create: () => {
        record.windowsCreated += 1;
        return WINDOW_ID + record.windowsCreated;
      },
      send: (_windowId, opened) => void pageReady().sendSessionOpened(opened),
    },
    showFileError: (windowId, error) => deps.dialogs.showFileError(windowId ?? WINDOW_ID, error),
    stat: (path) => fs.stat(path),
    platform: process.platform,
  });
  const actions = createMenuActions({
    windows: {
      sendCommand: (command) => void pageReady().sendMenuCommand(command),
      closeFocused: () => void (record.closeRequests += 1),
      focused: () => WINDOW_ID,
    },
    recentFiles,
    opener,
    language,
  });
  const desktop: DesktopServices = { opener, theme, language };

  /** The menu as Electron would get it on Linux, Open Recent filled in from the real list. */
  const template = () => menuTemplate('linux', recentFiles.list(), actions, interfaceLanguage(), language.current());
  const findItem = (id: string, items: MenuItemConstructorOptions[] = template()): MenuItemConstructorOptions | null => {
    for (const item of items) {
      if (item.id === id) return item;
      if (Array.isArray(item.submenu)) {
        const found = findItem(id, item.submenu);
        if (found) return found;
      }
    }
    return null;
  };
  const click = (item: MenuItemConstructorOptions | null, what: string) => {
    if (!item?.click) throw new Error(`The menu has no item to click for ${what}.`);
    if (item.enabled === false) throw new Error(`${what} is disabled in the menu.`);
    (item.click as () => void)();
  };

  return {
    desktop,
    opener,
    recentFiles,
    theme,
    language,
    record,
    /** Before the window opens, as the app's main loads it before its first window: the page's first question is its language. */
    async loadLanguage() {
      await speakInterfaceLanguage((await language.load()).language);
    },
    async start(port: HarnessPagePort) {
      page = port;
      await Promise.all([recentFiles.load(), theme.load()]);
      opener.windowReady(WINDOW_ID);
    },
    /** The Open Recent submenu's item labels, as the menu shows them. */
    recentMenu(): { label: string; enabled: boolean }[] {
      const recent = findItem('recent');
      const items = Array.isArray(recent?.submenu) ? recent.submenu : [];
      return items.filter((item) => item.type !== 'separator').map((item) => ({ label: String(item.label), enabled: item.enabled !== false }));
    },
    chooseRecent(label: string) {
      const recent = findItem('recent');
      const items = Array.isArray(recent?.submenu) ? recent.submenu : [];
      click(items.find((item) => item.label === label) ?? null, `Open Recent ▸ ${label}`);
    },
    /** View ▸ Language's items, as the menu shows them. */
    languageMenu(): { label: string; checked: boolean }[] {
      const items = findItem('language')?.submenu;
      return (Array.isArray(items) ? items : []).filter((item) => item.type === 'radio').map((item) => ({ label: String(item.label), checked: item.checked === true }));
    },
    /** The menu bar's section labels, in the language main speaks. */
    menuSections(): string[] {
      return template().map((section) => String(section.label));
    },
    /** Clicks the menu item of a command, as the user would. */
    clickMenuItem(id: string) {
      click(findItem(id), id);
    },
  };
}

export type HarnessDesktop = ReturnType<typeof createHarnessDesktop>;
