import { useSession } from '../../store/derived';
import { useViewStore } from '../../store/view-store';
import { BlindRoom } from './blind-room';
import { ConsensusGrid } from './consensus-grid';
import { CriteriaEditor } from './criteria-editor';
import { ReadinessItemsEditor } from './readiness-items-editor';
import { RescorePanel } from './rescore-panel';
import { ResultsTable } from './results-table';
import { ScoringSettings } from './scoring-settings';
import { ScoringTurn } from './scoring-turn';
import { WidestGaps } from './widest-gaps';
import './score.css';

/**
 * Score: blind scoring on one laptop handed round (or one agreed score per criterion in
 * consensus mode), then the reveal, the aggregates and the widest disagreements.
 */
export function ScoreView() {
  const settings = useSession().settings;
  const turn = useViewStore((state) => state.scoringParticipantId);
  const rescoring = useViewStore((state) => state.rescoringCandidateId);

  // During a participant's turn nothing else is on screen: no one else's scores, no results.
  if (settings.scoringMode === 'blind' && turn !== null && !settings.revealed) {
    return (
      <div className="phase-view score-view">
        <ScoringTurn participantId={turn} />
      </div>
    );
  }
  const results = (
    <>
      {rescoring !== null && <RescorePanel candidateId={rescoring} />}
      <WidestGaps />
      <ResultsTable />
    </>
  );
  // Blind: the turns come first, what a projector shows while the laptop goes round; the
  // settings, chosen once, sit below. Consensus: the room sets up, scores, then reads.
  if (settings.scoringMode === 'blind') {
    return (
      <div className="phase-view score-view">
        <BlindRoom />
        {settings.revealed && results}
        <ScoringSettings />
        <CriteriaEditor />
        <ReadinessItemsEditor />
      </div>
    );
  }
  return (
    <div className="phase-view score-view">
      <ScoringSettings />
      <CriteriaEditor />
      <ConsensusGrid />
      {results}
      <ReadinessItemsEditor />
    </div>
  );
}
