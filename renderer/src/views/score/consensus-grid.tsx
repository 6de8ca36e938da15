import { useRef } from 'react';
import { candidatesToScore, scoresToGo, scoringWalk, setConsensusScore, type ScoringStop } from '../../../../shared';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { useTranslation } from '../../i18n';
import { Panel } from '../common/fields';
import { ScoreCards, scoreKeysHint, ScoresToGo } from './score-cards';

/**
 * Consensus mode: the room agrees one score per criterion, for quick sessions. The facilitator
 * types them as the room agrees: a digit scores and goes on to the next (score-cards.tsx).
 */
export function ConsensusGrid() {
  const session = useSession();
  const list = useRef<HTMLOListElement>(null);
  const { t } = useTranslation('score');
  const criteria = session.criteria.filter((criterion) => criterion.weight > 0);
  const agreed = new Map(session.consensusScores.map((score) => [`${score.candidateId}\u0000${score.criterionId}`, score.value]));
  const valueOf = (stop: ScoringStop) => agreed.get(`${stop.candidateId}\u0000${stop.criterionId}`);
  const candidates = candidatesToScore(session);
  const walk = scoringWalk(candidates, criteria);
  const toGo = scoresToGo(walk, (stop) => valueOf(stop) !== undefined);
  const { scale } = session.settings;
  return (
    <Panel
      title={t('consensusGrid.title')}
      intro={t('consensusGrid.intro', { hint: scoreKeysHint(scale, t) })}
      actions={<ScoresToGo count={toGo} />}
    >
      <ScoreCards
        list={list}
        candidates={candidates}
        criteria={criteria}
        walk={walk}
        toGo={toGo}
        scale={scale}
        valueOf={valueOf}
        onPick={(stop, value) => editSession((draft) => setConsensusScore(draft, stop.candidateId, stop.criterionId, value))}
      />
    </Panel>
  );
}
