import { useMemo, useState } from 'react';
import { createId, mergeBacklog, previewBacklogMerge, type ParticipantChoice, type Session } from '../../../../shared';
import { announce } from '../../desktop-ui';
import { useTranslation } from '../../i18n';
import { editSession, useSessionStore } from '../../store/session-store';
import { closeMerge, useShareStore } from '../../store/share-store';
import { useModalDialog } from '../modal-dialog';

function choiceValue(choice: ParticipantChoice): string {
  return choice.kind === 'same-as' ? `same:${choice.participantId}` : choice.kind;
}

function choiceFrom(value: string): ParticipantChoice {
  if (value.startsWith('same:')) return { kind: 'same-as', participantId: value.slice(5) };
  return value === 'add' ? { kind: 'add' } : { kind: 'leave-out' };
}

/** Merge another room's session: pick candidates, map its participants, then import. */
export function MergeDialog() {
  const merging = useShareStore((state) => state.merging);
  const dialog = useModalDialog(merging !== null, closeMerge);
  return (
    <dialog ref={dialog} className="calm-dialog wide-dialog" aria-labelledby="merge-title" data-testid="merge-dialog">
      {merging && <MergePreview key={merging.session.id + merging.fileName} source={merging.session} fileName={merging.fileName} />}
    </dialog>
  );
}

function MergePreview({ source, fileName }: { source: Session; fileName: string }) {
  const { t } = useTranslation('share');
  const target = useSessionStore((state) => state.session);
  const preview = useMemo(() => previewBacklogMerge(target, source), [target, source]);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(preview.candidates.filter((each) => each.duplicateOf === null).map((each) => each.candidateId)));
  const [participants, setParticipants] = useState<Record<string, ParticipantChoice>>(() =>
    Object.fromEntries(preview.participants.map((each) => [each.participant.id, each.suggested])),
  );
  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const run = () => {
    editSession((current) => mergeBacklog(current, source, { candidateIds: [...chosen], participants }, createId));
    announce(t('mergeDialog.merged', { count: chosen.size, fileName }));
    closeMerge();
  };
  return (
    <>
      <h2 id="merge-title">{t('mergeDialog.title', { fileName })}</h2>
      <div className="merge-layout">
        <fieldset className="merge-candidates">
          <legend>{t('mergeDialog.candidates')}</legend>
          {preview.candidates.map((candidate) => (
            <label key={candidate.candidateId} className="check-field" data-testid="merge-candidate">
              <input type="checkbox" checked={chosen.has(candidate.candidateId)} onChange={() => toggle(candidate.candidateId)} />
              <span>
                <span className="candidate-code">{candidate.code}</span> {candidate.title}
                {candidate.duplicateOf && <span className="badge">{t('mergeDialog.alreadyHere')}</span>}
                {candidate.scores > 0 && <span className="dialog-note"> · {t('mergeDialog.scores', { count: candidate.scores })}</span>}
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="merge-participants">
          <legend>{t('mergeDialog.participants')}</legend>
          {preview.participants.map(({ participant }) => (
            <label key={participant.id} className="inline-field">
              <span>{participant.name}</span>
              <select
                aria-label={t('mergeDialog.scoresOf', { name: participant.name })}
                value={choiceValue(participants[participant.id] ?? { kind: 'leave-out' })}
                onChange={(event) => setParticipants((previous) => ({ ...previous, [participant.id]: choiceFrom(event.target.value) }))}
              >
                {target.participants.map((ours) => (
                  <option key={ours.id} value={`same:${ours.id}`}>
                    {t('mergeDialog.samePerson', { name: ours.name })}
                  </option>
                ))}
                <option value="add">{t('mergeDialog.addParticipant', { name: participant.name })}</option>
                <option value="leave-out">{t('mergeDialog.leaveOut')}</option>
              </select>
            </label>
          ))}
          {preview.unmatchedCriteria.length > 0 && (
            <p className="dialog-note">{t('mergeDialog.unmatchedCriteria', { criteria: preview.unmatchedCriteria.map((each) => each.name).join(', ') })}</p>
          )}
          {preview.rescaled && <p className="dialog-note">{t('mergeDialog.rescaled')}</p>}
        </fieldset>
      </div>
      <div className="dialog-buttons">
        <button type="button" className="quiet" onClick={closeMerge}>
          {t('cancel')}
        </button>
        <button type="submit" data-autofocus disabled={chosen.size === 0} onClick={run}>
          {t('mergeDialog.merge', { count: chosen.size })}
        </button>
      </div>
    </>
  );
}
