import type { MenuCommand } from '../../../shared/menu-table';
import type { LanguagePreference } from '../services/language-preference';
import type { RecentFiles } from '../services/recent-files';
import type { SessionOpener } from '../services/session-opener';
import type { MenuActions } from './build-menu';

/** The window side of the menu: Electron's windows in the app, the harness's page in tests. */
export interface MenuWindows {
  sendCommand(command: MenuCommand): void;
  closeFocused(): void;
  focused(): number | null;
}

/**
 * What each menu item does, written once for the app and the end-to-end harness: commands go
 * to the window in front, Open Recent opens through the opener (a file that is gone is
 * explained and dropped from the list), Clear Recent empties it, a Language item is chosen.
 */
export function createMenuActions(deps: {
  windows: MenuWindows;
  recentFiles: Pick<RecentFiles, 'clear'>;
  opener: Pick<SessionOpener, 'openFile'>;
  language: Pick<LanguagePreference, 'choose'>;
}): MenuActions {
  return {
    command: (command) => deps.windows.sendCommand(command),
    main: (action) => {
      if (action === 'window.close') deps.windows.closeFocused();
      else void deps.recentFiles.clear();
    },
    openRecent: (path) => void deps.opener.openFile(path, { preferredWindowId: deps.windows.focused(), fromRecent: true }),
    // The preference tells its listeners, which rebuild the menus and tell every window.
    chooseLanguage: (choice) => void deps.language.choose(choice),
  };
}
