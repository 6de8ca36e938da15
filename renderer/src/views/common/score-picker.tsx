import { useId } from 'react';
import { keyOfScore } from '../../../../shared';

interface ScorePickerProps {
  /** Read out with the group, e.g. "C3 Fraud detection — Business value / ROI". */
  label: string;
  scale: number;
  value: number | undefined;
  onPick: (value: number | null) => void;
  /** Its place in a walk of score cards (score-cards.tsx), where digit keys score and move on. */
  walkIndex?: number;
}

/**
 * One score on the session's scale as a row of radio buttons: arrow keys move between
 * values, clicking the chosen value again clears it. Each value names the digit that gives it
 * in a walk (aria-keyshortcuts: 0 for 10).
 */
export function ScorePicker({ label, scale, value, onPick, walkIndex }: ScorePickerProps) {
  const name = useId();
  return (
    <div className="score-picker segmented" role="radiogroup" aria-label={label} data-walk-index={walkIndex}>
      {Array.from({ length: scale }, (_, index) => index + 1).map((option) => (
        <label key={option} className={option === value ? 'chosen' : undefined}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={option === value}
            aria-keyshortcuts={walkIndex === undefined ? undefined : keyOfScore(option)}
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
