import type { Page } from '@playwright/test';
import type { FileError, UnsavedChoice } from '../../../shared/ipc-contract';

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
}
