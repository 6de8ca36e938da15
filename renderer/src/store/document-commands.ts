import { createEmptySession, createId, createSampleSession, UNTITLED, type Session } from '../../../shared';
import { pickwise } from '../pickwise-client';
import { markSaved, replaceDocument, selectDirty, useSessionStore } from './session-store';

// The document's life: new, open, save, close. Each asks before unsaved work is dropped.

/** Asks Save / Don't save / Cancel when there is unsaved work; true when it is safe to go on. */
async function settleUnsavedWork(): Promise<boolean> {
  const state = useSessionStore.getState();
  if (!selectDirty(state)) return true;
  const choice = await pickwise().confirmUnsavedChanges({ documentName: state.fileName ?? UNTITLED });
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return (await saveDocument()) === 'saved';
}

export async function newDocument(): Promise<void> {
  if (!(await settleUnsavedWork())) return;
  await pickwise().startNewDocument();
  replaceDocument(createEmptySession(new Date(), createId), null);
}

export async function openSampleDocument(): Promise<void> {
  if (!(await settleUnsavedWork())) return;
  await pickwise().startNewDocument();
  replaceDocument(createSampleSession(), null);
}

export async function openDocument(): Promise<void> {
  if (!(await settleUnsavedWork())) return;
  const result = await pickwise().openSession();
  // A failed open has been explained by main's dialog; the open session stays as it was.
  if (result.status === 'opened') replaceDocument(result.session, result.fileName);
}

function stamped(session: Session): Session {
  return { ...session, updatedAt: new Date().toISOString() };
}

export async function saveDocument(): Promise<'saved' | 'cancelled' | 'failed'> {
  const session = useSessionStore.getState().session;
  const result = await pickwise().saveSession({ session: stamped(session) });
  if (result.status === 'saved') markSaved(session, result.fileName);
  return result.status;
}

export async function saveDocumentAs(): Promise<'saved' | 'cancelled' | 'failed'> {
  const session = useSessionStore.getState().session;
  const result = await pickwise().saveSessionAs({ session: stamped(session), suggestedName: session.frame.title || UNTITLED });
  if (result.status === 'saved') markSaved(session, result.fileName);
  return result.status;
}

/** Main asked to close a window with unsaved work. */
export async function closeDocumentWindow(): Promise<void> {
  if (await settleUnsavedWork()) await pickwise().closeWindow();
}
