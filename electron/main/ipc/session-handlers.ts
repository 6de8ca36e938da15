import { basename } from 'node:path';
import type { SaveResult } from '../../../shared/ipc-contract';
import type { Session } from '../../../shared';
import { textsIn } from '../../../shared/i18n/texts';
import { interfaceLanguage } from '../interface-language';
import { openedDocument } from '../services/session-files';
import { fileChanged } from '../services/file-fingerprint';
import { confirmedPath, SESSION_FILE_TYPE } from '../services/export-files';
import type { IpcHandlers } from './dispatch';
import type { HandlerServices } from './ports';
import { settleDraft } from './recovery-handlers';
import { earlierSessionBeside } from '../services/earlier-session';

type SessionCalls =
  | 'openSession'
  | 'saveSession'
  | 'saveSessionAs'
  | 'startNewDocument'
  | 'reportDocumentState'
  | 'confirmUnsavedChanges'
  | 'closeWindow'
  | 'closeCancelled'
  | 'readEarlierSession';

/**
 * The window's document: open, save (asking before it writes over a file that changed on disk),
 * save as, new, and closing with unsaved work. Thin: each asks a service and returns a result
 * typed by the contract.
 */
export function createSessionHandlers({
  dialogs,
  windows,
  documents,
  sessionFiles,
  drafts,
  errorLog,
  desktop,
  exports,
}: HandlerServices): Pick<IpcHandlers, SessionCalls> {
  async function writeTo(windowId: number, path: string, session: Session) {
    const written = await sessionFiles.write(path, session);
    if (!written.ok) {
      await dialogs.showFileError(windowId, written.error);
      return { status: 'failed', error: written.error } as const;
    }
    documents.update(windowId, { filePath: path, dirty: false, fileFingerprint: written.fingerprint, olderFormat: null });
    desktop.opener.noteFileInUse(path);
    await settleDraft({ drafts, errorLog }, windowId);
    return { status: 'saved', fileName: basename(path) } as const;
  }

  /**
   * Saving over a file someone else changed since, or one whose state Pickwise could not check
   * (unreadable, too large): ask, and do what the facilitator chose. A file that is gone is
   * written anew. Whatever the answer, a newer Pickwise's file is never written over (write).
   */
  async function saveOverKnownFile(windowId: number, path: string, session: Session): Promise<SaveResult> {
    const known = documents.get(windowId).fileFingerprint;
    const current = await sessionFiles.fingerprint(path);
    if (current.status === 'missing') return writeTo(windowId, path, session);
    if (current.status === 'taken' && known !== null && !fileChanged(known, current.fingerprint)) return upgradeAndWrite(windowId, path, session);
    const unchecked =
      current.status === 'unavailable'
        ? current.reason
        : known === null
          ? textsIn(interfaceLanguage())('desktop:externalChange.noRecord')
          : undefined;
    const choice = await dialogs.askAboutExternalChange(windowId, basename(path), unchecked);
    if (choice === 'overwrite') return upgradeAndWrite(windowId, path, session);
    if (choice === 'save-as') return saveAs(windowId, session, session.frame.title);
    if (choice === 'cancel') return { status: 'cancelled' };
    const read = await sessionFiles.read(path);
    if (!read.ok) {
      await dialogs.showFileError(windowId, read.error);
      return { status: 'failed', error: read.error };
    }
    documents.update(windowId, { filePath: path, dirty: false, fileFingerprint: read.fingerprint });
    await settleDraft({ drafts, errorLog }, windowId);
    return { status: 'reloaded', session: read.session, fileName: read.fileName };
  }

  /**
   * Writing over a file an earlier Pickwise made (as Open found it, or as its head says now):
   * asked first, as the file will then need this Pickwise or a newer one. Once written in the
   * current format it is not asked about again.
   */
  async function upgradeAndWrite(windowId: number, path: string, session: Session): Promise<SaveResult> {
    const olderFormat = (await sessionFiles.olderFormatAt(path)) ?? documents.get(windowId).olderFormat;
    if (olderFormat !== null) {
      const choice = await dialogs.askAboutFormatUpgrade(windowId, basename(path), olderFormat);
      if (choice === 'cancel') return { status: 'cancelled' };
      if (choice === 'save-as') return saveAs(windowId, session, session.frame.title);
    }
    return writeTo(windowId, path, session);
  }

  async function saveAs(windowId: number, session: Session, suggestedName: string) {
    const chosen = await dialogs.chooseFileToSave(windowId, suggestedName);
    if (chosen === null) return { status: 'cancelled' } as const;
    // A name typed without .pickwise is saved with it: asked about first when that replaces a file.
    const path = await confirmedPath(chosen, SESSION_FILE_TYPE, { exists: exports.files.exists, confirmReplace: (question) => dialogs.confirmReplace(windowId, question) });
    if (path === null) return { status: 'cancelled' } as const;
    return writeTo(windowId, path, session);
  }

  return {
    async openSession({ windowId }) {
      const path = await dialogs.chooseFileToOpen(windowId);
      if (path === null) return { status: 'cancelled' };
      // One window per session: a file shown in another window brings that window forward.
      if (desktop.opener.focusIfOpenElsewhere(windowId, path)) return { status: 'cancelled' };
      const read = await sessionFiles.read(path);
      if (!read.ok) {
        await dialogs.showFileError(windowId, read.error);
        return { status: 'failed', error: read.error };
      }
      const opened = openedDocument(path, read);
      documents.update(windowId, { ...opened.document, dirty: false });
      await settleDraft({ drafts, errorLog }, windowId);
      if (!read.fromImage) desktop.opener.noteFileInUse(path);
      return { status: 'opened', session: read.session, fileName: opened.fileName, migratedFrom: read.migratedFrom };
    },
    async saveSession({ windowId }, { session }) {
      const { filePath } = documents.get(windowId);
      if (filePath === null) return saveAs(windowId, session, session.frame.title);
      return saveOverKnownFile(windowId, filePath, session);
    },
    async saveSessionAs({ windowId }, { session, suggestedName }) {
      return saveAs(windowId, session, suggestedName);
    },
    async startNewDocument({ windowId }) {
      documents.update(windowId, { filePath: null, dirty: false, fileFingerprint: null });
      await settleDraft({ drafts, errorLog }, windowId);
    },
    async reportDocumentState({ windowId }, { title, dirty }) {
      documents.update(windowId, { title, dirty });
      windows.setDocumentEdited(windowId, dirty);
    },
    async confirmUnsavedChanges({ windowId }, { documentName }) {
      return dialogs.askAboutUnsavedChanges(windowId, documentName);
    },
    async closeWindow({ windowId }) {
      documents.update(windowId, { dirty: false });
      // Closing comes after the facilitator saved or chose Don't Save: the draft has served.
      await settleDraft({ drafts, errorLog }, windowId);
      windows.close(windowId);
    },
    async closeCancelled({ windowId }) {
      windows.closeCancelled(windowId);
    },
    readEarlierSession: ({ windowId }) => earlierSessionBeside(sessionFiles, documents.get(windowId).filePath),
  };
}
