import { basename } from 'node:path';
import { untitled } from '../../../shared';
import { textsIn } from '../../../shared/i18n/texts';
import { interfaceLanguage } from '../interface-language';
import { logMainError } from '../main-errors';
import type { DocumentRegistry } from '../services/documents';
import { DraftRefused, type Drafts } from '../services/drafts';
import type { ErrorLog } from '../services/error-log';
import { describeFsError } from '../services/session-files';
import type { IpcHandlers } from './dispatch';

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

/** Handlers for drafts (crash recovery) and the page's error reports. */
export function createRecoveryHandlers(services: RecoveryServices): Pick<IpcHandlers, RecoveryCalls> {
  const { documents, drafts, errorLog } = services;
  return {
    async storeDraft({ windowId }, { session }) {
      const { filePath, fileFingerprint } = documents.get(windowId);
      const fileName = filePath === null ? null : basename(filePath);
      try {
        await drafts.store(windowId, { session, filePath, fileName, fileFingerprint });
        return { status: 'stored' };
      } catch (error) {
        await logMainError(errorLog, 'A draft could not be stored', error);
        const language = interfaceLanguage();
        const name = fileName ?? (session.frame.title.trim() || untitled(language));
        const reason = error instanceof DraftRefused ? error.message : describeFsError(error, language);
        return { status: 'failed', message: textsIn(language)('desktop:drafts.notKept', { name, reason }) };
      }
    },
    async discardDraft({ windowId }) {
      await settleDraft(services, windowId);
    },
    async listRecoverableDrafts() {
      const offered = await drafts.listRecoverable();
      try {
        await drafts.markOffered(offered.map((draft) => draft.draftId));
      } catch (error) {
        // Unmarked, a draft is only offered again at the next start instead of expiring.
        await logMainError(errorLog, 'Drafts could not be marked as offered', error);
      }
      return offered;
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
      return drafts.discardRecoverable(draftId);
    },
    async reportRendererError(_context, { message, stack }) {
      await errorLog.record({ source: 'renderer', message, stack: stack ?? undefined });
    },
  };
}
