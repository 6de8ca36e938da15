import { candidatesToScore, criteriaFor, scoresVisibleTo, setScore, updateParticipant } from '../../../../shared';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { useViewStore } from '../../store/view-store';
import { ScoreCard } from './score-card';

/**
 * One participant's turn: their own scores only. Nobody else's scores are rendered, so
 * nothing can be glimpsed or found in the page.
 */
export function ScoringTurn({ participantId }: { participantId: string }) {
  const session = useSession();
  const participant = session.participants.find((each) => each.id === participantId);
  const endTurn = () => useViewStore.getState().startScoringTurn(null);
  if (!participant) return null;
  const criteria = criteriaFor(participant, session.criteria, session.settings.scoreByBackground);
  const own = new Map(
    scoresVisibleTo(session, participant.id)
      .filter((score) => score.participantId === participant.id)
      .map((score) => [`${score.candidateId}\u0000${score.criterionId}`, score.value]),
  );
  const candidates = candidatesToScore(session);
  return (
    <section className="scoring-turn panel" aria-labelledby="turn-heading" data-testid="scoring-turn" data-participant-id={participant.id}>
      <div className="panel-head">
        <h2 id="turn-heading">{participant.name}’s scores</h2>
        <div className="panel-actions">
          <button type="button" className="quiet" onClick={endTurn}>
            Back to the room
          </button>
          <button
            type="submit"
            onClick={() => {
              editSession((draft) => updateParticipant(draft, participant.id, { scoringDone: true }));
              endTurn();
            }}
          >
            I’m done
          </button>
        </div>
      </div>
      <p className="panel-intro">
        Score each candidate from 1 (low) to {session.settings.scale} (high). For complexity, high means hard: think of data, infrastructure, scaling,
        availability, data security, integration, reproducibility and know-how.
      </p>
      {criteria.length === 0 && <p className="empty-note">There is nothing for {participant.name} to score with the current criteria.</p>}
      <ol className="score-cards">
        {candidates.map((candidate) => (
          <ScoreCard
            key={candidate.id}
            candidate={candidate}
            criteria={criteria}
            scale={session.settings.scale}
            valueOf={(criterionId) => own.get(`${candidate.id}\u0000${criterionId}`)}
            onPick={(criterionId, value) => editSession((draft) => setScore(draft, participant.id, candidate.id, criterionId, value))}
          />
        ))}
      </ol>
    </section>
  );
}
