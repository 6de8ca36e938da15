import { showError } from './error-reporting';
import { pickwise } from './pickwise-client';
import { selectDirty, useSessionStore } from './store/session-store';

/** How long after the last change the draft is written, when the typing pauses. */
export const DRAFT_DELAY_MS = 1000;
/**
 * The longest a change waits to be in a draft, however long the typing goes on without a
 * pause: the README's promise of a draft within two seconds.
 */
export const DRAFT_MAX_WAIT_MS = 2000;

/**
 * Keeps unsaved work safe from a crash: while the document is dirty, its session is stored as
 * a draft in the app's data folder one second after the last change, and at the latest two
 * seconds after the first change not yet in a draft; once the document is clean again (saved,
 * new, opened, discarded) the draft is dropped.
 */
export function installDraftAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // When the oldest change that is in no draft yet was made; null when the draft is current.
  let waitingSince: number | null = null;
  let storing = false;
  let hasDraft = false;
  // A failure is shown once, not at every change, until a draft is stored again.
  let failureShown = false;
  let lastSession = useSessionStore.getState().session;

  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const schedule = () => {
    const now = Date.now();
    waitingSince ??= now;
    cancelTimer();
    // A store still running is waited for; its end schedules the next one.
    if (storing) return;
    const due = Math.min(now + DRAFT_DELAY_MS, waitingSince + DRAFT_MAX_WAIT_MS);
    timer = setTimeout(() => void store(), Math.max(0, due - now));
  };

  const store = async () => {
    timer = null;
    const state = useSessionStore.getState();
    if (!selectDirty(state)) return;
    waitingSince = null;
    storing = true;
    hasDraft = true;
    try {
      const result = await pickwise().storeDraft({ session: state.session });
      if (result.status === 'stored') failureShown = false;
      else if (!failureShown) {
        // Main has logged why; the facilitator learns that a crash now would lose work.
        failureShown = true;
        showError(result.message);
      }
    } finally {
      storing = false;
      const now = useSessionStore.getState();
      if (waitingSince !== null && selectDirty(now)) schedule();
    }
  };

  const unsubscribe = useSessionStore.subscribe((state) => {
    if (!selectDirty(state)) {
      cancelTimer();
      waitingSince = null;
      lastSession = state.session;
      if (hasDraft) {
        hasDraft = false;
        void pickwise().discardDraft();
      }
      return;
    }
    if (state.session === lastSession && (timer !== null || storing)) return;
    lastSession = state.session;
    schedule();
  });

  return () => {
    unsubscribe();
    cancelTimer();
  };
}
