import { useScoresSealed } from '../../store/derived';
import { SealedScores } from '../common/sealed-scores';
import { DotVoting } from './dot-voting';
import { FocusDecision } from './focus-decision';
import { RankedList } from './ranked-list';
import { ReadinessReview } from './readiness-review';
import { WithoutMlList } from './without-ml-list';
import './decide.css';

/** Decide: the ranked list, dot votes, and the focus problem with its plan. */
export function DecideView() {
  const sealed = useScoresSealed();
  return (
    <div className="phase-view decide-view">
      {sealed ? (
        <SealedScores title="Ranking" what="The ranking" className="ranking-hidden" />
      ) : (
        <>
          <RankedList />
          <DotVoting />
        </>
      )}
      {!sealed && <ReadinessReview />}
      <FocusDecision />
      <WithoutMlList />
    </div>
  );
}
