import { newDocument, openDocument, saveDocument, saveDocumentAs } from './store/document-commands';
import { redo, undo } from './store/session-store';
import { runMenuCommand } from './menu-commands';
import { PHASES, useViewStore } from './store/view-store';
import { hasCommandModifier } from './views/shortcuts';

/** Text boxes keep their own undo, copy and select-all; the app's shortcuts step aside there. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'submit'].includes(target.type);
}

/**
 * The window's shortcuts. Inside a text field the field's own undo wins, as in every native
 * text box; everywhere else undo walks the session's history.
 */
export function installKeyboardShortcuts(): void {
  window.addEventListener('keydown', (event) => {
    // F11 everywhere, Ctrl+Cmd+F on macOS: in and out of presentation mode.
    if (event.key === 'F11' || (event.metaKey && event.ctrlKey && event.key.toLowerCase() === 'f')) {
      event.preventDefault();
      runMenuCommand('view.presentation');
      return;
    }
    if (!hasCommandModifier(event) || event.altKey) return;
    const key = event.key.toLowerCase();
    const run = (command: () => unknown) => {
      event.preventDefault();
      void command();
    };
    if (key === 's') return run(event.shiftKey ? saveDocumentAs : saveDocument);
    if (key === 'o' && !event.shiftKey) return run(openDocument);
    if (key === 'n' && !event.shiftKey) return run(newDocument);
    const phase = PHASES[Number(event.key) - 1];
    if (phase && !event.shiftKey) return run(() => useViewStore.getState().setPhase(phase));
    if (isTextField(event.target)) return;
    if (key === 'z') return run(event.shiftKey ? redo : undo);
    if (key === 'y' && !event.shiftKey) return run(redo);
  });
}
