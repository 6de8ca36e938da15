import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptySession, createSampleSession, updateFrame, type Language } from '../../../shared';
import type { PickwiseApi } from '../../../shared/ipc-contract';
import { texts } from '../../../shared/i18n/texts';
import { newDocument, openSampleDocument, remakeFirstDocument, startFollowUpDocument } from '../../../renderer/src/store/document-commands';
import { useComparisonStore } from '../../../renderer/src/store/comparison-store';
import { closeEarlierFocusQuestions } from '../../../renderer/src/store/follow-up-store';
import { editSession, replaceDocument, useSessionStore } from '../../../renderer/src/store/session-store';

// A session made in the window writes its exports in the interface's language as it is made
// (New, Open Sample); a follow-up keeps its earlier session's, whatever the interface speaks.

const language = () => useSessionStore.getState().session.settings.language;

function earlierIn(chosen: Language | null): void {
  const sample = createSampleSession();
  replaceDocument({ ...sample, settings: { ...sample.settings, language: chosen } }, 'Q1 workshop.pickwise');
}

beforeEach(async () => {
  earlierIn(null);
  (globalThis as { window?: unknown }).window = { pickwise: { startNewDocument: async () => undefined } satisfies Partial<PickwiseApi> };
  await texts.changeLanguage('de');
});
afterEach(async () => {
  // A follow-up compares with its earlier session and asks about its focus: nothing of it outlives the test.
  useComparisonStore.setState({ earlier: null, plan: null, reviewing: false });
  closeEarlierFocusQuestions();
  delete (globalThis as { window?: unknown }).window;
  await texts.changeLanguage('en');
});

describe('the language of a new session’s exports', () => {
  it('is the interface’s for New', async () => {
    await newDocument();
    expect(language()).toBe('de');
    await texts.changeLanguage('es');
    await newDocument();
    expect(language()).toBe('es');
  });

  it('is the interface’s, once the page knows it, for the empty session the window starts with, unless it was edited or another opened', () => {
    replaceDocument(createEmptySession('en'), null);
    const first = useSessionStore.getState().session;
    remakeFirstDocument(first);
    expect(language()).toBe('de');
    expect(useSessionStore.getState().session.id).not.toBe(first.id);
    expect(useSessionStore.temporal.getState().pastStates).toHaveLength(0);

    replaceDocument(createEmptySession('en'), null);
    const edited = useSessionStore.getState().session;
    editSession((session) => updateFrame(session, { title: 'Typed before the language was known' }));
    remakeFirstDocument(edited);
    expect(language()).toBe('en');
    expect(useSessionStore.getState().session.frame.title).toBe('Typed before the language was known');

    earlierIn('fr');
    const opened = useSessionStore.getState().session;
    remakeFirstDocument(opened);
    expect(language()).toBe('fr');
  });

  it('is the interface’s for the sample', async () => {
    await openSampleDocument();
    expect(useSessionStore.getState().session.id).toBe('session-northwind-sample');
    expect(language()).toBe('de');
  });

  it('is the earlier session’s for a follow-up, not the interface’s', async () => {
    earlierIn('pt');
    await startFollowUpDocument();
    expect(useSessionStore.getState().session.followUp?.earlier.fileName).toBe('Q1 workshop.pickwise');
    expect(language()).toBe('pt');
    earlierIn(null);
    await startFollowUpDocument();
    expect(language()).toBeNull();
  });
});
