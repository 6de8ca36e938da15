import { useState } from 'react';
import { dataAvailabilityFormOptions, formHintOf, formLabelOf, mergeCandidates, statusFormOptions, updateCandidate, type Candidate } from '../../../../shared';
import { focusAfter, focusMark, focusMarkOf } from '../../focus-after';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { openBriefDialog } from '../../store/share-store';
import { useViewStore } from '../../store/view-store';
import { ChoiceField, ListField, TextField } from '../common/fields';
import { ReadinessChecklist } from '../common/readiness-checklist';
import { useLanguage, useTranslation } from '../../i18n';

/** The id its row's Details button controls. */
export const detailsIdOf = (candidateId: string) => `details-${candidateId}`;

/**
 * Everything the room knows about one candidate, filled in when there is time. Shown under its
 * row (see candidate-list.tsx); Close or Esc closes it and focus goes back to the row.
 */
export function CandidateDetails({ candidateId }: { candidateId: string }) {
  const candidates = useSession().candidates;
  const { t } = useTranslation('collect');
  const language = useLanguage();
  const candidate = candidates.find((each) => each.id === candidateId);
  const close = () => useViewStore.getState().selectCandidate(null);
  if (!candidate) return null;
  const edit = (change: Partial<Candidate>, field?: string) =>
    editSession((session) => updateCandidate(session, candidate.id, change), field ? `candidate.${candidate.id}.${field}` : undefined);
  const key = (field: string) => `candidate.${candidate.id}.${field}`;
  return (
    <section id={detailsIdOf(candidate.id)} className="candidate-details panel" aria-label={t('candidateDetails.detailsOf', { code: candidate.code })} {...focusMarkOf(focusMark.details(candidate.id))}>
      <div className="panel-head">
        <h2>
          {candidate.code} · {candidate.title}
        </h2>
        <div className="panel-actions">
          <button type="button" className="quiet" onClick={() => openBriefDialog(candidate.id)}>
            {t('candidateDetails.mlBrief')}
          </button>
          <button type="button" className="quiet" onClick={close} aria-label={t('candidateDetails.closeDetails')}>
            {t('candidateDetails.close')}
          </button>
        </div>
      </div>
      <TextField label={formLabelOf('problem', language)} multiline value={candidate.problem} gestureKey={key('problem')} onEdit={(s, problem) => updateCandidate(s, candidate.id, { problem })} />
      <div className="field-row">
        <TextField label={formLabelOf('owner', language)} value={candidate.owner} gestureKey={key('owner')} onEdit={(s, owner) => updateCandidate(s, candidate.id, { owner })} />
        <TextField
          label={formLabelOf('keyMetric', language)}
          value={candidate.keyMetric}
          gestureKey={key('keyMetric')}
          hint={formHintOf('keyMetric', candidate.keyMetric, language)}
          onEdit={(s, keyMetric) => updateCandidate(s, candidate.id, { keyMetric })}
        />
      </div>
      <div className="field-row">
        <TextField label={formLabelOf('baseline', language)} value={candidate.baseline} gestureKey={key('baseline')} onEdit={(s, baseline) => updateCandidate(s, candidate.id, { baseline })} />
        <ChoiceField label={formLabelOf('dataAvailability', language)} value={candidate.dataAvailability} options={dataAvailabilityFormOptions(language)} onChoose={(dataAvailability) => edit({ dataAvailability })} />
      </div>
      <TextField
        label={formLabelOf('measurement', language)}
        value={candidate.measurement}
        gestureKey={key('measurement')}
        onEdit={(s, measurement) => updateCandidate(s, candidate.id, { measurement })}
      />
      <TextField
        label={formLabelOf('nonMlAlternative', language)}
        multiline
        value={candidate.nonMlAlternative}
        gestureKey={key('nonMlAlternative')}
        onEdit={(s, nonMlAlternative) => updateCandidate(s, candidate.id, { nonMlAlternative })}
      />
      <label className="check-field">
        <input
          type="checkbox"
          checked={candidate.betterWithoutMl}
          onChange={(event) =>
            edit({
              betterWithoutMl: event.target.checked,
              status: event.target.checked ? 'non-ml' : candidate.status === 'non-ml' ? 'open' : candidate.status,
            })
          }
        />
        {formLabelOf('betterWithoutMl', language)}
      </label>
      <TextField
        label={formLabelOf('wrongPredictionCost', language)}
        multiline
        value={candidate.wrongPredictionCost}
        gestureKey={key('wrongPredictionCost')}
        onEdit={(s, wrongPredictionCost) => updateCandidate(s, candidate.id, { wrongPredictionCost })}
      />
      <div className="field-row">
        <ListField label={formLabelOf('tags', language)} values={candidate.tags} gestureKey={key('tags')} onEdit={(s, tags) => updateCandidate(s, candidate.id, { tags })} />
        <ChoiceField label={formLabelOf('status', language)} value={candidate.status} options={statusFormOptions(language)} onChoose={(status) => edit({ status, betterWithoutMl: status === 'non-ml' ? true : candidate.status === 'non-ml' ? false : candidate.betterWithoutMl })} />
      </div>
      <TextField label={formLabelOf('notes', language)} multiline value={candidate.notes} gestureKey={key('notes')} onEdit={(s, notes) => updateCandidate(s, candidate.id, { notes })} />
      <section className="readiness-section" aria-label={t('candidateDetails.readinessOf', { candidate: candidate.code || candidate.title })}>
        <h3>{t('candidateDetails.readiness')}</h3>
        <p className="panel-note">{t('candidateDetails.readinessNote')}</p>
        <ReadinessChecklist candidate={candidate} />
      </section>
      <MergeControl candidate={candidate} others={candidates.filter((each) => each.id !== candidate.id)} />
    </section>
  );
}

/** Two candidates that turn out to be the same become one, keeping scores and notes. */
function MergeControl({ candidate, others }: { candidate: Candidate; others: Candidate[] }) {
  const [duplicateId, setDuplicateId] = useState('');
  const { t } = useTranslation('collect');
  if (others.length === 0) return null;
  return (
    <div className="merge-control">
      <label className="field-label" htmlFor="merge-select">
        {t('mergeControl.sameProblem')}
      </label>
      <div className="inline-form">
        <select id="merge-select" {...focusMarkOf(focusMark.mergeSelect)} value={duplicateId} onChange={(event) => setDuplicateId(event.target.value)}>
          <option value="">{t('mergeControl.chooseDuplicate')}</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.code} · {other.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={duplicateId === ''}
          onClick={() => {
            editSession((session) => mergeCandidates(session, candidate.id, duplicateId));
            setDuplicateId('');
            focusAfter.candidatesMerged(candidate.id);
          }}
        >
          {t('mergeControl.mergeInto', { code: candidate.code })}
        </button>
      </div>
    </div>
  );
}
