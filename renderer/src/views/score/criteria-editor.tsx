import { addCriterion, createId, removeCriterion, updateCriterion, type Criterion } from '../../../../shared';
import { useSession } from '../../store/derived';
import { focusAfter, focusMark, focusMarkOf } from '../../focus-after';
import { editSession, useSessionStore } from '../../store/session-store';
import { useTranslation } from '../../i18n';
import { Panel } from '../common/fields';
import { DecimalInput } from '../decimal-input';
import { RequiredTextInput } from '../required-text-input';

/** The weighted criteria behind each axis; production constraints count toward complexity. */
export function CriteriaEditor() {
  const criteria = useSession().criteria;
  const { t } = useTranslation('score');
  return (
    <Panel title={t('criteriaEditor.title')} className="criteria-editor">
      <div className="criteria-columns">
        {(['impact', 'complexity'] as const).map((axis) => (
          <div key={axis} className="criteria-axis">
            <h3>{t(`criteriaEditor.${axis}.criteria`)}</h3>
            <ul aria-label={t(`criteriaEditor.${axis}.criteria`)}>
              {criteria
                .filter((criterion) => criterion.axis === axis)
                .map((criterion) => (
                  <CriterionRow key={criterion.id} criterion={criterion} />
                ))}
            </ul>
            <button
              type="button"
              className="quiet"
              {...focusMarkOf(focusMark.addCriterion(axis))}
              onClick={() => {
                const id = createId('crit');
                editSession((session) => addCriterion(session, { id, axis, name: t(`criteriaEditor.${axis}.newName`), description: '', weight: 1 }));
                focusAfter.itemAdded(focusMark.criterionName(id));
              }}
            >
              {t(`criteriaEditor.${axis}.add`)}
            </button>
          </div>
        ))}
      </div>
    </Panel>
  );
}

function CriterionRow({ criterion }: { criterion: Criterion }) {
  const { t } = useTranslation('score');
  return (
    <li className="criterion-row" title={criterion.description}>
      <RequiredTextInput
        aria-label={t('criteriaEditor.name', { name: criterion.name })}
        {...focusMarkOf(focusMark.criterionName(criterion.id))}
        value={criterion.name}
        maxLength={200}
        onCommit={(name) => editSession((session) => updateCriterion(session, criterion.id, { name }), `criterion.${criterion.id}.name`)}
      />
      <label className="weight-field">
        <span>{t('criteriaEditor.weight')}</span>
        <DecimalInput
          min={0}
          max={100}
          step={1}
          value={criterion.weight}
          aria-label={t('criteriaEditor.weightOf', { name: criterion.name })}
          onCommit={(weight) => editSession((session) => updateCriterion(session, criterion.id, { weight }), `criterion.${criterion.id}.weight`)}
        />
      </label>
      <button
        type="button"
        className="quiet danger"
        aria-label={t('criteriaEditor.removeCriterion', { name: criterion.name })}
        onClick={() => {
          const sameAxis = useSessionStore.getState().session.criteria.filter((each) => each.axis === criterion.axis).map((each) => each.id);
          focusAfter.rowRemoved(sameAxis, criterion.id, focusMark.criterionName, focusMark.addCriterion(criterion.axis));
          editSession((session) => removeCriterion(session, criterion.id));
        }}
      >
        {t('remove')}
      </button>
    </li>
  );
}
