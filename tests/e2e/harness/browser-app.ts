import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ipcCalls, ipcEvents, type IpcCallName } from '../../../shared/ipc-contract';
import { serveAppAsset } from '../../../electron/main/app-protocol';
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
): Promise<AppUnderTest & { settled(): Promise<void> }> {
  const main = createHarnessMain({ userDataFolder: options.userDataFolder, printToPdf: (html) => printWithChromium(context, html) });
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
  await policy.openWindow({ preloadPath: PRELOAD_BUNDLE, preloadScript: preloadInitScript });
  await main.desktop.start({
    sendMenuCommand: (command) => emit(page, ipcEvents.menuCommand, command),
    sendSessionOpened: (opened) => emit(page, ipcEvents.sessionOpened, opened),
    applyTheme: (choice) => page.emulateMedia({ colorScheme: choice === 'system' ? null : choice }),
  });

  const app: AppUnderTest & { settled(): Promise<void> } = {
    // Resolves once main has answered every call the page made and Open Recent is on disk.
    settled: async () => {
      await Promise.allSettled([...inFlight]);
      await main.desktop.recentFiles.flushed();
    },
    page,
    folder,
    answerOpenDialog: async (path) => void main.dialogs.openAnswers.push(path),
    answerSaveDialog: async (path) => void main.dialogs.saveAnswers.push(path),
    answerUnsavedPrompt: async (choice) => void main.dialogs.unsavedAnswers.push(choice),
    fileErrors: async () => [...main.dialogs.fileErrors],
    unsavedPrompts: async () => [...main.dialogs.unsavedPrompts],
    unexpectedDialogs: async () => [...main.dialogs.unexpected],
    isClosed: async () => main.window.closed,
    // What main does on the window's `close` event (electron/main/index.ts).
    requestClose: async () => {
      if (main.documents.mustAskBeforeClosing(1)) await emit(page, ipcEvents.closeRequested);
      else main.window.closed = true;
    },
    userDataFolder: options.userDataFolder,
    answerExternalChangePrompt: async (choice) => void main.dialogs.externalChangeAnswers.push(choice),
    externalChangePrompts: async () => [...main.dialogs.externalChangePrompts],
    crashAndRelaunch: options.relaunch,
    sendMenuCommand: async (id) => main.desktop.clickMenuItem(id),
    recentMenu: async () => main.desktop.recentMenu(),
    chooseRecent: async (label) => main.desktop.chooseRecent(label),
    dropFile: (path) => dropFileOn(page, path),
    answerExportDialog: async (path) => void main.dialogs.exportAnswers.push(path),
    answerImportDialog: async (path) => void main.dialogs.importAnswers.push(path),
    clipboardImages: async () => [...main.clipboardImages],
  };
  return app;
}

/**
 * What Electron's printToPDF does in the app, done by Playwright: the page in a context of
 * its own (no preload, no scripts), printed by Chromium.
 */
async function printWithChromium(context: BrowserContext, html: string): Promise<Uint8Array> {
  const browser = context.browser();
  if (!browser) throw new Error('The harness has no browser to print with.');
  const printing = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await printing.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
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
