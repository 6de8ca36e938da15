import { clampToScale, QUADRANT_ORDER, updateSettings, type Quadrant } from '../../../../shared';
import { useTranslation } from '../../i18n';
import { useSession } from '../../store/derived';
import { editSession } from '../../store/session-store';
import { DecimalInput } from '../decimal-input';
import { RequiredTextInput } from '../required-text-input';

/** The session's own words for the chart, and its thresholds typed rather than dragged. */
export function MatrixSettings() {
  const { t } = useTranslation('map');
  const settings = useSession().settings;
  const setThreshold = (axis: 'impact' | 'complexity', value: number) => {
    editSession((draft) => updateSettings(draft, { thresholds: { ...draft.settings.thresholds, [axis]: clampToScale(value, draft.settings.scale) } }), `settings.threshold.${axis}`);
  };
  return (
    <details className="matrix-settings">
      <summary>{t('settings.title')}</summary>
      <div className="matrix-settings-grid">
        {(['impact', 'complexity'] as const).map((axis) => (
          <div key={axis} className="field">
            <label className="field-label" htmlFor={`axis-${axis}`}>
              {axis === 'impact' ? t('settings.verticalAxis') : t('settings.horizontalAxis')}
            </label>
            <RequiredTextInput
              id={`axis-${axis}`}
              value={settings.axisLabels[axis]}
              maxLength={200}
              onCommit={(label) => editSession((draft) => updateSettings(draft, { axisLabels: { ...draft.settings.axisLabels, [axis]: label } }), `settings.axis.${axis}`)}
            />
            <label className="inline-field">
              <span>{t('settings.threshold')}</span>
              <DecimalInput min={1} max={settings.scale} step={0.5} value={settings.thresholds[axis]} aria-label={t('settings.thresholdValue', { axis: settings.axisLabels[axis] })} onCommit={(value) => setThreshold(axis, value)} />
            </label>
          </div>
        ))}
        {QUADRANT_ORDER.map((quadrant: Quadrant) => (
          <div key={quadrant} className="field">
            <label className="field-label" htmlFor={`quadrant-${quadrant}`}>
              {t('settings.quadrantName')}
            </label>
            <RequiredTextInput
              id={`quadrant-${quadrant}`}
              value={settings.quadrantNames[quadrant]}
              maxLength={200}
              onCommit={(name) => editSession((draft) => updateSettings(draft, { quadrantNames: { ...draft.settings.quadrantNames, [quadrant]: name } }), `settings.quadrant.${quadrant}`)}
            />
          </div>
        ))}
      </div>
    </details>
  );
}
