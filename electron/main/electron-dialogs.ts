import { BrowserWindow, dialog } from 'electron';
import type { Dialogs } from './ipc/ports';
import type { ExternalChangeChoice } from '../../shared/ipc-contract';
import type { PageTrouble, TroubleChoice } from './services/page-health';
import { exportDialogOptions, formatUpgradeChoices, formatUpgradeQuestion, replaceQuestionOptions, saveSessionDialogOptions, stoppedPageQuestion } from './dialog-options';

const sessionFilters = [
  { name: 'Pickwise session', extensions: ['pickwise', 'json'] },
  { name: 'Chart image with its session', extensions: ['png'] },
  { name: 'All files', extensions: ['*'] },
];

const importFilters = {
  backlog: [
    { name: 'Spreadsheet or text (CSV, TSV, TXT)', extensions: ['csv', 'tsv', 'txt'] },
    { name: 'All files', extensions: ['*'] },
  ],
  session: [{ name: 'Pickwise sessions and charts', extensions: ['pickwise', 'json', 'png'] }, ...sessionFilters],
  comparison: [{ name: 'Pickwise sessions and charts', extensions: ['pickwise', 'json', 'png'] }, ...sessionFilters],
};

const importTitles = {
  backlog: 'Import candidates',
  session: 'Merge candidates from another session',
  comparison: 'Compare with another session',
};

// In the order of the external-change message box's buttons.
const externalChangeChoices: readonly ExternalChangeChoice[] = ['overwrite', 'save-as', 'reload', 'cancel'];

/** The platform's own dialogs, attached to the window that asked. */
export function createElectronDialogs(): Dialogs {
  const windowOf = (windowId: number) => BrowserWindow.fromId(windowId) ?? undefined;
  return {
    async chooseExportPath(windowId, kind, suggestedName) {
      const options = exportDialogOptions(kind, suggestedName);
      const window = windowOf(windowId);
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFileToImport(windowId, kind) {
      const options: Electron.OpenDialogOptions = {
        title: importTitles[kind],
        properties: ['openFile'],
        filters: importFilters[kind],
      };
      const window = windowOf(windowId);
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToOpen(windowId) {
      const options: Electron.OpenDialogOptions = {
        title: 'Open session',
        properties: ['openFile'],
        filters: [{ name: 'Pickwise sessions and charts', extensions: ['pickwise', 'json', 'png'] }, ...sessionFilters],
      };
      const window = windowOf(windowId);
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave(windowId, suggestedName) {
      const options = saveSessionDialogOptions(suggestedName);
      const window = windowOf(windowId);
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async askAboutUnsavedChanges(windowId, documentName) {
      const options: Electron.MessageBoxOptions = {
        type: 'warning',
        message: `Do you want to save the changes you made to “${documentName}”?`,
        detail: 'Your changes will be lost if you don’t save them.',
        buttons: ['Save', 'Don’t Save', 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      };
      const window = windowOf(windowId);
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
    },
    async showFileError(windowId, error) {
      const options: Electron.MessageBoxOptions = { type: 'error', message: error.message, buttons: ['OK'], noLink: true };
      const window = windowOf(windowId);
      if (window) await dialog.showMessageBox(window, options);
      else await dialog.showMessageBox(options);
    },
    async confirmReplace(windowId, question) {
      const options = replaceQuestionOptions(question);
      const window = windowOf(windowId);
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
    async askAboutFormatUpgrade(windowId, fileName, fromVersion) {
      const options = formatUpgradeQuestion(fileName, fromVersion);
      const window = windowOf(windowId);
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return formatUpgradeChoices[response] ?? 'cancel';
    },
    async askAboutExternalChange(windowId, fileName, unchecked) {
      const choices = 'Overwrite it with your version, save your version as a new file, or reload the file from disk (your unsaved changes will be dropped).';
      const options: Electron.MessageBoxOptions = {
        type: 'warning',
        message:
          unchecked === undefined
            ? `“${fileName}” was changed by another program since you opened or saved it.`
            : `Pickwise could not check whether “${fileName}” was changed by another program since you opened or saved it.`,
        detail: unchecked === undefined ? choices : `${unchecked}\n\n${choices}`,
        buttons: ['Overwrite', 'Save As…', 'Reload from Disk', 'Cancel'],
        defaultId: 1,
        cancelId: 3,
        noLink: true,
      };
      const window = windowOf(windowId);
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return externalChangeChoices[response] ?? 'cancel';
    },
  };
}

/** Asks on a window whose page crashed or hangs; `signal` takes the question away when it recovers. */
export async function askAboutStoppedPage(
  windowId: number,
  question: { trouble: PageTrouble; unsavedWork: boolean },
  signal: AbortSignal,
): Promise<TroubleChoice> {
  const { options, choices } = stoppedPageQuestion(question);
  const window = BrowserWindow.fromId(windowId);
  const withSignal = { ...options, signal };
  const { response } = window ? await dialog.showMessageBox(window, withSignal) : await dialog.showMessageBox(withSignal);
  return choices[response] ?? 'wait';
}
