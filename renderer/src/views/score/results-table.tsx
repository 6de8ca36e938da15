import { useReadinessFlags, useResults, useSession } from '../../store/derived';
import { focusMark, focusMarkOf } from '../../focus-after';
import { useViewStore } from '../../store/view-store';
import { Panel } from '../common/fields';
import { formatScore } from '../common/format';

/** Every candidate's aggregate and disagreement after the reveal, with a way to re-score it. */
export function ResultsTable() {
  const session = useSession();
  const results = useResults();
  const readinessFlags = useReadinessFlags();
  const startRescore = useViewStore((state) => state.startRescore);
  const names = session.settings.quadrantNames;
  return (
    <Panel
      title="Aggregates"
      intro={`${session.settings.aggregation === 'median' ? 'Median' : 'Weighted mean'} of the participants’ weighted scores, on 1–${session.settings.scale}. Spread is the gap between the highest and lowest participant.`}
    >
      <table className="results-table" aria-label="Aggregated scores">
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col">Impact</th>
            <th scope="col">Complexity</th>
            <th scope="col">Quadrant</th>
            <th scope="col">Spread</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...results.values()].map((result) => (
            <tr key={result.candidate.id} data-testid="result-row" data-candidate-id={result.candidate.id}>
              <th scope="row">
                <span className="candidate-code">{result.candidate.code}</span> {result.candidate.title}
                {readinessFlags.has(result.candidate.id) && <span className="readiness-flag-line">{readinessFlags.get(result.candidate.id)!.sentence}.</span>}
              </th>
              <td className="number">{formatScore(result.position.source === 'none' ? undefined : result.position.impact)}</td>
              <td className="number">{formatScore(result.position.source === 'none' ? undefined : result.position.complexity)}</td>
              <td>{result.quadrant ? names[result.quadrant] : 'Not scored'}</td>
              <td className="number">{formatScore(result.disagreement?.overall)}</td>
              <td>
                <button type="button" className="quiet" {...focusMarkOf(focusMark.rescore(result.candidate.id))} onClick={() => startRescore(result.candidate.id)} aria-label={`Re-score ${result.candidate.code}`}>
                  Re-score
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
