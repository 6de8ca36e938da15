import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, clipboard, ClipboardItem, ipcMain, Menu, nativeTheme, protocol, session, type IpcMainInvokeEvent } from 'electron';
import { serveAppAsset } from './app-protocol';
import { askAboutStoppedPage, createElectronDialogs } from './electron-dialogs';
import { createDispatch, registerIpcCalls, trustedOrigins } from './ipc/dispatch';
import { createIpcHandlers } from './ipc/handlers';
import { sendEvent } from './ipc/send-event';
import { noteInLog, recordReaderFault } from './main-errors';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './security';
import { DocumentRegistry } from './services/documents';
import { createSessionFiles } from './services/session-files';
import { createExportFiles } from './services/export-files';
import { QuitFlow } from './services/quit-flow';
import { PageHealth } from './services/page-health';
import { PresentationScreen } from './services/presentation-screen';
import { PRINT_HOST, printHtmlToPdf, printPages } from './pdf-printer';
import { PRINT_PAGE_HEADERS } from './services/print-pages';
import { lockDownContents } from './navigation-policy';
import { lockDownSession } from './session-policy';
import { createDrafts } from './services/drafts';
import { createErrorLog } from './services/error-log';
import { ignoredUserDataNotice, installMainErrorHandlers, userDataFolder } from './crash-guard';
import { aboutPanelOptions, claimDesktopIdentity, startNotices } from './app-identity';
import { menuTemplate } from './menu/build-menu';
import { createMenuActions } from './menu/menu-actions';
import { filesFromArgv, secondInstanceFiles, type SecondInstanceData } from './services/file-routing';
import { RecentFiles } from './services/recent-files';
import { SessionOpener } from './services/session-opener';
import { ThemePreference } from './services/theme-preference';
import { WindowStateStore } from './services/window-state';
import { SessionWindows } from './windows';
import { interfaceLanguage, speakInterfaceLanguage } from './interface-language';
import { chromiumLocaleFor, LanguagePreference } from './services/language-preference';

