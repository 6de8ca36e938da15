import type { MapPoint } from '../../../../shared';
import { focusMark, focusMarkOf } from '../../focus-after';
import { useReadinessFlags, useSession } from '../../store/derived';
import { useViewStore } from '../../store/view-store';
import { formatScore } from '../common/format';

/** The same picture as a table, for people who read better than they look. */
export function MatrixTable({ points }: { points: readonly MapPoint[] }) {
  const { axisLabels, quadrantNames } = useSession().settings;
  const selectCandidate = useViewStore((state) => state.selectCandidate);
  const readinessFlags = useReadinessFlags();
  return (
    <table className="matrix-table" aria-label="Impact versus complexity table">
      <thead>
        <tr>
          <th scope="col">Candidate</th>
          <th scope="col">{axisLabels.impact}</th>
          <th scope="col">{axisLabels.complexity}</th>
          <th scope="col">Quadrant</th>
          <th scope="col">Spread</th>
          <th scope="col">Dots</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => {
          const flag = readinessFlags.get(point.candidate.id);
          return (
            <tr key={point.candidate.id} data-testid="matrix-row" data-candidate-id={point.candidate.id} data-quadrant={point.quadrant}>
              <th scope="row">
                <button type="button" className="link-button" {...focusMarkOf(focusMark.point(point.candidate.id))} onClick={() => selectCandidate(point.candidate.id)}>
                  <span className="candidate-code">{point.candidate.code}</span> {point.candidate.title}
                </button>
              </th>
              <td className="number">{formatScore(point.impact)}</td>
              <td className="number">{formatScore(point.complexity)}</td>
              <td>{quadrantNames[point.quadrant]}</td>
              <td className="number">{point.disagreement > 0 ? formatScore(point.disagreement) : ''}</td>
              <td className="number">{point.votes > 0 ? point.votes : ''}</td>
              <td>
                {[
                  point.focus ? 'Focus' : '',
                  point.overridden ? 'Placed by the room' : '',
                  point.unstable ? 'Sensitive to the weights' : '',
                  flag ? `Checklist disagrees with the room’s complexity (it says ${flag.checklistSays})` : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
