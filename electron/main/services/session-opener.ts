import { basename, dirname, isAbsolute } from 'node:path';
import { MAX_SESSION_BYTES } from '../../../shared';
import type { Stats } from 'node:fs';
import type { FileError, OpenedSession, OpenResult } from '../../../shared/ipc-contract';
import { textsIn } from '../../../shared/i18n/texts';
import { interfaceLanguage } from '../interface-language';
import type { DocumentRegistry } from './documents';
import { hasSessionExtension, routeFile } from './file-routing';
import type { RecentFiles } from './recent-files';
import { describeFsError, openedDocument, type SessionFiles } from './session-files';

/** The window operations opening needs; Electron's windows in the app, the harness's page in tests. */
export interface OpenerWindows {
  ids(): number[];
  /** The window in front, or the one last in front. */
  focused(): number | null;
  focus(windowId: number): void;
  /** Opens a new, empty window and returns its id; its page asks for its session when ready. */
  create(): number;
  /** Hands a session to a window whose page is running (the `sessionOpened` event). */
  send(windowId: number, opened: OpenedSession): void;
}

export interface OpenerServices {
  documents: DocumentRegistry;
  sessionFiles: SessionFiles;
  recentFiles: RecentFiles;
  windows: OpenerWindows;
  showFileError(windowId: number | null, error: FileError): Promise<void>;
  stat(path: string): Promise<Stats>;
  platform: NodeJS.Platform;
}

/** Where a file opened by main ended up. */
export type OpenOutcome = 'opened' | 'focused' | 'failed';

/**
 * Opens session files that do not come from the Open dialog: the command line, a second
 * launch, macOS's open-file, Open Recent and drops. One window per session: a file already
 * open brings its window to the front; otherwise it goes to the asking window when that is
 * untitled and unedited, else to a new window. Opened and saved files join Open Recent.
 */
export class SessionOpener {
  private readonly pending = new Map<number, OpenedSession>();
  private readonly ready = new Set<number>();

  constructor(private readonly services: OpenerServices) {}

  /**
   * Opens `path` for a window (or for the app, when `preferredWindowId` is null). The window
   * that shows it comes forward; a new window shows itself in front once its page is ready.
   */
  async openFile(path: string, options: { preferredWindowId: number | null; fromRecent?: boolean }): Promise<OpenOutcome> {
    const result = await this.open(path, options.preferredWindowId, options.fromRecent ?? false);
    if (result.kind === 'here') {
      this.deliver(result.windowId, result.opened);
      this.services.windows.focus(result.windowId);
    }
    return result.kind === 'here' || result.kind === 'elsewhere' ? 'opened' : result.kind;
  }

  /**
   * Files handed over by the operating system or a second launch (command line, open-file,
   * second-instance), one after another into the window in front. With no file, the app was
   * simply started again: its window in front comes forward, or a window opens.
   */
  async openFromOutside(paths: readonly string[]): Promise<void> {
    const { windows } = this.services;
    if (paths.length === 0) {
      const front = windows.focused();
      if (front === null) windows.create();
      else windows.focus(front);
      return;
    }
    for (const path of paths) await this.openFile(path, { preferredWindowId: windows.focused() });
  }

  /** A file dropped on a window: returned to that window when it goes there, else routed. */
  async openDropped(windowId: number, path: string): Promise<OpenResult> {
    const result = await this.open(path, windowId, false);
    if (result.kind === 'here') return result.opened;
    if (result.kind === 'failed') return { status: 'failed', error: result.error };
    return { status: 'cancelled' };
  }

  /** The Open dialog chose a file shown in another window: that window comes to the front instead. */
  focusIfOpenElsewhere(windowId: number, path: string): boolean {
    const route = routeFile(path, this.routableWindows(), windowId, this.services.platform);
    if (route.kind !== 'focus' || route.windowId === windowId) return false;
    this.services.windows.focus(route.windowId);
    return true;
  }

  /** A file was opened or saved by a window: it joins Open Recent. */
  noteFileInUse(path: string): void {
    void this.services.recentFiles.add(path);
  }

  /** The session waiting for a window whose page was not running yet. */
  takePending(windowId: number): OpenedSession | null {
    const opened = this.pending.get(windowId) ?? null;
    this.pending.delete(windowId);
    return opened;
  }

