import { addReadinessItem, createId, removeReadinessItem, updateReadinessItem, type ReadinessItem } from '../../../../shared';
import { focusAfter, focusMark, focusMarkOf } from '../../focus-after';
import { editSession, useSessionStore } from '../../store/session-store';
import { useTranslation } from '../../i18n';
import { Panel } from '../common/fields';
import { RequiredTextInput } from '../required-text-input';

/**
 * The production constraints every candidate's readiness checklist asks about: the session's
 * own list, the eleven defaults to start with. Removing one removes its answers too.
 */
export function ReadinessItemsEditor() {
  const items = useSessionStore((state) => state.session.readinessItems);
  const { t } = useTranslation('score');
  return (
    <Panel
      title={t('readinessItemsEditor.title')}
      intro={t('readinessItemsEditor.intro')}
      className="readiness-items-editor"
    >
      <ul className="readiness-items-list" aria-label={t('readinessItemsEditor.title')}>
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
            editSession((session) => addReadinessItem(session, { id, name: t('readinessItemsEditor.newName'), question: '' }));
            focusAfter.itemAdded(focusMark.readinessItemName(id));
          }}
        >
          {t('readinessItemsEditor.add')}
        </button>
      </div>
    </Panel>
  );
}

function ReadinessItemRow({ item }: { item: ReadinessItem }) {
  const { t } = useTranslation('score');
  return (
    <li className="readiness-item-row">
      <RequiredTextInput
        aria-label={t('readinessItemsEditor.name', { name: item.name })}
        {...focusMarkOf(focusMark.readinessItemName(item.id))}
        value={item.name}
        maxLength={200}
        onCommit={(name) => editSession((session) => updateReadinessItem(session, item.id, { name }), `readinessItem.${item.id}.name`)}
      />
      <input
        type="text"
        aria-label={t('readinessItemsEditor.question', { name: item.name })}
        placeholder={t('readinessItemsEditor.questionPlaceholder')}
        value={item.question}
        maxLength={200}
        onChange={(event) => editSession((session) => updateReadinessItem(session, item.id, { question: event.target.value }), `readinessItem.${item.id}.question`)}
      />
      <button
        type="button"
        className="quiet danger"
        aria-label={t('readinessItemsEditor.removeItem', { name: item.name })}
        onClick={() => {
          const order = useSessionStore.getState().session.readinessItems.map((each) => each.id);
          focusAfter.rowRemoved(order, item.id, focusMark.readinessItemName, focusMark.addReadinessItem);
          editSession((session) => removeReadinessItem(session, item.id));
        }}
      >
        {t('remove')}
      </button>
    </li>
  );
}
