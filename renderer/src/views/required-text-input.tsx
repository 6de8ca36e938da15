import { useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onCommit: (value: string) => void;
};

/**
 * A text input for a field that may not be empty (a candidate's title): keystrokes reach the
 * session while the text is non-empty; an emptied field returns to the last value on blur.
 */
export function RequiredTextInput({ value, onCommit, onBlur, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  // A new value from the session (undo, another window's edit) replaces what is shown.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  return (
    <input
      {...rest}
      type="text"
      value={draft}
      aria-invalid={draft.trim() === '' ? true : undefined}
      onChange={(event) => {
        setDraft(event.target.value);
        if (event.target.value.trim() !== '') onCommit(event.target.value);
      }}
      onBlur={(event) => {
        if (draft.trim() === '') setDraft(value);
        onBlur?.(event);
      }}
    />
  );
}
