import { followUpHeading, lastTimeSentence, updateFollowUpOutcome, type FollowUpOutcome } from '../../../../shared';
import { focusMark } from '../../focus-after';
import { useLanguage, useTranslation } from '../../i18n';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { Panel } from '../common/fields';
import { OutcomeFields } from './outcome-fields';
import './follow-up.css';

/**
 * Frame's "Follow-up of …": the session this one follows up, and what became of its focus,
 * answered here or in the dialog a follow-up opens with. Each field is its own undo step, typing
 * in one field one step, as in every other field.
 */
export function FollowUpPanel() {
  const { followUp } = useSession();
  const { t } = useTranslation('followUp');
  const language = useLanguage();
  if (followUp === null) return null;
  const change = (edit: Partial<FollowUpOutcome>) => editSession((session) => updateFollowUpOutcome(session, edit), `follow-up.${Object.keys(edit).join()}`);
  const file = followUp.earlier.fileName;
  return (
    <Panel
      title={followUpHeading(followUp.earlier, language)}
      className="follow-up-panel"
      intro={file === '' ? t('panel.introUnsaved', { lastTime: lastTimeSentence(followUp, language) }) : t('panel.introFromFile', { lastTime: lastTimeSentence(followUp, language), fileName: file })}
    >
      {followUp.focus !== null && <OutcomeFields focus={followUp.focus} outcome={followUp.outcome} onChange={change} mark={focusMark.followUpOutcome} />}
    </Panel>
  );
}
