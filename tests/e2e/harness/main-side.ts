import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import type { Paper } from '../../../shared';
import type { ExternalChangeChoice, FileError, UnsavedChoice } from '../../../shared/ipc-contract';
import { createDispatch, type CallOrigin, type Dispatch } from '../../../electron/main/ipc/dispatch';
import { createIpcHandlers } from '../../../electron/main/ipc/handlers';
import type { Dialogs, FormatUpgradeChoice, ImportKind } from '../../../electron/main/ipc/ports';
import { trustedOrigins } from '../../../electron/main/ipc/dispatch';
import { DocumentRegistry } from '../../../electron/main/services/documents';
import { createSessionFiles } from '../../../electron/main/services/session-files';
import { noteInLog, recordReaderFault } from '../../../electron/main/main-errors';
import { createExportFiles, type ReplaceQuestion } from '../../../electron/main/services/export-files';
import { createDrafts } from '../../../electron/main/services/drafts';
import { createErrorLog, type ErrorLog } from '../../../electron/main/services/error-log';
import { QuitFlow } from '../../../electron/main/services/quit-flow';
import { PresentationScreen } from '../../../electron/main/services/presentation-screen';
import { PageHealth, type PageTrouble, type TroubleChoice } from '../../../electron/main/services/page-health';
import { FakeApp, type FakeWindow } from '../../unit/electron/fake-electron';
import { createHarnessDesktop, type HarnessDesktop } from './desktop-side';

/** The origin the harness serves the built renderer from; never resolved, always routed. */
export const HARNESS_ORIGIN = 'http://pickwise.test';
const HARNESS_WINDOW_ID = 1;

type Answer<T> = T | (() => T);

/**
 * Native dialogs, answered by the test. A dialog the test did not expect is recorded and
 * cancelled, and the fixture fails the test for it.
 */
class ScriptedDialogs implements Dialogs {
  readonly openAnswers: Answer<string | null>[] = [];
  readonly saveAnswers: Answer<string | null>[] = [];
  readonly unsavedAnswers: UnsavedChoice[] = [];
  readonly fileErrors: FileError[] = [];
  readonly unsavedPrompts: string[] = [];
  readonly unexpected: string[] = [];
  readonly externalChangeAnswers: ExternalChangeChoice[] = [];
  readonly externalChangePrompts: string[] = [];
  readonly exportAnswers: Answer<string | null>[] = [];
  readonly exportPrompts: { kind: string; suggestedName: string }[] = [];
  readonly importAnswers: Answer<string | null>[] = [];
  readonly stoppedPageAnswers: TroubleChoice[] = [];
  readonly replaceAnswers: boolean[] = [];
  readonly replacePrompts: string[] = [];
  readonly stoppedPagePrompts: PageTrouble[] = [];
  readonly formatUpgradeAnswers: FormatUpgradeChoice[] = [];
  readonly formatUpgradePrompts: { fileName: string; fromVersion: number }[] = [];

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

  async chooseExportPath(_windowId: number, kind: string, suggestedName: string): Promise<string | null> {
    this.exportPrompts.push({ kind, suggestedName });
    return this.take(this.exportAnswers, `Export ${kind} dialog (suggested “${suggestedName}”)`, null);
  }

  async chooseFileToImport(_windowId: number, kind: ImportKind): Promise<string | null> {
    return this.take(this.importAnswers, `Import ${kind} dialog`, null);
  }

  async askAboutExternalChange(_windowId: number, fileName: string): Promise<ExternalChangeChoice> {
    this.externalChangePrompts.push(fileName);
    return this.take(this.externalChangeAnswers, `external-change prompt for “${fileName}”`, 'cancel');
  }

  async askAboutFormatUpgrade(_windowId: number, fileName: string, fromVersion: number): Promise<FormatUpgradeChoice> {
    this.formatUpgradePrompts.push({ fileName, fromVersion });
    return this.take(this.formatUpgradeAnswers, `format-upgrade question for “${fileName}” (format ${fromVersion})`, 'cancel');
  }

  async confirmReplace(_windowId: number, question: ReplaceQuestion): Promise<boolean> {
    this.replacePrompts.push(question.fileName);
    return this.take(this.replaceAnswers, `replace prompt for “${question.fileName}”`, false);
  }

