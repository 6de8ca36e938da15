import { useId, useState, type ReactNode } from 'react';
import type { Session } from '../../../../shared';
import { focusMarkOf } from '../../focus-after';
import { useTranslation } from '../../i18n';
import { editSession } from '../../store/session-store';

interface TextFieldProps {
  label: string;
  value: string;
  /** Turns the typed text into a new session; keystrokes in one field are one undo step. */
  onEdit: (session: Session, value: string) => Session;
  gestureKey: string;
  multiline?: boolean;
  placeholder?: string;
  maxLength?: number;
  hint?: ReactNode;
  className?: string;
  /** The field's name for focus-after.ts, when focus is handed to it. */
  mark?: string;
}

/** A labelled text field bound to one field of the session. */
export function TextField({ label, value, onEdit, gestureKey, multiline, placeholder, maxLength, hint, className, mark }: TextFieldProps) {
  const id = useId();
  const change = (text: string) => editSession((session) => onEdit(session, text), gestureKey);
  const marks = mark === undefined ? {} : focusMarkOf(mark);
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea id={id} {...marks} value={value} rows={3} placeholder={placeholder} maxLength={maxLength ?? 20_000} onChange={(event) => change(event.target.value)} />
      ) : (
        <input id={id} {...marks} type="text" value={value} placeholder={placeholder} maxLength={maxLength ?? 200} onChange={(event) => change(event.target.value)} />
      )}
      {hint && <span className="field-hint">{hint}</span>}
    </div>
  );
}

interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChoose: (value: T) => void;
  /** The field's name for focus-after.ts, when focus is handed to it. */
  mark?: string;
}

/** A labelled select for one of a few named choices. */
export function ChoiceField<T extends string>({ label, value, options, onChoose, mark }: ChoiceFieldProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} {...(mark === undefined ? {} : focusMarkOf(mark))} value={value} onChange={(event) => onChoose(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A section of a phase with a heading and an optional line explaining it. */
export function Panel({ title, intro, children, className, actions }: { title: string; intro?: ReactNode; children: ReactNode; className?: string; actions?: ReactNode }) {
  const id = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={id}>
      <div className="panel-head">
        <h2 id={id}>{title}</h2>
        {actions && <div className="panel-actions">{actions}</div>}
      </div>
      {intro && <p className="panel-intro">{intro}</p>}
      {children}
    </section>
  );
}

interface ListFieldProps {
  label: string;
  values: readonly string[];
  onEdit: (session: Session, values: string[]) => Session;
  gestureKey: string;
  placeholder?: string;
}

/** "a, b ,, c" → ["a", "b", "c"], at most 30 items. */
function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .slice(0, 30);
}

/**
 * A comma-separated list (tags, metrics). The typed text is kept as typed while the field
 * has focus, so a trailing comma survives until the next item is written.
 */
export function ListField({ label, values, onEdit, gestureKey, placeholder }: ListFieldProps) {
  const id = useId();
  const joined = values.join(', ');
  const [draft, setDraft] = useState<string | null>(null);
  const { t } = useTranslation();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={draft ?? joined}
        placeholder={placeholder}
        maxLength={2000}
        onFocus={() => setDraft(joined)}
        onBlur={() => setDraft(null)}
        onChange={(event) => {
          setDraft(event.target.value);
          editSession((session) => onEdit(session, splitList(event.target.value)), gestureKey);
        }}
      />
      <span className="field-hint">{t('fields.separateWithCommas')}</span>
    </div>
  );
}
