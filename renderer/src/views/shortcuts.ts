const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** A shortcut as the platform writes it: ⌘S on macOS, Ctrl+S elsewhere. */
export function shortcutLabel(key: string, shift = false): string {
  return isMac ? `${shift ? '⇧' : ''}⌘${key}` : `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}

/** True for the platform's command modifier: Cmd on macOS, Ctrl elsewhere. */
export function hasCommandModifier(event: KeyboardEvent): boolean {
  return isMac ? event.metaKey : event.ctrlKey;
}
