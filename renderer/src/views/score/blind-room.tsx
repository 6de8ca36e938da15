import { useState } from 'react';
import { participantsStillScoring, restartBlindScoring, updateSettings, type Participant } from '../../../../shared';
import { focusMark, focusMarkOf } from '../../focus-after';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { useViewStore } from '../../store/view-store';
import { Panel } from '../common/fields';
import { useTranslation } from '../../i18n';
import { useModalDialog } from '../modal-dialog';
import '../../styles/dialogs.css';

const reveal = () => editSession((draft) => updateSettings(draft, { revealed: true }));

/**
 * The room's view of blind scoring: who has finished, nothing more. The facilitator hands
 * the laptop to each participant in turn, then reveals everyone's scores at once. After a
 * turn focus comes back here, to the next turn or Reveal (focus-after.ts).
 */
export function BlindRoom() {
  const session = useSession();
  const { participants, settings } = session;
  const startTurn = useViewStore((state) => state.startScoringTurn);
  const finished = participants.filter((participant) => participant.scoringDone).length;
  const [confirming, setConfirming] = useState(false);
  const stillScoring = participantsStillScoring(session);
  const { t } = useTranslation('score');

  if (settings.revealed) {
    return (
      <Panel
        title={t('blindRoom.revealedTitle')}
        intro={t('blindRoom.revealedIntro')}
        actions={
          <button type="button" className="quiet" onClick={() => editSession((draft) => restartBlindScoring(draft))}>
            {t('blindRoom.hideAndScoreAgain')}
          </button>
        }
      >
        {null}
      </Panel>
    );
  }
  return (
    <Panel
      title={t('blindRoom.title')}
      intro={t('blindRoom.intro')}
      className="blind-room"
    >
      {participants.length === 0 ? (
        <p className="empty-note">{t('blindRoom.noParticipants')}</p>
      ) : (
        <ul className="turn-list" aria-label={t('blindRoom.turns')}>
          {participants.map((participant) => (
            <li key={participant.id} className="turn-row" data-testid="turn-row">
              <span className="turn-name">{participant.name}</span>
              <span className={`turn-state${participant.scoringDone ? ' done' : ''}`}>{participant.scoringDone ? t('blindRoom.finished') : t('blindRoom.notYet')}</span>
              <button type="button" {...focusMarkOf(focusMark.turn(participant.id))} onClick={() => startTurn(participant.id)}>
                {participant.scoringDone ? t('blindRoom.changeScores', { name: participant.name }) : t('blindRoom.startTurn', { name: participant.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="reveal-bar">
        <span data-testid="reveal-progress">
          {t('blindRoom.progress', { finished: String(finished), total: String(participants.length) })}
        </span>
        <button
          type="submit"
          {...focusMarkOf(focusMark.reveal)}
          disabled={participants.length === 0}
          onClick={() => (stillScoring.length === 0 ? reveal() : setConfirming(true))}
        >
          {t('blindRoom.revealAll')}
        </button>
      </div>
      <RevealBeforeTheEnd open={confirming} stillScoring={stillScoring} onClose={() => setConfirming(false)} />
    </Panel>
  );
}

/** A reveal before everyone has finished is a choice: it says who has not, and waits by default. */
function RevealBeforeTheEnd({ open, stillScoring, onClose }: { open: boolean; stillScoring: readonly Participant[]; onClose(): void }) {
  const dialog = useModalDialog(open, onClose);
  const { t, i18n } = useTranslation('score');
  const names = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(stillScoring.map((participant) => participant.name));
  return (
    <dialog ref={dialog} className="calm-dialog" aria-labelledby="reveal-early-title" data-testid="reveal-early-dialog">
      {open && (
        <>
          <h2 id="reveal-early-title">{t('revealEarly.title')}</h2>
          <p data-testid="reveal-early-who">
            {t('revealEarly.notFinished', { names, count: stillScoring.length })}
          </p>
          <p className="dialog-note">{t('revealEarly.note')}</p>
          <div className="dialog-buttons">
            <button type="button" className="quiet" onClick={() => { onClose(); reveal(); }}>
              {t('revealEarly.revealNow')}
            </button>
            <button type="submit" data-autofocus onClick={onClose}>
              {t('revealEarly.keepWaiting')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
