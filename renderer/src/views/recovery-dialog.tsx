import { useEffect, useState } from 'react';
import { formatDateTime, untitled, type Language } from '../../../shared';
import type { RecoverableDraft } from '../../../shared/ipc-contract';
import { pickwise } from '../pickwise-client';
import { reportError } from '../error-reporting';
import { useLanguage, useTranslation } from '../i18n';
import { restoreDraftDocument } from '../store/document-commands';
import { useModalDialog } from './modal-dialog';
import '../styles/dialogs.css';

/** When a draft was kept, in the interface's language; null when its time cannot be read. */
function formatSavedAt(savedAt: string, language: Language): string | null {
  const date = new Date(savedAt);
  return Number.isNaN(date.getTime()) ? null : formatDateTime(date, language);
}

/**
 * After a crash: the unsaved work Pickwise kept as drafts, offered back one by one. Restore
 * brings a draft into the window (still unsaved); Discard deletes it; Decide later (or Esc)
 * keeps them all for the next start.
 */
export function RecoveryDialog() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [drafts, setDrafts] = useState<RecoverableDraft[]>([]);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const dialog = useModalDialog(open, () => setOpen(false));

  useEffect(() => {
    let current = true;
    pickwise()
      .listRecoverableDrafts()
      .then((found) => {
        if (!current || found.length === 0) return;
        setDrafts(found);
        setOpen(true);
      })
      .catch(reportError);
    return () => {
      current = false;
    };
  }, []);

  // A message about the draft stays readable: the dialog closes on its own only when all went well.
  const settled = (draftId: string, withMessage = false) => {
    const remaining = drafts.filter((draft) => draft.draftId !== draftId);
    setDrafts(remaining);
    if (remaining.length === 0 && !withMessage) setOpen(false);
  };

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  // Another window restored it meanwhile: it is that window's work now, no longer offered here.
  const restore = (draft: RecoverableDraft) =>
    act(async () => {
      const result = await restoreDraftDocument(draft.draftId);
      if (result === null) return;
      if (result.status === 'failed') {
        setProblem(result.error.message);
        if (result.error.code === 'draft-in-use') settled(draft.draftId, true);
      } else settled(draft.draftId);
    });

  const discard = (draft: RecoverableDraft) =>
    act(async () => {
      const result = await pickwise().discardRecoverableDraft({ draftId: draft.draftId });
      if (result.status === 'in-use') setProblem(result.message);
      settled(draft.draftId, result.status === 'in-use');
    });

  /** Where a draft's work belongs (a file, or none yet) and when it was kept. */
  const keptLine = (draft: RecoverableDraft): string => {
    const savedAt = formatSavedAt(draft.savedAt, language);
    if (draft.fileName) {
      const fileName = draft.fileName;
      return savedAt === null ? t('recoveryDialog.changesKeptUnknownTime', { fileName }) : t('recoveryDialog.changesKept', { fileName, savedAt });
    }
    return savedAt === null ? t('recoveryDialog.neverSavedKeptUnknownTime') : t('recoveryDialog.neverSavedKept', { savedAt });
  };

  return (
    <dialog ref={dialog} className="calm-dialog recovery-dialog" aria-modal="true" aria-labelledby="recovery-title" aria-describedby="recovery-intro">
      {open && (
        <>
          <h2 id="recovery-title">{t('recoveryDialog.title')}</h2>
          <p id="recovery-intro">
            {drafts.length === 0 ? t('recoveryDialog.noOtherDrafts') : t('recoveryDialog.intro', { count: drafts.length })}
          </p>
          {problem && (
            <p role="alert" className="error-detail">
              {problem}
            </p>
          )}
          <ul className="draft-list" aria-label={t('recoveryDialog.drafts')}>
            {drafts.map((draft, index) => {
              const title = draft.title.trim() || untitled(language);
              return (
                <li key={draft.draftId} className="draft-row" data-testid="draft-row">
                  <div className="draft-summary">
                    <strong>{title}</strong>
                    <span className="dialog-note">
                      {draft.damaged ? t('recoveryDialog.damaged', { reason: draft.damaged }) : keptLine(draft)}
                    </span>
                    {draft.expiring && (
                      <span className="dialog-note">
                        {draft.damaged ? t('recoveryDialog.expiringDamaged') : t('recoveryDialog.expiring')}
                      </span>
                    )}
                  </div>
                  <div className="dialog-buttons">
                    <button type="button" disabled={busy} onClick={() => void discard(draft)} aria-label={t('recoveryDialog.discardDraft', { title })}>
                      {t('recoveryDialog.discard')}
                    </button>
                    {!draft.damaged && (
                      <button type="submit" data-autofocus={index === 0 ? true : undefined} disabled={busy} onClick={() => void restore(draft)} aria-label={t('recoveryDialog.restoreDraft', { title })}>
                        {t('recoveryDialog.restore')}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          <div className="dialog-buttons">
            <button type="button" className="quiet" onClick={() => setOpen(false)}>
              {drafts.length === 0 ? t('close') : t('recoveryDialog.decideLater')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
