import { useState } from 'react';
import { participantsStillScoring, restartBlindScoring, updateSettings, type Participant } from '../../../../shared';
import { focusMark, focusMarkOf } from '../../focus-after';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { useViewStore } from '../../store/view-store';
import { Panel } from '../common/fields';
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

  if (settings.revealed) {
    return (
      <Panel
        title="Scores revealed"
        intro="Everyone’s scores are visible. Discuss the widest gaps below; re-score a candidate if the room changes its mind."
        actions={
          <button type="button" className="quiet" onClick={() => editSession((draft) => restartBlindScoring(draft))}>
            Hide scores and score again
          </button>
        }
      >
        {null}
      </Panel>
    );
  }
  return (
    <Panel
      title="Blind scoring"
      intro="Hand the laptop to each participant in turn. Nobody sees anyone else’s scores until you reveal them."
      className="blind-room"
    >
      {participants.length === 0 ? (
        <p className="empty-note">Add participants in Frame first.</p>
      ) : (
        <ul className="turn-list" aria-label="Scoring turns">
          {participants.map((participant) => (
            <li key={participant.id} className="turn-row" data-testid="turn-row">
              <span className="turn-name">{participant.name}</span>
              <span className={`turn-state${participant.scoringDone ? ' done' : ''}`}>{participant.scoringDone ? 'Finished' : 'Not yet'}</span>
              <button type="button" {...focusMarkOf(focusMark.turn(participant.id))} onClick={() => startTurn(participant.id)}>
                {participant.scoringDone ? `Change ${participant.name}’s scores` : `Start ${participant.name}’s turn`}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="reveal-bar">
        <span data-testid="reveal-progress">
          {finished} of {participants.length} finished
        </span>
        <button
          type="submit"
          {...focusMarkOf(focusMark.reveal)}
          disabled={participants.length === 0}
          onClick={() => (stillScoring.length === 0 ? reveal() : setConfirming(true))}
        >
          Reveal all scores
        </button>
      </div>
      <RevealBeforeTheEnd open={confirming} stillScoring={stillScoring} onClose={() => setConfirming(false)} />
    </Panel>
  );
}

const listNames = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** A reveal before everyone has finished is a choice: it says who has not, and waits by default. */
function RevealBeforeTheEnd({ open, stillScoring, onClose }: { open: boolean; stillScoring: readonly Participant[]; onClose(): void }) {
  const dialog = useModalDialog(open, onClose);
  const names = listNames.format(stillScoring.map((participant) => participant.name));
  return (
    <dialog ref={dialog} className="calm-dialog" aria-labelledby="reveal-early-title" data-testid="reveal-early-dialog">
      {open && (
        <>
          <h2 id="reveal-early-title">Reveal before everyone has finished?</h2>
          <p data-testid="reveal-early-who">
            {names} {stillScoring.length === 1 ? 'has' : 'have'} not finished scoring.
          </p>
          <p className="dialog-note">Once revealed, everyone sees everyone’s scores. What is missing counts for nothing until it is scored.</p>
          <div className="dialog-buttons">
            <button type="button" className="quiet" onClick={() => { onClose(); reveal(); }}>
              Reveal now
            </button>
            <button type="submit" data-autofocus onClick={onClose}>
              Keep waiting
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
