import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import type { ExternalChangeChoice, FileError, UnsavedChoice } from '../../../shared/ipc-contract';
import { createIpcHandlers } from '../../../electron/main/ipc/handlers';
import type { FormatUpgradeChoice, WindowControl } from '../../../electron/main/ipc/ports';
import { DocumentRegistry } from '../../../electron/main/services/documents';
import { createDrafts } from '../../../electron/main/services/drafts';
import { createErrorLog } from '../../../electron/main/services/error-log';
import { createSessionFiles } from '../../../electron/main/services/session-files';
import { cancelledExportDialogs, inertDesktop, inertExports } from './inert-desktop';

/**
 * Main's real handlers over real files in `folder`, with dialogs answered from queues and
 * every prompt recorded: for tests of saving, opening, drafts and external changes.
 */
export function realHandlers(folder: string, windows: WindowControl = { setDocumentEdited: () => undefined, close: () => undefined, closeCancelled: () => undefined, setPresentationFullScreen: () => undefined }) {
  const answers = {
    open: [] as (string | null)[],
    save: [] as (string | null)[],
    unsaved: [] as UnsavedChoice[],
    external: [] as ExternalChangeChoice[],
    replace: [] as boolean[],
    formatUpgrade: [] as FormatUpgradeChoice[],
  };
  const shown = {
    errors: [] as FileError[],
    externalPrompts: [] as string[],
    uncheckedReasons: [] as (string | undefined)[],
    saveDialogs: 0,
    replacePrompts: [] as string[],
    formatPrompts: [] as { fileName: string; fromVersion: number }[],
  };
  const documents = new DocumentRegistry();
  const userDataFolder = join(folder, 'user-data');
  const drafts = createDrafts({ fs, folder: join(userDataFolder, 'drafts') });
  const errorLog = createErrorLog({ fs, folder: join(userDataFolder, 'logs') });
  const handlers = createIpcHandlers({
    dialogs: {
      ...cancelledExportDialogs,
      chooseFileToOpen: async () => answers.open.shift() ?? null,
      chooseFileToSave: async () => {
        shown.saveDialogs += 1;
        return answers.save.shift() ?? null;
      },
      askAboutUnsavedChanges: async () => answers.unsaved.shift() ?? 'cancel',
      showFileError: async (_id, error) => void shown.errors.push(error),
      askAboutExternalChange: async (_id, fileName, unchecked) => {
        shown.externalPrompts.push(fileName);
        shown.uncheckedReasons.push(unchecked);
        return answers.external.shift() ?? 'cancel';
      },
      confirmReplace: async (_id, question) => {
        shown.replacePrompts.push(question.fileName);
        return answers.replace.shift() ?? false;
      },
      askAboutFormatUpgrade: async (_id, fileName, fromVersion) => {
        shown.formatPrompts.push({ fileName, fromVersion });
        return answers.formatUpgrade.shift() ?? 'cancel';
      },
    },
    windows,
    documents,
    sessionFiles: createSessionFiles(fs),
    drafts,
    errorLog,
    desktop: inertDesktop(),
    exports: inertExports(),
  });
  return { handlers, answers, shown, documents, drafts, errorLog, userDataFolder, window: { windowId: 1 } };
}
