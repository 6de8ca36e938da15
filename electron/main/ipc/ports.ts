import type { Paper } from '../../../shared';
import type { ExternalChangeChoice, FileError, UnsavedChoice } from '../../../shared/ipc-contract';
import type { DocumentRegistry } from '../services/documents';
import type { Drafts } from '../services/drafts';
import type { ErrorLog } from '../services/error-log';
import type { ExportFiles, ExportKind, ReplaceQuestion } from '../services/export-files';
import type { SessionFiles } from '../services/session-files';
import type { SessionOpener } from '../services/session-opener';
import type { ThemePreference } from '../services/theme-preference';
import type { LanguagePreference } from '../services/language-preference';

// What the IPC handlers are given: Electron's dialogs and windows in the app (index.ts), the
// test's answers and fakes in the harness and the unit tests.

/** The native dialogs handlers use; Electron's in the app, the test's answers in the harness. */
export interface Dialogs {
  chooseFileToOpen(windowId: number): Promise<string | null>;
  chooseFileToSave(windowId: number, suggestedName: string): Promise<string | null>;
  askAboutUnsavedChanges(windowId: number, documentName: string): Promise<UnsavedChoice>;
  showFileError(windowId: number, error: FileError): Promise<void>;
  /**
   * Overwrite / Save As / Reload / Cancel when the file changed on disk since it was opened or
   * saved; `unchecked` says why Pickwise could not tell whether it changed, when it could not.
   */
  askAboutExternalChange(windowId: number, fileName: string, unchecked?: string): Promise<ExternalChangeChoice>;
  /** Where an export goes: the platform's save dialog with the export's file type. */
  chooseExportPath(windowId: number, kind: ExportKind, suggestedName: string): Promise<string | null>;
  /** A file to bring in: a backlog (CSV or text), another session to merge, or an earlier session to compare with. */
  chooseFileToImport(windowId: number, kind: ImportKind): Promise<string | null>;
  /** Replace / Cancel, before a file the save dialog did not ask about is replaced. */
  confirmReplace(windowId: number, question: ReplaceQuestion): Promise<boolean>;
  /**
   * Save / Save As / Cancel, the first time Save would write over a file an earlier Pickwise made
   * (session format `fromVersion`): once saved, that file needs this Pickwise or a newer one.
   */
  askAboutFormatUpgrade(windowId: number, fileName: string, fromVersion: number): Promise<FormatUpgradeChoice>;
}

/** What a file chosen to bring in is for: it sets the open dialog's title and file types. */
export type ImportKind = 'backlog' | 'session' | 'comparison';

/** What the facilitator chose when Save would upgrade an earlier Pickwise's file. */
export type FormatUpgradeChoice = 'save' | 'save-as' | 'cancel';

/** The window operations handlers use. */
export interface WindowControl {
  setDocumentEdited(windowId: number, dirty: boolean): void;
  close(windowId: number): void;
  /** The window stays open after all: a quit under way stops. */
  closeCancelled(windowId: number): void;
  /** Presentation mode: full screen, or back as the window was. */
  setPresentationFullScreen(windowId: number, fullScreen: boolean): void;
}

/** Opening files every way (drops, pending sessions, Open Recent), the theme and the interface's language. */
export interface DesktopServices {
  opener: Pick<SessionOpener, 'openDropped' | 'takePending' | 'focusIfOpenElsewhere' | 'noteFileInUse'>;
  theme: Pick<ThemePreference, 'toggle'>;
  language: Pick<LanguagePreference, 'current' | 'choose'>;
}

/** What exports need besides files: the clipboard, and Chromium to print a page to PDF. */
export interface ExportServices {
  files: ExportFiles;
  clipboard: { writePng(png: Uint8Array): Promise<void> | void };
  printer: { printToPdf(html: string, paper: Paper): Promise<Uint8Array> };
  now(): Date;
}

/** Everything the handler groups are built from. */
export interface HandlerServices {
  dialogs: Dialogs;
  windows: WindowControl;
  documents: DocumentRegistry;
  sessionFiles: SessionFiles;
  drafts: Drafts;
  errorLog: ErrorLog;
  desktop: DesktopServices;
  exports: ExportServices;
}
