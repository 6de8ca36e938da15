import { addReadinessItem, createId, removeReadinessItem, updateReadinessItem, type ReadinessItem } from '../../../../shared';
import { focusAfter, focusMark, focusMarkOf } from '../../focus-after';
import { editSession, useSessionStore } from '../../store/session-store';
import { Panel } from '../common/fields';
import { RequiredTextInput } from '../required-text-input';

/**
 * The production constraints every candidate's readiness checklist asks about: the session's
 * own list, the eleven defaults to start with. Removing one removes its answers too.
 */
export function ReadinessItemsEditor() {
  const items = useSessionStore((state) => state.session.readinessItems);
  return (
    <Panel
      title="Readiness items"
      intro="What every candidate's readiness checklist asks: what it takes to run it for real. Each has a short name and a one-line question."
      className="readiness-items-editor"
    >
      <ul className="readiness-items-list" aria-label="Readiness items">
        {items.map((item) => (
          <ReadinessItemRow key={item.id} item={item} />
        ))}
      </ul>
      <div>
        <button
          type="button"
          className="quiet"
          {...focusMarkOf(focusMark.addReadinessItem)}
          onClick={() => {
            const id = createId('item');
            editSession((session) => addReadinessItem(session, { id, name: 'New readiness item', question: '' }));
            focusAfter.itemAdded(focusMark.readinessItemName(id));
          }}
        >
          Add readiness item
        </button>
      </div>
    </Panel>
  );
}

function ReadinessItemRow({ item }: { item: ReadinessItem }) {
  return (
    <li className="readiness-item-row">
      <RequiredTextInput
        aria-label={`Name of readiness item ${item.name}`}
        {...focusMarkOf(focusMark.readinessItemName(item.id))}
        value={item.name}
        maxLength={200}
        onCommit={(name) => editSession((session) => updateReadinessItem(session, item.id, { name }), `readinessItem.${item.id}.name`)}
      />
      <input
        type="text"
        aria-label={`Question of readiness item ${item.name}`}
        placeholder="The question the room answers"
        value={item.question}
        maxLength={200}
        onChange={(event) => editSession((session) => updateReadinessItem(session, item.id, { question: event.target.value }), `readinessItem.${item.id}.question`)}
      />
      <button
        type="button"
        className="quiet danger"
        aria-label={`Remove readiness item ${item.name}`}
        onClick={() => {
          const order = useSessionStore.getState().session.readinessItems.map((each) => each.id);
          focusAfter.rowRemoved(order, item.id, focusMark.readinessItemName, focusMark.addReadinessItem);
          editSession((session) => removeReadinessItem(session, item.id));
        }}
      >
        Remove
      </button>
    </li>
  );
}
