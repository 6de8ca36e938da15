import { join } from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import type { ExternalChangeChoice, FileError, UnsavedChoice } from '../../../shared/ipc-contract';
import type { AppUnderTest } from './app-under-test';

const MAIN_BUNDLE = join(__dirname, '../../../out/main/index.js');

interface DialogScript {
  open: (string | null)[];
  save: (string | null)[];
  unsaved: UnsavedChoice[];
  errors: string[];
  prompts: string[];
  unexpected: string[];
  external: ExternalChangeChoice[];
  externalPrompts: string[];
  stopped: string[];
  stoppedPrompts: string[];
  replace: boolean[];
  replacePrompts: string[];
  formatUpgrade: string[];
  formatUpgradePrompts: string[];
}

/**
 * Electron mode: the built app in a real Electron, its native dialogs replaced in the main
 * process by answers the spec scripts, as the harness's scripted dialogs do.
 */
export async function launchInElectron(
  executablePath: string,
  folder: string,
  options: { relaunch: () => Promise<AppUnderTest>; extraArgs?: string[]; systemLocales: readonly string[]; pseudoLocale: boolean },
): Promise<{ app: AppUnderTest; electronApp: ElectronApplication }> {
  const userDataFolder = join(folder, '.user-data');
  const electronApp = await electron.launch({
    executablePath,
    // Further arguments as a command line passes them (`pickwise path/to/file.pickwise`).
    args: [MAIN_BUNDLE, ...(options.extraArgs ?? [])],
    env: {
      ...process.env,
      PICKWISE_USER_DATA: userDataFolder,
      // Linux's preferred languages (g_get_language_names, which app.getPreferredSystemLanguages reads): LANGUAGE first.
      LANGUAGE: options.systemLocales.map((locale) => locale.replace('-', '_')).join(':'),
      ...(options.pseudoLocale ? { PICKWISE_PSEUDO_LOCALE: '1' } : {}),
    } as Record<string, string>,
  });
  let closed = false;
  electronApp.on('close', () => {
    closed = true;
  });
  await electronApp.evaluate(({ dialog }) => {
    const script: DialogScript = { open: [], save: [], unsaved: [], errors: [], prompts: [], unexpected: [], external: [], externalPrompts: [], stopped: [], stoppedPrompts: [], replace: [], replacePrompts: [], formatUpgrade: [], formatUpgradePrompts: [] };
    (globalThis as unknown as { __pickwiseDialogs: DialogScript }).__pickwiseDialogs = script;
    const next = <T>(queue: T[], what: string): T | undefined => {
      const answer = queue.shift();
      if (answer === undefined) script.unexpected.push(what);
      return answer;
    };
    dialog.showOpenDialog = (async () => {
      const path = next(script.open, 'Open dialog');
      return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] };
    }) as typeof dialog.showOpenDialog;
    dialog.showSaveDialog = (async () => {
      const path = next(script.save, 'Save dialog');
      return path ? { canceled: false, filePath: path } : { canceled: true, filePath: '' };
    }) as typeof dialog.showSaveDialog;
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const options = (args.length > 1 ? args[1] : args[0]) as { type?: string; message: string; buttons?: string[] };
      if (options.type === 'error') {
        script.errors.push(options.message);
        return { response: 0, checkboxChecked: false };
      }
      if (options.buttons?.includes('Overwrite')) {
        const fileName = /“(.*)”/.exec(options.message)?.[1] ?? options.message;
        script.externalPrompts.push(fileName);
        const choice = next(script.external, `external-change prompt for “${fileName}”`) ?? 'cancel';
        return { response: ['overwrite', 'save-as', 'reload', 'cancel'].indexOf(choice), checkboxChecked: false };
      }
      if (options.buttons?.includes('Save As…') && options.message.includes('session format')) {
        // Asked before an earlier Pickwise's file is saved in the new format (askAboutFormatUpgrade).
        const fileName = /“(.*)”/.exec(options.message)?.[1] ?? options.message;
        script.formatUpgradePrompts.push(fileName);
        const choice = next(script.formatUpgrade, `format-upgrade question for “${fileName}”`) ?? 'cancel';
        return { response: ['save', 'save-as', 'cancel'].indexOf(choice), checkboxChecked: false };
      }
      if (options.buttons?.includes('Replace')) {
        // Asked before a file the save dialog did not name is replaced (confirmReplace).
        const fileName = /“(.*)”/.exec(options.message)?.[1] ?? options.message;
        script.replacePrompts.push(fileName);
        return { response: next(script.replace, `replace prompt for “${fileName}”`) ? 0 : 1, checkboxChecked: false };
      }
      if (options.buttons?.includes('Reload')) {
        // A crashed or hung page's question (electron-dialogs.ts askAboutStoppedPage).
        const trouble = options.buttons.includes('Wait') ? 'hung' : 'crashed';
        script.stoppedPrompts.push(trouble);
        const choice = next(script.stopped, `${trouble}-page question`) ?? options.buttons[0]!.toLowerCase();
        return { response: options.buttons.findIndex((button) => button.toLowerCase() === choice), checkboxChecked: false };
      }
      const documentName = /“(.*)”/.exec(options.message)?.[1] ?? options.message;
      script.prompts.push(documentName);
      const choice = next(script.unsaved, `unsaved-changes prompt for “${documentName}”`) ?? 'cancel';
      return { response: choice === 'save' ? 0 : choice === 'discard' ? 1 : 2, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  });
  const page = await electronApp.firstWindow();
  await page.waitForLoadState('domcontentloaded');

  // Once the app has quit (its last window closed, or Quit), what was read last is all there is.
  let lastScript: DialogScript | null = null;
  const readScript = async (): Promise<DialogScript> => {
    if (closed && lastScript) return lastScript;
    lastScript = await electronApp.evaluate(() => (globalThis as unknown as { __pickwiseDialogs: DialogScript }).__pickwiseDialogs);
    return lastScript;
  };
  const push = (key: 'open' | 'save' | 'unsaved' | 'external' | 'stopped' | 'replace' | 'formatUpgrade', value: unknown) =>
    electronApp.evaluate(
      (_electron, [queue, answer]) => {
        const state = (globalThis as unknown as { __pickwiseDialogs: Record<string, unknown[]> }).__pickwiseDialogs;
        state[queue as string]?.push(answer);
      },
      [key, value] as const,
    );

  const app: AppUnderTest = {
    page,
    folder,
    answerOpenDialog: (path) => push('open', path),
    answerSaveDialog: (path) => push('save', path),
    answerUnsavedPrompt: (choice) => push('unsaved', choice),
    fileErrors: async () =>
      (await readScript()).errors.map((message): FileError => ({ code: 'dialog', fileName: '', message })),
    unsavedPrompts: async () => (await readScript()).prompts,
    unexpectedDialogs: async () => (closed ? [] : (await readScript()).unexpected),
    isClosed: async () => closed || (await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length === 0)),
    requestClose: async () => {
      await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    },
    userDataFolder,
    answerExternalChangePrompt: (choice) => push('external', choice),
    answerFormatUpgradePrompt: (choice) => push('formatUpgrade', choice),
    formatUpgradePrompts: async () => (await readScript()).formatUpgradePrompts,
    externalChangePrompts: async () => (await readScript()).externalPrompts,
    crashAndRelaunch: options.relaunch,
    // The real application menu's items, clicked in the main process.
    sendMenuCommand: async (id) => {
      await electronApp.evaluate(({ Menu }, itemId) => {
        const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
        if (!item) throw new Error(`The menu has no item ${itemId}.`);
        item.click();
      }, id);
    },
    menuBar: () => electronApp.evaluate(({ Menu }) => (Menu.getApplicationMenu()?.items ?? []).map((item) => item.label)),
    languageMenu: () =>
      electronApp.evaluate(({ Menu }) =>
        (Menu.getApplicationMenu()?.getMenuItemById('language')?.submenu?.items ?? [])
          .filter((item) => item.type === 'radio')
          .map((item) => ({ label: item.label, checked: item.checked })),
      ),
    recentMenu: () =>
      electronApp.evaluate(({ Menu }) =>
        (Menu.getApplicationMenu()?.getMenuItemById('recent')?.submenu?.items ?? [])
          .filter((item) => item.type !== 'separator')
          .map((item) => ({ label: item.label, enabled: item.enabled })),
      ),
    chooseRecent: async (label) => {
      await electronApp.evaluate(({ Menu }, itemLabel) => {
        const item = Menu.getApplicationMenu()?.getMenuItemById('recent')?.submenu?.items.find((entry) => entry.label === itemLabel);
        if (!item) throw new Error(`Open Recent has no item “${itemLabel}”.`);
        item.click();
      }, label);
    },
    dropFile: async () => {
      throw new Error('Electron mode cannot fake a drag from the operating system; drops are tested in harness mode.');
    },
    // Exports ask with the platform's save dialog, imports with its open dialog.
    answerExportDialog: (path) => push('save', path),
    answerImportDialog: (path) => push('open', path),
    clipboardImages: async () => {
      const bytes = await electronApp.evaluate(async ({ clipboard }) => {
        const items = await clipboard.read();
        const image = items.find((item) => item.types.includes('image/png'));
        if (!image) return [];
        const blob = (await image.getType('image/png')) as Blob;
        return [Array.from(new Uint8Array(await blob.arrayBuffer()))];
      });
      return bytes.map((each) => new Uint8Array(each));
    },
    requestQuit: async () => {
      await electronApp.evaluate(({ app: electronMain }) => electronMain.quit());
    },
    hasQuit: async () => closed,
    crashPage: async () => {
      await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer());
    },
    answerStoppedPagePrompt: (choice) => push('stopped', choice),
    stoppedPagePrompts: async () => (await readScript()).stoppedPrompts,
    answerReplacePrompt: (replace) => push('replace', replace),
    replacePrompts: async () => (await readScript()).replacePrompts,
    isFullScreen: () => electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isFullScreen() ?? false),
  };
  return { app, electronApp };
}
