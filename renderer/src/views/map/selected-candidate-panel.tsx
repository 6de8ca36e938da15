import { CANDIDATE_FIELD_LABELS, updateCandidate } from '../../../../shared';
import { useMatrixPoints, useReadinessFlags, useResults, useSession } from '../../store/derived';
import { sensitivityOf } from '../../store/derived';
import { focusAfter } from '../../focus-after';
import { editSession } from '../../store/session-store';
import { useViewStore } from '../../store/view-store';
import { formatScore } from '../common/format';

/** The candidate clicked on the chart: where it sits, why, and how fragile that is. */
export function SelectedCandidatePanel() {
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
      <aside className="panel selected-candidate empty" aria-label="Selected candidate">
        <p className="empty-note">Click a point (or focus it and press Enter) to see its details here.</p>
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
      aria-label="Selected candidate"
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
        <button type="button" className="quiet" onClick={() => selectCandidate(null)} aria-label="Clear selection">
          Close
        </button>
      </div>
      <dl className="facts">
        <dt>{axisLabels.impact}</dt>
        <dd>{formatScore(point.impact)}</dd>
        <dt>{axisLabels.complexity}</dt>
        <dd>{formatScore(point.complexity)}</dd>
        <dt>Quadrant</dt>
        <dd>{quadrantNames[point.quadrant]}</dd>
        {candidate.keyMetric && (
          <>
            <dt>{CANDIDATE_FIELD_LABELS.keyMetric}</dt>
            <dd>{candidate.keyMetric}</dd>
          </>
        )}
        <dt>Spread</dt>
        <dd>{point.disagreement > 0 ? formatScore(point.disagreement) : 'None'}</dd>
      </dl>
      {point.overridden && (
        <div className="override-note">
          <p>
            Placed by the room.
            {point.scoresPosition
              ? ` The scores put it at ${axisLabels.impact.toLowerCase()} ${formatScore(point.scoresPosition.impact)}, ${axisLabels.complexity.toLowerCase()} ${formatScore(point.scoresPosition.complexity)}.`
              : ''}
          </p>
          <button
            type="button"
            onClick={() => {
              editSession((draft) => updateCandidate(draft, candidate.id, { override: null }));
              focusAfter.placementCleared(candidate.id);
            }}
          >
            Back to the scores
          </button>
        </div>
      )}
      {readiness && (
        <div className="readiness-note" data-testid="readiness-flag-note">
          <p>{readiness.sentence}.</p>
        </div>
      )}
      {flips.length > 0 && (
        <div className="sensitivity-note">
          <p>Fragile: its quadrant changes when a weight moves by 25 %.</p>
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
