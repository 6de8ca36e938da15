import type { Axis, Session } from '../../shared';
import { firstFieldIn, firstStopIn, FOCUS_MARK, handFocus, isShown, marked } from './focus-hand-off';
import { useMapViewStore } from './store/map-view-store';
import { useSessionStore } from './store/session-store';
import { useViewStore, type Phase, type ViewState } from './store/view-store';

/**
 * Where keyboard focus goes after each action of the workshop: the rule, written once. Focus
 * never falls back to the page body. It goes
 * - to the new item (a criterion, a readiness item), or to the field that adds the next one
 *   (a participant, a candidate);
 * - after a removal, to the row that takes the removed one's place, else the control that adds one;
 * - when a panel opens, into it (its first field); when it closes, back to the control that
 *   opened it; after a scoring turn, to the room's next step;
 * - after a phase switch (Ctrl+1…6, the phase buttons, the skip link), to the phase's first
 *   control, or where that phase's work starts: Collect's capture line, Score's next turn.
 *   A screen reader names the landmark (after the phase) as focus enters it, then the control;
 *   a focused heading would cost the typist a Tab and ring something that does nothing;
 * - when presentation ends, to the point shown last.
 * Views mark the controls with `data-focus` (the names below) and call focusAfter for the
 * edits they make; changes of view (phase, panels, turns, presentation) are followed here.
 */

/** The names of the controls focus is handed to; a view puts them on with `{...focusMarkOf(name)}`. */
export const focusMark = {
  captureLine: 'capture-line',
  addMinute: 'add-minute',
  newParticipantName: 'new-participant-name',
  participantName: (participantId: string) => `participant-name:${participantId}`,
  candidateTitle: (candidateId: string) => `candidate-title:${candidateId}`,
  detailsButton: (candidateId: string) => `details-button:${candidateId}`,
  details: (candidateId: string) => `details:${candidateId}`,
  mergeSelect: 'merge-select',
  criterionName: (criterionId: string) => `criterion-name:${criterionId}`,
  addCriterion: (axis: Axis) => `add-criterion:${axis}`,
  readinessItemName: (itemId: string) => `readiness-item-name:${itemId}`,
  addReadinessItem: 'add-readiness-item',
  turn: (participantId: string) => `turn:${participantId}`,
  reveal: 'reveal',
  rescore: (candidateId: string) => `rescore:${candidateId}`,
  scoringMode: 'scoring-mode',
  point: (candidateId: string) => `point:${candidateId}`,
  present: 'present',
  filters: 'filters',
  whyThisOne: 'why-this-one',
  voter: (participantId: string) => `voter:${participantId}`,
  addDot: (candidateId: string) => `add-dot:${candidateId}`,
  comparison: 'comparison',
  followUpOutcome: 'follow-up-outcome',
} as const;

/** The attribute that marks a control, for a view to spread on it. */
export function focusMarkOf(mark: string): Record<typeof FOCUS_MARK, string> {
  return { [FOCUS_MARK]: mark };
}

const session = (): Session => useSessionStore.getState().session;

/** The phase's landmark, once the page shows that phase (its content may still be the last one's before). */
function phaseLandmark(phase: Phase = useViewStore.getState().phase): HTMLElement | null {
  return document.querySelector<HTMLElement>(`main[data-phase="${phase}"]`);
}

/**
 * Blind scoring: the next turn (the first participant who has not finished), else Reveal;
 * after the reveal, the first Re-score (the widest gap). Consensus: the first score to give.
 */
function scoreStart(main: HTMLElement): HTMLElement | null {
  const { participants, settings } = session();
  if (settings.scoringMode === 'consensus') return firstStopIn(main.querySelector('.score-cards'));
  if (settings.revealed) return main.querySelector<HTMLElement>(`[${FOCUS_MARK}^="rescore:"]`);
  const next = participants.find((participant) => !participant.scoringDone);
  return marked(next ? focusMark.turn(next.id) : focusMark.reveal, main);
}

