import type { IpcHandlers } from './dispatch';
import { createDesktopHandlers } from './desktop-handlers';
import { createExportHandlers } from './export-handlers';
import type { HandlerServices } from './ports';
import { createRecoveryHandlers } from './recovery-handlers';
import { createSessionHandlers } from './session-handlers';

/**
 * Every call of the contract, from its four groups: the document (session), drafts and error
 * reports (recovery), what leaves the room (export) and the desktop around the window. The
 * compiler refuses a call no group answers, or one two groups answer.
 */
export function createIpcHandlers(services: HandlerServices): IpcHandlers {
  return {
    ...createSessionHandlers(services),
    ...createRecoveryHandlers(services),
    ...createExportHandlers(services.dialogs, services.sessionFiles, services.exports),
    ...createDesktopHandlers(services),
  };
}
