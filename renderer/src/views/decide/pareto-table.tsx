import type { ParetoCurve } from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';
import { formatRatio, formatScore, formatShare } from '../common/format';

/** The 80/20 as a table, for people who read better than they look (as the Map's table). */
export function ParetoTable({ curve }: { curve: ParetoCurve }) {
  const { t } = useTranslation('decide');
  const language = useLanguage();
  return (
    <table className="pareto-table" aria-label={t('paretoTable.label')}>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('columns.candidate')}</th>
          <th scope="col">{t('columns.impact')}</th>
          <th scope="col">{t('columns.complexity')}</th>
          <th scope="col">{t('columns.impactPerComplexity')}</th>
          <th scope="col">{t('columns.impactSoFar')}</th>
          <th scope="col">{t('columns.effortSoFar')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('columns.knee')}</span>
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
              <td className="number">{formatScore(step.impact, language)}</td>
              <td className="number">{formatScore(step.complexity, language)}</td>
              <td className="number">{formatRatio(step.ratio, language)}</td>
              <td className="number">{formatShare(step.impactShare, language)}</td>
              <td className="number">{formatShare(step.effortShare, language)}</td>
              <td>{knee && <span className="badge knee-badge">{t('columns.knee')}</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
