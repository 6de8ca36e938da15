import { askedAs, readinessFlagSentence } from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';
import { useQuestionsBeforeCommitting, useReadinessFlags, useSession } from '../../store/derived';
import { Panel } from '../common/fields';

/**
 * Where the room's complexity and a candidate's readiness checklist disagree, and what the
 * quick wins and big bets still have to find out before anyone commits to them. The room
 * decides: nothing here changes a score.
 */
export function ReadinessReview() {
  const session = useSession();
  const flags = useReadinessFlags();
  const questions = useQuestionsBeforeCommitting();
  const { t } = useTranslation('decide');
  const language = useLanguage();
  if (flags.size === 0 && questions.length === 0) return null;
  const byId = new Map(session.candidates.map((candidate) => [candidate.id, candidate]));
  const quadrantNames = session.settings.quadrantNames;
  return (
    <Panel title={t('readinessReview.title')} intro={t('readinessReview.intro')} className="readiness-review">
      {flags.size > 0 && (
        <section aria-label={t('readinessReview.disagree')}>
          <h3>{t('readinessReview.disagree')}</h3>
          <ul className="readiness-flags">
            {[...flags].map(([candidateId, flag]) => {
              const candidate = byId.get(candidateId)!;
              return (
                <li key={candidateId} data-testid="readiness-flag">
                  <span className="candidate-code">{candidate.code}</span> <strong>{candidate.title}</strong>
                  <span className="readiness-flag-sentence">{readinessFlagSentence(flag, language)}.</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {questions.length > 0 && (
        <section aria-label={t('readinessReview.questions')}>
          <h3>{t('readinessReview.questions')}</h3>
          <ul className="readiness-questions">
            {questions.map((entry) => (
              <li key={entry.candidate.id} data-testid="readiness-question">
                <span className="candidate-code">{entry.candidate.code}</span> <strong>{entry.candidate.title}</strong>{' '}
                <span className="badge">{quadrantNames[entry.quadrant]}</span>
                {entry.notStarted ? (
                  <p className="panel-note">{t('readinessReview.notStarted')}</p>
                ) : (
                  <ul>
                    {entry.unknown.map((row) => (
                      <li key={row.item.id}>
                        {askedAs(row.item)}{' '}
                        <span className={row.owner.trim() === '' ? 'readiness-owner-missing' : 'readiness-owner-named'}>
                          {row.owner.trim() === '' ? t('readinessReview.noOwner') : `— ${row.owner.trim()}`}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Panel>
  );
}
