import { addCriterion, createId, removeCriterion, updateCriterion, type Axis, type Criterion } from '../../../../shared';
import { useSession } from '../../store/derived';
import { focusAfter, focusMark, focusMarkOf } from '../../focus-after';
import { editSession, useSessionStore } from '../../store/session-store';
import { Panel } from '../common/fields';
import { RequiredTextInput } from '../required-text-input';

const AXIS_TITLES: Record<Axis, string> = { impact: 'Impact criteria', complexity: 'Complexity criteria' };

/** The weighted criteria behind each axis; production constraints count toward complexity. */
export function CriteriaEditor() {
  const criteria = useSession().criteria;
  return (
    <Panel title="Criteria and weights" className="criteria-editor">
      <div className="criteria-columns">
        {(['impact', 'complexity'] as const).map((axis) => (
          <div key={axis} className="criteria-axis">
            <h3>{AXIS_TITLES[axis]}</h3>
            <ul aria-label={AXIS_TITLES[axis]}>
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
                editSession((session) => addCriterion(session, { id, axis, name: axis === 'impact' ? 'New impact criterion' : 'New complexity criterion', description: '', weight: 1 }));
                focusAfter.itemAdded(focusMark.criterionName(id));
              }}
            >
              Add {axis} criterion
            </button>
          </div>
        ))}
      </div>
    </Panel>
  );
}

function CriterionRow({ criterion }: { criterion: Criterion }) {
  return (
    <li className="criterion-row" title={criterion.description}>
      <RequiredTextInput
        aria-label={`Name of criterion ${criterion.name}`}
        {...focusMarkOf(focusMark.criterionName(criterion.id))}
        value={criterion.name}
        maxLength={200}
        onCommit={(name) => editSession((session) => updateCriterion(session, criterion.id, { name }), `criterion.${criterion.id}.name`)}
      />
      <label className="weight-field">
        <span>Weight</span>
        <input
          type="number"
          min={0}
          max={100}
          step={1}
          value={criterion.weight}
          aria-label={`Weight of ${criterion.name}`}
          onChange={(event) => {
            const weight = Number(event.target.value);
            if (event.target.value !== '' && Number.isFinite(weight) && weight >= 0 && weight <= 100) {
              editSession((session) => updateCriterion(session, criterion.id, { weight }), `criterion.${criterion.id}.weight`);
            }
          }}
        />
      </label>
      <button
        type="button"
        className="quiet danger"
        aria-label={`Remove criterion ${criterion.name}`}
        onClick={() => {
          const sameAxis = useSessionStore.getState().session.criteria.filter((each) => each.axis === criterion.axis).map((each) => each.id);
          focusAfter.rowRemoved(sameAxis, criterion.id, focusMark.criterionName, focusMark.addCriterion(criterion.axis));
          editSession((session) => removeCriterion(session, criterion.id));
        }}
      >
        Remove
      </button>
    </li>
  );
}
