import { BrowserWindow, dialog } from 'electron';
import type { Dialogs, ImportKind } from './ipc/ports';
import type { ExternalChangeChoice } from '../../shared/ipc-contract';
import { textsIn, type Texts } from '../../shared/i18n/texts';
import type { PageTrouble, TroubleChoice } from './services/page-health';
import { exportDialogOptions, formatUpgradeChoices, formatUpgradeQuestion, replaceQuestionOptions, saveSessionDialogOptions, stoppedPageQuestion } from './dialog-options';
import { interfaceLanguage } from './interface-language';

/** The file types an open dialog offers for sessions: sessions and charts together first, then each, then anything. */
function sessionFilters(t: Texts): Electron.FileFilter[] {
  return [
    { name: t('desktop:fileTypes.sessionsAndCharts'), extensions: ['pickwise', 'json', 'png'] },
    { name: t('desktop:fileTypes.session'), extensions: ['pickwise', 'json'] },
    { name: t('desktop:fileTypes.chartWithSession'), extensions: ['png'] },
    { name: t('desktop:fileTypes.allFiles'), extensions: ['*'] },
  ];
}

/** The file types the open dialog of an import offers: a backlog's table files, or sessions. */
function importFilters(kind: ImportKind, t: Texts): Electron.FileFilter[] {
  if (kind !== 'backlog') return sessionFilters(t);
  return [
    { name: t('desktop:fileTypes.table'), extensions: ['csv', 'tsv', 'txt'] },
    { name: t('desktop:fileTypes.allFiles'), extensions: ['*'] },
  ];
}

// In the order of the external-change message box's buttons.
const externalChangeChoices: readonly ExternalChangeChoice[] = ['overwrite', 'save-as', 'reload', 'cancel'];

/** The platform's own dialogs, attached to the window that asked. */
export function createElectronDialogs(): Dialogs {
  const windowOf = (windowId: number) => BrowserWindow.fromId(windowId) ?? undefined;
  return {
    async chooseExportPath(windowId, kind, suggestedName) {
      const options = exportDialogOptions(kind, suggestedName, interfaceLanguage());
      const window = windowOf(windowId);
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFileToImport(windowId, kind) {
      const t = textsIn(interfaceLanguage());
      const options: Electron.OpenDialogOptions = {
        title: t(`desktop:dialogTitles.import.${kind}`),
        properties: ['openFile'],
        filters: importFilters(kind, t),
      };
      const window = windowOf(windowId);
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToOpen(windowId) {
      const t = textsIn(interfaceLanguage());
      const options: Electron.OpenDialogOptions = {
        title: t('desktop:dialogTitles.open'),
        properties: ['openFile'],
        filters: sessionFilters(t),
      };
      const window = windowOf(windowId);
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave(windowId, suggestedName) {
      const options = saveSessionDialogOptions(suggestedName, interfaceLanguage());
      const window = windowOf(windowId);
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async askAboutUnsavedChanges(windowId, documentName) {
      const t = textsIn(interfaceLanguage());
      const options: Electron.MessageBoxOptions = {
        type: 'warning',
        message: t('desktop:unsavedChanges.message', { documentName }),
        detail: t('desktop:unsavedChanges.detail'),
        buttons: [t('desktop:buttons.save'), t('desktop:buttons.dontSave'), t('desktop:buttons.cancel')],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      };
      const window = windowOf(windowId);
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
    },
    async showFileError(windowId, error) {
      const options: Electron.MessageBoxOptions = { type: 'error', message: error.message, buttons: [textsIn(interfaceLanguage())('desktop:buttons.ok')], noLink: true };
      const window = windowOf(windowId);
      if (window) await dialog.showMessageBox(window, options);
      else await dialog.showMessageBox(options);
    },
    async confirmReplace(windowId, question) {
      const options = replaceQuestionOptions(question, interfaceLanguage());
      const window = windowOf(windowId);
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
    async askAboutFormatUpgrade(windowId, fileName, fromVersion) {
      const options = formatUpgradeQuestion(fileName, fromVersion, interfaceLanguage());
      const window = windowOf(windowId);
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return formatUpgradeChoices[response] ?? 'cancel';
    },
    async askAboutExternalChange(windowId, fileName, unchecked) {
      const t = textsIn(interfaceLanguage());
      const choices = t('desktop:externalChange.choices');
      const options: Electron.MessageBoxOptions = {
        type: 'warning',
        message: unchecked === undefined ? t('desktop:externalChange.changed', { fileName }) : t('desktop:externalChange.unchecked', { fileName }),
        detail: unchecked === undefined ? choices : `${unchecked}\n\n${choices}`,
        buttons: [t('desktop:buttons.overwrite'), t('desktop:buttons.saveAs'), t('desktop:buttons.reloadFromDisk'), t('desktop:buttons.cancel')],
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
  const { options, choices } = stoppedPageQuestion(question, interfaceLanguage());
  const window = BrowserWindow.fromId(windowId);
  const withSignal = { ...options, signal };
  const { response } = window ? await dialog.showMessageBox(window, withSignal) : await dialog.showMessageBox(withSignal);
  return choices[response] ?? 'wait';
}
