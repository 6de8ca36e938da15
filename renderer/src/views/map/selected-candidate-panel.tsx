import { fieldLabel, midSentenceIn, readinessFlagSentence, updateCandidate } from '../../../../shared';
import { useMatrixPoints, useReadinessFlags, useResults, useSession } from '../../store/derived';
import { sensitivityOf } from '../../store/derived';
import { focusAfter } from '../../focus-after';
import { useLanguage, useTranslation } from '../../i18n';
import { editSession } from '../../store/session-store';
import { useViewStore } from '../../store/view-store';
import { formatScore } from '../common/format';

/** The candidate clicked on the chart: where it sits, why, and how fragile that is. */
export function SelectedCandidatePanel() {
  const { t } = useTranslation('map');
  const language = useLanguage();
  const session = useSession();
  const results = useResults();
  const points = useMatrixPoints();
  const readinessFlags = useReadinessFlags();
  const selectedId = useViewStore((state) => state.selectedCandidateId);
  const selectCandidate = useViewStore((state) => state.selectCandidate);
  const point = points.find((each) => each.candidate.id === selectedId);
  const result = selectedId ? results.get(selectedId) : undefined;
  if (!point || !result) {
    return (
      <aside className="panel selected-candidate empty" aria-label={t('selected.title')}>
        <p className="empty-note">{t('selected.empty')}</p>
      </aside>
    );
  }
  const { candidate } = point;
  const flips = sensitivityOf(session).get(candidate.id)?.flips ?? [];
  const readiness = readinessFlags.get(candidate.id);
  const criterionName = (id: string) => session.criteria.find((criterion) => criterion.id === id)?.name ?? id;
  const { axisLabels, quadrantNames } = session.settings;
  return (
    <aside
      className="panel selected-candidate"
      aria-label={t('selected.title')}
      data-testid="selected-candidate"
      onKeyDown={(event) => {
        // Esc closes it as it closes a dialog; focus goes back to the point (focus-after.ts).
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        selectCandidate(null);
      }}
    >
      <div className="panel-head">
        <h2>
          {candidate.code} · {candidate.title}
        </h2>
        <button type="button" className="quiet" onClick={() => selectCandidate(null)} aria-label={t('selected.clear')}>
          {t('selected.close')}
        </button>
      </div>
      <dl className="facts">
        <dt>{axisLabels.impact}</dt>
        <dd>{formatScore(point.impact, language)}</dd>
        <dt>{axisLabels.complexity}</dt>
        <dd>{formatScore(point.complexity, language)}</dd>
        <dt>{t('terms.quadrant')}</dt>
        <dd>{quadrantNames[point.quadrant]}</dd>
        {candidate.keyMetric && (
          <>
            <dt>{fieldLabel('keyMetric', language)}</dt>
            <dd>{candidate.keyMetric}</dd>
          </>
        )}
        <dt>{t('terms.spread')}</dt>
        <dd>{point.disagreement > 0 ? formatScore(point.disagreement, language) : t('selected.none')}</dd>
      </dl>
      {point.overridden && (
        <div className="override-note">
          <p>
            {t('selected.placedByRoom')}
            {point.scoresPosition
              ? ` ${t('selected.scoresPutIt', {
                  impactLabel: midSentenceIn(axisLabels.impact, language),
                  impact: formatScore(point.scoresPosition.impact, language),
                  complexityLabel: midSentenceIn(axisLabels.complexity, language),
                  complexity: formatScore(point.scoresPosition.complexity, language),
                })}`
              : ''}
          </p>
          <button
            type="button"
            onClick={() => {
              editSession((draft) => updateCandidate(draft, candidate.id, { override: null }));
              focusAfter.placementCleared(candidate.id);
            }}
          >
            {t('selected.backToScores')}
          </button>
        </div>
      )}
      {readiness && (
        <div className="readiness-note" data-testid="readiness-flag-note">
          <p>{readinessFlagSentence(readiness, language)}.</p>
        </div>
      )}
      {flips.length > 0 && (
        <div className="sensitivity-note">
          <p>{t('selected.fragile')}</p>
          <ul>
            {flips.map((flip) => (
              <li key={`${flip.criterionId}-${flip.direction}`}>
                {criterionName(flip.criterionId)} {flip.direction === 'up' ? '+25 %' : '−25 %'} → {quadrantNames[flip.quadrant]}
              </li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
}
