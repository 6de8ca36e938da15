import type { ParetoCurve } from '../../../../shared';
import { formatRatio, formatScore, formatShare } from '../common/format';

/** The 80/20 as a table, for people who read better than they look (as the Map's table). */
export function ParetoTable({ curve }: { curve: ParetoCurve }) {
  return (
    <table className="pareto-table" aria-label="80/20 table">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Candidate</th>
          <th scope="col">Impact</th>
          <th scope="col">Complexity</th>
          <th scope="col">Impact ÷ complexity</th>
          <th scope="col">Impact so far</th>
          <th scope="col">Effort so far</th>
          <th scope="col">
            <span className="visually-hidden">Knee</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {curve.steps.map((step) => {
          const knee = step.rank === curve.kneeCount;
          return (
            <tr
              key={step.candidate.id}
              data-testid="pareto-row"
              data-candidate-id={step.candidate.id}
              className={step.rank <= curve.kneeCount ? 'up-to-knee' : undefined}
            >
              <td className="number">{step.rank}</td>
              <th scope="row">
                <span className="candidate-code">{step.candidate.code}</span> {step.candidate.title}
              </th>
              <td className="number">{formatScore(step.impact)}</td>
              <td className="number">{formatScore(step.complexity)}</td>
              <td className="number">{formatRatio(step.ratio)}</td>
              <td className="number">{formatShare(step.impactShare)}</td>
              <td className="number">{formatShare(step.effortShare)}</td>
              <td>{knee && <span className="badge knee-badge">Knee</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
