// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InterfaceLanguage, PickwiseApi } from '../../../shared/ipc-contract';
import type { LanguageChoice } from '../../../shared/i18n/languages';
import { texts } from '../../../shared/i18n/texts';
import { startInInterfaceLanguage } from '../../../renderer/src/interface-language';
import { DocumentBar } from '../../../renderer/src/views/document-bar';

// The document bar's language chooser over a fake main that keeps the choice as main's
// LanguagePreference does (electron/main/services/language-preference.ts): a choice answers with
// the language it stands for, and another window's choice arrives as a languageChanged event.

let stored: InterfaceLanguage;
let chosen: LanguageChoice[];
let announce: ((language: InterfaceLanguage) => void) | null;

beforeEach(() => {
  stored = { choice: 'system', language: 'fr', systemLanguage: 'fr', pseudo: false };
  chosen = [];
  announce = null;
  window.pickwise = {
    interfaceLanguage: async () => stored,
    chooseLanguage: async ({ choice }: { choice: LanguageChoice }) => {
      chosen.push(choice);
      stored = { ...stored, choice, language: choice === 'system' ? stored.systemLanguage : choice };
      return stored;
    },
    onLanguageChanged: (listener: (language: InterfaceLanguage) => void) => {
      announce = listener;
      return () => undefined;
    },
  } as unknown as PickwiseApi;
});
afterEach(async () => {
  cleanup();
  await act(() => texts.changeLanguage('en'));
  document.documentElement.lang = '';
});

describe('the language chooser', () => {
  it('starts in the system’s language, names it, and lists the five by their own names', async () => {
    await act(() => startInInterfaceLanguage());
    render(<DocumentBar />);
    const chooser = screen.getByRole('combobox', { name: 'Langue' });
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeTruthy();
    expect([...chooser.querySelectorAll('option')].map((option) => [option.value, option.textContent])).toEqual([
      ['system', 'Système (Français)'],
      ['en', 'English'],
      ['de', 'Deutsch'],
      ['fr', 'Français'],
      ['es', 'Español'],
      ['pt', 'Português'],
    ]);
    expect((chooser as HTMLSelectElement).value).toBe('system');
  });

  it('speaks the chosen language at once and asks main to remember it', async () => {
    await act(() => startInInterfaceLanguage());
    render(<DocumentBar />);
    await act(async () => fireEvent.change(screen.getByRole('combobox', { name: 'Langue' }), { target: { value: 'de' } }));
    expect(chosen).toEqual(['de']);
    expect(screen.getByRole('button', { name: 'Speichern' })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Sprache' }) as HTMLSelectElement).value).toBe('de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('follows a language chosen in another window or in the menu', async () => {
    await act(() => startInInterfaceLanguage());
    render(<DocumentBar />);
    await act(async () => announce!({ choice: 'es', language: 'es', systemLanguage: 'fr', pseudo: false }));
    expect(screen.getByRole('button', { name: 'Guardar' })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Idioma' }) as HTMLSelectElement).value).toBe('es');
    expect(chosen).toEqual([]);
  });
});
