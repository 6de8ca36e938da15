import { extname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The extensions Pickwise opens: its own, and plain JSON. */
const SESSION_EXTENSIONS = ['.pickwise', '.json', '.png'] as const;

/** True for a path whose extension is one Pickwise opens. */
export function hasSessionExtension(path: string): boolean {
  return (SESSION_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

export interface LaunchContext {
  /** `process.defaultApp`: started as `electron <app path> …`, so the first argument is the app. */
  defaultApp: boolean;
  /** The folder relative paths are resolved against. */
  workingDirectory: string;
}

/**
 * The session files named on a command line: `pickwise a.pickwise b.json`. Skips the
 * executable, the app's path when run through `electron`, and every flag (Electron's,
 * Chromium's, macOS's `-psn_…`); accepts `file://` URLs as Linux launchers pass them;
 * resolves relative paths against the working directory. Other files are still returned,
 * so that opening them can explain why they are not sessions.
 */
export function filesFromArgv(argv: readonly string[], context: LaunchContext): string[] {
  const args = argv.slice(1);
  const files: string[] = [];
  let appPathSkipped = !context.defaultApp;
  let flagsEnded = false;
  for (const arg of args) {
    if (!flagsEnded && arg === '--') {
      flagsEnded = true;
      continue;
    }
    if (!flagsEnded && arg.startsWith('-')) continue;
    if (!appPathSkipped) {
      appPathSkipped = true;
      continue;
    }
    const path = toPath(arg, context.workingDirectory);
    if (path !== null && !files.includes(path)) files.push(path);
  }
  return files;
}

function toPath(arg: string, workingDirectory: string): string | null {
  if (arg.trim() === '') return null;
  if (/^file:\/\//i.test(arg)) {
    try {
      return fileURLToPath(arg);
      // Stryker disable next-line BlockStatement: without it the next check refuses the URL all the same, as every URL.
    } catch {
      return null;
    }
  }
  // Any other URL (a deep link, a web address) is not a file to open.
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return isAbsolute(arg) ? resolve(arg) : resolve(workingDirectory, arg);
}

/** What a second launch hands the running app: its files, worked out before it quits. */
export interface SecondInstanceData {
  files: string[];
}

/** Reads the data a second launch passed through `requestSingleInstanceLock`, if well-formed. */
export function secondInstanceFiles(
  argv: readonly string[],
  workingDirectory: string,
  additionalData: unknown,
  defaultApp: boolean,
): string[] {
  const files = (additionalData as Partial<SecondInstanceData> | null | undefined)?.files;
  if (Array.isArray(files) && files.every((file) => typeof file === 'string' && isAbsolute(file))) return [...new Set(files)];
  // Older launches, or data lost on the way: Chromium may have added its own switches to argv.
  return filesFromArgv(argv, { defaultApp, workingDirectory });
}

/** A window as routing sees it. */
export interface RoutableWindow {
  id: number;
  filePath: string | null;
  /** Untitled and unedited: nothing would be lost by showing another session there. */
  pristine: boolean;
}

export type Route = { kind: 'focus'; windowId: number } | { kind: 'reuse'; windowId: number } | { kind: 'new-window' };

/** Paths compared as the file system would: case-insensitively on Windows and macOS. */
export function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  const norm = (path: string) => resolve(path);
  return platform === 'win32' || platform === 'darwin' ? norm(a).toLowerCase() === norm(b).toLowerCase() : norm(a) === norm(b);
}

/**
 * Where a file goes: the window that already shows it is brought to the front; otherwise
 * the preferred window when it is pristine; otherwise a new window (one window per session).
 */
export function routeFile(
  path: string,
  windows: readonly RoutableWindow[],
  preferredWindowId: number | null,
  platform: NodeJS.Platform,
): Route {
  const showing = windows.find((window) => window.filePath !== null && samePath(window.filePath, path, platform));
  if (showing) return { kind: 'focus', windowId: showing.id };
  const preferred = windows.find((window) => window.id === preferredWindowId);
  if (preferred?.pristine) return { kind: 'reuse', windowId: preferred.id };
  return { kind: 'new-window' };
}
