import { textsIn } from '../../../shared/i18n/texts';
import '../harness/catalogues';
import { expect, test } from '../fixtures';

// The interface's language: it follows the system's on a first start, can be chosen in the
// document bar or in View ▸ Language, is remembered for the next start, and the page, its title
// and the menus all speak it. Main's preference and menu are the real ones (harness: over the
// Playwright worker's process; Electron: the system's languages through LANGUAGE on Linux).

const de = textsIn('de');
const fr = textsIn('fr');
const es = textsIn('es');

test.describe('on a German system', () => {
  test.use({ systemLocales: ['de-DE', 'en-US'] });

  test('a first start speaks German: the page, its language, the title and the menus', async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('button', { name: de('common:documentBar.save'), exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle(`${de('menu:untitled')} — Pickwise`);
    expect(await app.menuBar()).toEqual([de('menu:sections.file'), de('menu:sections.edit'), de('menu:sections.view'), de('menu:sections.help')]);
    expect((await app.languageMenu()).filter((item) => item.checked)).toEqual([{ label: 'Systemsprache (Deutsch)', checked: true }]);
    await expect(page.getByRole('combobox', { name: de('common:documentBar.language') })).toHaveValue('system');
  });

  test('a language chosen in the document bar is spoken at once everywhere, and kept for the next start', async ({ app }) => {
    const chooser = app.page.getByRole('combobox', { name: de('common:documentBar.language') });
    await chooser.selectOption({ label: 'Français' });
    await expect(app.page.getByRole('button', { name: fr('common:documentBar.save'), exact: true })).toBeVisible();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(app.page).toHaveTitle(`${fr('menu:untitled')} — Pickwise`);
    await expect.poll(() => app.menuBar()).toContain(fr('menu:sections.file'));
    expect((await app.languageMenu()).find((item) => item.checked)?.label).toBe('Français');

    const again = await app.crashAndRelaunch();
    await expect(again.page.getByRole('button', { name: fr('common:documentBar.save'), exact: true })).toBeVisible();
    await expect(again.page.getByRole('combobox', { name: fr('common:documentBar.language') })).toHaveValue('fr');
    expect(await again.menuBar()).toContain(fr('menu:sections.file'));
  });

  test('View ▸ Language speaks the language chosen there; back to the system’s from the chooser', async ({ app }) => {
    await app.sendMenuCommand('language.es');
    await expect(app.page.getByRole('button', { name: es('common:documentBar.save'), exact: true })).toBeVisible();
    const chooser = app.page.getByRole('combobox', { name: es('common:documentBar.language') });
    await expect(chooser).toHaveValue('es');
    await chooser.selectOption('system');
    await expect(app.page.getByRole('button', { name: de('common:documentBar.save'), exact: true })).toBeVisible();
    await expect.poll(() => app.languageMenu()).toContainEqual({ label: 'Systemsprache (Deutsch)', checked: true });
  });
});

test.describe('on a Japanese system', () => {
  test.use({ systemLocales: ['ja-JP'] });

  test('the interface starts in English, the language Pickwise falls back to', async ({ app }) => {
    await expect(app.page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.page.getByRole('combobox', { name: 'Language' })).toHaveValue('system');
    expect((await app.languageMenu())[0]).toEqual({ label: 'System Language (English)', checked: true });
  });
});
