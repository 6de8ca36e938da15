import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptySession, createId, createSampleSession, updateFrame, type Session } from '../../../shared';
import type { PickwiseApi, SaveResult, UnsavedChoice } from '../../../shared/ipc-contract';
import { newDocument, openDocument, saveDocument } from '../../../renderer/src/store/document-commands';
import { editSession, replaceDocument, selectDirty, useSessionStore } from '../../../renderer/src/store/session-store';

// New, Open and Save with unsaved work in the window: the work is never dropped without the
// facilitator's answer (Save / Don't Save / Cancel), and what main answered is what the window shows.

const opened = createSampleSession();

function fakeMain(answers: { unsaved?: UnsavedChoice; save?: SaveResult['status'] } = {}) {
  const calls: string[] = [];
  const saved: Session[] = [];
  const api: Partial<PickwiseApi> = {
    confirmUnsavedChanges: async ({ documentName }) => {
      calls.push(`ask about ${documentName}`);
      return answers.unsaved ?? 'cancel';
    },
    saveSession: async ({ session }) => {
      calls.push('save');
      saved.push(session);
      const status = answers.save ?? 'saved';
      return status === 'saved' ? { status, fileName: 'retail.pickwise' } : status === 'cancelled' ? { status } : { status: 'failed', error: { code: 'x', fileName: 'retail.pickwise', message: 'The disk is full.' } };
    },
    startNewDocument: async () => void calls.push('new'),
    openSession: async () => {
      calls.push('open');
      return { status: 'opened', session: opened, fileName: 'northwind.pickwise', migratedFrom: null };
    },
  };
  (globalThis as { window?: unknown }).window = { pickwise: api };
  return { calls, saved };
}

const shown = () => useSessionStore.getState();
const unsavedTitle = 'Work nobody saved';

beforeEach(() => {
  replaceDocument(createEmptySession('en', new Date(), createId), 'retail.pickwise');
  editSession((session) => updateFrame(session, { title: unsavedTitle }));
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('document commands with unsaved work', () => {
  it('New asks first; Cancel keeps the work and asks main for nothing else', async () => {
    const main = fakeMain({ unsaved: 'cancel' });
    await newDocument();
    expect(main.calls).toEqual(['ask about retail.pickwise']);
    expect(shown().session.frame.title).toBe(unsavedTitle);
    expect(selectDirty(shown())).toBe(true);
  });

  it('Open after Don’t Save shows the opened file, clean, with no undo back into the old work', async () => {
    const main = fakeMain({ unsaved: 'discard' });
    await openDocument();
    expect(main.calls).toEqual(['ask about retail.pickwise', 'open']);
    expect(shown().session).toEqual(opened);
    expect(shown().fileName).toBe('northwind.pickwise');
    expect(selectDirty(shown())).toBe(false);
    expect(useSessionStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('New after Save saves first, then starts an untitled session', async () => {
    const main = fakeMain({ unsaved: 'save', save: 'saved' });
    await newDocument();
    expect(main.calls).toEqual(['ask about retail.pickwise', 'save', 'new']);
    expect(main.saved[0]!.frame.title).toBe(unsavedTitle);
    expect(shown().fileName).toBeNull();
    expect(shown().session.frame.title).toBe('');
  });

  it('a Save that fails or is cancelled at that question keeps the work where it is', async () => {
    for (const save of ['failed', 'cancelled'] as const) {
      const main = fakeMain({ unsaved: 'save', save });
      await openDocument();
      expect(main.calls, save).toEqual(['ask about retail.pickwise', 'save']);
      expect(shown().session.frame.title, save).toBe(unsavedTitle);
      expect(selectDirty(shown()), save).toBe(true);
    }
  });

  it('Save sends the work stamped with the time, and the window is clean after', async () => {
    const main = fakeMain({ save: 'saved' });
    expect(await saveDocument()).toBe('saved');
    expect(main.saved[0]!.frame.title).toBe(unsavedTitle);
    expect(Date.parse(main.saved[0]!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(shown().session.updatedAt));
    expect(selectDirty(shown())).toBe(false);
    expect(shown().fileName).toBe('retail.pickwise');
  });

  it('with nothing unsaved, New asks nothing', async () => {
    replaceDocument(createEmptySession('en', new Date(), createId), null);
    const main = fakeMain();
    await newDocument();
    expect(main.calls).toEqual(['new']);
  });
});
