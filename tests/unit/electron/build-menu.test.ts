import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu/build-menu';
import { createMenuActions } from '../../../electron/main/menu/menu-actions';

function find(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    if (Array.isArray(item.submenu)) {
      const found = find(item.submenu, id);
      if (found) return found;
    }
  }
  return undefined;
}
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as () => void)();

describe('the native menu built from the table', () => {
  const actions = { command: vi.fn(), main: vi.fn(), openRecent: vi.fn(), chooseLanguage: vi.fn() };

  it('sends commands with their accelerators and keeps native roles', () => {
    const template = menuTemplate('linux', [], actions, 'en');
    expect(template.map((section) => section.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const saveAs = find(template, 'file.saveAs');
    expect(saveAs).toMatchObject({ label: 'Save As…', accelerator: 'Shift+CmdOrCtrl+S' });
    click(saveAs);
    expect(actions.command).toHaveBeenCalledWith('file.saveAs');
    const edit = template[1]!.submenu as MenuItemConstructorOptions[];
    expect(edit.filter((item) => item.role).map((item) => item.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    click(find(template, 'window.close'));
    expect(actions.main).toHaveBeenCalledWith('window.close');
  });

  it('fills Open Recent, telling files of the same name apart by their folder', () => {
    const template = menuTemplate('darwin', ['/a/plan.pickwise', '/b/plan.pickwise', '/c/other.json'], actions, 'en');
    const recent = find(template, 'recent')!.submenu as MenuItemConstructorOptions[];
    expect(recent.map((item) => item.label ?? item.type)).toEqual(['plan.pickwise — /a', 'plan.pickwise — /b', 'other.json', 'separator', 'Clear Recent']);
    click(recent[1]);
    expect(actions.openRecent).toHaveBeenCalledWith('/b/plan.pickwise');
    click(find(template, 'recent.clear'));
    expect(actions.main).toHaveBeenCalledWith('recent.clear');
  });

  it('shows an empty Open Recent calmly', () => {
    const recent = find(menuTemplate('win32', [], actions, 'en'), 'recent')!.submenu as MenuItemConstructorOptions[];
    expect(recent.map((item) => [item.label ?? item.type, item.enabled ?? true])).toEqual([
      ['No Recent Sessions', false],
      ['separator', true],
      ['Clear Recent', false],
    ]);
  });

  it('offers the system’s language and the five by their own names, the chosen one checked', () => {
    const items = (template: MenuItemConstructorOptions[]) => (find(template, 'language')!.submenu as MenuItemConstructorOptions[]).filter((item) => item.type === 'radio');
    const german = items(menuTemplate('linux', [], actions, 'de', { choice: 'de', systemLanguage: 'fr' }));
    expect(german.map((item) => [item.label, item.checked])).toEqual([
      ['Systemsprache (Français)', false],
      ['English', false],
      ['Deutsch', true],
      ['Français', false],
      ['Español', false],
      ['Português', false],
    ]);
    expect(find(menuTemplate('linux', [], actions, 'de'), 'language')!.label).toBe('Sprache');
    const following = items(menuTemplate('darwin', [], actions, 'en', { choice: 'system', systemLanguage: 'en' }));
    expect(following.filter((item) => item.checked).map((item) => item.label)).toEqual(['System Language (English)']);
    click(following[4]);
    expect(actions.chooseLanguage).toHaveBeenCalledWith('es');
  });

  it('routes the actions: commands to the window in front, recent files through the opener', () => {
    const windows = { sendCommand: vi.fn(), closeFocused: vi.fn(), focused: () => 7 };
    const recentFiles = { clear: vi.fn(async () => undefined) };
    const opener = { openFile: vi.fn(async () => 'opened' as const) };
    const language = { choose: vi.fn(async () => ({ choice: 'fr' as const, language: 'fr' as const, systemLanguage: 'en' as const, pseudo: false })) };
    const wired = createMenuActions({ windows, recentFiles, opener, language });
    wired.chooseLanguage('fr');
    expect(language.choose).toHaveBeenCalledWith('fr');
    wired.command('view.phase.score');
    wired.main('window.close');
    wired.main('recent.clear');
    wired.openRecent('/x/y.pickwise');
    expect(windows.sendCommand).toHaveBeenCalledWith('view.phase.score');
    expect(windows.closeFocused).toHaveBeenCalled();
    expect(recentFiles.clear).toHaveBeenCalled();
    expect(opener.openFile).toHaveBeenCalledWith('/x/y.pickwise', { preferredWindowId: 7, fromRecent: true });
  });
});
