import { chooseFocus, formHintOf, formLabelOf, runnersUp, setFocusKeyMetric, setRunnerUpReason, updateDecision } from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';
import { focusMark } from '../../focus-after';
import { useRanking, useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { Panel, TextField } from '../common/fields';
import { ReadinessChecklist } from '../common/readiness-checklist';

/** The focus problem: why, its metric and target, a small first version, and the long view. */
export function FocusDecision() {
  const session = useSession();
  const ranking = useRanking();
  const { t } = useTranslation('decide');
  const language = useLanguage();
  const decision = session.decision;
  const focus = session.candidates.find((candidate) => candidate.id === decision.focusCandidateId);
  const waiting = runnersUp(session, ranking);
  const reasonOf = (candidateId: string) => decision.runnersUp.find((runnerUp) => runnerUp.candidateId === candidateId)?.whyNotNow ?? '';
  return (
    <Panel title={t('focusDecision.title')} intro={t('focusDecision.intro')} className="focus-decision">
      <div className="field">
        <label className="field-label" htmlFor="focus-select">
          {t('focusDecision.focusProblem')}
        </label>
        <select id="focus-select" value={decision.focusCandidateId ?? ''} onChange={(event) => editSession((draft) => chooseFocus(draft, event.target.value || null))}>
          <option value="">{t('focusDecision.notChosen')}</option>
          {session.candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.code} · {candidate.title}
            </option>
          ))}
        </select>
      </div>
      {focus && (
        <>
          <TextField label={t('focusDecision.whyThisOne')} mark={focusMark.whyThisOne} multiline value={decision.rationale} gestureKey="decision.rationale" onEdit={(s, rationale) => updateDecision(s, { rationale })} />
          <div className="field-row">
            {/* The focus candidate's own key metric, the same field as in Collect's details (and the same undo step). */}
            <TextField
              label={formLabelOf('keyMetric', language)}
              value={focus.keyMetric}
              gestureKey={`candidate.${focus.id}.keyMetric`}
              hint={formHintOf('keyMetric', focus.keyMetric, language)}
              onEdit={(s, keyMetric) => setFocusKeyMetric(s, keyMetric)}
            />
            <TextField label={t('focusDecision.target')} value={decision.target} gestureKey="decision.target" placeholder={t('focusDecision.targetExample')} onEdit={(s, target) => updateDecision(s, { target })} />
          </div>
          <TextField label={t('focusDecision.firstVersion')} multiline value={decision.firstVersion} gestureKey="decision.firstVersion" onEdit={(s, firstVersion) => updateDecision(s, { firstVersion })} />
          <section className="readiness-section" aria-label={t('focusDecision.readinessOfFocus')}>
            <h3>{t('focusDecision.readiness')}</h3>
            <p className="panel-note">{t('focusDecision.readinessNote')}</p>
            <ReadinessChecklist candidate={focus} />
          </section>
          <TextField label={t('focusDecision.horizon')} multiline value={decision.horizon} gestureKey="decision.horizon" onEdit={(s, horizon) => updateDecision(s, { horizon })} />
          {waiting.length > 0 && (
            <div className="runners-up">
              <h3>{t('focusDecision.whyNotNow')}</h3>
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
