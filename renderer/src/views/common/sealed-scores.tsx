import { useViewStore } from '../../store/view-store';
import { Panel } from './fields';

interface SealedScoresProps {
  /** The panel's title, the name of what would be shown. */
  title: string;
  /** What stays empty, as the start of a sentence: "The map", "The ranking". */
  what: string;
  /** Extra step before going to Score (leaving presentation mode). */
  beforeGoing?: () => void;
  className?: string;
}

/**
 * What a screen that shows results says while blind scores are sealed: why it is empty, and
 * how to reveal. It is the same before the first score and after the last turn, so nothing
 * about anyone's scores can be read from it.
 */
export function SealedScores({ title, what, beforeGoing, className }: SealedScoresProps) {
  return (
    <Panel title={title} className={`sealed-scores ${className ?? ''}`}>
      <p className="sealed-scores-why" data-testid="sealed-scores">
        {what} stays empty until the scores are revealed. In blind scoring nobody sees anything computed from the scores before then, so nobody is
        swayed by the others.
      </p>
      <p className="sealed-scores-how">When everyone has had their turn, press “Reveal all scores” in Score.</p>
      <button
        type="button"
        onClick={() => {
          beforeGoing?.();
          useViewStore.getState().setPhase('score');
        }}
      >
        Go to Score
      </button>
    </Panel>
  );
}
