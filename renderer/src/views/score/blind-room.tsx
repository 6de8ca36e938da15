import { restartBlindScoring, updateSettings } from '../../../../shared';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { useViewStore } from '../../store/view-store';
import { Panel } from '../common/fields';

/**
 * The room's view of blind scoring: who has finished, nothing more. The facilitator hands
 * the laptop to each participant in turn, then reveals everyone's scores at once.
 */
export function BlindRoom() {
  const session = useSession();
  const { participants, settings } = session;
  const startTurn = useViewStore((state) => state.startScoringTurn);
  const finished = participants.filter((participant) => participant.scoringDone).length;

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
              <button type="button" onClick={() => startTurn(participant.id)}>
                {participant.scoringDone ? `Change ${participant.name}’s scores` : `Start ${participant.name}’s turn`}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="reveal-bar">
        <span>
          {finished} of {participants.length} finished
        </span>
        <button
          type="submit"
          disabled={participants.length === 0}
          onClick={() => editSession((draft) => updateSettings(draft, { revealed: true }))}
        >
          Reveal all scores
        </button>
      </div>
    </Panel>
  );
}
