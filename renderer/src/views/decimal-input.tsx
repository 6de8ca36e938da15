import type { TFunction } from 'i18next';
import { useId, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { formatDecimal, formatNumber, readDecimal, type Language } from '../../../shared';
import { useLanguage, useTranslation } from '../i18n';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max' | 'step'> & {
  value: number;
  min: number;
  max: number;
  /** How far ↑ and ↓ move the value, as a number field's arrows did; onto a multiple of it from `min`. */
  step: number;
  onCommit: (value: number) => void;
};

/** Why the text typed changes nothing, in `language`; null when it is a number in range. */
function refusalOf(text: string, { min, max }: Pick<Props, 'min' | 'max'>, t: TFunction<'common'>, language: Language): string | null {
  const reading = readDecimal(text, language);
  const example = formatDecimal(3.5, 1, language);
  if (!reading.ok) {
    if (reading.problem === 'empty') return t('decimalField.empty');
    return t(reading.problem === 'comma' ? 'decimalField.comma' : 'decimalField.notANumber', { example });
  }
  if (reading.value < min || reading.value > max) return t('decimalField.outOfRange', { min: formatNumber(min, language), max: formatNumber(max, language) });
  return null;
}

/** The value ↑ or ↓ moves to: the next multiple of `step` from `min` above or below, within min and max. */
function stepped(value: number, direction: 1 | -1, { min, max, step }: Pick<Props, 'min' | 'max' | 'step'>): number {
  const steps = (value - min) / step;
  // A value on a step moves a whole step; one between two moves onto the next, as Chromium's number field does.
  const next = direction === 1 ? Math.floor(steps + 1e-9) + 1 : Math.ceil(steps - 1e-9) - 1;
  return Math.min(max, Math.max(min, Number((min + next * step).toFixed(10))));
}

/**
 * A field for a number with decimals (a threshold, a weight), read in the interface's language:
 * "3,5" or "3.5" where the language writes a decimal comma, "3.5" in English. Not a number
 * field: Chromium's reads only the system's separator and drops what it cannot read without a
 * word. Text that is no number in range changes nothing and says why beside the field; an
 * emptied field returns to the value on blur, as required-text-input.tsx does.
 */
export function DecimalInput({ value, min, max, step, onCommit, onBlur, onKeyDown, ...rest }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const messageId = useId();
  const [draft, setDraft] = useState(() => formatNumber(value, language));
  // A new value from the session (undo, the threshold dragged) replaces what is shown, unless
  // it is what the text typed already says ("3.5" typed in German stays as typed).
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    const reading = readDecimal(draft, language);
    if (!reading.ok || reading.value !== value) setDraft(formatNumber(value, language));
  }
  const refusal = refusalOf(draft, { min, max }, t, language);
  const type = (text: string) => {
    setDraft(text);
    const reading = readDecimal(text, language);
    if (refusalOf(text, { min, max }, t, language) === null && reading.ok && reading.value !== value) onCommit(reading.value);
  };
  const arrows = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const next = stepped(value, event.key === 'ArrowUp' ? 1 : -1, { min, max, step });
    setDraft(formatNumber(next, language));
    if (next !== value) onCommit(next);
  };
  return (
    <>
      <input
        {...rest}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        aria-invalid={refusal === null ? undefined : true}
        aria-describedby={refusal === null ? undefined : messageId}
        onChange={(event) => type(event.target.value)}
        onKeyDown={arrows}
        onBlur={(event) => {
          if (draft.trim() === '') setDraft(formatNumber(value, language));
          onBlur?.(event);
        }}
      />
      {refusal !== null && (
        <span id={messageId} className="field-refusal" role="alert">
          {refusal}
        </span>
      )}
    </>
  );
}
