import { useMemo } from 'react';
import { beforeAfter, comparisonNotes, comparisonRows, matchingCounts, sinceHeading, type ComparedSessions, type ComparisonRow, type SealedComparison } from '../../../../shared';
import { focusMark, focusMarkOf } from '../../focus-after';
import { endComparison, reviewPairs, useComparison, useComparisonStore } from '../../store/comparison-store';
import { useSession } from '../../store/derived';
import { Panel } from '../common/fields';
import { formatChange, formatScore } from '../common/format';
import './compare.css';

/** The comparison in use (issue 16): what moved since the earlier session, and why, per candidate. */
export function ComparisonPanel() {
  const earlier = useComparisonStore((state) => state.earlier);
  const comparison = useComparison();
  if (earlier === null || comparison === null) return null;
  const actions = (
    <>
      <button type="button" className="quiet" {...focusMarkOf(focusMark.comparison)} onClick={reviewPairs}>
        Review pairs…
      </button>
      <button type="button" className="quiet" onClick={endComparison}>
        End comparison
      </button>
    </>
  );
  return (
    <Panel
      title={sinceHeading(earlier.session.frame)}
      className="comparison-panel"
      intro={
        earlier.followedUp
          ? `This session follows up “${earlier.fileName}”, so it is compared with it. That session is only read: nothing of it goes into this session’s file.`
          : `Compared with “${earlier.fileName}”, which is only read: nothing of it goes into this session’s file.`
      }
      actions={actions}
    >
      {comparison.kind === 'refused' && (
        <p className="warning" role="alert" data-testid="comparison-refused">
          {comparison.message} Review the pairs to go on.
        </p>
      )}
      {comparison.kind === 'sealed' && <SealedComparisonNote comparison={comparison} />}
      {comparison.kind === 'compared' && <ComparedTable comparison={comparison} />}
    </Panel>
  );
}

function SealedComparisonNote({ comparison }: { comparison: SealedComparison }) {
  return (
    <>
      <p className="warning" data-testid="comparison-sealed">
        {comparison.message}
      </p>
      <p className="panel-note">{matchingCounts(comparison.matching)}</p>
    </>
  );
}

function ComparedTable({ comparison }: { comparison: ComparedSessions }) {
  const { quadrantNames, axisLabels } = useSession().settings;
  const rows = useMemo(() => comparisonRows(comparison, quadrantNames), [comparison, quadrantNames]);
  const notes = comparisonNotes(comparison, axisLabels);
  return (
    <>
      {notes.length > 0 && (
        <ul className="comparison-notes" data-testid="comparison-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="comparison-scroll">
        <table className="comparison-table" aria-label="What moved since the earlier session">
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col">Quadrant</th>
              <th scope="col">Rank</th>
              <th scope="col">{axisLabels.impact}</th>
              <th scope="col">{axisLabels.complexity}</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <ComparisonTableRow key={`${row.status}:${row.code}:${row.title}`} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

const valueChange = (before: number | null, after: number | null, change: number | null) => {
  const values = beforeAfter(before === null ? null : formatScore(before), after === null ? null : formatScore(after));
  return change === null || formatChange(change) === '' ? values : `${values} (${formatChange(change)})`;
};

function ComparisonTableRow({ row }: { row: ComparisonRow }) {
  return (
    <tr data-testid="comparison-row" data-status={row.status} className={`comparison-${row.status}`}>
      <th scope="row">
        <span className="candidate-code">{row.code}</span> {row.title}
        {row.status !== 'matched' && <span className="badge comparison-badge">{row.status === 'new' ? 'New' : 'Dropped'}</span>}
        {row.renamedFrom !== null && <span className="comparison-renamed">was “{row.renamedFrom}”</span>}
      </th>
      <td>{beforeAfter(row.quadrantBefore, row.quadrantAfter)}</td>
      <td className="number">{beforeAfter(row.rankBefore, row.rankAfter)}</td>
      <td className="number">{valueChange(row.impactBefore, row.impactAfter, row.impactChange)}</td>
      <td className="number">{valueChange(row.complexityBefore, row.complexityAfter, row.complexityChange)}</td>
      <td data-testid="comparison-why">{row.why}</td>
    </tr>
  );
}
