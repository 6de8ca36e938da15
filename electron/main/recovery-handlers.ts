import type { IpcHandlers } from './ipc-dispatch';
import type { DocumentRegistry } from './services/documents';
import type { Drafts } from './services/drafts';
import type { ErrorLog } from './services/error-log';
import { basename } from 'node:path';

type RecoveryCalls = 'storeDraft' | 'discardDraft' | 'listRecoverableDrafts' | 'restoreDraft' | 'discardRecoverableDraft' | 'reportRendererError';

export interface RecoveryServices {
  documents: DocumentRegistry;
  drafts: Drafts;
  errorLog: ErrorLog;
}

/**
 * Drops a window's draft once its work is saved, replaced or deliberately discarded. A draft
 * that cannot be deleted is logged, never allowed to fail the save that made it obsolete.
 */
export async function settleDraft({ drafts, errorLog }: Pick<RecoveryServices, 'drafts' | 'errorLog'>, windowId: number): Promise<void> {
  try {
    await drafts.discard(windowId);
  } catch (error) {
    await logMainError(errorLog, 'A draft could not be removed', error);
  }
}

/** Writes a main-side failure to the error log; a log that cannot be written goes to stderr. */
export async function logMainError(errorLog: ErrorLog, context: string, error: unknown): Promise<void> {
  const message = `${context}: ${error instanceof Error ? error.message : String(error)}`;
  try {
    await errorLog.record({ source: 'main', message, stack: error instanceof Error ? error.stack : undefined });
  } catch (logError) {
    console.error(message, logError);
  }
}

/** Handlers for drafts (crash recovery) and the page's error reports. */
export function createRecoveryHandlers(services: RecoveryServices): Pick<IpcHandlers, RecoveryCalls> {
  const { documents, drafts, errorLog } = services;
  return {
    async storeDraft({ windowId }, { session }) {
      const { filePath, fileFingerprint } = documents.get(windowId);
      try {
        await drafts.store(windowId, {
          session,
          filePath,
          fileName: filePath === null ? null : basename(filePath),
          fileFingerprint,
        });
        return { status: 'stored' };
      } catch (error) {
        await logMainError(errorLog, 'A draft could not be stored', error);
        return { status: 'failed', message: `Your unsaved changes could not be kept as a draft: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
    async discardDraft({ windowId }) {
      await settleDraft(services, windowId);
    },
    async listRecoverableDrafts() {
      return drafts.listRecoverable();
    },
    async restoreDraft({ windowId }, { draftId }) {
      const restored = await drafts.restore(windowId, draftId);
      if (!restored.ok) return { status: 'failed', error: restored.error };
      const { record } = restored;
      // Save writes to the file the work belongs to, and still notices if it changed since.
      documents.update(windowId, { filePath: record.filePath, dirty: true, fileFingerprint: record.filePath === null ? null : record.fileFingerprint });
      return { status: 'restored', session: record.session, fileName: record.fileName };
    },
    async discardRecoverableDraft(_context, { draftId }) {
      await drafts.discardRecoverable(draftId);
    },
    async reportRendererError(_context, { message, stack }) {
      await errorLog.record({ source: 'renderer', message, stack: stack ?? undefined });
    },
  };
}
