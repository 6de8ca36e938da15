import { gapExtremes } from '../../../../shared';
import { useSession, useWidestGaps } from '../../store/derived';
import { focusMark, focusMarkOf } from '../../focus-after';
import { useViewStore } from '../../store/view-store';
import { useLanguage, useTranslation } from '../../i18n';
import { Panel } from '../common/fields';
import { formatScore } from '../common/format';

/** The candidates the room disagrees on most, first, so the discussion starts there. */
export function WidestGaps() {
  const gaps = useWidestGaps();
  const participants = useSession().participants;
  const startRescore = useViewStore((state) => state.startRescore);
  const { t } = useTranslation('score');
  const language = useLanguage();
  const nameOf = (id: string) => participants.find((participant) => participant.id === id)?.name ?? t('widestGaps.someone');
  if (gaps.length === 0) return null;
  return (
    <Panel title={t('widestGaps.title')} intro={t('widestGaps.intro')} className="widest-gaps">
      <ol className="gap-list" aria-label={t('widestGaps.title')}>
        {gaps.map((gap) => {
          const extremes = gapExtremes(gap);
          return (
            <li key={gap.candidate.id} className="gap-row" data-testid="gap-row" data-candidate-id={gap.candidate.id}>
              <span className="gap-size">{formatScore(gap.disagreement.overall, language)}</span>
              <span className="gap-title">
                <span className="candidate-code">{gap.candidate.code}</span> {gap.candidate.title}
              </span>
              <span className="gap-detail">
                {extremes
                  ? t(`widestGaps.${gap.disagreement.axis}.between`, {
                      high: nameOf(extremes.high.participantId),
                      highScore: formatScore(extremes.high.value, language),
                      low: nameOf(extremes.low.participantId),
                      lowScore: formatScore(extremes.low.value, language),
                    })
                  : t(`widestGaps.${gap.disagreement.axis}.on`)}
              </span>
              <button type="button" className="quiet" {...focusMarkOf(focusMark.rescore(gap.candidate.id))} onClick={() => startRescore(gap.candidate.id)} aria-label={t('rescoreCandidate', { code: gap.candidate.code })}>
                {t('rescore')}
              </button>
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}
