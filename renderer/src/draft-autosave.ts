import { pickwise } from './pickwise-client';
import { selectDirty, useSessionStore } from './store/session-store';

/** How long after the last change the draft is written; well inside the two-second promise. */
export const DRAFT_DELAY_MS = 1000;

/**
 * Keeps unsaved work safe from a crash: while the document is dirty, its session is stored as
 * a draft in the app's data folder one second after the last change; once the document is
 * clean again (saved, new, opened, discarded) the draft is dropped.
 */
export function installDraftAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let hasDraft = false;
  let lastSession = useSessionStore.getState().session;

  const store = async () => {
    timer = null;
    const state = useSessionStore.getState();
    if (!selectDirty(state)) return;
    hasDraft = true;
    const result = await pickwise().storeDraft({ session: state.session });
    // Main has logged why; the next change tries again. Said in the console too, never silent.
    if (result.status === 'failed') console.error(result.message);
  };

  const unsubscribe = useSessionStore.subscribe((state) => {
    if (!selectDirty(state)) {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      lastSession = state.session;
      if (hasDraft) {
        hasDraft = false;
        void pickwise().discardDraft();
      }
      return;
    }
    if (state.session === lastSession && timer !== null) return;
    lastSession = state.session;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void store(), DRAFT_DELAY_MS);
  });

  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
