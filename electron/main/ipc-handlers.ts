import { basename, extname } from 'node:path';
import type { FileError, UnsavedChoice } from '../../shared/ipc-contract';
import type { Session } from '../../shared';
import type { DocumentRegistry } from './services/documents';
import type { SessionFiles } from './services/session-files';
import type { IpcHandlers } from './ipc-dispatch';

/** The native dialogs handlers use; Electron's in the app, the test's answers in the harness. */
export interface Dialogs {
  chooseFileToOpen(windowId: number): Promise<string | null>;
  chooseFileToSave(windowId: number, suggestedName: string): Promise<string | null>;
  askAboutUnsavedChanges(windowId: number, documentName: string): Promise<UnsavedChoice>;
  showFileError(windowId: number, error: FileError): Promise<void>;
}

/** The window operations handlers use. */
export interface WindowControl {
  setDocumentEdited(windowId: number, dirty: boolean): void;
  close(windowId: number): void;
}

export interface HandlerServices {
  dialogs: Dialogs;
  windows: WindowControl;
  documents: DocumentRegistry;
  sessionFiles: SessionFiles;
}

/** Session files keep the `.pickwise` extension unless the facilitator chose `.json`. */
export function withSessionExtension(path: string): string {
  const extension = extname(path).toLowerCase();
  return extension === '.pickwise' || extension === '.json' ? path : `${path}.pickwise`;
}

/** Thin handlers: each asks a service and returns a result typed by the contract. */
export function createIpcHandlers({ dialogs, windows, documents, sessionFiles }: HandlerServices): IpcHandlers {
  async function writeTo(windowId: number, path: string, session: Session) {
    const written = await sessionFiles.write(path, session);
    if (!written.ok) {
      await dialogs.showFileError(windowId, written.error);
      return { status: 'failed', error: written.error } as const;
    }
    documents.update(windowId, { filePath: path, dirty: false });
    return { status: 'saved', fileName: basename(path) } as const;
  }

  async function saveAs(windowId: number, session: Session, suggestedName: string) {
    const chosen = await dialogs.chooseFileToSave(windowId, suggestedName);
    if (chosen === null) return { status: 'cancelled' } as const;
    return writeTo(windowId, withSessionExtension(chosen), session);
  }

  return {
    async openSession({ windowId }) {
      const path = await dialogs.chooseFileToOpen(windowId);
      if (path === null) return { status: 'cancelled' };
      const read = await sessionFiles.read(path);
      if (!read.ok) {
        await dialogs.showFileError(windowId, read.error);
        return { status: 'failed', error: read.error };
      }
      documents.update(windowId, { filePath: path, dirty: false });
      return { status: 'opened', session: read.session, fileName: read.fileName, migratedFrom: read.migratedFrom };
    },
    async saveSession({ windowId }, { session }) {
      const { filePath } = documents.get(windowId);
      if (filePath === null) return saveAs(windowId, session, session.frame.title);
      return writeTo(windowId, filePath, session);
    },
    async saveSessionAs({ windowId }, { session, suggestedName }) {
      return saveAs(windowId, session, suggestedName);
    },
    async startNewDocument({ windowId }) {
      documents.update(windowId, { filePath: null, dirty: false });
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
      windows.close(windowId);
    },
  };
}
