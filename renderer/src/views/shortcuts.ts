import { shortcutOf } from '../../../shared/command-keys';
import { platformFromUserAgent, type MenuCommand } from '../../../shared/menu-table';

/** The platform the page runs on, as the menu table names it. */
export const platform = platformFromUserAgent(typeof navigator === 'undefined' ? '' : `${navigator.platform} ${navigator.userAgent}`);

/** A command's shortcut for a button's title, from the menu table: ⌘S on macOS, Ctrl+S elsewhere. */
export function shortcutTitle(command: MenuCommand): string | undefined {
  return shortcutOf(command, platform);
}
