/**
 * The keys of the menu table's commands, for the page: which command a key press stands for,
 * and how a command's shortcut is written on a button. Derived from the accelerators in
 * menu-table.ts, so the native menu, the page's own key handling and the shortcuts overlay
 * can never disagree. (Role and main entries — Cut, Zoom, Close Window… — are Electron's and
 * Chromium's own keys; the page never takes them.)
 */
import { commandEntriesOf, formatAccelerator, parseAccelerator, type MenuCommand, type Platform } from './menu-table';

/** The parts of a browser's KeyboardEvent that decide a shortcut. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Commands whose keys a text field keeps while it has focus: its own undo and redo, as in
 * every native text box. The menu's Undo then undoes in the field too (menu-commands.ts).
 */
export const TEXT_FIELD_KEEPS: readonly MenuCommand[] = ['edit.undo', 'edit.redo'];

/** One key combination in one spelling: modifiers in a fixed order, then the key, upper case. */
function combination(modifiers: { ctrl: boolean; cmd: boolean; shift: boolean; alt: boolean }, key: string): string {
  const names = [modifiers.ctrl && 'Ctrl', modifiers.alt && 'Alt', modifiers.shift && 'Shift', modifiers.cmd && 'Cmd'].filter(Boolean);
  return [...names, key.length === 1 ? key.toUpperCase() : key].join('+');
}

function combinationOfAccelerator(accelerator: string, platform: Platform): string {
  const { modifiers, key } = parseAccelerator(accelerator, platform);
  return combination({ ctrl: modifiers.has('Ctrl'), cmd: modifiers.has('Cmd'), shift: modifiers.has('Shift'), alt: modifiers.has('Alt') }, key);
}

const tables = new Map<Platform, Map<string, MenuCommand>>();

/** Every key combination of a platform's command entries (accelerator and the keys also accepted). */
function keyTable(platform: Platform): Map<string, MenuCommand> {
  let table = tables.get(platform);
  if (table) return table;
  table = new Map();
  for (const entry of commandEntriesOf(platform)) {
    for (const accelerator of [entry.accelerator, ...entry.alsoAccepted]) {
      if (accelerator === undefined) continue;
      const keys = combinationOfAccelerator(accelerator, platform);
      const taken = table.get(keys);
      if (taken !== undefined && taken !== entry.command) throw new Error(`${accelerator} stands for both ${taken} and ${entry.command} on ${platform}.`);
      table.set(keys, entry.command);
    }
  }
  tables.set(platform, table);
  return table;
}

/**
 * The menu command a key press in the page stands for on a platform, or null. In a text field
 * the field keeps its own undo and redo; every other shortcut works there too, as the menu's do.
 */
export function commandForKey(event: KeyPress, platform: Platform, inTextField = false): MenuCommand | null {
  const keys = combination({ ctrl: event.ctrlKey, cmd: event.metaKey, shift: event.shiftKey, alt: event.altKey }, event.key);
  const command = keyTable(platform).get(keys) ?? null;
  if (command !== null && inTextField && TEXT_FIELD_KEEPS.includes(command)) return null;
  return command;
}

/** A command's shortcut as the platform writes it (`⇧⌘S`, `Ctrl+Shift+S`), or undefined when it has none. */
export function shortcutOf(command: MenuCommand, platform: Platform): string | undefined {
  const entry = commandEntriesOf(platform).find((each) => each.command === command);
  return entry?.accelerator === undefined ? undefined : formatAccelerator(entry.accelerator, platform);
}
