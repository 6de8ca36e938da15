import { useTranslation } from '../../i18n';
import { useViewStore } from '../../store/view-store';
import { Panel } from './fields';

interface SealedScoresProps {
  /** The panel's title, the name of what would be shown. */
  title: string;
  /**
   * What stays empty, as the start of a sentence in the interface's language, with its article:
   * "The map", "The ranking" (the sentence is common's `sealedScores.why`).
   */
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
  const { t } = useTranslation();
  return (
    <Panel title={title} className={`sealed-scores ${className ?? ''}`}>
      <p className="sealed-scores-why" data-testid="sealed-scores">
        {t('sealedScores.why', { what })}
      </p>
      <p className="sealed-scores-how">{t('sealedScores.how')}</p>
      <button
        type="button"
        onClick={() => {
          beforeGoing?.();
          useViewStore.getState().setPhase('score');
        }}
      >
        {t('sealedScores.goToScore')}
      </button>
    </Panel>
  );
}
