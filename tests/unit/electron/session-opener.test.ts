import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSampleSession, embedSessionInPng, MAX_SESSION_BYTES, serializeSession } from '../../../shared';
import type { FileError, OpenedSession } from '../../../shared/ipc-contract';
import { DocumentRegistry } from '../../../electron/main/services/documents';
import { MAX_RECENT_FILES, parseRecentFiles, RecentFiles, withRecentFile } from '../../../electron/main/services/recent-files';
import { createSessionFiles } from '../../../electron/main/services/session-files';
import { checkFileToOpen, SessionOpener } from '../../../electron/main/services/session-opener';
import { IMAGE } from '../shared/hostile-png';
import { nextTheme, parseThemeChoice, ThemePreference } from '../../../electron/main/services/theme-preference';

let folder: string;
let lists: RecentFiles[] = [];
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-opener-'));
});
afterEach(async () => {
  // Open Recent is written in the background; let it finish before the folder goes.
  await Promise.all(lists.map((list) => list.flushed()));
  lists = [];
  await rm(folder, { recursive: true, force: true });
});

async function sessionFile(name: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, serializeSession(createSampleSession()));
  return path;
}

function setup(windowIds: number[] = [1]) {
  const documents = new DocumentRegistry();
  const recentFiles = new RecentFiles(fs, join(folder, 'data', 'recent-files.json'));
  lists.push(recentFiles);
  const ids = [...windowIds];
  const sent: { windowId: number; opened: OpenedSession }[] = [];
  const focused: number[] = [];
  const errors: { windowId: number | null; error: FileError }[] = [];
  const opener = new SessionOpener({
    documents,
    sessionFiles: createSessionFiles(fs),
    recentFiles,
    windows: {
      ids: () => ids,
      focused: () => ids[0] ?? null,
      focus: (id) => void focused.push(id),
      create: () => {
        const id = Math.max(0, ...ids) + 1;
        ids.push(id);
        return id;
      },
      send: (windowId, opened) => void sent.push({ windowId, opened }),
    },
    showFileError: async (windowId, error) => void errors.push({ windowId, error }),
    stat: (path) => fs.stat(path),
    platform: 'linux',
  });
  return { opener, documents, recentFiles, ids, sent, focused, errors };
}

