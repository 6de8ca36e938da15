import { fieldLabel, readinessFlagSentence, type MapPoint, type ReadinessFlag, type Session } from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';
import { formatScore } from '../common/format';

/** What a hovered or focused point stands for, in words, without leaving the chart. */
export function PointCard({ point, session, readinessFlag }: { point: MapPoint; session: Session; readinessFlag: ReadinessFlag | undefined }) {
  const { t } = useTranslation('map');
  const language = useLanguage();
  const { candidate } = point;
  return (
    <div className="point-card" role="status" data-testid="point-card">
      <strong>
        {candidate.code} · {candidate.title}
      </strong>
      <span>
        {session.settings.axisLabels.impact} {formatScore(point.impact, language)} · {session.settings.axisLabels.complexity} {formatScore(point.complexity, language)} ·{' '}
        {session.settings.quadrantNames[point.quadrant]}
      </span>
      {candidate.keyMetric && <span>{t('pointCard.field', { label: fieldLabel('keyMetric', language), value: candidate.keyMetric })}</span>}
      {point.disagreement > 0 && <span>{t('pointCard.spread', { spread: formatScore(point.disagreement, language) })}</span>}
      {point.votes > 0 && <span>{t('pointCard.dots', { votes: String(point.votes) })}</span>}
      {point.overridden && <span>{t('pointCard.placedByRoom')}</span>}
      {point.unstable && <span>{t('pointCard.sensitive')}</span>}
      {readinessFlag && <span className="point-card-flag">{readinessFlagSentence(readinessFlag, language)}.</span>}
    </div>
  );
}
