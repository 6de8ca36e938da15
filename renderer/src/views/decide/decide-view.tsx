import { useRef } from 'react';
import { useTranslation } from '../../i18n';
import { useScoresSealed } from '../../store/derived';
import { SealedScores } from '../common/sealed-scores';
import { DotVoting } from './dot-voting';
import { FocusDecision } from './focus-decision';
import { ParetoPanel } from './pareto-panel';
import { RankedList } from './ranked-list';
import { ReadinessChecklists, SkipToChecklists } from './readiness-checklists';
import { ReadinessReview } from './readiness-review';
import { WithoutMlList } from './without-ml-list';
import './decide.css';

/** Decide: the ranked list, the 80/20 of the backlog, dot votes, the readiness of the top candidates, and the focus problem with its plan. */
export function DecideView() {
  const sealed = useScoresSealed();
  const checklists = useRef<HTMLDivElement>(null);
  const { t } = useTranslation('decide');
  return (
    <div className="phase-view decide-view">
      {sealed ? (
        <>
          <SealedScores title={t('rankedList.title')} what={t('sealed.ranking')} className="ranking-hidden" />
          <SealedScores title={t('paretoPanel.title')} what={t('sealed.pareto')} className="pareto-hidden" />
        </>
      ) : (
        <>
          <SkipToChecklists walk={checklists} />
          <RankedList />
          <ParetoPanel />
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
