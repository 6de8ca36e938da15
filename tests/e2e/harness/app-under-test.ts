import type { Page } from '@playwright/test';
import type { ExternalChangeChoice, FileError, UnsavedChoice } from '../../../shared/ipc-contract';
import type { FormatUpgradeChoice } from '../../../electron/main/ipc/ports';
import type { TroubleChoice } from '../../../electron/main/services/page-health';

/**
 * What a spec drives, the same in both modes: the window's page, a temporary folder for
 * files, and the answers to native dialogs.
 */
export interface AppUnderTest {
  page: Page;
  /** A fresh temporary folder for this test's files. */
  folder: string;
  answerOpenDialog(path: string | null): Promise<void>;
  answerSaveDialog(path: string | null): Promise<void>;
  answerUnsavedPrompt(choice: UnsavedChoice): Promise<void>;
  /** The error dialogs main has shown, oldest first. */
  fileErrors(): Promise<FileError[]>;
  /** The documents the unsaved-changes prompt asked about, oldest first. */
  unsavedPrompts(): Promise<string[]>;
  /** Clicks the window's close button, as the user would. */
  requestClose(): Promise<void>;
  /** Whether main has closed the window. */
  isClosed(): Promise<boolean>;
  /** Dialogs that came up with no answer scripted; a spec ends with none. */
  unexpectedDialogs(): Promise<string[]>;
  /** The app's data folder of this run (drafts, the error log); the same after a relaunch. */
  userDataFolder: string;
  answerExternalChangePrompt(choice: ExternalChangeChoice): Promise<void>;
  /** The files the external-change prompt asked about, oldest first. */
  externalChangePrompts(): Promise<string[]>;
  /**
   * Ends the app the way a crash does (no handler runs, nothing is saved or cleaned up), then
   * starts it again on the same data folder. Returns the new app; the old one is gone.
   */
  crashAndRelaunch(): Promise<AppUnderTest>;
  /**
   * Chooses a menu item by its id, as a click would: a command of shared/menu-table.ts (sent
   * to the window as the `menuCommand` event), `window.close` or `recent.clear`.
   */
  sendMenuCommand(id: string): Promise<void>;
  /** The menu bar's menus by their labels (File, Edit…), in the language main speaks. */
  menuBar(): Promise<string[]>;
  /** View ▸ Language as the menu shows it: each item's label and whether it is checked. */
  languageMenu(): Promise<{ label: string; checked: boolean }[]>;
  /** File ▸ Open Recent as the menu shows it. */
  recentMenu(): Promise<{ label: string; enabled: boolean }[]>;
  /** Chooses a file in File ▸ Open Recent by its label. */
  chooseRecent(label: string): Promise<void>;
  /** Drops a file from disk on the window. Harness only: a spec cannot fake an OS drag in Electron. */
  dropFile(path: string): Promise<void>;
  /** Answers the next export's save dialog (null cancels). */
  answerExportDialog(path: string | null): Promise<void>;
  /** Answers the next import's open dialog: a backlog to import or a session to merge. */
  answerImportDialog(path: string | null): Promise<void>;
  /** The PNG images the app put on the clipboard, oldest first. */
  clipboardImages(): Promise<Uint8Array[]>;
  /** Quits the app as Cmd+Q or File ▸ Quit does (Electron's `app.quit()`). */
  requestQuit(): Promise<void>;
  /** Whether the app has quit (Electron's `quit` event came). */
  hasQuit(): Promise<boolean>;
  /** Crashes the window's page (its renderer process dies), as a crash would. */
  crashPage(): Promise<void>;
  /** Answers the question a crashed or hung page puts up on its window. */
  answerStoppedPagePrompt(choice: TroubleChoice): Promise<void>;
  /** The stopped-page questions the window put up (`crashed`, `hung`), oldest first. */
  stoppedPagePrompts(): Promise<string[]>;
  /** Whether main has put the window full screen (BrowserWindow.isFullScreen). */
  isFullScreen(): Promise<boolean>;
  /** Answers the next Replace / Cancel question about a file the save dialog did not name. */
  answerReplacePrompt(replace: boolean): Promise<void>;
  /** The files the Replace / Cancel question asked about, oldest first. */
  replacePrompts(): Promise<string[]>;
  /** Answers the next Save / Save As / Cancel question before an earlier Pickwise's file is saved in the new format. */
  answerFormatUpgradePrompt(choice: FormatUpgradeChoice): Promise<void>;
  /** The files that question asked about, oldest first. */
  formatUpgradePrompts(): Promise<string[]>;
}
