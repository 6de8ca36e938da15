import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ipcCalls, ipcEvents, type IpcCallName } from '../../../shared/ipc-contract';
import { serveAppAsset } from '../../../electron/main/app-protocol';
import { PRINT_PAGE_HEADERS, printPage, PrintPages } from '../../../electron/main/services/print-pages';
import type { Paper } from '../../../shared';
import type { AppUnderTest } from './app-under-test';
import { createHarnessMain, HARNESS_ORIGIN } from './main-side';
import type { Permission } from '../../../electron/main/session-policy';
import { emptyPolicyLog, HarnessPolicy, type PagePermissionDetails, type PolicyLog } from './main-policy';
import { permissionsInitScript } from './permissions-in-page';
import { PRELOAD_BUNDLE, preloadInitScript } from './preload-in-page';

const RENDERER_ROOT = join(__dirname, '../../../out/renderer');
const callByChannel = new Map(
  (Object.keys(ipcCalls) as IpcCallName[]).map((name) => [ipcCalls[name].channel as string, name]),
);

/** Requests the page made that would have left the app; a spec can assert there are none. */
export interface NetworkLog {
  /** Requests addressed outside the app, whatever main then did with them. */
  outside: string[];
  /** Every request the page made, the app's own assets included. */
  all: string[];
}

export interface BrowserLaunchOptions {
  /** The app's data folder; a relaunch after a crash passes the same one. */
  userDataFolder: string;
  /** Throws this run away as a crash would and starts a new one (the fixture knows how). */
  relaunch: () => Promise<AppUnderTest>;
  /** Where main's security decisions (navigation, windows, permissions, requests) are recorded. */
  policyLog?: PolicyLog;
  /** The system's preferred languages (`app.getPreferredSystemLanguages()`). */
  systemLocales: readonly string[];
  /** Runs the app in the pseudo-locale, as PICKWISE_PSEUDO_LOCALE=1 does in development. */
  pseudoLocale: boolean;
}

/** What the fixture asks of a harness run besides the spec's own calls. */
export interface HarnessOnly {
  /** Resolves once main has answered every call the page made and Open Recent is on disk. */
  settled(): Promise<void>;
  /** Resolves once every event main sent the page (webContents.send, a menu command) has arrived. */
  delivered(): Promise<void>;
  /** True once the spec crashed the page itself (crashPage): that crash is not a fault. */
  crashedOnPurpose(): boolean;
}

/**
 * Harness mode: the built renderer in Chromium with the real preload bundle, the real
 * handlers and services in this process, and Electron's transport replaced.
 */
