import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptySession, createId, updateFrame } from '../../../shared';
import { editSession, markSaved, redo, replaceDocument, selectDirty, undo, useSessionStore } from '../../../renderer/src/store/session-store';

// Undo walks the session one gesture at a time: keystrokes in one field within a moment are
// one step, a pause or another field starts the next; opening or saving is no edit.

const title = () => useSessionStore.getState().session.frame.title;
const typeTitle = (text: string) => editSession((session) => updateFrame(session, { title: text }), 'frame.title');
const typeTeam = (text: string) => editSession((session) => updateFrame(session, { team: text }), 'frame.team');

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-12-02T09:00:00Z'));
  replaceDocument(createEmptySession('en', new Date(), createId), null);
});
afterEach(() => vi.useRealTimers());

describe('undo steps', () => {
  it('typing in one field without a pause is one step', () => {
    for (const text of ['C', 'Ch', 'Chu', 'Churn']) {
      typeTitle(text);
      vi.advanceTimersByTime(150);
    }
    expect(title()).toBe('Churn');
    undo();
    expect(title()).toBe('');
    redo();
    expect(title()).toBe('Churn');
  });

  it('a pause in typing starts a new step', () => {
    typeTitle('Churn');
    vi.advanceTimersByTime(2000);
    typeTitle('Churn prediction');
    undo();
    expect(title()).toBe('Churn');
    undo();
    expect(title()).toBe('');
  });

  it('another field is another step, even right after', () => {
    typeTitle('Churn');
    typeTeam('Data');
    undo();
    expect(useSessionStore.getState().session.frame.team).toBe('');
    expect(title()).toBe('Churn');
  });

  it('edits without a gesture (a click, a drag) are a step each', () => {
    editSession((session) => updateFrame(session, { date: '2026-12-02' }));
    editSession((session) => updateFrame(session, { date: '2026-12-03' }));
    undo();
    expect(useSessionStore.getState().session.frame.date).toBe('2026-12-02');
  });

  it('undo ends a gesture: typing again after it is a step of its own', () => {
    typeTitle('Churn');
    undo();
    typeTitle('Fraud');
    undo();
    expect(title()).toBe('');
  });

  it('opening another document leaves nothing to undo; saving is not an edit', () => {
    typeTitle('Churn');
    replaceDocument(createEmptySession('en', new Date(), createId), 'other.pickwise');
    undo();
    expect(title()).toBe('');
    expect(useSessionStore.temporal.getState().pastStates).toHaveLength(0);

    typeTitle('Saved');
    markSaved(useSessionStore.getState().session, 'other.pickwise');
    expect(selectDirty(useSessionStore.getState())).toBe(false);
    undo();
    expect(title()).toBe('');
    expect(selectDirty(useSessionStore.getState())).toBe(true);
  });
});
