import { create } from 'zustand';
import { temporal } from 'zundo';
import { createEmptySession, createId, type Session } from '../../../shared';
import { interfaceLanguage } from '../i18n';

/**
 * The open session (undoable) and the document it belongs to. Undo history covers the
 * session only; the file name and saved marker are not edits.
 */
export interface SessionState {
  session: Session;
  /** The session as last opened or saved; the document is dirty while it differs. */
  savedSession: Session;
  fileName: string | null;
}

export const useSessionStore = create<SessionState>()(
  temporal(
    (): SessionState => {
      // Made as the page loads, before it knows the interface's language: main.tsx makes it again in it (remakeFirstDocument).
      const session = createEmptySession(interfaceLanguage(), new Date(), createId);
      return { session, savedSession: session, fileName: null };
    },
    {
      partialize: (state) => ({ session: state.session }),
      equality: (past, current) => past.session === current.session,
      limit: 500,
    },
  ),
);

/** Groups rapid edits of one field (typing) into one undo step. */
const GESTURE_WINDOW_MS = 1200;
let lastGesture: { key: string; at: number } | null = null;

/**
 * Applies one edit to the session. Edits that share a gesture key and follow each other
 * quickly (keystrokes in one field) become a single undo step.
 */
export function editSession(edit: (session: Session) => Session, gestureKey?: string): void {
  const now = Date.now();
  const history = useSessionStore.temporal.getState();
  const continuing = gestureKey !== undefined && lastGesture?.key === gestureKey && now - lastGesture.at < GESTURE_WINDOW_MS;
  if (continuing) history.pause();
  try {
    useSessionStore.setState((state) => ({ session: edit(state.session) }));
  } finally {
    if (continuing) history.resume();
  }
  lastGesture = gestureKey === undefined ? null : { key: gestureKey, at: now };
}

/** Replaces the whole document (new or opened): no undo across documents. */
export function replaceDocument(session: Session, fileName: string | null): void {
  lastGesture = null;
  useSessionStore.setState({ session, savedSession: session, fileName });
  useSessionStore.temporal.getState().clear();
}

/** Records that `session` is what the file now holds; later edits keep the document dirty. */
export function markSaved(session: Session, fileName: string): void {
  lastGesture = null;
  useSessionStore.setState({ savedSession: session, fileName });
}

/**
 * A blind-scoring turn is one person's: undo inside it stops where the turn began, so nobody
 * takes back the scores (or the "I'm done") of whoever had the laptop before. The session as
 * the turn found it marks the place (each edit makes a new session, so it is found by
 * identity however long the history grows); null outside a turn.
 */
let turnStart: Session | null = null;

/** Marks where a turn begins (null when it ends). Redo cannot reach past it either. */
export function beginTurnHistory(participantId: string | null): void {
  lastGesture = null;
  turnStart = participantId === null ? null : useSessionStore.getState().session;
  if (participantId !== null) useSessionStore.temporal.setState({ futureStates: [] });
}

/** Steps back one edit; false (changing nothing) at the start of a turn or of the history. */
export function undo(): boolean {
  lastGesture = null;
  const history = useSessionStore.temporal.getState();
  if (history.pastStates.length === 0 || useSessionStore.getState().session === turnStart) return false;
  history.undo();
  return true;
}

export function redo(): void {
  lastGesture = null;
  useSessionStore.temporal.getState().redo();
}

export const selectDirty = (state: SessionState): boolean => state.session !== state.savedSession;
