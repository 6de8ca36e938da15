import { useMemo } from 'react';
import { beforeAfter, comparisonNotes, comparisonRows, matchingCounts, sinceHeading, type ComparedSessions, type ComparisonRow, type Language, type SealedComparison } from '../../../../shared';
import { focusMark, focusMarkOf } from '../../focus-after';
import { useLanguage, useTranslation } from '../../i18n';
import { endComparison, reviewPairs, useComparison, useComparisonStore } from '../../store/comparison-store';
import { useSession } from '../../store/derived';
import { Panel } from '../common/fields';
import { formatChange, formatScore } from '../common/format';
import './compare.css';

/** The comparison in use (issue 16): what moved since the earlier session, and why, per candidate. */
export function ComparisonPanel() {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  const earlier = useComparisonStore((state) => state.earlier);
  const comparison = useComparison();
  if (earlier === null || comparison === null) return null;
  const actions = (
    <>
      <button type="button" className="quiet" {...focusMarkOf(focusMark.comparison)} onClick={reviewPairs}>
        {t('comparisonPanel.reviewPairs')}
      </button>
      <button type="button" className="quiet" onClick={endComparison}>
        {t('comparisonPanel.end')}
      </button>
    </>
  );
  return (
    <Panel
      title={sinceHeading(earlier.session.frame, language)}
      className="comparison-panel"
      intro={
        earlier.followedUp ? t('comparisonPanel.introFollowUp', { fileName: earlier.fileName }) : t('comparisonPanel.intro', { fileName: earlier.fileName })
      }
      actions={actions}
    >
      {comparison.kind === 'refused' && (
        <p className="warning" role="alert" data-testid="comparison-refused">
          {t('comparisonPanel.refused', { message: comparison.message })}
        </p>
      )}
      {comparison.kind === 'sealed' && <SealedComparisonNote comparison={comparison} />}
      {comparison.kind === 'compared' && <ComparedTable comparison={comparison} />}
    </Panel>
  );
}

function SealedComparisonNote({ comparison }: { comparison: SealedComparison }) {
  const language = useLanguage();
  return (
    <>
      <p className="warning" data-testid="comparison-sealed">
        {comparison.message}
      </p>
      <p className="panel-note">{matchingCounts(comparison.matching, language)}</p>
    </>
  );
}

function ComparedTable({ comparison }: { comparison: ComparedSessions }) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  const { quadrantNames, axisLabels } = useSession().settings;
  const rows = useMemo(() => comparisonRows(comparison, quadrantNames, language), [comparison, quadrantNames, language]);
  const notes = comparisonNotes(comparison, axisLabels, language);
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
        <table className="comparison-table" aria-label={t('comparisonPanel.table')}>
          <thead>
            <tr>
              <th scope="col">{t('comparisonPanel.candidate')}</th>
              <th scope="col">{t('comparisonPanel.quadrant')}</th>
              <th scope="col">{t('comparisonPanel.rank')}</th>
              <th scope="col">{axisLabels.impact}</th>
              <th scope="col">{axisLabels.complexity}</th>
              <th scope="col">{t('comparisonPanel.why')}</th>
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

const valueChange = (before: number | null, after: number | null, change: number | null, language: Language) => {
  const values = beforeAfter(before === null ? null : formatScore(before, language), after === null ? null : formatScore(after, language));
  return change === null || formatChange(change, language) === '' ? values : `${values} (${formatChange(change, language)})`;
};

function ComparisonTableRow({ row }: { row: ComparisonRow }) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  return (
    <tr data-testid="comparison-row" data-status={row.status} className={`comparison-${row.status}`}>
      <th scope="row">
        <span className="candidate-code">{row.code}</span> {row.title}
        {row.status !== 'matched' && <span className="badge comparison-badge">{row.status === 'new' ? t('comparisonPanel.new') : t('comparisonPanel.dropped')}</span>}
        {row.renamedFrom !== null && <span className="comparison-renamed">{t('comparisonPanel.renamedFrom', { title: row.renamedFrom })}</span>}
      </th>
      <td>{beforeAfter(row.quadrantBefore, row.quadrantAfter)}</td>
      <td className="number">{beforeAfter(row.rankBefore, row.rankAfter)}</td>
      <td className="number">{valueChange(row.impactBefore, row.impactAfter, row.impactChange, language)}</td>
      <td className="number">{valueChange(row.complexityBefore, row.complexityAfter, row.complexityChange, language)}</td>
      <td data-testid="comparison-why">{row.why}</td>
    </tr>
  );
}
