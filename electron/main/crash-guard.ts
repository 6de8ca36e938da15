import type { Language } from '../../shared/i18n/languages';
import { textsIn } from '../../shared/i18n/texts';
import { interfaceLanguage } from './interface-language';
import type { ErrorLog } from './services/error-log';

/** The part of Electron's `app` that decides where the app keeps its data. */
export interface UserDataPaths {
  readonly isPackaged: boolean;
  getPath(name: 'userData'): string;
  setPath(name: 'userData', path: string): void;
}

/**
 * The app's data folder: the platform's own (`~/.config/Pickwise`, `%APPDATA%\Pickwise`,
 * `~/Library/Application Support/Pickwise`), or PICKWISE_USER_DATA when a test sets one, so
 * each test run starts clean and a relaunch finds the drafts of the run it replaces. Only in
 * development (`app.isPackaged` false): an installed Pickwise never lets a variable in the
 * environment move its drafts and log somewhere else.
 */
export function userDataFolder(app: UserDataPaths, env: Record<string, string | undefined>): string {
  const override = env['PICKWISE_USER_DATA'];
  if (override && !app.isPackaged) app.setPath('userData', override);
  return app.getPath('userData');
}

/** Said in the error log when an installed Pickwise ignored PICKWISE_USER_DATA; null otherwise. */
export function ignoredUserDataNotice(app: Pick<UserDataPaths, 'isPackaged'>, env: Record<string, string | undefined>): string | null {
  return env['PICKWISE_USER_DATA'] && app.isPackaged ? 'PICKWISE_USER_DATA is set but ignored: an installed Pickwise keeps its data in the system’s app-data folder.' : null;
}

/** The part of `process` the guard listens on. */
export interface ErrorEvents {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/** One sentence about an error main did not expect: for the facilitator, or (in English) for the log. */
function describeUnexpected(reason: unknown, language: Language): string {
  const text = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : String(reason);
  return text.trim() === '' ? textsIn(language)('common:errors.unexpected') : text.slice(0, 500);
}

/**
 * Nothing main did not expect goes unseen: it is written to the error log, and each window is
 * told, so the facilitator is offered to save the work first instead of the app vanishing.
 */
export function installMainErrorHandlers(events: ErrorEvents, errorLog: ErrorLog, tellWindows: (message: string) => void): void {
  const handle = (reason: unknown) => {
    errorLog
      .record({ source: 'main', message: describeUnexpected(reason, 'en'), stack: reason instanceof Error ? reason.stack : undefined })
      .catch((logError: unknown) => console.error('Pickwise could not write its error log:', logError, reason));
    try {
      tellWindows(describeUnexpected(reason, interfaceLanguage()));
    } catch (notifyError) {
      console.error('Pickwise could not show an error:', notifyError, reason);
    }
  };
  events.on('uncaughtException', handle);
  events.on('unhandledRejection', handle);
}