  /** A window's page is running: anything waiting for it is sent now. */
  windowReady(windowId: number): void {
    this.ready.add(windowId);
    const opened = this.takePending(windowId);
    if (opened) this.services.windows.send(windowId, opened);
  }

  windowClosed(windowId: number): void {
    this.ready.delete(windowId);
    this.pending.delete(windowId);
  }

  private deliver(windowId: number, opened: OpenedSession): void {
    if (this.ready.has(windowId)) this.services.windows.send(windowId, opened);
    else this.pending.set(windowId, opened);
  }

  private routableWindows() {
    return this.services.windows.ids().map((id) => {
      const document = this.services.documents.get(id);
      return { id, filePath: document.filePath, pristine: document.filePath === null && !document.dirty && !this.pending.has(id) };
    });
  }

  private async open(
    path: string,
    preferredWindowId: number | null,
    fromRecent: boolean,
  ): Promise<
    | { kind: 'here'; windowId: number; opened: OpenedSession }
    | { kind: 'elsewhere' }
    | { kind: 'focused' }
    | { kind: 'failed'; error: FileError }
  > {
    const { documents, sessionFiles, recentFiles, windows } = this.services;
    const errorWindow = preferredWindowId ?? windows.focused();
    const fail = async (error: FileError) => {
      // The message is seen: its window comes forward first.
      if (errorWindow !== null) windows.focus(errorWindow);
      await this.services.showFileError(errorWindow, error);
      return { kind: 'failed' as const, error };
    };

    const problem = await checkFileToOpen(path, this.services.stat);
    if (problem?.code === 'ENOENT' && fromRecent) {
      await recentFiles.remove(path);
      return fail({
        code: 'ENOENT',
        fileName: basename(path),
        message: textsIn(interfaceLanguage())('desktop:files.goneFromRecent', { fileName: basename(path), folder: dirname(path) }),
      });
    }
    if (problem) return fail(problem);

    const route = routeFile(path, this.routableWindows(), preferredWindowId, this.services.platform);
    if (route.kind === 'focus') {
      windows.focus(route.windowId);
      return { kind: 'focused' };
    }
    const read = await sessionFiles.read(path);
    if (!read.ok) return fail(read.error);
    const document = openedDocument(path, read);
    const opened: OpenedSession = { status: 'opened', session: read.session, fileName: document.fileName, migratedFrom: read.migratedFrom };
    if (!read.fromImage) this.noteFileInUse(path);
    const title = document.fileName ?? 'Untitled';
    if (route.kind === 'reuse') {
      documents.update(route.windowId, { ...document.document, dirty: false, title });
      return { kind: 'here', windowId: route.windowId, opened };
    }
    const windowId = windows.create();
    documents.update(windowId, { ...document.document, dirty: false, title });
    this.pending.set(windowId, opened);
    return { kind: 'elsewhere' };
  }

}

/**
 * What may be opened, checked in main before anything is read, whoever names the path (a drop
 * on the page, the command line, a second launch, the OS, Open Recent): an existing regular
 * file, named by its full path, with an extension Pickwise opens and no larger than a session
 * may be. Folders, devices, pipes, sockets, other files and huge files are refused with a
 * message naming the file; null when the file may be read.
 */
export async function checkFileToOpen(path: string, stat: (path: string) => Promise<Stats>): Promise<FileError | null> {
  const fileName = basename(path) || path;
  const language = interfaceLanguage();
  const t = textsIn(language);
  const refuse = (code: string, reason: string): FileError => ({ code, fileName, message: t('desktop:files.couldNotOpen', { fileName, reason }) });
  if (path.includes('\0') || !isAbsolute(path)) return refuse('not-a-file', t('desktop:files.notOnThisComputer'));
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'io-error';
    if (code === 'ENOENT' || code === 'ENOTDIR') return refuse('ENOENT', t('desktop:files.notThereAnyMore'));
    return refuse(code, describeFsError(error, language));
  }
  if (stats.isDirectory()) return refuse('not-a-file', t('desktop:files.folderNotSession'));
  if (!stats.isFile()) return refuse('not-a-file', t('desktop:files.notRegular'));
  if (!hasSessionExtension(path)) return refuse('not-a-session', t('desktop:files.notSessionType'));
  if (stats.size > MAX_SESSION_BYTES) {
    return refuse('too-large', t('desktop:files.largerThanSession', { megabytes: String(Math.round(MAX_SESSION_BYTES / (1024 * 1024))) }));
  }
  return null;
}

