import { changeScale, updateSettings, type Settings } from '../../../../shared';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { focusMark } from '../../focus-after';
import { useViewStore } from '../../store/view-store';
import { useTranslation } from '../../i18n';
import { ChoiceField, Panel } from '../common/fields';

/** How the room scores: blind or by consensus, on which scale, aggregated how. */
export function ScoringSettings() {
  const settings = useSession().settings;
  const { t } = useTranslation('score');
  return (
    <Panel title={t('scoringSettings.title')} className="scoring-settings">
      <div className="field-row four">
        <ChoiceField
          label={t('scoringSettings.mode')}
          mark={focusMark.scoringMode}
          value={settings.scoringMode}
          options={[
            { value: 'blind', label: t('scoringSettings.blind') },
            { value: 'consensus', label: t('scoringSettings.consensus') },
          ]}
          onChoose={(scoringMode: Settings['scoringMode']) => {
            useViewStore.getState().startScoringTurn(null);
            editSession((session) => updateSettings(session, { scoringMode }));
          }}
        />
        <ChoiceField
          label={t('scoringSettings.scale')}
          value={String(settings.scale) as '5' | '10'}
          options={[
            { value: '5', label: t('scoringSettings.scaleUpTo', { max: '5' }) },
            { value: '10', label: t('scoringSettings.scaleUpTo', { max: '10' }) },
          ]}
          onChoose={(value) => editSession((session) => changeScale(session, value === '10' ? 10 : 5))}
        />
        <ChoiceField
          label={t('scoringSettings.aggregate')}
          value={settings.aggregation}
          options={[
            { value: 'mean', label: t('scoringSettings.weightedMean') },
            { value: 'median', label: t('scoringSettings.median') },
          ]}
          onChoose={(aggregation: Settings['aggregation']) => editSession((session) => updateSettings(session, { aggregation }))}
        />
        <label className="check-field">
          <input
            type="checkbox"
            checked={settings.scoreByBackground}
            onChange={(event) => editSession((session) => updateSettings(session, { scoreByBackground: event.target.checked }))}
          />
          {t('scoringSettings.scoreByBackground')}
        </label>
      </div>
    </Panel>
  );
}