describe('opening files every way', () => {
  it('opens into an untitled, unedited window, once its page is running', async () => {
    const { opener, documents, sent, recentFiles } = setup();
    const path = await sessionFile('q3.pickwise');
    expect(await opener.openFile(path, { preferredWindowId: 1 })).toBe('opened');
    expect(sent).toEqual([]);
    expect(documents.get(1).filePath).toBe(path);
    // The page was not running yet: it gets the session when it is.
    opener.windowReady(1);
    expect(sent.map((each) => [each.windowId, each.opened.fileName])).toEqual([[1, 'q3.pickwise']]);
    expect(recentFiles.list()).toEqual([path]);
  });

  it('sends at once to a running window, and a new window pulls what waits for it', async () => {
    const { opener, documents, sent, ids } = setup();
    opener.windowReady(1);
    const first = await sessionFile('first.pickwise');
    const second = await sessionFile('second.pickwise');
    await opener.openFile(first, { preferredWindowId: 1 });
    expect(sent.map((each) => each.windowId)).toEqual([1]);
    // Window 1 now shows a session: the next file gets a window of its own.
    await opener.openFile(second, { preferredWindowId: 1 });
    expect(ids).toEqual([1, 2]);
    expect(documents.get(2).filePath).toBe(second);
    expect(opener.takePending(2)?.fileName).toBe('second.pickwise');
    expect(opener.takePending(2)).toBeNull();
  });

  it('does not reuse a window with unsaved work', async () => {
    const { opener, documents, ids } = setup();
    documents.update(1, { dirty: true });
    await opener.openFile(await sessionFile('x.pickwise'), { preferredWindowId: 1 });
    expect(ids).toEqual([1, 2]);
    expect(documents.get(1).filePath).toBeNull();
  });

  it('brings forward the window already showing the file', async () => {
    const { opener, focused, ids } = setup([1, 2]);
    const path = await sessionFile('shown.pickwise');
    await opener.openFile(path, { preferredWindowId: 1 });
    expect(await opener.openFile(path, { preferredWindowId: 2 })).toBe('focused');
    // Opened into window 1, which came forward; opened again, window 1 comes forward again.
    expect(focused).toEqual([1, 1]);
    expect(ids).toEqual([1, 2]);
    expect(opener.focusIfOpenElsewhere(2, path)).toBe(true);
    expect(opener.focusIfOpenElsewhere(1, path)).toBe(false);
  });

  it('drops a recent file that is gone, with a message naming it', async () => {
    const { opener, recentFiles, errors, documents } = setup();
    const gone = join(folder, 'gone.pickwise');
    const kept = await sessionFile('kept.pickwise');
    await recentFiles.add(gone);
    await recentFiles.add(kept);
    expect(await opener.openFile(gone, { preferredWindowId: 1, fromRecent: true })).toBe('failed');
    expect(errors[0]?.error.message).toBe(`“gone.pickwise” is no longer in ${folder}. It was moved, renamed or deleted, and has been removed from Open Recent.`);
    expect(recentFiles.list()).toEqual([kept]);
    expect(documents.get(1).filePath).toBeNull();
    const stored = JSON.parse(await readFile(join(folder, 'data', 'recent-files.json'), 'utf8')) as { files: string[] };
    expect(stored.files).toEqual([kept]);
  });

  it('refuses what is not a session file, and a folder, before reading anything', async () => {
    const { opener, errors } = setup();
    const notes = join(folder, 'notes.txt');
    await writeFile(notes, 'hello');
    await fs.mkdir(join(folder, 'dir.pickwise'));
    expect(await opener.openDropped(1, notes)).toMatchObject({ status: 'failed', error: { code: 'not-a-session' } });
    expect(await opener.openDropped(1, join(folder, 'dir.pickwise'))).toMatchObject({ status: 'failed' });
    expect(errors).toHaveLength(2);
  });

  it('gives a dropped file back to the window it was dropped on', async () => {
    const { opener, documents, sent } = setup();
    opener.windowReady(1);
    const path = await sessionFile('dropped.pickwise');
    const result = await opener.openDropped(1, path);
    expect(result).toMatchObject({ status: 'opened', fileName: 'dropped.pickwise' });
    expect(sent).toEqual([]);
    expect(documents.get(1).filePath).toBe(path);
  });

  it('explains a damaged file and changes nothing', async () => {
    const { opener, errors, recentFiles } = setup();
    const broken = join(folder, 'broken.pickwise');
    await writeFile(broken, '{"format": "pickwise-session", "version": 1,');
    expect(await opener.openFile(broken, { preferredWindowId: 1 })).toBe('failed');
    expect(errors[0]?.error.message).toContain('broken.pickwise');
    expect(recentFiles.list()).toEqual([]);
  });
});

describe('the recent-files list', () => {
  it('keeps the most recent first, without duplicates, at most ten', () => {
    let list: string[] = [];
    for (let i = 0; i < 14; i++) list = withRecentFile(list, `/f${i}.pickwise`);
    list = withRecentFile(list, '/f8.pickwise');
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list.slice(0, 3)).toEqual(['/f8.pickwise', '/f13.pickwise', '/f12.pickwise']);
    expect(new Set(list).size).toBe(list.length);
  });

  it('reads a damaged or hostile file as what it can trust', () => {
    expect(parseRecentFiles('nope')).toEqual([]);
    expect(parseRecentFiles('{"files": ["/a", 3, "/a", "", "/b"]}')).toEqual(['/a', '/b']);
  });

  it('persists and mirrors to the operating system’s recent documents', async () => {
    const os = { added: [] as string[], cleared: 0 };
    const path = join(folder, 'recent.json');
    const recent = new RecentFiles(fs, path, { add: (file) => void os.added.push(file), clear: () => void (os.cleared += 1) });
    await recent.add('/a.pickwise');
    await recent.add('/b.pickwise');
    const again = new RecentFiles(fs, path);
    expect(await again.load()).toEqual(['/b.pickwise', '/a.pickwise']);
    await recent.clear();
    expect(os).toEqual({ added: ['/a.pickwise', '/b.pickwise'], cleared: 1 });
    expect(await new RecentFiles(fs, path).load()).toEqual([]);
  });
});

