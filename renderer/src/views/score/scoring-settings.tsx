import { changeScale, updateSettings, type Settings } from '../../../../shared';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { focusMark } from '../../focus-after';
import { useViewStore } from '../../store/view-store';
import { ChoiceField, Panel } from '../common/fields';

/** How the room scores: blind or by consensus, on which scale, aggregated how. */
export function ScoringSettings() {
  const settings = useSession().settings;
  return (
    <Panel title="How the room scores" className="scoring-settings">
      <div className="field-row four">
        <ChoiceField
          label="Mode"
          mark={focusMark.scoringMode}
          value={settings.scoringMode}
          options={[
            { value: 'blind', label: 'Blind, in turn' },
            { value: 'consensus', label: 'Consensus of the room' },
          ]}
          onChoose={(scoringMode: Settings['scoringMode']) => {
            useViewStore.getState().startScoringTurn(null);
            editSession((session) => updateSettings(session, { scoringMode }));
          }}
        />
        <ChoiceField
          label="Scale"
          value={String(settings.scale) as '5' | '10'}
          options={[
            { value: '5', label: '1 to 5' },
            { value: '10', label: '1 to 10' },
          ]}
          onChoose={(value) => editSession((session) => changeScale(session, value === '10' ? 10 : 5))}
        />
        <ChoiceField
          label="Aggregate"
          value={settings.aggregation}
          options={[
            { value: 'mean', label: 'Weighted mean' },
            { value: 'median', label: 'Median' },
          ]}
          onChoose={(aggregation: Settings['aggregation']) => editSession((session) => updateSettings(session, { aggregation }))}
        />
        <label className="check-field">
          <input
            type="checkbox"
            checked={settings.scoreByBackground}
            onChange={(event) => editSession((session) => updateSettings(session, { scoreByBackground: event.target.checked }))}
          />
          Business scores impact only, tech scores complexity only
        </label>
      </div>
    </Panel>
  );
}
