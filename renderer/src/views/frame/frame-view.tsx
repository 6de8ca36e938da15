import { participantWarnings, updateFrame } from '../../../../shared';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { ListField, Panel, TextField } from '../common/fields';
import { WarningList } from '../common/warning-list';
import { ParticipantsEditor } from './participants-editor';
import { FollowUpPanel } from '../follow-up/follow-up-panel';
import { useLanguage, useTranslation } from '../../i18n';
import './frame.css';

/** Frame: what the room is here to decide, and who is in it. */
export function FrameView() {
  const session = useSession();
  const frame = session.frame;
  const { t } = useTranslation('frame');
  const language = useLanguage();
  return (
    <div className="phase-view frame-view">
      <Panel title={t('frameView.session')}>
        <TextField
          className="title-field"
          label={t('frameView.title')}
          value={frame.title}
          gestureKey="frame.title"
          placeholder={t('frameView.titlePlaceholder')}
          onEdit={(draft, title) => updateFrame(draft, { title })}
        />
        <div className="field-row">
          <div className="field">
            <label className="field-label" htmlFor="frame-date">
              {t('frameView.date')}
            </label>
            <input
              id="frame-date"
              type="date"
              value={frame.date}
              onChange={(event) => {
                // While a date is half typed the picker yields ""; only whole dates are kept.
                const date = event.target.value;
                if (date === '' || /^\d{4}-\d{2}-\d{2}$/.test(date)) editSession((draft) => updateFrame(draft, { date }), 'frame.date');
              }}
            />
          </div>
          <TextField label={t('frameView.team')} value={frame.team} gestureKey="frame.team" onEdit={(draft, team) => updateFrame(draft, { team })} />
        </div>
        <TextField
          label={t('frameView.businessGoal')}
          multiline
          value={frame.businessGoal}
          gestureKey="frame.businessGoal"
          placeholder={t('frameView.businessGoalPlaceholder')}
          onEdit={(draft, businessGoal) => updateFrame(draft, { businessGoal })}
        />
        <ListField
          label={t('frameView.goalMetrics')}
          values={frame.goalMetrics}
          gestureKey="frame.goalMetrics"
          placeholder={t('frameView.goalMetricsPlaceholder')}
          onEdit={(draft, goalMetrics) => updateFrame(draft, { goalMetrics })}
        />
      </Panel>
      <FollowUpPanel />
      <ParticipantsEditor />
      <WarningList warnings={participantWarnings(session, language)} label={t('frameView.aboutTheRoom')} />
    </div>
  );
}
