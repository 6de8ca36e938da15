import { setConsensusScore, setScore } from '../../../../shared';
import { criteriaFor } from '../../../../shared';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { useViewStore } from '../../store/view-store';
import { useTranslation } from '../../i18n';
import { Panel } from '../common/fields';
import { ScorePicker } from '../common/score-picker';

/** After the discussion, the room re-scores one candidate in the open. */
export function RescorePanel({ candidateId }: { candidateId: string }) {
  const session = useSession();
  const { t } = useTranslation('score');
  const candidate = session.candidates.find((each) => each.id === candidateId);
  const close = () => useViewStore.getState().startRescore(null);
  if (!candidate) return null;
  const { scale, scoringMode, scoreByBackground } = session.settings;
  const scoreOf = new Map(session.scores.filter((s) => s.candidateId === candidateId).map((s) => [`${s.participantId}\u0000${s.criterionId}`, s.value]));
  const consensusOf = new Map(session.consensusScores.filter((s) => s.candidateId === candidateId).map((s) => [s.criterionId, s.value]));
  return (
    <Panel
      title={t('rescorePanel.title', { code: candidate.code, title: candidate.title })}
      className="rescore-panel"
      actions={
        <button type="button" onClick={close}>
          {t('rescorePanel.done')}
        </button>
      }
    >
      {scoringMode === 'consensus' ? (
        <div className="score-rows">
          {session.criteria
            .filter((criterion) => criterion.weight > 0)
            .map((criterion) => (
              <div key={criterion.id} className={`score-row ${criterion.axis}`}>
                <span className="criterion-name">{criterion.name}</span>
                <ScorePicker
                  label={t('rescorePanel.criterion', { code: candidate.code, criterion: criterion.name })}
                  scale={scale}
                  value={consensusOf.get(criterion.id)}
                  onPick={(value) => editSession((draft) => setConsensusScore(draft, candidate.id, criterion.id, value))}
                />
              </div>
            ))}
        </div>
      ) : (
        <div className="rescore-participants">
          {session.participants.map((participant) => (
            <div key={participant.id} className="rescore-participant">
              <h3>{participant.name}</h3>
              <div className="score-rows">
                {criteriaFor(participant, session.criteria, scoreByBackground).map((criterion) => (
                  <div key={criterion.id} className={`score-row ${criterion.axis}`}>
                    <span className="criterion-name">{criterion.name}</span>
                    <ScorePicker
                      label={t('rescorePanel.participantCriterion', { code: candidate.code, participant: participant.name, criterion: criterion.name })}
                      scale={scale}
                      value={scoreOf.get(`${participant.id}\u0000${criterion.id}`)}
                      onPick={(value) => editSession((draft) => setScore(draft, participant.id, candidate.id, criterion.id, value))}
                    />
                  </div>
                ))}
              </div>
            </div>
          ))}
        </div>
      )}
    </Panel>
  );
}
