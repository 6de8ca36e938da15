import { useTranslation } from '../../i18n';
import { useRanking } from '../../store/derived';
import { Panel } from '../common/fields';

/** Candidates a simpler approach solves: an outcome of their own, not a failure. */
export function WithoutMlList() {
  const { withoutMl } = useRanking();
  const { t } = useTranslation('decide');
  if (withoutMl.length === 0) return null;
  return (
    <Panel title={t('withoutMl.title')} intro={t('withoutMl.intro')} className="without-ml">
      <ul className="without-ml-list" aria-label={t('withoutMl.listLabel')}>
        {withoutMl.map((candidate) => (
          <li key={candidate.id} data-testid="without-ml-row">
            <span className="candidate-code">{candidate.code}</span> <strong>{candidate.title}</strong>
            {candidate.nonMlAlternative && <span className="without-ml-how"> — {candidate.nonMlAlternative}</span>}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
