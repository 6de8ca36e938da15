import { commandForKey } from '../../shared/command-keys';
import { runMenuCommand } from './menu-commands';
import { isTextField } from './text-fields';
import { platform } from './views/shortcuts';

/**
 * The window's shortcuts: every key of the menu table's commands, run as the command it stands
 * for (so presentation mode's rule applies to keys and menus alike). In Electron the native
 * menu would take them too; the page takes them first (preventDefault), so a command runs once.
 * Inside a text field the field's own undo and redo win, as in every native text box.
 */
export function installKeyboardShortcuts(): void {
  window.addEventListener('keydown', (event) => {
    const command = commandForKey(event, platform, isTextField(event.target));
    if (command === null) return;
    event.preventDefault();
    runMenuCommand(command);
  });
}
