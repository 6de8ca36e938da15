import { useId } from 'react';

interface ScorePickerProps {
  /** Read out with the group, e.g. "C3 Fraud detection — Business value / ROI". */
  label: string;
  scale: number;
  value: number | undefined;
  onPick: (value: number | null) => void;
}

/**
 * One score on the session's scale as a row of radio buttons: arrow keys move between
 * values, clicking the chosen value again clears it.
 */
export function ScorePicker({ label, scale, value, onPick }: ScorePickerProps) {
  const name = useId();
  return (
    <div className="score-picker segmented" role="radiogroup" aria-label={label}>
      {Array.from({ length: scale }, (_, index) => index + 1).map((option) => (
        <label key={option} className={option === value ? 'chosen' : undefined}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={option === value}
            onChange={() => onPick(option)}
            onClick={() => {
              if (option === value) onPick(null);
            }}
          />
          <span>{option}</span>
        </label>
      ))}
    </div>
  );
}
