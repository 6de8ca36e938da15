import { candidatesToScore, setConsensusScore } from '../../../../shared';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { Panel } from '../common/fields';
import { ScoreCard } from './score-card';

/** Consensus mode: the room agrees one score per criterion, for quick sessions. */
export function ConsensusGrid() {
  const session = useSession();
  const criteria = session.criteria.filter((criterion) => criterion.weight > 0);
  const agreed = new Map(session.consensusScores.map((score) => [`${score.candidateId}\u0000${score.criterionId}`, score.value]));
  return (
    <Panel title="Consensus scores" intro="One score per criterion, agreed by the room.">
      <ol className="score-cards">
        {candidatesToScore(session).map((candidate) => (
          <ScoreCard
            key={candidate.id}
            candidate={candidate}
            criteria={criteria}
            scale={session.settings.scale}
            valueOf={(criterionId) => agreed.get(`${candidate.id}\u0000${criterionId}`)}
            onPick={(criterionId, value) => editSession((draft) => setConsensusScore(draft, candidate.id, criterionId, value))}
          />
        ))}
      </ol>
    </Panel>
  );
}
