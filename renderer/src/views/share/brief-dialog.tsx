import { useState } from 'react';
import { briefCandidates, mlBriefRefusal, paperFor, sealedExportRefusal } from '../../../../shared';
import { reportError } from '../../error-reporting';
import { useLanguage, useTranslation } from '../../i18n';
import { exportMlBrief } from '../../export/export-commands';
import { chooseBriefCandidate, chooseBriefPaper, closeBriefDialog, useShareStore } from '../../store/share-store';
import { useSessionStore } from '../../store/session-store';
import { useModalDialog } from '../modal-dialog';
import { DialogRefusal } from '../dialog-refusal';
import '../../styles/dialogs.css';

/** Export one candidate's one-page ML brief: which candidate, which paper, PDF or Markdown. */
export function BriefDialog() {
  const { t } = useTranslation('share');
  const language = useLanguage();
  const brief = useShareStore((state) => state.brief);
  // The paper people here print on, until the facilitator chooses.
  const paper = useShareStore((state) => state.briefPaper) ?? paperFor(navigator.language);
  const open = brief !== null;
  // Closed, it needs nothing of the session, and does not render again on every edit.
  const session = useSessionStore((state) => (open ? state.session : null));
  const candidateId = brief?.candidateId ?? null;
  const [busy, setBusy] = useState(false);
  const dialog = useModalDialog(open, closeBriefDialog);
  const sealed = session === null ? null : sealedExportRefusal(session, 'mlBrief', language);

  const exportAs = async (format: 'pdf' | 'markdown') => {
    if (candidateId === null) return;
    setBusy(true);
    try {
      const result = await exportMlBrief(candidateId, format, paper);
      if (result.status === 'exported') closeBriefDialog();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  const candidates = session !== null && sealed === null ? briefCandidates(session) : [];
  const refusal = sealed ?? (open && candidates.length === 0 ? t('briefDialog.needsCandidate') : null);
  const chosen = session !== null && candidateId !== null && mlBriefRefusal(session, candidateId, language) === null ? candidateId : null;

  return (
    <dialog ref={dialog} className="calm-dialog" aria-labelledby="brief-title" data-testid="brief-dialog">
      <h2 id="brief-title">{t('briefDialog.title')}</h2>
      {/* The controls exist only while the dialog is open: a closed dialog holds nothing. */}
      {open && refusal !== null && <DialogRefusal message={refusal} testId="brief-refusal" onClose={closeBriefDialog} />}
      {open && refusal === null && (
        <form className="export-options" onSubmit={(event) => event.preventDefault()}>
          <p className="dialog-note">{t('briefDialog.intro')}</p>
          <label className="field">
            <span className="field-label">{t('briefDialog.candidate')}</span>
            <select data-autofocus value={chosen ?? ''} onChange={(event) => chooseBriefCandidate(event.target.value)}>
              {candidates.map((candidate) => {
                const name = [candidate.code, candidate.title].filter((part) => part !== '').join(' · ');
                return (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.id === session?.decision.focusCandidateId ? t('briefDialog.focusCandidate', { candidate: name }) : name}
                  </option>
                );
              })}
            </select>
          </label>
          <fieldset>
            <legend>{t('briefDialog.paper')}</legend>
            {(['a4', 'letter'] as const).map((each) => (
              <label key={each} className="check-field">
                <input type="radio" name="brief-paper" checked={paper === each} onChange={() => chooseBriefPaper(each)} />
                {t(`briefDialog.papers.${each}`)}
              </label>
            ))}
          </fieldset>
          <div className="dialog-buttons">
            <button type="button" className="quiet" onClick={closeBriefDialog}>
              {t('cancel')}
            </button>
            <button type="button" disabled={busy || chosen === null} onClick={() => void exportAs('markdown')}>
              {t('briefDialog.exportMarkdown')}
            </button>
            <button type="submit" disabled={busy || chosen === null} onClick={() => void exportAs('pdf')}>
              {t('briefDialog.exportPdf')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
