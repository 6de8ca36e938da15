import { gapExtremes } from '../../../../shared';
import { useSession, useWidestGaps } from '../../store/derived';
import { focusMark, focusMarkOf } from '../../focus-after';
import { useViewStore } from '../../store/view-store';
import { Panel } from '../common/fields';
import { formatScore } from '../common/format';

/** The candidates the room disagrees on most, first, so the discussion starts there. */
export function WidestGaps() {
  const gaps = useWidestGaps();
  const participants = useSession().participants;
  const startRescore = useViewStore((state) => state.startRescore);
  const nameOf = (id: string) => participants.find((participant) => participant.id === id)?.name ?? 'Someone';
  if (gaps.length === 0) return null;
  return (
    <Panel title="Widest gaps" intro="Where the room disagrees most. Ask the highest and the lowest scorer to explain." className="widest-gaps">
      <ol className="gap-list" aria-label="Widest gaps">
        {gaps.map((gap) => {
          const extremes = gapExtremes(gap);
          return (
            <li key={gap.candidate.id} className="gap-row" data-testid="gap-row" data-candidate-id={gap.candidate.id}>
              <span className="gap-size">{formatScore(gap.disagreement.overall)}</span>
              <span className="gap-title">
                <span className="candidate-code">{gap.candidate.code}</span> {gap.candidate.title}
              </span>
              <span className="gap-detail">
                on {gap.disagreement.axis}
                {extremes
                  ? `: ${nameOf(extremes.high.participantId)} ${formatScore(extremes.high.value)}, ${nameOf(extremes.low.participantId)} ${formatScore(extremes.low.value)}`
                  : ''}
              </span>
              <button type="button" className="quiet" {...focusMarkOf(focusMark.rescore(gap.candidate.id))} onClick={() => startRescore(gap.candidate.id)} aria-label={`Re-score ${gap.candidate.code}`}>
                Re-score
              </button>
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}
