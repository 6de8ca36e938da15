import { useState } from 'react';
import { dismissErrors, useErrorStore } from '../error-reporting';
import { useTranslation } from '../i18n';
import { saveDocument } from '../store/document-commands';
import { selectDirty, useSessionStore } from '../store/session-store';
import { useModalDialog } from './modal-dialog';
import '../styles/dialogs.css';

/** What a save from the dialog came to, in words (a cancelled save says nothing). */
const SAVE_OUTCOMES = { saved: 'errorDialog.saved', failed: 'errorDialog.saveFailed', reloaded: 'errorDialog.reloaded' } as const;

/**
 * Something unexpected went wrong: said calmly, with the way to keep the work first. The error
 * is already in the log in the app's data folder.
 */
export function ErrorDialog() {
  const errors = useErrorStore((state) => state.errors);
  const dirty = useSessionStore(selectDirty);
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [saveOutcome, setSaveOutcome] = useState<keyof typeof SAVE_OUTCOMES | null>(null);
  const open = errors.length > 0;
  const dialog = useModalDialog(open, dismissErrors);

  // Each time it opens, the outcome of a save from its last opening is gone (set while
  // rendering, as React advises for state that follows a prop, rather than in an effect).
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setSaveOutcome(null);
  }

  const save = async () => {
    setSaving(true);
    try {
      const status = await saveDocument();
      if (status === 'saved') {
        setSaveOutcome('saved');
      } else if (status === 'failed') {
        setSaveOutcome('failed');
      } else if (status === 'cancelled') {
        setSaveOutcome(null);
      } else {
        setSaveOutcome('reloaded');
      }
    } finally {
      setSaving(false);
    }
  };

  const latest = errors[errors.length - 1];
  return (
    <dialog ref={dialog} className="calm-dialog" aria-modal="true" aria-labelledby="error-dialog-title" aria-describedby="error-dialog-detail">
      {open && latest && (
        <>
          <h2 id="error-dialog-title">{t('errorDialog.title')}</h2>
          <div id="error-dialog-detail">
            <p>{dirty ? t('errorDialog.problemWithUnsavedWork') : t('errorDialog.problemWorkSaved')}</p>
            <p className="error-detail" data-testid="error-message">
              {errors.length > 1 ? t('errorDialog.messageAndMore', { message: latest.message, count: errors.length - 1 }) : latest.message}
            </p>
            <p className="dialog-note">{t('errorDialog.logNote')}</p>
            {saveOutcome && (
              <p role="status" className="dialog-note">
                {t(SAVE_OUTCOMES[saveOutcome])}
              </p>
            )}
          </div>
          <div className="dialog-buttons">
            <button type="button" onClick={dismissErrors}>
              {t('errorDialog.dismiss')}
            </button>
            <button type="submit" data-autofocus disabled={saving || !dirty} onClick={() => void save()}>
              {t('errorDialog.saveMyWork')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
