import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesFromArgv, hasSessionExtension, routeFile, samePath, secondInstanceFiles } from '../../../electron/main/services/file-routing';

const cwd = resolve('/home/facilitator/workshops');
const file = (name: string) => join(cwd, name);

describe('files named on the command line', () => {
  it('takes the files after the packaged executable', () => {
    expect(filesFromArgv(['/opt/Pickwise/pickwise', 'q3.pickwise', '/tmp/other.json'], { defaultApp: false, workingDirectory: cwd })).toEqual([
      file('q3.pickwise'),
      resolve('/tmp/other.json'),
    ]);
  });

  it('skips the app path when run as `electron <app> <file>`', () => {
    expect(filesFromArgv(['/usr/bin/electron', 'out/main/index.js', 'q3.pickwise'], { defaultApp: true, workingDirectory: cwd })).toEqual([file('q3.pickwise')]);
    expect(filesFromArgv(['/usr/bin/electron', '.'], { defaultApp: true, workingDirectory: cwd })).toEqual([]);
  });

  it('skips Electron, Chromium and macOS flags, wherever they are', () => {
    const argv = ['/usr/bin/electron', '--inspect=0', '--remote-debugging-port=0', '/app/out/main/index.js', '--no-sandbox', 'a.pickwise', '-psn_0_12345'];
    expect(filesFromArgv(argv, { defaultApp: true, workingDirectory: cwd })).toEqual([file('a.pickwise')]);
  });

  it('takes a name that starts with a dash after `--`', () => {
    expect(filesFromArgv(['pickwise', '--', '-odd.pickwise'], { defaultApp: false, workingDirectory: cwd })).toEqual([file('-odd.pickwise')]);
  });

  it('accepts file:// URLs, as Linux launchers pass them, and ignores other URLs', () => {
    const url = pathToFileURL(resolve('/tmp/with space.pickwise')).href;
    expect(filesFromArgv(['pickwise', url, 'https://example.invalid/x.pickwise'], { defaultApp: false, workingDirectory: cwd })).toEqual([
      resolve('/tmp/with space.pickwise'),
    ]);
  });

  it('names each file once', () => {
    expect(filesFromArgv(['pickwise', 'a.pickwise', './a.pickwise'], { defaultApp: false, workingDirectory: cwd })).toEqual([file('a.pickwise')]);
  });

  it('knows the extensions Pickwise opens', () => {
    expect(hasSessionExtension('/x/A.PICKWISE')).toBe(true);
    expect(hasSessionExtension('/x/a.json')).toBe(true);
    expect(hasSessionExtension('/x/a.txt')).toBe(false);
    expect(hasSessionExtension('/x/pickwise')).toBe(false);
  });
});

describe('files handed over by a second launch', () => {
  it('uses the files the second launch worked out itself', () => {
    const files = secondInstanceFiles(['/opt/Pickwise/pickwise', '--some-chromium-switch', 'ignored.pickwise'], '/elsewhere', { files: [file('b.pickwise')] }, false);
    expect(files).toEqual([file('b.pickwise')]);
  });

  it('falls back to its command line, resolved against its working directory', () => {
    expect(secondInstanceFiles(['/opt/Pickwise/pickwise', 'c.pickwise'], cwd, undefined, false)).toEqual([file('c.pickwise')]);
    expect(secondInstanceFiles(['/opt/Pickwise/pickwise', 'c.pickwise'], cwd, { files: ['relative.pickwise'] }, false)).toEqual([file('c.pickwise')]);
  });
});

describe('which window a file goes to', () => {
  const windows = [
    { id: 1, filePath: file('open.pickwise'), pristine: false },
    { id: 2, filePath: null, pristine: true },
    { id: 3, filePath: null, pristine: false },
  ];

  it('brings forward the window that already shows the file', () => {
    expect(routeFile(file('open.pickwise'), windows, 2, 'linux')).toEqual({ kind: 'focus', windowId: 1 });
  });

  it('uses the asking window when it is untitled and unedited', () => {
    expect(routeFile(file('new.pickwise'), windows, 2, 'linux')).toEqual({ kind: 'reuse', windowId: 2 });
  });

  it('opens a new window rather than replace work in progress', () => {
    expect(routeFile(file('new.pickwise'), windows, 3, 'linux')).toEqual({ kind: 'new-window' });
    expect(routeFile(file('new.pickwise'), windows, 1, 'linux')).toEqual({ kind: 'new-window' });
    expect(routeFile(file('new.pickwise'), windows, null, 'linux')).toEqual({ kind: 'new-window' });
  });

  it('compares paths as the file system does', () => {
    expect(samePath('/A/b.pickwise', '/a/B.pickwise', 'darwin')).toBe(true);
    expect(samePath('/A/b.pickwise', '/a/B.pickwise', 'linux')).toBe(false);
    expect(samePath('/a/./b.pickwise', '/a/b.pickwise', 'linux')).toBe(true);
  });
});

describe('file routing, the details', () => {
  const context = { defaultApp: false, workingDirectory: '/home/me/work' };

  it('skips empty arguments rather than taking them for the working folder', () => {
    expect(filesFromArgv(['/opt/Pickwise/pickwise', '', '   ', 'a.pickwise'], context)).toEqual(['/home/me/work/a.pickwise']);
  });

  it('takes a file:// URL only at the start, and any other URL only at the start too', () => {
    expect(filesFromArgv(['pickwise', 'backup file://x.pickwise', 'old/https://y.pickwise'], context)).toEqual([
      resolve('/home/me/work', 'backup file://x.pickwise'),
      resolve('/home/me/work', 'old/https://y.pickwise'),
    ]);
  });

  it('skips a file:// URL on another computer, which has no path here', () => {
    expect(filesFromArgv(['pickwise', 'file://server/share/x.pickwise', 'b.pickwise'], context)).toEqual(['/home/me/work/b.pickwise']);
  });

  it('trusts the files a second launch handed over only when every one is a full path', () => {
    const argv = ['pickwise', 'from-argv.pickwise'];
    expect(secondInstanceFiles(argv, '/home/me', { files: ['/a.pickwise', 'relative.pickwise'] }, false)).toEqual(['/home/me/from-argv.pickwise']);
    expect(secondInstanceFiles(argv, '/home/me', { files: [5] }, false)).toEqual(['/home/me/from-argv.pickwise']);
  });

  it('compares paths without case on Windows and macOS, with case elsewhere', () => {
    expect(samePath('/Work/Plan.pickwise', '/work/plan.pickwise', 'win32')).toBe(true);
    expect(samePath('/Work/Plan.pickwise', '/work/plan.pickwise', 'darwin')).toBe(true);
    expect(samePath('/Work/Plan.pickwise', '/work/plan.pickwise', 'linux')).toBe(false);
    expect(samePath('/work/plan.pickwise', '/work/./plan.pickwise', 'linux')).toBe(true);
    // Without case, two different files are still two files.
    for (const platform of ['win32', 'darwin'] as const) expect(samePath('/Work/Plan.pickwise', '/work/plan-2.pickwise', platform)).toBe(false);
  });
});
