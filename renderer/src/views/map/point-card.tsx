import { CANDIDATE_FIELD_LABELS, type MapPoint, type ReadinessFlag, type Session } from '../../../../shared';
import { formatScore } from '../common/format';

/** What a hovered or focused point stands for, in words, without leaving the chart. */
export function PointCard({ point, session, readinessFlag }: { point: MapPoint; session: Session; readinessFlag: ReadinessFlag | undefined }) {
  const { candidate } = point;
  return (
    <div className="point-card" role="status" data-testid="point-card">
      <strong>
        {candidate.code} · {candidate.title}
      </strong>
      <span>
        {session.settings.axisLabels.impact} {formatScore(point.impact)} · {session.settings.axisLabels.complexity} {formatScore(point.complexity)} ·{' '}
        {session.settings.quadrantNames[point.quadrant]}
      </span>
      {candidate.keyMetric && <span>
          {CANDIDATE_FIELD_LABELS.keyMetric}: {candidate.keyMetric}
        </span>}
      {point.disagreement > 0 && <span>Spread between participants: {formatScore(point.disagreement)}</span>}
      {point.votes > 0 && <span>Dots: {point.votes}</span>}
      {point.overridden && <span>Placed by the room (the scores say otherwise)</span>}
      {point.unstable && <span>Its quadrant changes if a weight moves by 25 %</span>}
      {readinessFlag && <span className="point-card-flag">{readinessFlag.sentence}.</span>}
    </div>
  );
}
