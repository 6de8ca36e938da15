import { useReadinessFlags, useResults, useSession } from '../../store/derived';
import { focusMark, focusMarkOf } from '../../focus-after';
import { useViewStore } from '../../store/view-store';
import { readinessFlagSentence } from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';
import { Panel } from '../common/fields';
import { formatScore } from '../common/format';

/** Every candidate's aggregate and disagreement after the reveal, with a way to re-score it. */
export function ResultsTable() {
  const session = useSession();
  const results = useResults();
  const readinessFlags = useReadinessFlags();
  const startRescore = useViewStore((state) => state.startRescore);
  const names = session.settings.quadrantNames;
  const { t } = useTranslation('score');
  const language = useLanguage();
  return (
    <Panel
      title={t('resultsTable.title')}
      intro={t(session.settings.aggregation === 'median' ? 'resultsTable.introMedian' : 'resultsTable.introMean', { scale: String(session.settings.scale) })}
    >
      <table className="results-table" aria-label={t('resultsTable.label')}>
        <thead>
          <tr>
            <th scope="col">{t('resultsTable.candidate')}</th>
            <th scope="col">{t('resultsTable.impact')}</th>
            <th scope="col">{t('resultsTable.complexity')}</th>
            <th scope="col">{t('resultsTable.quadrant')}</th>
            <th scope="col">{t('resultsTable.spread')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('resultsTable.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...results.values()].map((result) => (
            <tr key={result.candidate.id} data-testid="result-row" data-candidate-id={result.candidate.id}>
              <th scope="row">
                <span className="candidate-code">{result.candidate.code}</span> {result.candidate.title}
                {readinessFlags.has(result.candidate.id) && <span className="readiness-flag-line">{readinessFlagSentence(readinessFlags.get(result.candidate.id)!, language)}.</span>}
              </th>
              <td className="number">{formatScore(result.position.source === 'none' ? undefined : result.position.impact, language)}</td>
              <td className="number">{formatScore(result.position.source === 'none' ? undefined : result.position.complexity, language)}</td>
              <td>{result.quadrant ? names[result.quadrant] : t('resultsTable.notScored')}</td>
              <td className="number">{formatScore(result.disagreement?.overall, language)}</td>
              <td className="row-action">
                <button type="button" className="quiet" {...focusMarkOf(focusMark.rescore(result.candidate.id))} onClick={() => startRescore(result.candidate.id)} aria-label={t('rescoreCandidate', { code: result.candidate.code })}>
                  {t('rescore')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
