import { afterEach, describe, expect, it } from 'vitest';
import type { PickwiseApi, UnsavedChoice } from '../../../shared/ipc-contract';
import { closeDocumentWindow } from '../../../renderer/src/store/document-commands';
import { editSession, useSessionStore } from '../../../renderer/src/store/session-store';

// The page's side of closing: main sends `closeRequested`; the page asks Save / Don't Save /
// Cancel and answers closeWindow or closeCancelled. Main never sends a second request while the
// prompt is open (tests/unit/electron/quit-flow.test.ts); the page guards against one as well.

function fakeMain() {
  const calls: string[] = [];
  let answer: (choice: UnsavedChoice) => void = () => undefined;
  const api = {
    confirmUnsavedChanges: () => {
      calls.push('confirm');
      return new Promise<UnsavedChoice>((resolve) => {
        answer = resolve;
      });
    },
    closeWindow: async () => void calls.push('close'),
    closeCancelled: async () => void calls.push('cancelled'),
  } as Partial<PickwiseApi>;
  (globalThis as { window?: unknown }).window = { pickwise: api };
  return { calls, answer: (choice: UnsavedChoice) => answer(choice) };
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('the page’s close prompt', () => {
  it('a second close request while the prompt is open is ignored: one prompt, one answer', async () => {
    const main = fakeMain();
    editSession((session) => ({ ...session, frame: { ...session.frame, title: 'Unsaved work' } }));
    expect(useSessionStore.getState().session).not.toBe(useSessionStore.getState().savedSession);

    const first = closeDocumentWindow();
    const second = closeDocumentWindow();
    await Promise.resolve();
    expect(main.calls).toEqual(['confirm']);
    main.answer('cancel');
    await Promise.all([first, second]);
    expect(main.calls).toEqual(['confirm', 'cancelled']);

    // Once answered, the next request asks again.
    const third = closeDocumentWindow();
    await Promise.resolve();
    main.answer('discard');
    await third;
    expect(main.calls).toEqual(['confirm', 'cancelled', 'confirm', 'close']);
  });
});
