import * as fs from 'node:fs/promises';
import type { FileError, UnsavedChoice } from '../../../shared/ipc-contract';
import { createDispatch, type CallOrigin, type Dispatch } from '../../../electron/main/ipc-dispatch';
import { createIpcHandlers, type Dialogs } from '../../../electron/main/ipc-handlers';
import { trustedOrigins } from '../../../electron/main/ipc-dispatch';
import { DocumentRegistry } from '../../../electron/main/services/documents';
import { createSessionFiles } from '../../../electron/main/services/session-files';

/** The origin the harness serves the built renderer from; never resolved, always routed. */
export const HARNESS_ORIGIN = 'http://pickwise.test';
export const HARNESS_WINDOW_ID = 1;

type Answer<T> = T | (() => T);

/**
 * Native dialogs, answered by the test. A dialog the test did not expect is recorded and
 * cancelled, and the fixture fails the test for it.
 */
export class ScriptedDialogs implements Dialogs {
  readonly openAnswers: Answer<string | null>[] = [];
  readonly saveAnswers: Answer<string | null>[] = [];
  readonly unsavedAnswers: UnsavedChoice[] = [];
  readonly fileErrors: FileError[] = [];
  readonly unsavedPrompts: string[] = [];
  readonly unexpected: string[] = [];

  async chooseFileToOpen(): Promise<string | null> {
    return this.take(this.openAnswers, 'Open dialog', null);
  }

  async chooseFileToSave(_windowId: number, suggestedName: string): Promise<string | null> {
    return this.take(this.saveAnswers, `Save dialog (suggested “${suggestedName}”)`, null);
  }

  async askAboutUnsavedChanges(_windowId: number, documentName: string): Promise<UnsavedChoice> {
    this.unsavedPrompts.push(documentName);
    return this.take(this.unsavedAnswers, `unsaved-changes prompt for “${documentName}”`, 'cancel');
  }

  async showFileError(_windowId: number, error: FileError): Promise<void> {
    this.fileErrors.push(error);
  }

  private take<T>(queue: Answer<T>[], what: string, fallback: T): T {
    const answer = queue.shift();
    if (answer === undefined) {
      this.unexpected.push(what);
      return fallback;
    }
    return typeof answer === 'function' ? (answer as () => T)() : answer;
  }
}

export interface HarnessMain {
  dispatch: Dispatch;
  dialogs: ScriptedDialogs;
  documents: DocumentRegistry;
  /** What main did to the window: edited marker and close requests. */
  window: { documentEdited: boolean; closed: boolean };
  origin(frameUrl: string): CallOrigin;
}

/** Main's real handlers and services over the real file system; only the dialogs are scripted. */
export function createHarnessMain(): HarnessMain {
  const dialogs = new ScriptedDialogs();
  const documents = new DocumentRegistry();
  const window = { documentEdited: false, closed: false };
  const handlers = createIpcHandlers({
    dialogs,
    documents,
    sessionFiles: createSessionFiles(fs),
    windows: {
      setDocumentEdited(_windowId, dirty) {
        window.documentEdited = dirty;
      },
      close() {
        window.closed = true;
      },
    },
  });
  return {
    dispatch: createDispatch(handlers, trustedOrigins([HARNESS_ORIGIN])),
    dialogs,
    documents,
    window,
    origin: (frameUrl) => ({ windowId: HARNESS_WINDOW_ID, frameUrl }),
  };
}
