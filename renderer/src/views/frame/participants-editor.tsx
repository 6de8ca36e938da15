import { useState, type FormEvent } from 'react';
import { addParticipant, backgroundLabel, createId, removeParticipant, updateParticipant, type Background } from '../../../../shared';
import { focusAfter, focusMark, focusMarkOf } from '../../focus-after';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { Panel } from '../common/fields';
import { useLanguage, useTranslation } from '../../i18n';
import { RequiredTextInput } from '../required-text-input';

/** The backgrounds a participant can come from, in the order the menu offers them. */
const BACKGROUNDS: readonly Background[] = ['business', 'technical', 'domain', 'data'];

/** The room: who is in it and where they come from. */
export function ParticipantsEditor() {
  const participants = useSession().participants;
  const { t } = useTranslation('frame');
  const language = useLanguage();
  const [name, setName] = useState('');
  const [background, setBackground] = useState<Background>('business');
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    editSession((session) => addParticipant(session, { id: createId('person'), name: name.trim(), background, scoringDone: false }));
    setName('');
    focusAfter.participantAdded();
  };
  return (
    <Panel title={t('participantsEditor.participants')} intro={t('participantsEditor.intro')}>
      {participants.length > 0 && (
        <ul className="participant-list" aria-label={t('participantsEditor.participants')}>
          {participants.map((participant) => (
            <li key={participant.id} className="participant-row" data-testid="participant-row">
              <RequiredTextInput
                aria-label={t('participantsEditor.nameOf', { name: participant.name })}
                {...focusMarkOf(focusMark.participantName(participant.id))}
                value={participant.name}
                maxLength={200}
                onCommit={(value) => editSession((session) => updateParticipant(session, participant.id, { name: value }), `participant.${participant.id}.name`)}
              />
              <select
                aria-label={t('participantsEditor.backgroundOf', { name: participant.name })}
                value={participant.background}
                onChange={(event) => editSession((session) => updateParticipant(session, participant.id, { background: event.target.value as Background }))}
              >
                {BACKGROUNDS.map((option) => (
                  <option key={option} value={option}>
                    {backgroundLabel(option, language)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="quiet danger"
                aria-label={t('participantsEditor.removeParticipant', { name: participant.name })}
                onClick={() => {
                  focusAfter.rowRemoved(
                    participants.map((each) => each.id),
                    participant.id,
                    focusMark.participantName,
                    focusMark.newParticipantName,
                  );
                  editSession((session) => removeParticipant(session, participant.id));
                }}
              >
                {t('participantsEditor.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="add-participant" onSubmit={add}>
        <input type="text" aria-label={t('participantsEditor.newName')} {...focusMarkOf(focusMark.newParticipantName)} placeholder={t('participantsEditor.namePlaceholder')} value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
        <select aria-label={t('participantsEditor.newBackground')} value={background} onChange={(event) => setBackground(event.target.value as Background)}>
          {BACKGROUNDS.map((option) => (
            <option key={option} value={option}>
              {backgroundLabel(option, language)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={name.trim() === ''}>
          {t('participantsEditor.addParticipant')}
        </button>
      </form>
    </Panel>
  );
}
