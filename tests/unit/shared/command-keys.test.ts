import { describe, expect, it } from 'vitest';
import { commandForKey, shortcutOf, TEXT_FIELD_KEEPS, type KeyPress } from '../../../shared/command-keys';
import { commandEntriesOf, menuFor, PLATFORMS, shortcutsFor, type Platform, type ResolvedEntry } from '../../../shared/menu-table';

/**
 * The KeyboardEvent a browser delivers for an accelerator typed on a US keyboard: modifiers as
 * flags, and `key` as the key's character or name (a letter comes in lower case without Shift,
 * upper case with it, as Chromium reports it).
 */
function pressOf(accelerator: string, platform: Platform): KeyPress {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const names = parts.map((part) => part.toLowerCase());
  const press: KeyPress = { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
  for (const name of names) {
    if (name === 'cmdorctrl') press[platform === 'darwin' ? 'metaKey' : 'ctrlKey'] = true;
    else if (name === 'cmd') press.metaKey = true;
    else if (name === 'ctrl') press.ctrlKey = true;
    else if (name === 'shift') press.shiftKey = true;
    else if (name === 'alt') press.altKey = true;
    else throw new Error(`No modifier ${name} in this test's keyboard.`);
  }
  if (key.length === 1) press.key = press.shiftKey ? key.toUpperCase() : key.toLowerCase();
  return press;
}

const everyKeyOf = (platform: Platform) =>
  commandEntriesOf(platform).flatMap((entry) =>
    [entry.accelerator, ...entry.alsoAccepted].filter((keys): keys is string => keys !== undefined).map((keys) => ({ command: entry.command, keys })),
  );

describe('the page’s keys come from the menu table', () => {
  it.each(PLATFORMS)('on %s, every key of every command stands for that command, outside a text field', (platform) => {
    const keys = everyKeyOf(platform);
    expect(keys.length).toBeGreaterThan(15);
    for (const { command, keys: accelerator } of keys) {
      expect(commandForKey(pressOf(accelerator, platform), platform), `${platform}: ${accelerator}`).toBe(command);
    }
  });

  it.each(PLATFORMS)('on %s, in a text field, undo and redo stay the field’s and every other shortcut still works', (platform) => {
    for (const { command, keys } of everyKeyOf(platform)) {
      const expected = TEXT_FIELD_KEEPS.includes(command) ? null : command;
      expect(commandForKey(pressOf(keys, platform), platform, true), `${platform}: ${keys}`).toBe(expected);
    }
  });

  it('a key with a modifier more or less, or another platform’s command key, is no shortcut', () => {
    expect(commandForKey({ key: 's', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }, 'linux')).toBe('file.save');
    expect(commandForKey({ key: 's', ctrlKey: true, metaKey: false, shiftKey: false, altKey: true }, 'linux')).toBeNull();
    expect(commandForKey({ key: 's', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false }, 'linux')).toBeNull();
    // Ctrl+S on a Mac is not Save (⌘S is), and ⌘S elsewhere is not either.
    expect(commandForKey({ key: 's', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }, 'darwin')).toBeNull();
    expect(commandForKey({ key: 's', ctrlKey: false, metaKey: true, shiftKey: false, altKey: false }, 'win32')).toBeNull();
    // Cut, Close Window and Zoom belong to Electron and Chromium, not to the page.
    expect(commandForKey({ key: 'x', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }, 'linux')).toBeNull();
    expect(commandForKey({ key: 'w', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }, 'linux')).toBeNull();
  });

  it('redo takes the platform’s own keys and the other common ones', () => {
    const press = (key: string, modifiers: Partial<KeyPress>) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });
    expect(commandForKey(press('y', { ctrlKey: true }), 'win32')).toBe('edit.redo');
    expect(commandForKey(press('Z', { ctrlKey: true, shiftKey: true }), 'win32')).toBe('edit.redo');
    expect(commandForKey(press('y', { ctrlKey: true }), 'linux')).toBe('edit.redo');
    expect(commandForKey(press('Z', { metaKey: true, shiftKey: true }), 'darwin')).toBe('edit.redo');
    expect(commandForKey(press('y', { metaKey: true }), 'darwin')).toBeNull();
  });

  it.each(PLATFORMS)('on %s, a button’s shortcut is written as the overlay writes it', (platform) => {
    const overlay = shortcutsFor(platform, 'en');
    const labels = new Map<string, string>();
    const walk = (entries: ResolvedEntry[]) => {
      for (const entry of entries) {
        if (entry.kind === 'command') labels.set(entry.command, entry.label);
        if (entry.kind === 'submenu') walk(entry.items);
      }
    };
    for (const section of menuFor(platform, 'en')) walk(section.items);
    for (const entry of commandEntriesOf(platform)) {
      const written = shortcutOf(entry.command, platform);
      if (entry.accelerator === undefined) {
        expect(written, entry.command).toBeUndefined();
        continue;
      }
      expect(overlay.find((line) => line.label === labels.get(entry.command))?.keys[0], entry.command).toBe(written);
    }
    expect(shortcutOf('file.saveAs', platform)).toBe(platform === 'darwin' ? '⇧⌘S' : 'Ctrl+Shift+S');
  });
});
