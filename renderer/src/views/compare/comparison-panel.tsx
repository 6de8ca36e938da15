import { useMemo } from 'react';
import { comparisonRows, sinceHeading, type ComparedSessions, type ComparisonRow, type CriterionChange, type SealedComparison } from '../../../../shared';
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
      intro={`Compared with “${earlier.fileName}”, which is only read: nothing of it goes into this session’s file.`}
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
  const { pairs, added, dropped } = comparison.matching;
  return (
    <>
      <p className="warning" data-testid="comparison-sealed">
        {comparison.message}
      </p>
      <p className="panel-note">
        {pairs.length} paired · {added.length} new · {dropped.length} dropped
        {dropped.length > 0 ? `: ${dropped.map((candidate) => `${candidate.code} ${candidate.title}`.trim()).join(', ')}` : ''}
      </p>
    </>
  );
}

function criterionWords(change: CriterionChange): string {
  const { before, after } = change;
  if (before === null) return `${change.name} added (${after?.axis}, weight ${after?.weight})`;
  if (after === null) return `${change.name} removed (was ${before.axis}, weight ${before.weight})`;
  if (before.axis !== after.axis) return `${change.name} moved from ${before.axis} to ${after.axis} (weight ${before.weight} → ${after.weight})`;
  return `${change.name}: weight ${before.weight} → ${after.weight}`;
}

function ComparedTable({ comparison }: { comparison: ComparedSessions }) {
  const { quadrantNames, axisLabels } = useSession().settings;
  const rows = useMemo(() => comparisonRows(comparison, quadrantNames), [comparison, quadrantNames]);
  const { thresholds, criteria, rescaledFrom } = comparison;
  const notes = [
    thresholds.moved
      ? `Thresholds moved: ${axisLabels.impact} ${formatScore(thresholds.before.impact)} → ${formatScore(thresholds.after.impact)}, ${axisLabels.complexity} ${formatScore(thresholds.before.complexity)} → ${formatScore(thresholds.after.complexity)}.`
      : '',
    criteria.length > 0 ? `Criteria changed: ${criteria.map(criterionWords).join('; ')}.` : '',
    rescaledFrom !== null ? `The earlier session scored on 1–${rescaledFrom}; its numbers are shown on this session’s scale.` : '',
  ].filter(Boolean);
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

const beforeAfter = (before: string | number | null, after: string | number | null) => {
  if (before === after) return before === null ? '–' : String(before);
  return `${before ?? '–'} → ${after ?? '–'}`;
};

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
