import { useState, type FormEvent } from 'react';
import { addParticipant, createId, removeParticipant, updateParticipant, type Background } from '../../../../shared';
import { focusAfter, focusMark, focusMarkOf } from '../../focus-after';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { Panel } from '../common/fields';
import { RequiredTextInput } from '../required-text-input';

const BACKGROUNDS: readonly { value: Background; label: string }[] = [
  { value: 'business', label: 'Business' },
  { value: 'technical', label: 'Technical' },
  { value: 'domain', label: 'Domain' },
  { value: 'data', label: 'Data' },
];

/** The room: who is in it and where they come from. */
export function ParticipantsEditor() {
  const participants = useSession().participants;
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
    <Panel title="Participants" intro="The method works best with 3–4 people, from both business and tech.">
      {participants.length > 0 && (
        <ul className="participant-list" aria-label="Participants">
          {participants.map((participant) => (
            <li key={participant.id} className="participant-row" data-testid="participant-row">
              <RequiredTextInput
                aria-label={`Name of ${participant.name}`}
                {...focusMarkOf(focusMark.participantName(participant.id))}
                value={participant.name}
                maxLength={200}
                onCommit={(value) => editSession((session) => updateParticipant(session, participant.id, { name: value }), `participant.${participant.id}.name`)}
              />
              <select
                aria-label={`Background of ${participant.name}`}
                value={participant.background}
                onChange={(event) => editSession((session) => updateParticipant(session, participant.id, { background: event.target.value as Background }))}
              >
                {BACKGROUNDS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="quiet danger"
                aria-label={`Remove ${participant.name}`}
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
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="add-participant" onSubmit={add}>
        <input type="text" aria-label="New participant’s name" {...focusMarkOf(focusMark.newParticipantName)} placeholder="Name" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
        <select aria-label="New participant’s background" value={background} onChange={(event) => setBackground(event.target.value as Background)}>
          {BACKGROUNDS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="submit" disabled={name.trim() === ''}>
          Add participant
        </button>
      </form>
    </Panel>
  );
}
