import { createEmptySession, createId, createSampleSession, startFollowUp, untitled, type Session } from '../../../shared';
import { interfaceLanguage } from '../i18n';
import type { RestoreDraftResult, SaveResult } from '../../../shared/ipc-contract';
import { pickwise } from '../pickwise-client';
import { compareWithEarlier, compareWithEarlierBeside } from './comparison-store';
import { askAboutEarlierFocus } from './follow-up-store';
import { markSaved, replaceDocument, selectDirty, useSessionStore } from './session-store';
import { useTimerStore } from './timer-store';
import { resetView } from './view-store';

/** Shows another document: its own undo history, the room back at the first phase. */
function showDocument(session: Session, fileName: string | null): void {
  replaceDocument(session, fileName);
  resetView();
  useTimerStore.getState().reset(session.settings.brainstormMinutes);
  // A follow-up from its file: the earlier session, when its file lies beside, is compared with.
  if (fileName !== null && session.followUp !== null && session.followUp.earlier.fileName !== '') void compareWithEarlierBeside(session);
}

// The document's life: new, open, save, close. Each asks before unsaved work is dropped.

/** Asks Save / Don't save / Cancel when there is unsaved work; true when it is safe to go on. */
async function settleUnsavedWork(): Promise<boolean> {
  const state = useSessionStore.getState();
  if (!selectDirty(state)) return true;
  const choice = await pickwise().confirmUnsavedChanges({ documentName: state.fileName ?? untitled(interfaceLanguage()) });
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return (await saveDocument()) === 'saved';
}

export async function newDocument(): Promise<void> {
  if (!(await settleUnsavedWork())) return;
  await pickwise().startNewDocument();
  showDocument(createEmptySession(interfaceLanguage(), new Date(), createId), null);
}

/**
 * The window's first document is an empty session made as the page loads, before the page
 * knows the interface's language (main.tsx asks main for it first): once it knows, that session
 * is made again in it, so its exports are too. Unless `first` is no longer the window's
 * document: a file opened or an edit made meanwhile stays as it is.
 */
export function remakeFirstDocument(first: Session): void {
  const { session, fileName } = useSessionStore.getState();
  if (session !== first || fileName !== null || session.settings.language === interfaceLanguage()) return;
  replaceDocument(createEmptySession(interfaceLanguage(), new Date(), createId), null);
}

export async function openSampleDocument(): Promise<void> {
  if (!(await settleUnsavedWork())) return;
  await pickwise().startNewDocument();
  showDocument(createSampleSession(interfaceLanguage()), null);
}

export async function openDocument(): Promise<void> {
  if (!(await settleUnsavedWork())) return;
  const result = await pickwise().openSession();
  // A failed open has been explained by main's dialog; the open session stays as it was.
  if (result.status === 'opened') showDocument(result.session, result.fileName);
}

function stamped(session: Session): Session {
  return { ...session, updatedAt: new Date().toISOString() };
}

/** What the window shows after a save: the saved work, or the file reloaded from disk instead. */
function afterSave(session: Session, result: SaveResult): SaveResult['status'] {
  if (result.status === 'saved') markSaved(session, result.fileName);
  if (result.status === 'reloaded') showDocument(result.session, result.fileName);
  return result.status;
}

export async function saveDocument(): Promise<SaveResult['status']> {
  const session = useSessionStore.getState().session;
  return afterSave(session, await pickwise().saveSession({ session: stamped(session) }));
}

export async function saveDocumentAs(): Promise<SaveResult['status']> {
  const session = useSessionStore.getState().session;
  return afterSave(session, await pickwise().saveSessionAs({ session: stamped(session), suggestedName: session.frame.title || untitled(interfaceLanguage()) }));
}

/**
 * File ▸ Start Follow-up Session…: a new, untitled session from this one (shared/session/follow-up.ts),
 * the earlier one compared with it, and the questions about the earlier focus. It starts from
 * the session as its file holds it: unsaved work is asked about first, as for New, and work
 * not saved is not carried over. An untitled session never saved links with no file name.
 */
export async function startFollowUpDocument(): Promise<void> {
  if (!(await settleUnsavedWork())) return;
  const { savedSession: earlier, fileName } = useSessionStore.getState();
  await pickwise().startNewDocument();
  const followUp = startFollowUp(earlier, { fileName }, new Date(), createId);
  showDocument(followUp, null);
  // New work until it is saved: a copy, so the window is dirty without an undo step.
  useSessionStore.setState({ savedSession: { ...followUp } });
  compareWithEarlier(earlier, fileName ?? untitled(interfaceLanguage()));
  if (followUp.followUp?.focus) askAboutEarlierFocus();
}

/** Brings back a draft a crash left: its session, still unsaved, in the file it belongs to. */
export async function restoreDraftDocument(draftId: string): Promise<RestoreDraftResult | null> {
  if (!(await settleUnsavedWork())) return null;
  const result = await pickwise().restoreDraft({ draftId });
  if (result.status === 'restored') {
    showDocument(result.session, result.fileName);
    // Unsaved until saved: what the file holds is not this.
    useSessionStore.setState({ savedSession: { ...result.session } });
  }
  return result;
}

// True while the close prompt is open, so a second close request never opens a second prompt.
let closing = false;

/** Main asked to close a window with unsaved work; a request while its prompt is open is ignored. */
export async function closeDocumentWindow(): Promise<void> {
  if (closing) return;
  closing = true;
  try {
    if (await settleUnsavedWork()) await pickwise().closeWindow();
    else await pickwise().closeCancelled();
  } finally {
    closing = false;
  }
}

/** Main opened a file into this window: Open Recent, the command line, a drop, a second launch. */
export function showOpenedDocument(opened: { session: Session; fileName: string | null }): void {
  showDocument(opened.session, opened.fileName);
}

/**
 * A new, untitled document that starts with `session` as unsaved work (an import into a new
 * session). False when the facilitator cancelled at the unsaved-work prompt.
 */
export async function newDocumentWith(session: Session): Promise<boolean> {
  if (!(await settleUnsavedWork())) return false;
  await pickwise().startNewDocument();
  showDocument(createEmptySession(interfaceLanguage(), new Date(), createId), null);
  useSessionStore.setState({ session });
  return true;
}