describe('the theme', () => {
  it('flips to the opposite of what shows, then the other, then back to the system', () => {
    expect(nextTheme('system', false)).toBe('dark');
    expect(nextTheme('dark', false)).toBe('light');
    expect(nextTheme('light', false)).toBe('system');
    expect(nextTheme('system', true)).toBe('light');
    expect(nextTheme('light', true)).toBe('dark');
    expect(nextTheme('dark', true)).toBe('system');
  });

  it('is applied on load and remembered', async () => {
    const applied: string[] = [];
    const path = join(folder, 'preferences.json');
    const target = { apply: (choice: string) => void applied.push(choice), systemIsDark: () => false };
    const theme = new ThemePreference(fs, path, target);
    expect(await theme.load()).toBe('system');
    expect(await theme.toggle()).toBe('dark');
    expect(await new ThemePreference(fs, path, target).load()).toBe('dark');
    expect(applied).toEqual(['system', 'dark', 'dark']);
    expect(parseThemeChoice('{"theme": "purple"}')).toBe('system');
  });
});

describe('the recent-files list, the details', () => {
  it('keeps at most ten entries from a stored list, dropping names no file can have', () => {
    const stored = Array.from({ length: 12 }, (_, i) => `/f${i}.pickwise`);
    expect(parseRecentFiles(JSON.stringify({ files: stored }))).toEqual(stored.slice(0, MAX_RECENT_FILES));
    const longest = `/${'a'.repeat(4095)}`;
    expect(parseRecentFiles(JSON.stringify({ files: [longest, `${longest}b`] }))).toEqual([longest]);
    for (const text of ['null', '{}', '{"files": "a"}', '{"files": {"0": "/a"}}']) expect(parseRecentFiles(text)).toEqual([]);
    // Entries that are not text are dropped, even those with a length like a name's.
    expect(parseRecentFiles(JSON.stringify({ files: [['/a.pickwise'], { length: 12 }, 7, null, '/b.pickwise'] }))).toEqual(['/b.pickwise']);
  });

  it('tells every listener of each change, until it stops listening', async () => {
    const recent = new RecentFiles(fs, join(folder, 'recent.json'));
    lists.push(recent);
    const heard: (readonly string[])[] = [];
    const stop = recent.onChange((files) => void heard.push(files));
    await recent.add('/a.pickwise');
    await recent.remove('/not-there.pickwise');
    await recent.remove('/a.pickwise');
    stop();
    await recent.add('/b.pickwise');
    expect(heard).toEqual([['/a.pickwise'], []]);
  });

  it('clears without an operating-system list to mirror', async () => {
    const recent = new RecentFiles(fs, join(folder, 'recent.json'));
    lists.push(recent);
    await recent.add('/a.pickwise');
    await recent.clear();
    expect(recent.list()).toEqual([]);
  });

  it('says on the console when it cannot write the list, and writes the next change', async () => {
    const path = join(folder, 'recent.json');
    let failNext = true;
    const flakyFs = {
      ...fs,
      rename: async (from: string, to: string) => {
        if (failNext) {
          failNext = false;
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        }
        return fs.rename(from, to);
      },
    };
    const complaints = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const recent = new RecentFiles(flakyFs, path);
      lists.push(recent);
      await recent.add('/a.pickwise');
      expect(complaints).toHaveBeenCalledWith('Pickwise could not remember its recent files:', expect.objectContaining({ code: 'ENOSPC' }));
      expect(recent.list()).toEqual(['/a.pickwise']);
      await recent.add('/b.pickwise');
      expect(await new RecentFiles(fs, path).load()).toEqual(['/b.pickwise', '/a.pickwise']);
    } finally {
      complaints.mockRestore();
    }
  });
});

