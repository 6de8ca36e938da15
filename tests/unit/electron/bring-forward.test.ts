import * as fs from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, serializeSession } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { bringForward } from '../../../electron/main/services/bring-forward';
import { DocumentRegistry } from '../../../electron/main/services/documents';
import { filesFromArgv, secondInstanceFiles } from '../../../electron/main/services/file-routing';
import { RecentFiles } from '../../../electron/main/services/recent-files';
import { createSessionFiles } from '../../../electron/main/services/session-files';
import { SessionOpener } from '../../../electron/main/services/session-opener';
import { FakeApp, type FakeWindow } from './fake-electron';

// A file opened from a second launch, the operating system or the command line brings its
// window forward. The windows are fake-electron.ts's, modelling docs/api/browser-window.md:
// restore() brings a minimised window back, show() "Shows and gives focus to the window",
// focus() focuses it. The second launch's files arrive as docs/api/app.md's `second-instance`
// hands them over (argv, workingDirectory, additionalData).

let folder: string;
let recents: RecentFiles[] = [];
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-forward-'));
});
afterEach(async () => {
  await Promise.all(recents.map((list) => list.flushed()));
  recents = [];
  await rm(folder, { recursive: true, force: true });
});

async function sessionFile(name: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, serializeSession(createSampleSession()));
  return path;
}

/** Main's opener over fake windows, with windows.ts's own window operations. */
function desktop(windowCount: number) {
  const app = new FakeApp();
  const windows: FakeWindow[] = Array.from({ length: windowCount }, () => app.createWindow());
  const documents = new DocumentRegistry();
  const recentFiles = new RecentFiles(fs, join(folder, 'recent.json'));
  recents.push(recentFiles);
  const errors: { windowId: number | null; error: FileError; focused: boolean }[] = [];
  const opener = new SessionOpener({
    documents,
    sessionFiles: createSessionFiles(fs),
    recentFiles,
    windows: {
      ids: () => app.windows.map((window) => window.id),
      focused: () => (app.windows.find((window) => window.isFocused()) ?? app.windows.at(-1))?.id ?? null,
      focus: (windowId) => {
        const window = app.window(windowId);
        if (window) bringForward(window);
      },
      create: () => app.createWindow().id,
      send: (windowId, opened) => app.window(windowId)?.webContents.send('event:session-opened', opened),
    },
    showFileError: async (windowId, error) => void errors.push({ windowId, error, focused: windowId !== null && (app.window(windowId)?.isFocused() ?? false) }),
    stat: (path) => fs.stat(path),
    platform: 'linux',
  });
  for (const window of windows) opener.windowReady(window.id);
  return { app, windows, documents, opener, errors };
}

const secondLaunch = (files: string[]) => secondInstanceFiles(['/usr/bin/pickwise', ...files], folder, { files }, false);

describe('a file opened from outside brings its window forward', () => {
  it('a second launch with a file already open restores, shows and focuses the window showing it', async () => {
    const { windows, opener } = desktop(2);
    const [showing, other] = windows as [FakeWindow, FakeWindow];
    const path = await sessionFile('plan.pickwise');
    await opener.openFile(path, { preferredWindowId: showing.id });
    showing.minimize();
    other.focus();
    await opener.openFromOutside(secondLaunch([path]));
    expect(showing.isMinimized()).toBe(false);
    expect(showing.isVisible()).toBe(true);
    expect(showing.isFocused()).toBe(true);
    expect(other.isFocused()).toBe(false);
  });

  it('a file from the operating system (open-file) opening in a minimised, untitled window brings that window forward', async () => {
    const { windows, opener } = desktop(1);
    const [window] = windows as [FakeWindow];
    window.minimize();
    window.hide();
    await opener.openFromOutside([await sessionFile('from-finder.pickwise')]);
    expect(window.webContents.sentOn('event:session-opened')).toHaveLength(1);
    expect(window.isMinimized()).toBe(false);
    expect(window.isVisible()).toBe(true);
    expect(window.isFocused()).toBe(true);
  });

  it('files on a second launch’s command line open one after another, each window forward', async () => {
    const { app, opener } = desktop(1);
    const a = await sessionFile('a.pickwise');
    const b = await sessionFile('b.pickwise');
    const files = filesFromArgv(['/usr/bin/pickwise', '--no-sandbox', 'a.pickwise', 'b.pickwise'], { defaultApp: false, workingDirectory: folder });
    expect(files).toEqual([a, b]);
    await opener.openFromOutside(secondInstanceFiles(['/usr/bin/pickwise', 'a.pickwise', 'b.pickwise'], folder, { files }, false));
    // a.pickwise went to the untitled window, b.pickwise to a new one (shown when its page is ready).
    expect(app.windows).toHaveLength(2);
    expect(app.windows[0]!.isFocused()).toBe(true);
  });

  it('a second launch without a file brings the window in front forward', async () => {
    const { windows, opener } = desktop(2);
    const [first, second] = windows as [FakeWindow, FakeWindow];
    second.focus();
    second.minimize();
    await opener.openFromOutside(secondLaunch([]));
    expect(second.isMinimized()).toBe(false);
    expect(second.isFocused()).toBe(true);
    expect(first.isFocused()).toBe(false);
  });

  it('a second launch without a file and no window opens one', async () => {
    const { app, opener } = desktop(0);
    await opener.openFromOutside(secondLaunch([]));
    expect(app.windows).toHaveLength(1);
  });

  it('a file that cannot be opened is explained on a window brought forward first', async () => {
    const { windows, opener, errors } = desktop(1);
    const [window] = windows as [FakeWindow];
    window.minimize();
    const notes = join(folder, 'notes.txt');
    await writeFile(notes, 'not a session');
    await opener.openFromOutside(secondLaunch([notes]));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ windowId: window.id, focused: true });
    expect(errors[0]!.error.message).toContain('notes.txt');
  });
});

describe('bringing a window forward', () => {
  // Models docs/api/browser-window.md: restore() "Restores the window from minimized state to
  // its previous state"; on Windows it also takes a maximised window out of maximised.
  it('restores only a minimised window: a maximised one stays maximised', () => {
    const window = new FakeApp().createWindow();
    window.maximize();
    bringForward(window);
    expect(window.history).not.toContain('restore');
    expect(window.isMaximized()).toBe(true);
    expect(window.isFocused()).toBe(true);
  });
});
