import { useRef } from 'react';
import { useScoresSealed } from '../../store/derived';
import { SealedScores } from '../common/sealed-scores';
import { DotVoting } from './dot-voting';
import { FocusDecision } from './focus-decision';
import { RankedList } from './ranked-list';
import { ReadinessChecklists, SkipToChecklists } from './readiness-checklists';
import { ReadinessReview } from './readiness-review';
import { WithoutMlList } from './without-ml-list';
import './decide.css';

/** Decide: the ranked list, dot votes, the readiness of the top candidates, and the focus problem with its plan. */
export function DecideView() {
  const sealed = useScoresSealed();
  const checklists = useRef<HTMLDivElement>(null);
  return (
    <div className="phase-view decide-view">
      {sealed ? (
        <SealedScores title="Ranking" what="The ranking" className="ranking-hidden" />
      ) : (
        <>
          <SkipToChecklists walk={checklists} />
          <RankedList />
          <DotVoting />
          <ReadinessReview />
          <ReadinessChecklists walk={checklists} />
        </>
      )}
      <FocusDecision />
      <WithoutMlList />
    </div>
  );
}
