import type { MenuCommand } from '../../shared/menu-table';
import { runMenuCommand } from './menu-commands';
import { PHASES } from './store/view-store';
import { hasCommandModifier } from './views/shortcuts';

/** Text boxes keep their own undo, copy and select-all; the app's shortcuts step aside there. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'submit'].includes(target.type);
}

/** The menu command a key press in the page stands for, or null; the same as the menu's accelerators. */
function commandForKey(event: KeyboardEvent): MenuCommand | null {
  // F11 everywhere, Ctrl+Cmd+F on macOS: in and out of presentation mode.
  if (event.key === 'F11' || (event.metaKey && event.ctrlKey && event.key.toLowerCase() === 'f')) return 'view.presentation';
  if (!hasCommandModifier(event) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 's') return event.shiftKey ? 'file.saveAs' : 'file.save';
  if (key === 'o' && !event.shiftKey) return 'file.open';
  if (key === 'n' && !event.shiftKey) return 'file.new';
  const phase = PHASES[Number(event.key) - 1];
  if (phase && !event.shiftKey) return `view.phase.${phase}`;
  if (isTextField(event.target)) return null;
  if (key === 'z') return event.shiftKey ? 'edit.redo' : 'edit.undo';
  if (key === 'y' && !event.shiftKey) return 'edit.redo';
  return null;
}

/**
 * The window's shortcuts, run as the menu commands they stand for (so presentation mode's
 * rule applies to keys and menus alike). Inside a text field the field's own undo wins, as in
 * every native text box; everywhere else undo walks the session's history.
 */
export function installKeyboardShortcuts(): void {
  window.addEventListener('keydown', (event) => {
    const command = commandForKey(event);
    if (command === null) return;
    event.preventDefault();
    runMenuCommand(command);
  });
}
