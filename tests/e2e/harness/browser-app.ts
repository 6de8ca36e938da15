import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ipcCalls, ipcEvents, type IpcCallName } from '../../../shared/ipc-contract';
import { serveAppAsset } from '../../../electron/main/app-protocol';
import type { AppUnderTest } from './app-under-test';
import { createHarnessMain, HARNESS_ORIGIN } from './main-side';
import { preloadInitScript } from './preload-in-page';

const RENDERER_ROOT = join(__dirname, '../../../out/renderer');
const callByChannel = new Map(
  (Object.keys(ipcCalls) as IpcCallName[]).map((name) => [ipcCalls[name].channel as string, name]),
);

/** Requests the page made that would have left the app; a spec can assert there are none. */
export interface NetworkLog {
  outside: string[];
}

/**
 * Harness mode: the built renderer in Chromium with the real preload bundle, the real
 * handlers and services in this process, and Electron's transport replaced.
 */
export async function launchInBrowser(context: BrowserContext, folder: string, network: NetworkLog): Promise<AppUnderTest> {
  const main = createHarnessMain();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${HARNESS_ORIGIN}/`)) {
      network.outside.push(url);
      return route.abort('blockedbyclient');
    }
    const asset = await serveAppAsset(RENDERER_ROOT, url, (path) => readFile(path));
    return route.fulfill({ status: asset.status, headers: asset.headers, body: Buffer.from(asset.body) });
  });
  await context.exposeBinding('__pickwiseHarnessInvoke', async (source, channel: string, args: unknown[]) => {
    const name = callByChannel.get(channel);
    if (name === undefined) throw new Error(`No such call in the contract: ${channel}`);
    return main.dispatch(name, main.origin(source.frame.url()), args);
  });
  await context.addInitScript({ content: preloadInitScript() });
  const page = await context.newPage();
  await page.goto(`${HARNESS_ORIGIN}/index.html`);

  const app: AppUnderTest = {
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
  };
  return app;
}

async function emit(page: Page, channel: string, payload?: unknown): Promise<void> {
  await page.evaluate(
    ([eventChannel, eventPayload]) =>
      (window as unknown as { __pickwiseHarnessEmit(c: string, p: unknown): void }).__pickwiseHarnessEmit(eventChannel as string, eventPayload),
    [channel, payload] as const,
  );
}
