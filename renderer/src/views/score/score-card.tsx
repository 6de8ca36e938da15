import type { Candidate, Criterion } from '../../../../shared';
import { ScorePicker } from '../common/score-picker';

interface ScoreCardProps {
  candidate: Candidate;
  criteria: readonly Criterion[];
  scale: number;
  valueOf(criterionId: string): number | undefined;
  onPick(criterionId: string, value: number | null): void;
  /** Each criterion's place in the walk of the cards (score-cards.tsx). */
  walkIndexOf(criterionId: string): number | undefined;
}

/** One candidate's scores on each criterion, as a participant or the room gives them. */
export function ScoreCard({ candidate, criteria, scale, valueOf, onPick, walkIndexOf }: ScoreCardProps) {
  return (
    <li className="score-card" data-testid="score-card">
      <h3>
        <span className="candidate-code">{candidate.code}</span> {candidate.title}
      </h3>
      <div className="score-rows">
        {criteria.map((criterion) => (
          <div key={criterion.id} className={`score-row ${criterion.axis}`}>
            <span className="criterion-name">{criterion.name}</span>
            <ScorePicker
              label={`${candidate.code} ${criterion.name}`}
              scale={scale}
              value={valueOf(criterion.id)}
              onPick={(value) => onPick(criterion.id, value)}
              walkIndex={walkIndexOf(criterion.id)}
            />
          </div>
        ))}
      </div>
    </li>
  );
}