export async function launchInBrowser(
  context: BrowserContext,
  folder: string,
  network: NetworkLog,
  options: BrowserLaunchOptions,
): Promise<AppUnderTest & HarnessOnly> {
  const main = createHarnessMain({
    userDataFolder: options.userDataFolder,
    printToPdf: (html, paper) => printWithChromium(context, html, paper),
    systemLocales: options.systemLocales,
    pseudoLocale: options.pseudoLocale,
  });
  // The window's web contents. Main's policy (below) decides every request, navigation, new
  // window and permission of it; the harness only carries out what main decided.
  const page = await context.newPage();
  const policy = new HarnessPolicy(context, page, options.policyLog ?? emptyPolicyLog());
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    network.all.push(url);
    if (!url.startsWith(`${HARNESS_ORIGIN}/`)) network.outside.push(url);
    const decision = policy.decide(route.request());
    switch (decision.kind) {
      // A prevented will-navigate leaves the page where it is, as a 204 does.
      case 'refuse-navigation':
        return route.fulfill({ status: 204 });
      case 'cancel':
        return route.abort('blockedbyclient');
      // main let it leave the app: the harness answers in the network's place, so the page sees it went through.
      case 'went-out':
        return route.fulfill({ status: 200, headers: { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }, body: 'Reached the network.' });
      case 'serve-app': {
        const asset = await serveAppAsset(RENDERER_ROOT, url, (path) => readFile(path));
        return route.fulfill({ status: asset.status, headers: asset.headers, body: Buffer.from(asset.body) });
      }
    }
  });
  // Calls main is still answering (a PDF still printing in a context of its own, a draft being
  // written): the fixture waits for them before the test ends and its folders are removed.
  const inFlight = new Set<Promise<unknown>>();
  await context.exposeBinding('__pickwiseHarnessInvoke', async (source, channel: string, args: unknown[]) => {
    const name = callByChannel.get(channel);
    if (name === undefined) throw new Error(`No such call in the contract: ${channel}`);
    const call = main.dispatch(name, main.origin(source.frame.url()), args);
    inFlight.add(call);
    void call.finally(() => inFlight.delete(call)).catch(() => undefined);
    return call;
  });
  await context.exposeBinding('__pickwiseHarnessPermission', (source, asked: 'request' | 'check', permission: Permission, details: PagePermissionDetails) =>
    policy.permission(asked, permission, source.frame, details),
  );
  await context.addInitScript({ content: permissionsInitScript() });
  // What main sends the window (`webContents.send`) reaches the page as Electron's IPC would.
  let crashedOnPurpose = false;
  // Sends are tracked until the page has them: a send still on its way when the test closes
  // the context would otherwise fail later, in no test's name. One to a page that is gone
  // (crashed, closed) is dropped, as Electron drops a send to a destroyed renderer.
  const deliveries = new Set<Promise<void>>();
  const deliver = (channel: string, payload?: unknown): Promise<void> => {
    const delivery = emit(page, channel, payload).catch((error: unknown) => {
      if (page.isClosed() || crashedOnPurpose) return;
      throw error;
    });
    deliveries.add(delivery);
    void delivery.finally(() => deliveries.delete(delivery)).catch(() => undefined);
    return delivery;
  };
  const delivered = async () => {
    await Promise.all([...deliveries]);
  };
  main.connectPage((channel, payload) => void deliver(channel, payload));
  // Chromium's own crash of the page is Electron's `render-process-gone` for main.
  page.on('crash', () => main.electron.window.webContents.crash());
  await main.desktop.loadLanguage();
  await policy.openWindow({ preloadPath: PRELOAD_BUNDLE, preloadScript: preloadInitScript });
  await main.desktop.start({
    sendMenuCommand: (command) => deliver(ipcEvents.menuCommand, command),
    sendSessionOpened: (opened) => deliver(ipcEvents.sessionOpened, opened),
    applyTheme: (choice) => page.emulateMedia({ colorScheme: choice === 'system' ? null : choice }),
    sendLanguageChanged: (language) => deliver(ipcEvents.languageChanged, language),
  });

  const app: AppUnderTest & HarnessOnly = {
    crashedOnPurpose: () => crashedOnPurpose,
    // Resolves once main has answered every call the page made and Open Recent is on disk.
    settled: async () => {
      await Promise.allSettled([...inFlight]);
      await main.desktop.recentFiles.flushed();
    },
    delivered,
    page,
    folder,
    answerOpenDialog: async (path) => void main.dialogs.openAnswers.push(path),
    answerSaveDialog: async (path) => void main.dialogs.saveAnswers.push(path),
    answerUnsavedPrompt: async (choice) => void main.dialogs.unsavedAnswers.push(choice),
    fileErrors: async () => [...main.dialogs.fileErrors],
    unsavedPrompts: async () => [...main.dialogs.unsavedPrompts],
    unexpectedDialogs: async () => [...main.dialogs.unexpected],
    isClosed: async () => main.window.closed,
    // The window's close button: main's quit flow decides, as on Electron's `close` event.
    requestClose: async () => main.electron.window.close(),
    userDataFolder: options.userDataFolder,
    answerExternalChangePrompt: async (choice) => void main.dialogs.externalChangeAnswers.push(choice),
    externalChangePrompts: async () => [...main.dialogs.externalChangePrompts],
    crashAndRelaunch: options.relaunch,
    // Electron's click sends and returns; the spec goes on once the page has the command.
    sendMenuCommand: async (id) => {
      main.desktop.clickMenuItem(id);
      await delivered();
    },
    menuBar: async () => main.desktop.menuSections(),
    languageMenu: async () => main.desktop.languageMenu(),
    recentMenu: async () => main.desktop.recentMenu(),
    chooseRecent: async (label) => main.desktop.chooseRecent(label),
    dropFile: (path) => dropFileOn(page, path),
    answerExportDialog: async (path) => void main.dialogs.exportAnswers.push(path),
    answerImportDialog: async (path) => void main.dialogs.importAnswers.push(path),
    clipboardImages: async () => [...main.clipboardImages],
    requestQuit: async () => main.electron.app.quit(),
    hasQuit: async () => main.electron.app.exited,
    crashPage: async () => {
      crashedOnPurpose = true;
      const cdp = await context.newCDPSession(page);
      // Page.crash never answers: the page is gone.
      void cdp.send('Page.crash').catch(() => undefined);
      await new Promise<void>((resolve) => page.once('crash', () => resolve()));
    },
    answerStoppedPagePrompt: async (choice) => void main.dialogs.stoppedPageAnswers.push(choice),
    stoppedPagePrompts: async () => [...main.dialogs.stoppedPagePrompts],
    isFullScreen: async () => main.electron.window.isFullScreen(),
    answerReplacePrompt: async (replace) => void main.dialogs.replaceAnswers.push(replace),
    replacePrompts: async () => [...main.dialogs.replacePrompts],
    answerFormatUpgradePrompt: async (choice) => void main.dialogs.formatUpgradeAnswers.push(choice),
    formatUpgradePrompts: async () => main.dialogs.formatUpgradePrompts.map((prompt) => prompt.fileName),
  };
  return app;
}

