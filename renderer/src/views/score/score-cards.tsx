import { useState, type KeyboardEvent, type RefObject } from 'react';
import { scoresToGoText, scoringKeyAction, type Candidate, type Criterion, type ScoringStop, type Settings } from '../../../../shared';
import type { TFunction } from 'i18next';
import { useLanguage } from '../../i18n';
import { ScoreCard } from './score-card';

const keyOf = (stop: ScoringStop) => `${stop.candidateId}\u0000${stop.criterionId}`;

/**
 * Gives focus to stop `index` of the walk in `list`: to its chosen value (as Tab would), or
 * to its first value for a stop just cleared or not scored yet. False when there is none.
 */
export function focusStop(list: Element | null, index: number | null, at: 'chosen' | 'first' = 'chosen'): boolean {
  if (index === null) return false;
  const group = list?.querySelector(`[data-walk-index="${index}"]`);
  const input = (at === 'chosen' ? group?.querySelector<HTMLInputElement>('input:checked') : null) ?? group?.querySelector<HTMLInputElement>('input');
  if (!input) return false;
  input.focus();
  return true;
}

/** The walk's keys in a sentence, for the line above the cards. */
export function scoreKeysHint(scale: Settings['scale'], t: TFunction<'score'>): string {
  return scale === 10 ? t('scoreKeys.upToTen') : t('scoreKeys.upTo', { scale: String(scale) });
}

/** How many scores remain, on screen; read out by the cards' own calm status line, not on every key. */
export function ScoresToGo({ count }: { count: number }) {
  const language = useLanguage();
  return (
    <span className="scores-to-go" data-testid="scores-to-go">
      {scoresToGoText(count, language)}
    </span>
  );
}

interface ScoreCardsProps {
  list: RefObject<HTMLOListElement | null>;
  candidates: readonly Candidate[];
  criteria: readonly Criterion[];
  /** The order the keys walk (scoringWalk of the same candidates and criteria). */
  walk: readonly ScoringStop[];
  /** Scores not given yet (scoresToGo of the walk). */
  toGo: number;
  scale: Settings['scale'];
  valueOf(stop: ScoringStop): number | undefined;
  onPick(stop: ScoringStop, value: number | null): void;
  /** Where focus goes after the last score (a turn's "I'm done"); without it, it stays on the last. */
  afterLast?: RefObject<HTMLElement | null>;
}

/**
 * The score cards of a turn (or of the room in consensus mode), walked by keyboard as
 * shared/workshop/score-keys.ts says: a digit scores the focused criterion and goes on to the
 * next, across cards; Backspace steps back and clears; Delete clears where it is. A status
 * line says how many scores remain when a card is left and when none remain, so a screen
 * reader hears progress once a card, not on every key.
 */
export function ScoreCards({ list, candidates, criteria, walk, toGo, scale, valueOf, onPick, afterLast }: ScoreCardsProps) {
  const [progress, setProgress] = useState('');
  const language = useLanguage();
  const indexOf = new Map(walk.map((stop, index) => [keyOf(stop), index]));
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const group = (event.target as Element).closest<HTMLElement>('[data-walk-index]');
    if (group === null) return;
    const action = scoringKeyAction(event, walk, Number(group.dataset.walkIndex), scale);
    if (action === null) return;
    event.preventDefault();
    const before = valueOf(action.stop);
    if (action.kind === 'clear') {
      if (before !== undefined) onPick(action.stop, null);
      focusStop(list.current, action.then, 'first');
      return;
    }
    // The same score again is a "yes, that" and moves on without an edit (nor an undo step).
    if (action.value !== before) onPick(action.stop, action.value);
    const left = toGo - (before === undefined ? 1 : 0);
    if (action.leavesCard || left === 0) setProgress(`${scoresToGoText(left, language)}.`);
    if (action.then === 'past-the-end') afterLast?.current?.focus();
    else focusStop(list.current, action.then);
  };
  return (
    <>
      <ol className="score-cards" ref={list} onKeyDown={onKeyDown}>
        {candidates.map((candidate) => (
          <ScoreCard
            key={candidate.id}
            candidate={candidate}
            criteria={criteria}
            scale={scale}
            valueOf={(criterionId) => valueOf({ candidateId: candidate.id, criterionId })}
            onPick={(criterionId, value) => onPick({ candidateId: candidate.id, criterionId }, value)}
            walkIndexOf={(criterionId) => indexOf.get(keyOf({ candidateId: candidate.id, criterionId }))}
          />
        ))}
      </ol>
      <p className="visually-hidden" role="status" data-testid="scoring-progress">
        {progress}
      </p>
    </>
  );
}
