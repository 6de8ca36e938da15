import { candidatesToScore, setConsensusScore } from '../../../../shared';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { Panel } from '../common/fields';
import { ScorePicker } from '../common/score-picker';

/** Consensus mode: the room agrees one score per criterion, for quick sessions. */
export function ConsensusGrid() {
  const session = useSession();
  const criteria = session.criteria.filter((criterion) => criterion.weight > 0);
  const agreed = new Map(session.consensusScores.map((score) => [`${score.candidateId}\u0000${score.criterionId}`, score.value]));
  return (
    <Panel title="Consensus scores" intro="One score per criterion, agreed by the room.">
      <ol className="score-cards">
        {candidatesToScore(session).map((candidate) => (
          <li key={candidate.id} className="score-card" data-testid="score-card">
            <h3>
              <span className="candidate-code">{candidate.code}</span> {candidate.title}
            </h3>
            <div className="score-rows">
              {criteria.map((criterion) => (
                <div key={criterion.id} className={`score-row ${criterion.axis}`}>
                  <span className="criterion-name">{criterion.name}</span>
                  <ScorePicker
                    label={`${candidate.code} ${criterion.name}`}
                    scale={session.settings.scale}
                    value={agreed.get(`${candidate.id}\u0000${criterion.id}`)}
                    onPick={(value) => editSession((draft) => setConsensusScore(draft, candidate.id, criterion.id, value))}
                  />
                </div>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