  /** The question a crashed or hung page puts up (electron-dialogs.ts askAboutStoppedPage). */
  async askAboutStoppedPage(_windowId: number, question: { trouble: PageTrouble }): Promise<TroubleChoice> {
    this.stoppedPagePrompts.push(question.trouble);
    return this.take(this.stoppedPageAnswers, `${question.trouble}-page question`, 'wait');
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
  window: { documentEdited: boolean; closed: boolean; closeCancelled: boolean };
  /**
   * Electron's app and the harness's one window, as the fake of tests/unit/electron/fake-electron.ts
   * (Electron's documented quit order), driven by main's real quit flow and page watch.
   */
  electron: { app: FakeApp; window: FakeWindow };
  /** Relays what main sends the window (`webContents.send`) to the page; set once the page runs. */
  connectPage(send: (channel: string, payload?: unknown) => void): void;
  origin(frameUrl: string): CallOrigin;
  /** The app's data folder of this run: drafts and the error log. */
  userDataFolder: string;
  errorLog: ErrorLog;
  /** Opening files every way, Open Recent, the theme and the menu, as main runs them. */
  desktop: HarnessDesktop;
  /** The PNG images put on the clipboard, oldest first. */
  clipboardImages: Uint8Array[];
}

export interface HarnessMainOptions {
  /** Where drafts and logs go; a relaunch after a crash passes the same folder again. */
  userDataFolder: string;
  /** Chromium printing a page to PDF, as Electron's printToPDF does in the app. */
  printToPdf(html: string, paper: Paper): Promise<Uint8Array>;
  /** The system's preferred languages, as Electron's `app.getPreferredSystemLanguages()` gives them. */
  systemLocales: readonly string[];
  /** The pseudo-locale (PICKWISE_PSEUDO_LOCALE=1 in a development run). */
  pseudoLocale: boolean;
}

/** Main's real handlers and services over the real file system; only the dialogs are scripted. */
export function createHarnessMain({ userDataFolder, printToPdf, systemLocales, pseudoLocale }: HarnessMainOptions): HarnessMain {
  const dialogs = new ScriptedDialogs();
  const documents = new DocumentRegistry();
  const electronApp = new FakeApp();
  const electronWindow = electronApp.createWindow();
  const health: PageHealth = new PageHealth({
    hasUnsavedWork: (windowId) => documents.mustAskBeforeClosing(windowId),
    ask: (windowId, question) => dialogs.askAboutStoppedPage(windowId, question),
    reopen: () => undefined,
    stopped: (windowId) => quitFlow.pageStopped(windowId),
    log: (message) => noteInLog(errorLog, message),
  });
  const quitFlow: QuitFlow = new QuitFlow({
    hasUnsavedWork: (windowId) => documents.mustAskBeforeClosing(windowId),
    pageCanAnswer: (windowId) => health.canAnswer(windowId),
    quit: () => setImmediate(() => electronApp.quit()),
  });
  quitFlow.install(electronApp);
  quitFlow.watch(electronWindow);
  health.watch(electronWindow);
  electronApp.on('window-all-closed', () => electronApp.quit());
  const presentation = new PresentationScreen((windowId) => electronApp.window(windowId) ?? null);
  const record = { documentEdited: false, closeCancelled: false };
  const window = {
    get documentEdited() {
      return record.documentEdited;
    },
    get closed() {
      return electronWindow.isDestroyed();
    },
    get closeCancelled() {
      return record.closeCancelled;
    },
  };
  const errorLog = createErrorLog({ fs, folder: join(userDataFolder, 'logs') });
  const sessionFiles = createSessionFiles(fs, { recordFault: recordReaderFault(errorLog) });
  const desktop = createHarnessDesktop({ documents, sessionFiles, dialogs, userDataFolder, systemLocales, pseudoLocale });
  const clipboardImages: Uint8Array[] = [];
  const handlers = createIpcHandlers({
    dialogs,
    documents,
    sessionFiles,
    drafts: createDrafts({ fs, folder: join(userDataFolder, 'drafts') }),
    errorLog,
    windows: {
      setDocumentEdited(_windowId, dirty) {
        record.documentEdited = dirty;
      },
      close(windowId) {
        quitFlow.windowMayClose(windowId);
      },
      closeCancelled(windowId) {
        record.closeCancelled = true;
        quitFlow.closeCancelled(windowId);
      },
      setPresentationFullScreen(windowId, fullScreen) {
        presentation.set(windowId, fullScreen);
      },
    },
    desktop: desktop.desktop,
    exports: {
      files: createExportFiles(fs),
      clipboard: { writePng: (png) => void clipboardImages.push(png) },
      printer: { printToPdf },
      now: () => new Date(),
    },
  });
  return {
    dispatch: createDispatch(handlers, trustedOrigins([HARNESS_ORIGIN])),
    dialogs,
    documents,
    window,
    electron: { app: electronApp, window: electronWindow },
    connectPage(send) {
      electronWindow.webContents.onSend = (channel, payload) => send(channel, payload);
    },
    origin: (frameUrl) => ({ windowId: HARNESS_WINDOW_ID, frameUrl }),
    userDataFolder,
    errorLog,
    desktop,
    clipboardImages,
  };
}
