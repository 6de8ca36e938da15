import { useRanking } from '../../store/derived';
import { Panel } from '../common/fields';

/** Candidates a simpler approach solves: an outcome of their own, not a failure. */
export function WithoutMlList() {
  const { withoutMl } = useRanking();
  if (withoutMl.length === 0) return null;
  return (
    <Panel title="Solve without ML" intro="These are better done with SQL, rules or a report. Hand them to the team that owns that." className="without-ml">
      <ul className="without-ml-list" aria-label="Better solved without ML">
        {withoutMl.map((candidate) => (
          <li key={candidate.id} data-testid="without-ml-row">
            <span className="candidate-code">{candidate.code}</span> <strong>{candidate.title}</strong>
            {candidate.nonMlAlternative && <span className="without-ml-how"> — {candidate.nonMlAlternative}</span>}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
