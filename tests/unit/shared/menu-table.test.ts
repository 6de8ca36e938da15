import { describe, expect, it } from 'vitest';
import {
  commandEntriesOf,
  EXPORT_ITEMS,
  formatAccelerator,
  MENU_COMMANDS,
  menuFor,
  normalizeAccelerator,
  PLATFORMS,
  platformFromUserAgent,
  shortcutsFor,
  type Platform,
  type ResolvedEntry,
} from '../../../shared/menu-table';
import { menuCommandHandlers } from '../../../renderer/src/menu-commands';

function allEntries(platform: Platform): ResolvedEntry[] {
  const found: ResolvedEntry[] = [];
  const walk = (entries: ResolvedEntry[]) => {
    for (const entry of entries) {
      found.push(entry);
      if (entry.kind === 'submenu') walk(entry.items);
    }
  };
  for (const section of menuFor(platform, 'en')) walk(section.items);
  return found;
}

const acceleratorOf = (platform: Platform, label: string) =>
  allEntries(platform).find((entry) => (entry.kind === 'command' || entry.kind === 'role' || entry.kind === 'main') && entry.label === label) as
    | { accelerator?: string; alsoAccepted: string[] }
    | undefined;

describe('the menu table', () => {
  it('wires every command of every platform’s menu to a handler in the window', () => {
    for (const platform of PLATFORMS) {
      for (const entry of commandEntriesOf(platform)) {
        expect(typeof menuCommandHandlers[entry.command], `${platform}: ${entry.command}`).toBe('function');
      }
    }
    expect(Object.keys(menuCommandHandlers).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('puts every command in the menu of every platform, each once', () => {
    for (const platform of PLATFORMS) {
      const commands = commandEntriesOf(platform).map((entry) => entry.command);
      expect(commands.sort(), platform).toEqual([...MENU_COMMANDS].sort());
    }
  });

  it('has no two items on the same keys, on any platform (the keys the overlay lists included)', () => {
    for (const platform of PLATFORMS) {
      const seen = new Map<string, string>();
      for (const entry of allEntries(platform)) {
        if (entry.kind !== 'command' && entry.kind !== 'role' && entry.kind !== 'main') continue;
        for (const keys of [entry.accelerator, ...entry.alsoAccepted]) {
          if (!keys) continue;
          const normal = normalizeAccelerator(keys, platform);
          expect(seen.get(normal), `${platform}: ${keys} on “${entry.label}” and “${seen.get(normal)}”`).toBeUndefined();
          seen.set(normal, entry.label);
        }
      }
      expect(seen.size).toBeGreaterThan(15);
    }
  });

  it('follows each platform’s conventions for redo, quit and the app menu', () => {
    expect(acceleratorOf('darwin', 'Redo')?.accelerator).toBe('Shift+Cmd+Z');
    expect(acceleratorOf('win32', 'Redo')?.accelerator).toBe('Ctrl+Y');
    expect(acceleratorOf('win32', 'Redo')?.alsoAccepted).toEqual(['Ctrl+Shift+Z']);
    expect(acceleratorOf('linux', 'Redo')?.accelerator).toBe('Ctrl+Shift+Z');
    expect(acceleratorOf('linux', 'Redo')?.alsoAccepted).toEqual(['Ctrl+Y']);

    const mac = menuFor('darwin', 'en');
    expect(mac.map((section) => section.label)).toEqual(['Pickwise', 'File', 'Edit', 'View', 'Window', 'Help']);
    const appMenu = mac[0]!.items.filter((entry) => entry.kind === 'role').map((entry) => (entry as { role: string }).role);
    expect(appMenu).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(acceleratorOf('darwin', 'Quit Pickwise')?.accelerator).toBe('Cmd+Q');
    expect(allEntries('darwin').some((entry) => entry.kind === 'role' && entry.role === 'quit' && entry.label !== 'Quit Pickwise')).toBe(false);

    for (const platform of ['win32', 'linux'] as const) {
      const sections = menuFor(platform, 'en');
      expect(sections.map((section) => section.label)).toEqual(['File', 'Edit', 'View', 'Help']);
      const file = sections[0]!.items;
      const last = file[file.length - 1];
      expect(last?.kind === 'role' && last.role).toBe('quit');
      const help = sections[3]!.items;
      expect(help.some((entry) => entry.kind === 'role' && entry.role === 'about')).toBe(true);
    }
    expect(allEntries('win32').find((entry) => entry.kind === 'role' && entry.role === 'quit')).toMatchObject({ label: 'Exit' });
    expect(acceleratorOf('win32', 'Exit')?.accelerator).toBeUndefined();
    expect(acceleratorOf('linux', 'Quit')?.accelerator).toBe('Ctrl+Q');
  });

  it('uses the command key on macOS and Ctrl elsewhere', () => {
    expect(formatAccelerator('CmdOrCtrl+S', 'darwin')).toBe('⌘S');
    expect(formatAccelerator('Shift+CmdOrCtrl+S', 'darwin')).toBe('⇧⌘S');
    expect(formatAccelerator('Shift+CmdOrCtrl+S', 'win32')).toBe('Ctrl+Shift+S');
    expect(formatAccelerator('CmdOrCtrl+Plus', 'linux')).toBe('Ctrl++');
    expect(formatAccelerator('CmdOrCtrl+-', 'linux')).toBe('Ctrl+-');
    expect(normalizeAccelerator('CmdOrCtrl+Z', 'darwin')).toBe('Cmd+Z');
    expect(normalizeAccelerator('Shift+Ctrl+z', 'linux')).toBe(normalizeAccelerator('Ctrl+Shift+Z', 'linux'));
  });

  it('has the file, edit, view and help items the issue names', () => {
    const labels = (platform: Platform) => allEntries(platform).map((entry) => ('label' in entry ? entry.label : '—'));
    for (const platform of PLATFORMS) {
      expect(labels(platform)).toEqual(
        expect.arrayContaining(['New', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Close Window', 'Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All']),
      );
      expect(labels(platform)).toEqual(
        expect.arrayContaining(['Frame', 'Collect', 'Score', 'Map', 'Decide', 'Zoom In', 'Zoom Out', 'Actual Size', 'Toggle Theme', 'Keyboard Shortcuts', 'Open the Sample Session', 'About Pickwise']),
      );
      // No separator first, last or twice in a row.
      for (const section of menuFor(platform, 'en')) {
        section.items.forEach((entry, index) => {
          if (entry.kind !== 'separator') return;
          expect(index).toBeGreaterThan(0);
          expect(index).toBeLessThan(section.items.length - 1);
          expect(section.items[index + 1]?.kind).not.toBe('separator');
        });
      }
    }
  });

  it('shows Export only once an export works', () => {
    const hasExport = allEntries('linux').some((entry) => entry.kind === 'submenu' && entry.label === 'Export');
    expect(hasExport).toBe(EXPORT_ITEMS.length > 0);
  });

  it('feeds the shortcuts overlay: each menu item with keys, as the platform writes them', () => {
    const linux = shortcutsFor('linux', 'en');
    expect(linux).toContainEqual({ section: 'File', label: 'Save As…', keys: ['Ctrl+Shift+S'] });
    expect(linux).toContainEqual({ section: 'Edit', label: 'Redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'] });
    expect(shortcutsFor('darwin', 'en')).toContainEqual({ section: 'File', label: 'Save As…', keys: ['⇧⌘S'] });
    expect(linux.some((line) => line.label === 'Open the Sample Session')).toBe(false);
  });

  it('writes its menus in the language asked for, the app menu named after the app in every one', () => {
    expect(menuFor('linux', 'de').map((section) => section.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);
    expect(menuFor('darwin', 'fr').map((section) => section.label)).toEqual(['Pickwise', 'Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    expect(shortcutsFor('win32', 'es')).toContainEqual({ section: 'Archivo', label: 'Guardar como…', keys: ['Ctrl+Shift+S'] });
    expect(shortcutsFor('darwin', 'pt')).toContainEqual({ section: 'Pickwise', label: 'Encerrar Pickwise', keys: ['⌘Q'] });
    const quit = (platform: Platform) => menuFor(platform, 'de')[0]!.items.find((entry) => entry.kind === 'role' && entry.role === 'quit');
    expect(quit('win32')).toMatchObject({ label: 'Beenden' });
    expect(quit('darwin')).toMatchObject({ label: 'Pickwise beenden' });
    // The same entries in every language: only the words differ.
    const shape = (sections: ReturnType<typeof menuFor>) => JSON.stringify(sections, (key, value: unknown) => (key === 'label' ? undefined : value));
    for (const platform of PLATFORMS) expect(shape(menuFor(platform, 'de'))).toBe(shape(menuFor(platform, 'en')));
  });

  it('tells the platform from the browser', () => {
    expect(platformFromUserAgent('MacIntel Mozilla/5.0 (Macintosh)')).toBe('darwin');
    expect(platformFromUserAgent('Win32 Mozilla/5.0 (Windows NT 10.0)')).toBe('win32');
    expect(platformFromUserAgent('Linux x86_64 Mozilla/5.0 (X11; Linux x86_64)')).toBe('linux');
  });
});
