// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, parseSession, serializeSession, type Language } from '../../../shared';
import { texts } from '../../../shared/i18n/texts';
import { redo, replaceDocument, selectDirty, undo, useSessionStore } from '../../../renderer/src/store/session-store';
import { ShareView } from '../../../renderer/src/views/share/share-view';

// Share ▸ Language of exports: the session's language, chosen once per session, shown as the
// interface's while none is chosen; choosing is an ordinary edit of the session.

function opened(language: Language | null): void {
  const session = createSampleSession();
  replaceDocument({ ...session, settings: { ...session.settings, language } }, 'retail.pickwise');
}

const select = () => screen.getByRole('combobox', { name: 'Language of exports' }) as HTMLSelectElement;
const chosen = () => useSessionStore.getState().session.settings.language;

beforeEach(() => opened(null));
afterEach(async () => {
  cleanup();
  await act(() => texts.changeLanguage('en'));
});

describe('the language of exports in Share', () => {
  it('lists the five languages by their own names, with a hint that the content is never translated', () => {
    render(<ShareView />);
    const options = within(select()).getAllByRole('option') as HTMLOptionElement[];
    expect(options.map((option) => [option.value, option.textContent, option.lang])).toEqual([
      ['en', 'English', 'en'],
      ['de', 'Deutsch', 'de'],
      ['fr', 'Français', 'fr'],
      ['es', 'Español', 'es'],
      ['pt', 'Português', 'pt'],
    ]);
    const hint = document.getElementById(select().getAttribute('aria-describedby')!);
    expect(hint?.textContent).toMatch(/written in this language\. The session’s own content \(titles, names, notes\) is never translated\./);
  });

  it('shows the interface language while the session has none chosen, and the session’s own once it has', async () => {
    render(<ShareView />);
    expect(select().value).toBe('en');
    await act(() => texts.changeLanguage('fr'));
    const french = screen.getByRole('combobox', { name: 'Langue des exports' }) as HTMLSelectElement;
    expect(french.value).toBe('fr');
    expect(chosen()).toBeNull();

    cleanup();
    await act(() => texts.changeLanguage('en'));
    opened('pt');
    render(<ShareView />);
    expect(select().value).toBe('pt');
  });

  it('changes the session’s language as an edit: the document is edited, Undo restores it, the file keeps it', () => {
    render(<ShareView />);
    expect(selectDirty(useSessionStore.getState())).toBe(false);
    fireEvent.change(select(), { target: { value: 'de' } });
    expect(chosen()).toBe('de');
    expect(select().value).toBe('de');
    expect(selectDirty(useSessionStore.getState())).toBe(true);
    const saved = parseSession(serializeSession(useSessionStore.getState().session), 'en');
    expect(saved.ok && saved.session.settings.language).toBe('de');

    act(() => void undo());
    expect(chosen()).toBeNull();
    expect(select().value).toBe('en');
    expect(selectDirty(useSessionStore.getState())).toBe(false);
    act(() => redo());
    expect(chosen()).toBe('de');
  });

  it('makes each change its own undo step', () => {
    render(<ShareView />);
    fireEvent.change(select(), { target: { value: 'de' } });
    fireEvent.change(select(), { target: { value: 'es' } });
    act(() => void undo());
    expect(chosen()).toBe('de');
  });
});