describe('the theme, the details', () => {
  it('reads each stored choice, and anything else as following the system', () => {
    expect(parseThemeChoice('{"theme": "light"}')).toBe('light');
    expect(parseThemeChoice('{"theme": "dark"}')).toBe('dark');
    expect(parseThemeChoice('{"theme": "system"}')).toBe('system');
    expect(parseThemeChoice('null')).toBe('system');
    expect(parseThemeChoice('not json')).toBe('system');
  });

  it('follows the system until loaded', () => {
    const theme = new ThemePreference(fs, join(folder, 'preferences.json'), { apply: () => undefined, systemIsDark: () => false });
    expect(theme.current()).toBe('system');
  });

  it('applies a toggle it cannot remember, and says so on the console', async () => {
    const blocker = join(folder, 'a-file');
    await writeFile(blocker, 'not a folder');
    const applied: string[] = [];
    const complaints = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const theme = new ThemePreference(fs, join(blocker, 'preferences.json'), { apply: (choice) => void applied.push(choice), systemIsDark: () => true });
      expect(await theme.toggle()).toBe('light');
      expect(theme.current()).toBe('light');
      expect(applied).toEqual(['light']);
      expect(complaints).toHaveBeenCalledWith('Pickwise could not remember the theme:', expect.objectContaining({ code: 'EEXIST' }));
    } finally {
      complaints.mockRestore();
    }
  });
});

describe('opening files, the details', () => {
  it('a file opened into a new window counts as opened', async () => {
    const { opener, documents } = setup();
    documents.update(1, { dirty: true });
    expect(await opener.openFile(await sessionFile('new-window.pickwise'), { preferredWindowId: 1 })).toBe('opened');
    expect(documents.get(2)).toMatchObject({ dirty: false, title: 'new-window.pickwise' });
  });

  it('opens into an untitled window as saved work, titled by its file', async () => {
    const { opener, documents } = setup();
    await opener.openFile(await sessionFile('titled.pickwise'), { preferredWindowId: 1 });
    expect(documents.get(1)).toMatchObject({ dirty: false, title: 'titled.pickwise' });
  });

  it('a file that is not there, opened other than from Open Recent, leaves Open Recent alone', async () => {
    const { opener, recentFiles, errors } = setup();
    const kept = join(folder, 'kept.pickwise');
    await recentFiles.add(kept);
    expect(await opener.openFile(kept, { preferredWindowId: 1 })).toBe('failed');
    expect(errors[0]?.error).toMatchObject({ code: 'ENOENT', message: '“kept.pickwise” could not be opened. It is not there any more: it was moved, renamed or deleted.' });
    expect(recentFiles.list()).toEqual([kept]);
  });

  it('from Open Recent: a file that is there opens and stays listed; one that is no session stays listed too', async () => {
    const { opener, recentFiles, errors } = setup();
    const path = await sessionFile('listed.pickwise');
    const notes = join(folder, 'notes.txt');
    await writeFile(notes, 'hello');
    await recentFiles.add(notes);
    await recentFiles.add(path);
    expect(await opener.openFile(path, { preferredWindowId: 1, fromRecent: true })).toBe('opened');
    expect(await opener.openFile(notes, { preferredWindowId: 1, fromRecent: true })).toBe('failed');
    expect(errors.map((each) => each.error.code)).toEqual(['not-a-session']);
    expect(recentFiles.list()).toEqual([path, notes]);
  });

  it('a file gone from Open Recent is refused with the code of a missing file', async () => {
    const { opener, errors } = setup();
    await opener.openFile(join(folder, 'gone.pickwise'), { preferredWindowId: 1, fromRecent: true });
    expect(errors[0]?.error.code).toBe('ENOENT');
  });

  it('shows a failure on the window that asked, brought forward, or on the window in front', async () => {
    const { opener, errors, focused } = setup([1, 2]);
    await opener.openFile(join(folder, 'missing.pickwise'), { preferredWindowId: 2 });
    await opener.openFile(join(folder, 'missing.pickwise'), { preferredWindowId: null });
    expect(errors.map((each) => each.windowId)).toEqual([2, 1]);
    expect(focused).toEqual([2, 1]);
  });

  it('with no window at all, shows a failure on its own and focuses nothing', async () => {
    const { opener, errors, focused } = setup([]);
    await opener.openFile(join(folder, 'missing.pickwise'), { preferredWindowId: null });
    expect(errors.map((each) => each.windowId)).toEqual([null]);
    expect(focused).toEqual([]);
  });

  it('a session from a chart image opens untitled and does not join Open Recent', async () => {
    const { opener, documents, recentFiles } = setup();
    const path = join(folder, 'chart.png');
    await writeFile(path, embedSessionInPng(IMAGE, serializeSession(createSampleSession())));
    expect(await opener.openFile(path, { preferredWindowId: 1 })).toBe('opened');
    expect(documents.get(1)).toMatchObject({ filePath: null, title: 'Untitled', dirty: false });
    expect(recentFiles.list()).toEqual([]);
  });

  it('a file dropped on one window but shown in another brings that one forward, and opens nothing', async () => {
    const { opener, focused } = setup([1, 2]);
    const path = await sessionFile('shown.pickwise');
    await opener.openFile(path, { preferredWindowId: 1 });
    expect(await opener.openDropped(2, path)).toEqual({ status: 'cancelled' });
    expect(focused).toEqual([1, 1]);
  });

  it('a file the Open dialog chose that no window shows is not “open elsewhere”', async () => {
    const { opener, focused, documents } = setup([1, 2]);
    expect(opener.focusIfOpenElsewhere(1, await sessionFile('nowhere.pickwise'))).toBe(false);
    // Nor when the asking window holds work of its own, so that the file would go to a new window.
    documents.update(1, { dirty: true });
    expect(opener.focusIfOpenElsewhere(1, await sessionFile('nowhere.pickwise'))).toBe(false);
    expect(focused).toEqual([]);
  });

  it('a closed window’s waiting session is dropped, and a new page of the same window gets sessions when ready', async () => {
    const { opener, documents, sent } = setup();
    documents.update(1, { dirty: true });
    await opener.openFile(await sessionFile('waiting.pickwise'), { preferredWindowId: 1 });
    opener.windowClosed(2);
    expect(opener.takePending(2)).toBeNull();
    opener.windowReady(1);
    opener.windowClosed(1);
    documents.update(1, { dirty: false });
    await opener.openFile(await sessionFile('later.pickwise'), { preferredWindowId: 1 });
    expect(sent).toEqual([]);
    expect(opener.takePending(1)?.fileName).toBe('later.pickwise');
  });
});

