import { useState } from 'react';
import { dismissErrors, useErrorStore } from '../error-reporting';
import { saveDocument } from '../store/document-commands';
import { selectDirty, useSessionStore } from '../store/session-store';
import { useModalDialog } from './modal-dialog';
import '../styles/dialogs.css';

/**
 * Something unexpected went wrong: said calmly, with the way to keep the work first. The error
 * is already in the log in the app's data folder.
 */
export function ErrorDialog() {
  const errors = useErrorStore((state) => state.errors);
  const dirty = useSessionStore(selectDirty);
  const [saving, setSaving] = useState(false);
  const [saveOutcome, setSaveOutcome] = useState<string | null>(null);
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
        setSaveOutcome('Your work is saved.');
      } else if (status === 'failed') {
        setSaveOutcome('Your work could not be saved; try Save As… to keep it somewhere else.');
      } else if (status === 'cancelled') {
        setSaveOutcome(null);
      } else {
        setSaveOutcome('The file was reloaded from disk.');
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
          <h2 id="error-dialog-title">Something went wrong</h2>
          <div id="error-dialog-detail">
            <p>
              Pickwise ran into a problem it did not expect. {dirty ? 'Your unsaved work is still here — save it now to be safe.' : 'Your work is saved.'}
            </p>
            <p className="error-detail" data-testid="error-message">
              {latest.message}
              {errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}
            </p>
            <p className="dialog-note">The details were written to the log in Pickwise’s data folder.</p>
            {saveOutcome && (
              <p role="status" className="dialog-note">
                {saveOutcome}
              </p>
            )}
          </div>
          <div className="dialog-buttons">
            <button type="button" onClick={dismissErrors}>
              Dismiss
            </button>
            <button type="submit" data-autofocus disabled={saving || !dirty} onClick={() => void save()}>
              Save my work
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
