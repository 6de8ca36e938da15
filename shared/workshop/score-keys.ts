// Scoring by keyboard: a turn goes at the speed of typing, one key per score.
//
// Rules (each pinned by tests/unit/shared/workshop-score-keys.test.ts):
// - Digits 1–9 give the scores 1–9, and 0 gives 10 on a 1–10 scale (its only two-digit
//   score); a digit above the scale gives nothing (6–9 and 0 on 1–5). Held keys and keys
//   with Ctrl, ⌘ or Alt are never scores (Ctrl+3 is a phase; Shift stays allowed, as some
//   keyboards type digits with it).
// - The walk: candidate by candidate in the order they are shown, each through the criteria
//   the scorer is asked (criteriaFor) in session order; the last criterion of a card goes on
//   to the first of the next card, and after the very last focus goes past the cards.
// - A digit scores the focused criterion and goes on to the next. Backspace is a text caret's:
//   it steps back to the criterion before and clears it, so it takes back the last digit typed
//   whatever the focused criterion holds; on the first criterion it does nothing. Delete clears
//   the focused criterion and stays, as Delete removes the character after the caret.
// - The turn ends ("I'm done") with Ctrl+Enter, ⌘Enter on macOS, from anywhere in the turn;
//   no menu command uses it (tests/unit/shared/workshop-score-keys.test.ts).
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import type { Candidate, Criterion, Settings } from '../session/schema';

/** One score to give in a walk: a candidate on a criterion. */
export interface ScoringStop {
  candidateId: string;
  criterionId: string;
}

/** The parts of a key press that decide what it does in a walk (a browser KeyboardEvent has them). */
export interface ScoringKeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  repeat?: boolean;
}

/** The score a key gives on a scale, or undefined: 1–9 are themselves, 0 is 10, nothing else is a score. */
export function scoreOfKey(key: string, scale: Settings['scale']): number | undefined {
  if (!/^[0-9]$/.test(key)) return undefined;
  const value = key === '0' ? 10 : Number(key);
  return value <= scale ? value : undefined;
}

/** The key that gives a score (the reverse of scoreOfKey): '0' for 10, the digit otherwise. */
export function keyOfScore(value: number): string {
  return value === 10 ? '0' : String(value);
}

/** Every score to give, in the order the keyboard walks them: candidate by candidate, criteria in order. */
export function scoringWalk(candidates: readonly Pick<Candidate, 'id'>[], criteria: readonly Pick<Criterion, 'id'>[]): ScoringStop[] {
  return candidates.flatMap((candidate) => criteria.map((criterion) => ({ candidateId: candidate.id, criterionId: criterion.id })));
}

/** Where a walk starts: at the first score not yet given, or at the very first when all are; null for an empty walk. */
export function firstStopToScore(walk: readonly ScoringStop[], isScored: (stop: ScoringStop) => boolean): number | null {
  if (walk.length === 0) return null;
  const first = walk.findIndex((stop) => !isScored(stop));
  // Stryker disable next-line EqualityOperator: at 0 both give 0.
  return first < 0 ? 0 : first;
}

/** How many of a walk's scores are not given yet. */
export function scoresToGo(walk: readonly ScoringStop[], isScored: (stop: ScoringStop) => boolean): number {
  return walk.filter((stop) => !isScored(stop)).length;
}

/** The remaining count in words: "17 scores to go", "1 score to go", "All scores given". */
export function scoresToGoText(count: number, language: Language): string {
  const t = textsIn(language);
  return count === 0 ? t('rules:allScoresGiven') : t('rules:scoresToGo', { count });
}

/**
 * What a key does at stop `at` of a walk, or null when it is not a walk key (Tab, arrows and
 * Space keep their usual work). `then` is where focus goes: a stop's index, or 'past-the-end'
 * after the last. `leavesCard` says the step goes on to another candidate's card.
 */
export type ScoringKeyAction =
  | { kind: 'score'; stop: ScoringStop; value: number; then: number | 'past-the-end'; leavesCard: boolean }
  | { kind: 'clear'; stop: ScoringStop; then: number };

/** The action of a key pressed while stop `at` of `walk` has focus (see the rules at the top). */
export function scoringKeyAction(press: ScoringKeyPress, walk: readonly ScoringStop[], at: number, scale: Settings['scale']): ScoringKeyAction | null {
  const stop = walk[at];
  if (stop === undefined || press.repeat === true || press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === 'Backspace') {
    const previous = walk[at - 1];
    return previous === undefined ? null : { kind: 'clear', stop: previous, then: at - 1 };
  }
  if (press.key === 'Delete') return { kind: 'clear', stop, then: at };
  const value = scoreOfKey(press.key, scale);
  if (value === undefined) return null;
  const next = walk[at + 1];
  return next === undefined
    ? { kind: 'score', stop, value, then: 'past-the-end', leavesCard: true }
    : { kind: 'score', stop, value, then: at + 1, leavesCard: next.candidateId !== stop.candidateId };
}

/** The key that ends a turn, in Electron's accelerator syntax (for writing it as the platform does). */
export const FINISH_TURN_KEYS = 'CmdOrCtrl+Enter';

/** Whether a key press ends the turn: Enter with Ctrl (⌘ on macOS) and no other modifier. */
export function isFinishTurnKey(press: ScoringKeyPress, mac: boolean): boolean {
  const command = mac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  return press.key === 'Enter' && command && !press.altKey && !press.shiftKey;
}
