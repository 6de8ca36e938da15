import { chooseFocus, rankingRuleText } from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';
import { focusAfter } from '../../focus-after';
import { useRanking, useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { Panel } from '../common/fields';
import { formatScore } from '../common/format';

/** The ranked backlog, quick wins first, with the rule that orders it written out. */
export function RankedList() {
  const session = useSession();
  const { ranked, unscored } = useRanking();
  const { t } = useTranslation('decide');
  const language = useLanguage();
  const names = session.settings.quadrantNames;
  const focusId = session.decision.focusCandidateId;
  return (
    <Panel title={t('rankedList.title')} intro={rankingRuleText(names, language)} className="ranking">
      {ranked.length === 0 ? (
        <p className="empty-note">{t('rankedList.noneScored')}</p>
      ) : (
        <table className="ranking-table" aria-label={t('rankedList.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('columns.candidate')}</th>
              <th scope="col">{t('columns.quadrant')}</th>
              <th scope="col">{t('columns.impact')}</th>
              <th scope="col">{t('columns.complexity')}</th>
              <th scope="col">{t('columns.dots')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('columns.focus')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((row) => (
              <tr key={row.candidate.id} data-testid="ranked-row" data-candidate-id={row.candidate.id} className={row.candidate.id === focusId ? 'focus' : undefined}>
                <td className="number">{row.rank}</td>
                <th scope="row">
                  <span className="candidate-code">{row.candidate.code}</span> {row.candidate.title}
                </th>
                <td>
                  <span className={`quadrant-chip ${row.quadrant}`}>{names[row.quadrant]}</span>
                </td>
                <td className="number">{formatScore(row.impact, language)}</td>
                <td className="number">{formatScore(row.complexity, language)}</td>
                <td className="number">{row.result.votes > 0 ? row.result.votes : ''}</td>
                <td>
                  {row.candidate.id === focusId ? (
                    <span className="badge focus-badge">{t('columns.focus')}</span>
                  ) : (
                    <button
                      type="button"
                      className="quiet"
                      aria-label={t('rankedList.chooseAsFocusLabel', { code: row.candidate.code, title: row.candidate.title })}
                      onClick={() => {
                        editSession((draft) => chooseFocus(draft, row.candidate.id));
                        focusAfter.focusChosen();
                      }}
                    >
                      {t('rankedList.chooseAsFocus')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unscored.length > 0 && (
        <p className="panel-note">
          {t('rankedList.notScoredYet', { candidates: unscored.map((candidate) => `${candidate.code} ${candidate.title}`).join(' · ') })}
        </p>
      )}
    </Panel>
  );
}
