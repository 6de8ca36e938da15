import { readFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session, type IpcMainInvokeEvent } from 'electron';
import { ipcEvents } from '../../shared/ipc-contract';
import { serveAppAsset } from './app-protocol';
import { createElectronDialogs } from './electron-dialogs';
import { createDispatch, registerIpcCalls, trustedOrigins } from './ipc-dispatch';
import { createIpcHandlers } from './ipc-handlers';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './security';
import { DocumentRegistry } from './services/documents';
import { createSessionFiles } from './services/session-files';
import { createSessionWindow } from './window';

// Wiring only: lifecycle, windows and Electron's transport. Everything testable lives in
// services and handlers that take their dependencies as arguments.

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const rendererRoot = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/index.cjs');
const pageUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`;

app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const documents = new DocumentRegistry();
const handlers = createIpcHandlers({
  dialogs: createElectronDialogs(),
  documents,
  sessionFiles: createSessionFiles(fs),
  windows: {
    setDocumentEdited(windowId, dirty) {
      BrowserWindow.fromId(windowId)?.setDocumentEdited(dirty);
    },
    close(windowId) {
      BrowserWindow.fromId(windowId)?.close();
    },
  },
});
const dispatch = createDispatch(handlers, trustedOrigins(devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]));

function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (new URL(request.url).host !== APP_HOST) return new Response('Not found', { status: 404 });
    const asset = await serveAppAsset(rendererRoot, request.url, (path) => readFile(path));
    return new Response(asset.body as BodyInit, { status: asset.status, headers: asset.headers });
  });
}

function lockDownSessions(): void {
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  // Pickwise works offline: any request that would leave the app is cancelled.
  defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const local = url.startsWith(`${APP_SCHEME}:`) || url.startsWith('devtools:') || url.startsWith('data:') || url.startsWith('blob:');
    const dev = devServerUrl !== undefined && (url.startsWith(devServerUrl) || url.startsWith('ws://localhost'));
    callback({ cancel: !(local || dev) });
  });
}

function openWindow(): BrowserWindow {
  const window = createSessionWindow(preloadPath, pageUrl);
  const windowId = window.id;
  window.on('close', (event) => {
    if (documents.mustAskBeforeClosing(windowId)) {
      event.preventDefault();
      window.webContents.send(ipcEvents.closeRequested);
    }
  });
  window.on('closed', () => documents.forget(windowId));
  return window;
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

void app.whenReady().then(() => {
  serveAppProtocol();
  lockDownSessions();
  registerIpcCalls<IpcMainInvokeEvent>(ipcMain, dispatch, (event) => ({
    windowId: BrowserWindow.fromWebContents(event.sender)?.id ?? null,
    frameUrl: event.senderFrame?.url ?? null,
  }));
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
