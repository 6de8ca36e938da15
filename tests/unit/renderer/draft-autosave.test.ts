// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PickwiseApi, StoreDraftResult } from '../../../shared/ipc-contract';
import type { Session } from '../../../shared';
import { DRAFT_DELAY_MS, DRAFT_MAX_WAIT_MS, installDraftAutosave } from '../../../renderer/src/draft-autosave';
import { useErrorStore } from '../../../renderer/src/error-reporting';
import { editSession, markSaved, useSessionStore } from '../../../renderer/src/store/session-store';

// Crash safety while typing: a draft within two seconds of any change, even when the typing
// never pauses. The clock is vitest's fake one, so the test measures no real time.

interface StoredDraft {
  at: number;
  title: string;
}

let stored: StoredDraft[];
let discarded: number;
let answer: () => Promise<StoreDraftResult>;
let uninstall: () => void;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-26T10:00:00Z') });
  stored = [];
  discarded = 0;
  answer = async () => ({ status: 'stored' });
  window.pickwise = {
    storeDraft: async ({ session }: { session: Session }) => {
      stored.push({ at: Date.now(), title: session.frame.title });
      return answer();
    },
    discardDraft: async () => void (discarded += 1),
  } as unknown as PickwiseApi;
  useErrorStore.setState({ errors: [] });
  markSaved(useSessionStore.getState().session, 'workshop.pickwise');
  uninstall = installDraftAutosave();
});

afterEach(() => {
  uninstall();
  vi.useRealTimers();
});

const type = (title: string) => editSession((session) => ({ ...session, frame: { ...session.frame, title } }), 'frame.title');

describe('draft autosave', () => {
  it('while someone types without a pause, every keystroke is in a draft within two seconds', async () => {
    // A keystroke every 150 ms for 10 s: a debounce alone would not write until the typing stops.
    const keystrokes: { at: number; key: number }[] = [];
    for (let key = 1; key <= 66; key += 1) {
      keystrokes.push({ at: Date.now(), key });
      type(`Title ${key}`);
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(stored.length).toBeGreaterThanOrEqual(4);
    const keyOf = (draft: StoredDraft) => Number(draft.title.replace('Title ', ''));
    // Once the typing stops, the rest is in a draft at most one second after the last keystroke.
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS);
    expect(stored.at(-1)!.title).toBe('Title 66');
    expect(stored.at(-1)!.at - keystrokes.at(-1)!.at).toBeLessThanOrEqual(DRAFT_DELAY_MS);
    for (const { at, key } of keystrokes) {
      const first = stored.find((draft) => keyOf(draft) >= key);
      expect(first, `keystroke ${key}`).toBeDefined();
      expect(first!.at - at, `keystroke ${key} waited`).toBeLessThanOrEqual(DRAFT_MAX_WAIT_MS);
    }
  });

  it('a single change is in a draft one second later, not before', async () => {
    type('Once');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 1);
    expect(stored).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(stored.map((draft) => draft.title)).toEqual(['Once']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(stored).toHaveLength(1);
  });

  it('a slow store is not overlapped: changes made meanwhile go into the next draft as soon as it ends', async () => {
    let finish: (result: StoreDraftResult) => void = () => undefined;
    answer = () => new Promise((done) => (finish = done));
    type('First');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS);
    expect(stored.map((draft) => draft.title)).toEqual(['First']);
    for (let key = 0; key < 20; key += 1) {
      type(`Meanwhile ${key}`);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(stored).toHaveLength(1);
    answer = async () => ({ status: 'stored' });
    finish({ status: 'stored' });
    await vi.advanceTimersByTimeAsync(0);
    expect(stored.map((draft) => draft.title)).toEqual(['First', 'Meanwhile 19']);
  });

  it('a draft that could not be stored is said once, in the error dialog, until one is stored again', async () => {
    answer = async () => ({ status: 'failed', message: 'Your unsaved changes to “workshop.pickwise” could not be kept as a draft.' });
    for (let key = 0; key < 12; key += 1) {
      type(`Refused ${key}`);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(stored.length).toBeGreaterThanOrEqual(2);
    expect(useErrorStore.getState().errors.map((error) => error.message)).toEqual(['Your unsaved changes to “workshop.pickwise” could not be kept as a draft.']);
  });

  it('saving drops the draft', async () => {
    type('Saved soon');
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS);
    markSaved(useSessionStore.getState().session, 'workshop.pickwise');
    expect(discarded).toBe(1);
  });
});
