import { formatNumber, type MapPoint } from '../../../../shared';
import { focusMark, focusMarkOf } from '../../focus-after';
import { useLanguage, useTranslation } from '../../i18n';
import { useReadinessFlags, useSession } from '../../store/derived';
import { useViewStore } from '../../store/view-store';
import { formatScore } from '../common/format';

/** The same picture as a table, for people who read better than they look. */
export function MatrixTable({ points }: { points: readonly MapPoint[] }) {
  const { t } = useTranslation('map');
  const language = useLanguage();
  const { axisLabels, quadrantNames } = useSession().settings;
  const selectCandidate = useViewStore((state) => state.selectCandidate);
  const readinessFlags = useReadinessFlags();
  return (
    <table className="matrix-table" aria-label={t('table.title')}>
      <thead>
        <tr>
          <th scope="col">{t('table.candidate')}</th>
          <th scope="col">{axisLabels.impact}</th>
          <th scope="col">{axisLabels.complexity}</th>
          <th scope="col">{t('terms.quadrant')}</th>
          <th scope="col">{t('terms.spread')}</th>
          <th scope="col">{t('table.dots')}</th>
          <th scope="col">{t('table.notes')}</th>
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
              <td className="number">{formatScore(point.impact, language)}</td>
              <td className="number">{formatScore(point.complexity, language)}</td>
              <td>{quadrantNames[point.quadrant]}</td>
              <td className="number">{point.disagreement > 0 ? formatScore(point.disagreement, language) : ''}</td>
              <td className="number">{point.votes > 0 ? point.votes : ''}</td>
              <td>
                {[
                  point.focus ? t('table.focus') : '',
                  point.overridden ? t('table.placedByRoom') : '',
                  point.unstable ? t('table.sensitive') : '',
                  flag ? t('table.checklistDisagrees', { checklistSays: formatNumber(flag.checklistSays, language) }) : '',
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