// Wiring only: lifecycle, windows and Electron's transport. Everything testable lives in
// services and handlers that take their dependencies as arguments.

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const rendererRoot = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/index.cjs');
const pageUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`;

const { withoutSandbox } = claimDesktopIdentity(app, process.platform, process.argv);
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Drafts and the error log live in the app's data folder (PICKWISE_USER_DATA overrides it for tests, in development only).
const dataFolder = userDataFolder(app, process.env);
const languageFile = join(dataFolder, 'language.json');

// Chromium's own words and formats (a date field's, the spelling checker's) in the chosen
// language from the start: its --lang switch, read before ready (a missing or unreadable file
// follows the system, as the preference itself does when it loads).
const chromiumLocale = chromiumLocaleFor(readStoredText(languageFile));
if (chromiumLocale !== null) app.commandLine.appendSwitch('lang', chromiumLocale);

function readStoredText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

// One Pickwise at a time (per data folder): a second launch hands its files to this one and quits.
const launchFiles = filesFromArgv(process.argv, { defaultApp: Boolean(process.defaultApp), workingDirectory: process.cwd() });
const primaryInstance = app.requestSingleInstanceLock({ files: launchFiles } satisfies SecondInstanceData);
if (!primaryInstance) app.quit();

const errorLog = createErrorLog({ fs, folder: join(dataFolder, 'logs') });
for (const notice of startNotices(withoutSandbox, ignoredUserDataNotice(app, process.env))) noteInLog(errorLog, notice);
installMainErrorHandlers(process, errorLog, (message) => {
  for (const window of BrowserWindow.getAllWindows()) sendEvent(window.webContents, 'errorOccurred', { message });
});

const documents = new DocumentRegistry();
// Each window with unsaved work asks before it closes, once, in front; a quit asks window by window.
const quitFlow: QuitFlow = new QuitFlow({
  hasUnsavedWork: (windowId) => documents.mustAskBeforeClosing(windowId),
  pageCanAnswer: (windowId) => pageHealth.canAnswer(windowId),
  quit: () => setImmediate(() => app.quit()),
});
quitFlow.install(app);
// A crashed or hung page never traps the facilitator: the window offers Reload and Close.
const pageHealth: PageHealth = new PageHealth({
  hasUnsavedWork: (windowId) => documents.mustAskBeforeClosing(windowId),
  ask: askAboutStoppedPage,
  // The fresh window offers the stopped one's work back at once: its draft is released first.
  reopen: (windowId) => {
    drafts.release(windowId);
    sessionWindows.reopen(windowId);
  },
  stopped: (windowId) => quitFlow.pageStopped(windowId),
  log: (message) => noteInLog(errorLog, message),
});
const sessionFiles = createSessionFiles(fs, { recordFault: recordReaderFault(errorLog) });
const drafts = createDrafts({ fs, folder: join(dataFolder, 'drafts') });
const recentFiles = new RecentFiles(fs, join(dataFolder, 'recent-files.json'), {
  add: (path) => app.addRecentDocument(path),
  clear: () => app.clearRecentDocuments(),
});
const windowState = new WindowStateStore(fs, join(dataFolder, 'window-state.json'));
let systemLook: boolean | null = null;
const theme = new ThemePreference(fs, join(dataFolder, 'preferences.json'), {
  apply(choice) {
    // prefers-color-scheme in every window follows this.
    nativeTheme.themeSource = choice;
  },
  systemIsDark() {
    // The system's own look is visible only while following it; otherwise the last one seen.
    if (nativeTheme.themeSource === 'system' || systemLook === null) systemLook = nativeTheme.shouldUseDarkColors;
    return systemLook;
  },
});
const language = new LanguagePreference(fs, languageFile, {
  preferredLocales: () => app.getPreferredSystemLanguages(),
  // A developer's check that every text on screen comes from the catalogues; never in a packaged app.
  pseudo: !app.isPackaged && process.env['PICKWISE_PSEUDO_LOCALE'] === '1',
});
// A language chosen in any window or in the menu: main speaks it, then menus and every window follow.
language.onChange((chosen) => {
  void speakInterfaceLanguage(chosen.language).then(() => {
    app.setAboutPanelOptions(aboutPanelOptions(app.getVersion(), withoutSandbox, interfaceLanguage()));
    installMenu();
    for (const window of BrowserWindow.getAllWindows()) sendEvent(window.webContents, 'languageChanged', chosen);
  });
});
// Presentation mode goes full screen through main, and back as the window was.
const presentation = new PresentationScreen((windowId) => BrowserWindow.fromId(windowId));
const sessionWindows = new SessionWindows({
  preloadPath,
  pageUrl,
  documents,
  windowState,
  onReady: (windowId) => opener.windowReady(windowId),
  onClosed: (windowId) => {
    // A window closed with its work settled has no draft left; one whose page stopped keeps it, offered from now on.
    drafts.release(windowId);
    opener.windowClosed(windowId);
    presentation.forget(windowId);
  },
  onCreated: (window) => {
    quitFlow.watch(window);
    pageHealth.watch(window);
  },
});
const fileErrorDialogs = createElectronDialogs();
const opener: SessionOpener = new SessionOpener({
  documents,
  sessionFiles,
  recentFiles,
  windows: sessionWindows,
  showFileError: (windowId, error) => fileErrorDialogs.showFileError(windowId ?? -1, error),
  stat: (path) => fs.stat(path),
  platform: process.platform,
});
const handlers = createIpcHandlers({
  dialogs: createElectronDialogs(),
  documents,
  sessionFiles,
  drafts,
  errorLog,
  windows: {
    setDocumentEdited(windowId, dirty) {
      BrowserWindow.fromId(windowId)?.setDocumentEdited(dirty);
    },
    close(windowId) {
      quitFlow.windowMayClose(windowId);
    },
    closeCancelled(windowId) {
      quitFlow.closeCancelled(windowId);
    },
    setPresentationFullScreen(windowId, fullScreen) {
      presentation.set(windowId, fullScreen);
    },
  },
  desktop: { opener, theme, language },
  exports: {
    files: createExportFiles(fs),
    clipboard: { writePng: (png) => clipboard.write([new ClipboardItem({ 'image/png': new Blob([Buffer.from(png)], { type: 'image/png' }) })]) },
    printer: { printToPdf: printHtmlToPdf },
    now: () => new Date(),
  },
});
const dispatch = createDispatch(handlers, trustedOrigins(devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]));

function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const host = new URL(request.url).host;
    // A page put up for printing (the decision record), never reachable from the app's page.
    if (host === PRINT_HOST) {
      const page = printPages.page(request.url);
      return page === null ? new Response('Not found', { status: 404 }) : new Response(page, { status: 200, headers: PRINT_PAGE_HEADERS });
    }
    if (host !== APP_HOST) return new Response('Not found', { status: 404 });
    const asset = await serveAppAsset(rendererRoot, request.url, (path) => readFile(path));
    return new Response(asset.body as BodyInit, { status: asset.status, headers: asset.headers });
  });
}

function lockDownSessions(): void {
  lockDownSession(session.defaultSession, devServerUrl);
}

// One window per session; the window manager asks before unsaved work is dropped on close.
function openWindow(): number {
  return sessionWindows.create();
}

/** The menu bar from the one table in shared/menu-table.ts, rebuilt when Open Recent changes. */
function installMenu(): void {
  const platform = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
  const actions = createMenuActions({ windows: sessionWindows, recentFiles, opener, language });
  const template = menuTemplate(platform, recentFiles.list(), actions, interfaceLanguage(), language.current());
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

// Files handed over before the app was ready (macOS open-file at launch) wait here.
const filesBeforeReady: string[] = [];
let ready = false;
function openFiles(paths: readonly string[]): void {
  void opener.openFromOutside(paths);
}

// macOS: double-click in Finder, drop on the Dock icon. Registered early: it can come before ready.
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (ready) openFiles([path]);
  else filesBeforeReady.push(path);
});

// A second launch: its files open here, and the window showing them comes forward.
app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
  openFiles(secondInstanceFiles(argv, workingDirectory, additionalData, Boolean(process.defaultApp)));
});

app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

void app.whenReady().then(async () => {
  if (!primaryInstance) return;
  serveAppProtocol();
  lockDownSessions();
  registerIpcCalls<IpcMainInvokeEvent>(ipcMain, dispatch, (event) => ({
    windowId: BrowserWindow.fromWebContents(event.sender)?.id ?? null,
    frameUrl: event.senderFrame?.url ?? null,
  }));
  await Promise.all([recentFiles.load(), windowState.load(), theme.load(), language.load().then((loaded) => speakInterfaceLanguage(loaded.language))]);
  app.setAboutPanelOptions(aboutPanelOptions(app.getVersion(), withoutSandbox, interfaceLanguage()));
  installMenu();
  recentFiles.onChange(installMenu);
  ready = true;
  const files = [...launchFiles, ...filesBeforeReady.splice(0)];
  for (const path of files) await opener.openFile(path, { preferredWindowId: null });
  // With no file (or none that could be opened) the app starts with an untitled session.
  if (sessionWindows.ids().length === 0) openWindow();
  app.on('activate', () => {
    if (sessionWindows.ids().length === 0) openWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
