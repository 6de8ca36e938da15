import { useState } from 'react';
import { followUpHeading, updateFollowUpOutcome, type FollowUp, type FollowUpOutcome } from '../../../../shared';
import { focusAfter } from '../../focus-after';
import { useLanguage, useTranslation } from '../../i18n';
import { closeEarlierFocusQuestions, useFollowUpStore } from '../../store/follow-up-store';
import { editSession, useSessionStore } from '../../store/session-store';
import { useModalDialog } from '../modal-dialog';
import { OutcomeFields } from './outcome-fields';
import '../../styles/dialogs.css';
import './follow-up.css';

/** Skip, Esc or Save answers: the dialog goes, and focus to the same answers in Frame. */
function close(): void {
  closeEarlierFocusQuestions();
  focusAfter.followUpQuestionsClosed();
}

/**
 * The first thing a follow-up asks: what became of the focus chosen last time. *Save answers*
 * records them as one edit (one Ctrl+Z); *Skip* (or Esc) records nothing, and Frame asks again.
 */
export function FollowUpDialog() {
  const { t } = useTranslation('followUp');
  const language = useLanguage();
  const asking = useFollowUpStore((state) => state.asking);
  const followUp = useSessionStore((state) => (asking ? state.session.followUp : null));
  const dialog = useModalDialog(asking, close);
  const open = asking && followUp !== null && followUp.focus !== null;
  return (
    <dialog ref={dialog} className="calm-dialog follow-up-dialog" aria-labelledby="follow-up-title" data-testid="follow-up-dialog">
      <h2 id="follow-up-title">{t('dialog.title')}</h2>
      {/* The questions exist only while the dialog is open: a closed dialog holds nothing. */}
      {open && <Questions key={followUp.earlier.sessionId} heading={followUpHeading(followUp.earlier, language)} followUp={followUp} />}
    </dialog>
  );
}

function Questions({ heading, followUp }: { heading: string; followUp: FollowUp }) {
  const { t } = useTranslation('followUp');
  const [draft, setDraft] = useState<FollowUpOutcome>(followUp.outcome);
  const save = () => {
    editSession((session) => updateFollowUpOutcome(session, draft));
    close();
  };
  return (
    <form
      className="export-options"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <p className="dialog-note">{t('dialog.intro', { heading })}</p>
      <OutcomeFields focus={followUp.focus!} outcome={draft} onChange={(change) => setDraft((before) => ({ ...before, ...change }))} autoFocus />
      <div className="dialog-buttons">
        <button type="button" className="quiet" onClick={close}>
          {t('dialog.skip')}
        </button>
        <button type="submit">{t('dialog.save')}</button>
      </div>
    </form>
  );
}
