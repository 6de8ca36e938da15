import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import {
  ownerWanted as asksForOwner,
  READINESS_ANSWER_KEYS,
  readinessAnswerLabel,
  readinessAnswerOfKey,
  readinessAnswers,
  readinessAnswerSchema,
  setReadinessAnswer,
  type Candidate,
  type ReadinessChange,
  type ReadinessRow,
} from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';
import { editSession, useSessionStore } from '../../store/session-store';

const ANSWERS = readinessAnswerSchema.options;
const ANSWER_GROUP = '.readiness-answers';

/** Gives focus to an item's answers (the chosen one, as Tab would); false when there is none. */
function focusAnswers(group: Element | null | undefined): boolean {
  const input = group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector<HTMLInputElement>('input');
  if (!input) return false;
  input.focus();
  return true;
}

/** Gives focus to the answers of the first item of the first checklist in `container`. */
export function focusFirstAnswer(container: Element | null): boolean {
  return focusAnswers(container?.querySelector(ANSWER_GROUP));
}

/**
 * "Ready" with its key letter underlined: the key is read on the button itself. One inline
 * run, so the button face (a grid) centres a word, not three pieces of one.
 */
function withKeyLetter(label: string, key: string): ReactNode {
  const at = label.toUpperCase().indexOf(key);
  if (at < 0) return label;
  return (
    <span>
      {label.slice(0, at)}
      <u>{label.slice(at, at + 1)}</u>
      {label.slice(at + 1)}
    </span>
  );
}

interface ChecklistRowProps {
  candidate: Candidate;
  row: ReadinessRow;
  /** An answer was given by its key: focus goes on (to the next item, or past the last). */
  onAnsweredByKey(group: HTMLElement): void;
}

function ChecklistRow({ candidate, row, onAnsweredByKey }: ChecklistRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = useId();
  const id = useId();
  const change = (what: ReadinessChange, gestureKey?: string) => editSession((session) => setReadinessAnswer(session, candidate.id, row.item.id, what), gestureKey);
  const gesture = `candidate.${candidate.id}.readiness.${row.item.id}`;
  const ownerWanted = asksForOwner(row);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // A held key would run down the list; a modifier means a shortcut, not an answer.
    if (event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
    const answer = readinessAnswerOfKey(event.key);
    if (answer === undefined) return;
    event.preventDefault();
    // The same answer again is a "yes, that" and moves on without an edit (nor an undo step).
    if (answer !== row.answer) change({ answer });
    onAnsweredByKey(event.currentTarget);
  };
  return (
    <div className="readiness-row" role="group" aria-labelledby={`${id}-name`}>
      <div className="readiness-item">
        <span id={`${id}-name`} className="readiness-name">
          {row.item.name}
        </span>
        {row.item.question && <span className="field-hint">{row.item.question}</span>}
        {row.fromDataAvailable && <span className="field-hint">{t('readinessChecklist.fromDataAvailable')}</span>}
      </div>
      <div className="readiness-answers segmented" role="radiogroup" aria-label={t('readinessChecklist.answer', { item: row.item.name })} onKeyDown={onKeyDown}>
        {ANSWERS.map((answer) => (
          <label key={answer} className={`answer-${answer}${answer === row.answer ? ' chosen' : ''}`}>
            <input
              type="radio"
              name={name}
              value={answer}
              checked={answer === row.answer}
              aria-keyshortcuts={READINESS_ANSWER_KEYS[answer]}
              onChange={() => change({ answer })}
            />
            <span>{withKeyLetter(readinessAnswerLabel(answer, language), READINESS_ANSWER_KEYS[answer])}</span>
          </label>
        ))}
      </div>
      <input
        type="text"
        className="readiness-evidence"
        aria-label={t('readinessChecklist.evidence', { item: row.item.name })}
        placeholder={t('readinessChecklist.evidencePlaceholder')}
        maxLength={200}
        value={row.evidence}
        onChange={(event) => change({ evidence: event.target.value }, `${gesture}.evidence`)}
      />
      <input
        type="text"
        className={`readiness-owner${ownerWanted ? ' wanted' : ''}`}
        aria-label={ownerWanted ? t('readinessChecklist.ownerWanted', { item: row.item.name }) : t('readinessChecklist.owner', { item: row.item.name })}
        placeholder={ownerWanted ? t('readinessChecklist.ownerWantedPlaceholder') : t('readinessChecklist.ownerPlaceholder')}
        maxLength={200}
        value={row.owner}
        onChange={(event) => change({ owner: event.target.value }, `${gesture}.owner`)}
      />
    </div>
  );
}

const KEYS = ANSWERS.map((answer) => READINESS_ANSWER_KEYS[answer]);
/** The answer keys as the hint says them: "R, P, M" and "U". */
const KEYS_BUT_LAST = KEYS.slice(0, -1).join(', ');
const LAST_KEY = KEYS.at(-1) ?? '';

/**
 * A candidate's readiness checklist: for each of the session's items, Ready / Partly / Missing /
 * Unknown, a line of evidence and an owner. Unanswered items count as unknown
 * (shared/workshop/readiness.ts).
 *
 * From the keyboard: R, P, M or U answers the item whose answers have focus and moves to the
 * next item's answers, so a checklist is one key per item; arrow keys still move within an
 * item, and Tab goes on to its evidence and owner. Focus stays on the answers after Missing or
 * Unknown too, even where an owner is wanted: were it to jump into the owner field, the next
 * answer key would be typed there as a name. The owner just asked for is one Shift+Tab back,
 * and Tab from it returns to the next item. After the last item focus goes to `onLastAnswered`
 * (the Decide panel's "Next candidate"), or stays.
 */
export function ReadinessChecklist({ candidate, onLastAnswered }: { candidate: Candidate; onLastAnswered?: () => void }) {
  const items = useSessionStore((state) => state.session.readinessItems);
  const list = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();
  const rows = readinessAnswers(candidate, items);
  if (rows.length === 0) return <p className="panel-note">{t('readinessChecklist.noItems')}</p>;
  const onAnsweredByKey = (group: HTMLElement) => {
    const groups = [...(list.current?.querySelectorAll(ANSWER_GROUP) ?? [])];
    if (!focusAnswers(groups[groups.indexOf(group) + 1])) onLastAnswered?.();
  };
  return (
    <div className="readiness-checklist" ref={list}>
      <p className="readiness-keys field-hint">{t('readinessChecklist.keysHint', { keys: KEYS_BUT_LAST, lastKey: LAST_KEY })}</p>
      {rows.map((row) => (
        <ChecklistRow key={row.item.id} candidate={candidate} row={row} onAnsweredByKey={onAnsweredByKey} />
      ))}
    </div>
  );
}
