import { chooseFocus, formHintOf, formLabelOf, runnersUp, setFocusKeyMetric, setRunnerUpReason, updateDecision } from '../../../../shared';
import { focusMark } from '../../focus-after';
import { useRanking, useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { Panel, TextField } from '../common/fields';
import { ReadinessChecklist } from '../common/readiness-checklist';

/** The focus problem: why, its metric and target, a small first version, and the long view. */
export function FocusDecision() {
  const session = useSession();
  const ranking = useRanking();
  const decision = session.decision;
  const focus = session.candidates.find((candidate) => candidate.id === decision.focusCandidateId);
  const waiting = runnersUp(session, ranking);
  const reasonOf = (candidateId: string) => decision.runnersUp.find((runnerUp) => runnerUp.candidateId === candidateId)?.whyNotNow ?? '';
  return (
    <Panel title="The focus problem" intro="Start small, think big: one problem, a stripped-down first version, and the longer horizon next to it." className="focus-decision">
      <div className="field">
        <label className="field-label" htmlFor="focus-select">
          Focus problem
        </label>
        <select id="focus-select" value={decision.focusCandidateId ?? ''} onChange={(event) => editSession((draft) => chooseFocus(draft, event.target.value || null))}>
          <option value="">Not chosen yet</option>
          {session.candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.code} · {candidate.title}
            </option>
          ))}
        </select>
      </div>
      {focus && (
        <>
          <TextField label="Why this one" mark={focusMark.whyThisOne} multiline value={decision.rationale} gestureKey="decision.rationale" onEdit={(s, rationale) => updateDecision(s, { rationale })} />
          <div className="field-row">
            {/* The focus candidate's own key metric, the same field as in Collect's details (and the same undo step). */}
            <TextField
              label={formLabelOf('keyMetric')}
              value={focus.keyMetric}
              gestureKey={`candidate.${focus.id}.keyMetric`}
              hint={formHintOf('keyMetric', focus.keyMetric)}
              onEdit={(s, keyMetric) => setFocusKeyMetric(s, keyMetric)}
            />
            <TextField label="Target" value={decision.target} gestureKey="decision.target" placeholder="e.g. −2 points of churn in 6 months" onEdit={(s, target) => updateDecision(s, { target })} />
          </div>
          <TextField label="First small version" multiline value={decision.firstVersion} gestureKey="decision.firstVersion" onEdit={(s, firstVersion) => updateDecision(s, { firstVersion })} />
          <section className="readiness-section" aria-label="Readiness of the focus">
            <h3>Readiness</h3>
            <p className="panel-note">Start with the end in mind: what it takes to run this for real. Unanswered items count as unknown.</p>
            <ReadinessChecklist candidate={focus} />
          </section>
          <TextField label="Long-term horizon" multiline value={decision.horizon} gestureKey="decision.horizon" onEdit={(s, horizon) => updateDecision(s, { horizon })} />
          {waiting.length > 0 && (
            <div className="runners-up">
              <h3>Why not now</h3>
              {waiting.map((candidate) => (
                <TextField
                  key={candidate.id}
                  label={`${candidate.code} · ${candidate.title}`}
                  value={reasonOf(candidate.id)}
                  gestureKey={`decision.runnerUp.${candidate.id}`}
                  onEdit={(s, why) => setRunnerUpReason(s, candidate.id, why)}
                />
              ))}
            </div>
          )}
        </>
      )}
    </Panel>
  );
}
