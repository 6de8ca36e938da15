import { useId } from 'react';
import { focusMarkOf } from '../../focus-after';
import { useLanguage, useTranslation } from '../../i18n';
import { FOLLOW_UP_STATUS_CHOICES, followUpLearnedLabel, followUpStatusLabel, LIMITS, type FollowUp, type FollowUpOutcome } from '../../../../shared';

interface OutcomeFieldsProps {
  /** The earlier focus as it was chosen: its title, key metric, baseline and target. */
  focus: NonNullable<FollowUp['focus']>;
  outcome: FollowUpOutcome;
  /** One answer changed: the dialog keeps it until Save answers, Frame edits the session at once. */
  onChange: (change: Partial<FollowUpOutcome>) => void;
  /** Marks the first control for the dialog's focus on opening. */
  autoFocus?: boolean;
  /** The fields' name for focus-after.ts, when focus is handed to them. */
  mark?: string;
}

/**
 * The questions a follow-up asks about the earlier focus: what became of it, the key metric's
 * value now beside its baseline and target, and what was learned. The same fields in the
 * follow-up's dialog and in Frame.
 */
export function OutcomeFields({ focus, outcome, onChange, autoFocus, mark }: OutcomeFieldsProps) {
  const id = useId();
  const { t } = useTranslation('followUp');
  const language = useLanguage();
  const metric = focus.keyMetric.trim();
  return (
    <div className="outcome-fields" {...(mark === undefined ? {} : focusMarkOf(mark))}>
      <fieldset className="outcome-status">
        <legend>{t('outcomeFields.question', { title: focus.title.trim() })}</legend>
        <div className="outcome-choices">
          {FOLLOW_UP_STATUS_CHOICES.map((status, index) => (
            <label key={status} className="check-field">
              <input
                type="radio"
                name={`${id}-status`}
                value={status}
                checked={outcome.status === status}
                // The answer given, else the first, takes focus when the dialog opens.
                {...(autoFocus && (outcome.status === status || (outcome.status === 'unknown' && index === 0)) ? { 'data-autofocus': true } : {})}
                onChange={() => onChange({ status })}
              />
              {followUpStatusLabel(status, language)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="outcome-metric">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-now`}>
            {metric === '' ? t('outcomeFields.keyMetricNow') : t('outcomeFields.metricNow', { metric })}
          </label>
          <input
            id={`${id}-now`}
            type="text"
            value={outcome.metricNow}
            maxLength={LIMITS.shortText}
            placeholder={t('outcomeFields.metricPlaceholder')}
            onChange={(event) => onChange({ metricNow: event.target.value })}
          />
        </div>
        <dl className="outcome-reference" aria-label={t('outcomeFields.setLastTime')}>
          <div>
            <dt>{t('outcomeFields.baseline')}</dt>
            <dd>{focus.baseline.trim() === '' ? t('outcomeFields.notRecorded') : focus.baseline}</dd>
          </div>
          <div>
            <dt>{t('outcomeFields.target')}</dt>
            <dd>{focus.target.trim() === '' ? t('outcomeFields.noneSet') : focus.target}</dd>
          </div>
        </dl>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-learned`}>
          {followUpLearnedLabel(language)}
        </label>
        <textarea id={`${id}-learned`} rows={3} value={outcome.learned} maxLength={LIMITS.longText} onChange={(event) => onChange({ learned: event.target.value })} />
      </div>
    </div>
  );
}
