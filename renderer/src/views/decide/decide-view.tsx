import { useSession } from '../../store/derived';
import { useViewStore } from '../../store/view-store';
import { Panel } from '../common/fields';
import { DotVoting } from './dot-voting';
import { FocusDecision } from './focus-decision';
import { RankedList } from './ranked-list';
import { WithoutMlList } from './without-ml-list';

/** Decide: the ranked list, dot votes, and the focus problem with its plan. */
export function DecideView() {
  const settings = useSession().settings;
  const hidden = settings.scoringMode === 'blind' && !settings.revealed;
  return (
    <div className="phase-view decide-view">
      {hidden ? (
        <Panel title="Ranking" className="ranking-hidden">
          <p className="empty-note">The scores are still hidden. Reveal them in Score to see the ranking.</p>
          <button type="button" onClick={() => useViewStore.getState().setPhase('score')}>
            Go to Score
          </button>
        </Panel>
      ) : (
        <>
          <RankedList />
          <DotVoting />
        </>
      )}
      <FocusDecision />
      <WithoutMlList />
    </div>
  );
}