/** Where the harness serves pages put up for printing (routed, never resolved). */
const HARNESS_PRINT_ORIGIN = 'http://print.pickwise.test';
const printPages = new PrintPages(HARNESS_PRINT_ORIGIN);

/**
 * What main's printing does in the app, done by Playwright: main's own printPage puts the page
 * up at a one-off address, a context of its own (no preload, no scripts, nothing from outside)
 * loads it by that address as the hidden BrowserWindow does, and Chromium prints it.
 */
async function printWithChromium(context: BrowserContext, html: string, paper: Paper): Promise<Uint8Array> {
  const browser = context.browser();
  if (!browser) throw new Error('The harness has no browser to print with.');
  const printing = await browser.newContext({ javaScriptEnabled: false });
  await printing.route('**/*', async (route) => {
    const page = printPages.page(route.request().url());
    // A late request (the page's icon) may meet a context already closed after printing.
    const answered = page === null ? route.abort('blockedbyclient') : route.fulfill({ status: 200, headers: { ...PRINT_PAGE_HEADERS }, body: page });
    await answered.catch((error: unknown) => {
      if (!printing.pages().length) return;
      throw error;
    });
  });
  const page = await printing.newPage();
  try {
    return await printPage(html, paper, printPages, () => ({
      loadURL: async (url) => {
        await page.goto(url, { waitUntil: 'load' });
      },
      printToPDF: async (paper) => new Uint8Array(await page.pdf({ format: paper === 'letter' ? 'Letter' : 'A4', printBackground: true, margin: { top: 0, bottom: 0, left: 0, right: 0 } })),
      // The context closes below, once printing is over.
      destroy: () => undefined,
    }));
  } finally {
    await printing.close();
  }
}

async function emit(page: Page, channel: string, payload?: unknown): Promise<void> {
  await page.evaluate(
    ([eventChannel, eventPayload]) =>
      (window as unknown as { __pickwiseHarnessEmit(c: string, p: unknown): void }).__pickwiseHarnessEmit(eventChannel as string, eventPayload),
    [channel, payload] as const,
  );
}

/** Drags a file over the window and drops it, with the events a real drop fires. */
async function dropFileOn(page: Page, path: string): Promise<void> {
  await page.evaluate((filePath) => {
    const name = filePath.split(/[\\/]/).pop() ?? filePath;
    const file = new File(['(the harness reads the file from disk)'], name);
    (window as unknown as { __pickwiseHarnessDroppedFile(f: File, p: string): void }).__pickwiseHarnessDroppedFile(file, filePath);
    const transfer = new DataTransfer();
    transfer.items.add(file);
    const target = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2) ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, path);
}