/** Where a phase's work starts, when that is not simply its first control. */
const PHASE_STARTS: Partial<Record<Phase, (main: HTMLElement) => HTMLElement | null>> = {
  collect: (main) => marked(focusMark.captureLine, main),
  score: scoreStart,
};

/** The phase's first control, or where its work starts; the landmark itself when it has no control. */
function phaseStart(): HTMLElement | null {
  const phase = useViewStore.getState().phase;
  const main = phaseLandmark(phase);
  if (!main) return null;
  const start = PHASE_STARTS[phase]?.(main);
  return (start && isShown(start) ? start : null) ?? firstStopIn(main) ?? main;
}

function handTo(find: () => HTMLElement | null | undefined, options: { within?: () => HTMLElement | null; selectText?: boolean } = {}): void {
  handFocus(find, { ...options, fallback: phaseStart });
}

type Opened = 'details' | 'rescore';

/** The control that opened each panel, to go back to when it closes. */
const openers = new Map<Opened, HTMLElement>();

function rememberOpener(panel: Opened): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) openers.set(panel, active);
}

/** Finds the panel's opener once it closes, if the page still shows it; else `otherwise`. */
function backToOpener(panel: Opened, otherwise: () => HTMLElement | null): () => HTMLElement | null {
  const element = openers.get(panel);
  openers.delete(panel);
  return () => (element && isShown(element) ? element : otherwise());
}

function afterSelection(now: string | null, before: string | null, phase: Phase): void {
  if (phase === 'collect') {
    if (now !== null) {
      rememberOpener('details');
      const panel = () => marked(focusMark.details(now));
      handTo(() => firstFieldIn(panel()), { within: panel });
    } else if (before !== null) {
      handTo(backToOpener('details', () => marked(focusMark.detailsButton(before))));
    }
    return;
  }
  // The Map: a point's Enter (or click) selects it and focus stays; closing the panel goes back to it.
  if (now === null && before !== null) handTo(() => marked(focusMark.point(before)));
}

function afterTurn(now: string | null, before: string | null): void {
  if (now !== null) {
    const turn = () => document.querySelector<HTMLElement>('[data-testid="scoring-turn"]');
    handTo(() => firstStopIn(turn()?.querySelector('.score-cards')) ?? firstStopIn(turn()), { within: turn });
    return;
  }
  if (before === null) return;
  // "I'm done" leads to the next turn (or Reveal); "Back to the room" to the same participant.
  const done = session().participants.find((participant) => participant.id === before)?.scoringDone ?? false;
  handTo(() => (done ? phaseStart() : marked(focusMark.turn(before))));
}

function afterRescore(now: string | null, before: string | null): void {
  if (now !== null) {
    rememberOpener('rescore');
    const panel = () => document.querySelector<HTMLElement>('.rescore-panel');
    handTo(() => firstStopIn(panel()?.querySelector('.score-rows, .rescore-participants')) ?? firstStopIn(panel()), { within: panel });
  } else if (before !== null) {
    handTo(backToOpener('rescore', () => marked(focusMark.rescore(before))));
  }
}

function afterViewChange(now: ViewState, before: ViewState): void {
  if (now.phase !== before.phase) {
    handTo(phaseStart);
    return;
  }
  if (now.selectedCandidateId !== before.selectedCandidateId) afterSelection(now.selectedCandidateId, before.selectedCandidateId, now.phase);
  if (now.scoringParticipantId !== before.scoringParticipantId) afterTurn(now.scoringParticipantId, before.scoringParticipantId);
  if (now.rescoringCandidateId !== before.rescoringCandidateId) afterRescore(now.rescoringCandidateId, before.rescoringCandidateId);
}

/** The point presentation mode showed last; the Map's focus goes back to it when presenting ends. */
let shownLast: string | null = null;

function afterPresentationChange(presenting: boolean, wasPresenting: boolean, presented: string | null): void {
  if (presenting && presented !== null) shownLast = presented;
  if (presenting === wasPresenting) return;
  if (presenting) {
    shownLast = null;
    handTo(() => document.querySelector<HTMLElement>('[data-testid="presentation"]'));
    return;
  }
  const point = shownLast;
  handTo(() => (useViewStore.getState().phase === 'map' ? ((point ? marked(focusMark.point(point)) : null) ?? marked(focusMark.present)) : phaseStart()));
}

