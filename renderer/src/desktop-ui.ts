import { create } from 'zustand';

/**
 * What the desktop side of the window shows besides the session: the keyboard-shortcuts
 * overlay and a short spoken-and-shown notice (the theme just chosen, a drop that failed).
 * Never part of the session, never undoable.
 */
export interface DesktopUiState {
  shortcutsOpen: boolean;
  notice: { id: number; text: string } | null;
}

export const useDesktopUi = create<DesktopUiState>(() => ({ shortcutsOpen: false, notice: null }));

export function openShortcuts(): void {
  useDesktopUi.setState({ shortcutsOpen: true });
}

export function closeShortcuts(): void {
  useDesktopUi.setState({ shortcutsOpen: false });
}

let nextNotice = 1;
/** Shows a notice for a few seconds; a newer one replaces it. */
export function announce(text: string, forMs = 4000): void {
  const id = nextNotice++;
  useDesktopUi.setState({ notice: { id, text } });
  setTimeout(() => {
    if (useDesktopUi.getState().notice?.id === id) useDesktopUi.setState({ notice: null });
  }, forMs);
}