describe('what may be opened', () => {
  const failingStat = (error: Error) => async () => Promise.reject(error);

  it('a path through a file, or one that cannot be looked at, is refused with the reason', async () => {
    const path = join(folder, 'x.pickwise');
    expect(await checkFileToOpen(path, failingStat(Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' })))).toEqual({
      code: 'ENOENT',
      fileName: 'x.pickwise',
      message: '“x.pickwise” could not be opened. It is not there any more: it was moved, renamed or deleted.',
    });
    expect(await checkFileToOpen(path, failingStat(Object.assign(new Error('EACCES'), { code: 'EACCES' })))).toEqual({
      code: 'EACCES',
      fileName: 'x.pickwise',
      message: '“x.pickwise” could not be opened. You do not have permission to use this file.',
    });
    expect(await checkFileToOpen(path, failingStat(new Error('the drive went away')))).toEqual({
      code: 'io-error',
      fileName: 'x.pickwise',
      message: '“x.pickwise” could not be opened. The system reported: the drive went away',
    });
  });

  it('a file of exactly the largest size a session may be is let through', async () => {
    const path = join(folder, 'edge.pickwise');
    await writeFile(path, '');
    await fs.truncate(path, MAX_SESSION_BYTES);
    expect(await checkFileToOpen(path, (target) => fs.stat(target))).toBeNull();
    await fs.truncate(path, MAX_SESSION_BYTES + 1);
    expect(await checkFileToOpen(path, (target) => fs.stat(target))).toMatchObject({ code: 'too-large' });
  });
});