/** Edits that redraw where focus was: the reveal (and its undo) and a change of scoring mode. */
function afterSessionChange(now: Session, before: Session): void {
  if (useViewStore.getState().phase !== 'score' || useMapViewStore.getState().presenting) return;
  if (now.settings.scoringMode !== before.settings.scoringMode) handTo(() => marked(focusMark.scoringMode));
  else if (now.settings.revealed !== before.settings.revealed) handTo(phaseStart);
}

/** Follows the changes of view (and the few edits that redraw a screen) with the rule above. */
export function installFocusRule(): () => void {
  const stops = [
    useViewStore.subscribe(afterViewChange),
    useMapViewStore.subscribe((now, before) => afterPresentationChange(now.presenting, before.presenting, now.presentedCandidateId)),
    useSessionStore.subscribe((now, before) => {
      if (now.session !== before.session) afterSessionChange(now.session, before.session);
    }),
  ];
  return () => stops.forEach((stop) => stop());
}

/** The edits views make, and where focus goes after each. */
export const focusAfter = {
  /** The skip link: the workshop starts where a phase switch lands. */
  skipToWorkshop: () => handTo(phaseStart),
  /** The next participant is typed in the same field. */
  participantAdded: () => handTo(() => marked(focusMark.newParticipantName)),
  /** The brainstorm's time is up while its Pause had focus (it greys out as Start): +1 min. */
  timeUp: () => handTo(() => marked(focusMark.addMinute)),
  /** The next candidate is typed in the capture line. */
  candidateCaptured: () => handTo(() => marked(focusMark.captureLine)),
  /** A new item with a placeholder name: its name, chosen, so typing replaces it. */
  itemAdded: (mark: string) => handTo(() => marked(mark), { selectText: true }),
  /** The row that takes the removed one's place (the next, else the one before), else `ifNone`. */
  rowRemoved(order: readonly string[], removedId: string, markOf: (id: string) => string, ifNone: string): void {
    const at = order.indexOf(removedId);
    const heir = order[at + 1] ?? order[at - 1];
    handTo(() => (heir !== undefined && heir !== removedId ? marked(markOf(heir)) : null) ?? marked(ifNone));
  },
  /** Two candidates became one: the merge field again, for another duplicate, else the details' first field. */
  candidatesMerged: (candidateId: string) => handTo(() => marked(focusMark.mergeSelect) ?? firstFieldIn(marked(focusMark.details(candidateId)))),
  /** Choosing the focus by its row's button: what comes next is why. */
  focusChosen: () => handTo(() => marked(focusMark.whyThisOne)),
  /** The room's placement undone ("Back to the scores"): the point, where it now sits. */
  placementCleared: (candidateId: string) => handTo(() => marked(focusMark.point(candidateId))),
  /** The filters cleared (their button goes): the filters' own summary. */
  filtersCleared: () => handTo(() => marked(focusMark.filters)),
  /** A voter's last dot placed (every + greys out): the next voter, else the same one. */
  lastDotPlaced(voters: readonly string[], voterId: string): void {
    const next = voters[voters.indexOf(voterId) + 1];
    handTo(() => (next !== undefined ? marked(focusMark.voter(next)) : null) ?? marked(focusMark.voter(voterId)));
  },
  /** A comparison confirmed in its review step: the comparison's panel on the Map, where it is read. */
  comparisonShown: () => handTo(() => marked(focusMark.comparison)),
  /** The follow-up's questions answered or skipped: the same answers in Frame, where they stay editable. */
  followUpQuestionsClosed: () => handTo(() => firstStopIn(marked(focusMark.followUpOutcome))),
  /** A candidate's last dot taken back (its − greys out): its +. */
  lastDotRemoved: (candidateId: string) => handTo(() => marked(focusMark.addDot(candidateId))),
};
