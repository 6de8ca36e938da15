// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSampleSession, restartBlindScoring, updateParticipant, type Session } from '../../../shared';
import { focusAfter, installFocusRule } from '../../../renderer/src/focus-after';
import { handFocus } from '../../../renderer/src/focus-hand-off';
import { editSession, useSessionStore } from '../../../renderer/src/store/session-store';
import { resetView, useViewStore, type Phase } from '../../../renderer/src/store/view-store';
import { CollectView } from '../../../renderer/src/views/collect/collect-view';
import { FrameView } from '../../../renderer/src/views/frame/frame-view';
import { ScoreView } from '../../../renderer/src/views/score/score-view';

// Where focus goes after an action (renderer/src/focus-after.ts), on the views themselves: the
// rule follows the view's changes and the views' own edits, and never leaves focus on the body.

const VIEWS: Partial<Record<Phase, () => React.JSX.Element>> = { frame: FrameView, collect: CollectView, score: ScoreView };

/** The window's phase landmark with the phase's view in it, as App draws it. */
function Workshop() {
  const phase = useViewStore((state) => state.phase);
  const View = VIEWS[phase];
  return (
    <main data-phase={phase} tabIndex={-1} aria-label={phase}>
      {View && <View />}
    </main>
  );
}

let stopRule: () => void;
const focused = () => document.activeElement;
/** Lets the hand-off look for its target as the page draws it (it waits at most 1.5 s). */
const settle = () => act(() => vi.advanceTimersByTime(2000));
const session = (): Session => useSessionStore.getState().session;

beforeEach(() => {
  vi.useFakeTimers();
  const sample = createSampleSession();
  useSessionStore.setState({ session: sample, savedSession: sample });
  resetView();
  stopRule = installFocusRule();
});
afterEach(() => {
  stopRule();
  cleanup();
  vi.useRealTimers();
});

describe('a phase switch', () => {
  it('lands where the phase’s work starts: Frame’s first field, Collect’s capture line, Score’s next step', () => {
    render(<Workshop />);
    act(() => useViewStore.getState().setPhase('collect'));
    settle();
    expect(focused()).toBe(screen.getByLabelText('New candidate'));
    act(() => useViewStore.getState().setPhase('frame'));
    settle();
    expect(focused()).toBe(screen.getByLabelText('Session title'));
    // Scores revealed: the widest gap's Re-score.
    act(() => useViewStore.getState().setPhase('score'));
    settle();
    expect(focused()).toBe(within(screen.getByRole('list', { name: 'Widest gaps' })).getAllByRole('button', { name: /^Re-score / })[0]);
  });

  it('in blind scoring, Score starts at the first participant who has not finished, and at Reveal when all have', () => {
    render(<Workshop />);
    act(() => editSession((draft) => updateParticipant(restartBlindScoring(draft), 'part-maria', { scoringDone: true })));
    act(() => useViewStore.getState().setPhase('score'));
    settle();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Start Priya Nair’s turn' }));
    act(() => useViewStore.getState().setPhase('frame'));
    act(() => editSession((draft) => ({ ...draft, participants: draft.participants.map((each) => ({ ...each, scoringDone: true })) })));
    act(() => useViewStore.getState().setPhase('score'));
    settle();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Reveal all scores' }));
  });
});

describe('a scoring turn', () => {
  beforeEach(() => {
    editSession((draft) => restartBlindScoring(draft));
    useViewStore.getState().setPhase('score');
  });

  it('takes focus into the turn, and back to the room’s next step when the participant is done', () => {
    render(<Workshop />);
    fireEvent.click(screen.getByRole('button', { name: 'Start Maria Lopez’s turn' }));
    settle();
    expect(screen.getByTestId('scoring-turn').contains(focused())).toBe(true);
    expect(focused()).toHaveProperty('type', 'radio');
    fireEvent.click(screen.getAllByRole('button', { name: 'I’m done' })[0]!);
    settle();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Start Priya Nair’s turn' }));
  });

  it('Back to the room returns to the same participant; a view that placed focus inside the turn itself keeps it', () => {
    render(<Workshop />);
    fireEvent.click(screen.getByRole('button', { name: 'Start Tom Becker’s turn' }));
    // Before the hand-off runs, something inside the turn takes focus (the turn's own keys would).
    const back = screen.getByRole('button', { name: 'Back to the room' });
    back.focus();
    settle();
    expect(focused()).toBe(back);
    fireEvent.click(back);
    settle();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Start Tom Becker’s turn' }));
  });
});

describe('a candidate’s details', () => {
  beforeEach(() => useViewStore.getState().setPhase('collect'));

  it('open on their first field, right after their row, and close (Close or Esc) back to the row’s Details', () => {
    render(<Workshop />);
    const details = screen.getByRole('button', { name: /^Details of C3 / });
    details.focus();
    fireEvent.click(details);
    settle();
    const panel = screen.getByRole('region', { name: 'Details of C3' });
    expect(focused()).toBe(within(panel).getByLabelText('Problem statement'));
    // In the page, the panel comes right after its row, inside the same list item.
    expect(details.closest('[role="listitem"]')!.contains(panel)).toBe(true);
    fireEvent.click(within(panel).getByRole('button', { name: 'Close details' }));
    settle();
    expect(focused()).toBe(details);

    fireEvent.click(details);
    settle();
    fireEvent.keyDown(within(screen.getByRole('region', { name: 'Details of C3' })).getByLabelText('Owner'), { key: 'Escape' });
    expect(useViewStore.getState().selectedCandidateId).toBeNull();
    settle();
    expect(focused()).toBe(details);
  });
});

describe('adding and removing', () => {
  it('a participant added: the same field for the next; removed: the next row, else the one before, else the new name', () => {
    render(<Workshop />);
    const name = screen.getByLabelText('New participant’s name');
    fireEvent.change(name, { target: { value: 'Ada' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    settle();
    expect(focused()).toBe(name);

    fireEvent.click(screen.getByRole('button', { name: 'Remove Priya Nair' }));
    settle();
    expect(focused()).toBe(screen.getByLabelText('Name of Tom Becker'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Ada' }));
    settle();
    expect(focused()).toBe(screen.getByLabelText('Name of Jonas Eriksen'));
    for (const person of ['Maria Lopez', 'Tom Becker', 'Jonas Eriksen']) fireEvent.click(screen.getByRole('button', { name: `Remove ${person}` }));
    settle();
    expect(session().participants).toEqual([]);
    expect(focused()).toBe(name);
  });
});

describe('the hand-off itself', () => {
  it('waits for a target that shows late; the latest hand-off wins', () => {
    const late = document.createElement('button');
    const other = document.createElement('button');
    document.body.append(other);
    handFocus(() => (late.isConnected ? late : null), { fallback: () => null });
    act(() => vi.advanceTimersByTime(100));
    document.body.append(late);
    settle();
    expect(focused()).toBe(late);

    handFocus(() => other, { fallback: () => null });
    handFocus(() => late, { fallback: () => null });
    other.focus();
    settle();
    expect(focused()).toBe(late);
    late.remove();
    other.remove();
  });

  it('a target that never shows gives way to the fallback, and only when focus was lost', () => {
    const fallback = document.createElement('button');
    const kept = document.createElement('input');
    document.body.append(fallback, kept);
    kept.focus();
    handFocus(() => null, { fallback: () => fallback });
    settle();
    expect(focused()).toBe(kept);
    kept.blur();
    handFocus(() => null, { fallback: () => fallback });
    settle();
    expect(focused()).toBe(fallback);
    fallback.remove();
    kept.remove();
  });

  it('gives way to a key the person presses on a control before it takes place, but not with focus lost', () => {
    // Chromium may run a key before the hand-off's timer: Tab from the field just used, then
    // ArrowDown on the select it reached, must not have focus pulled back to the target.
    const field = document.createElement('input');
    const target = document.createElement('button');
    const select = document.createElement('select');
    document.body.append(field, target, select);
    field.focus();
    handFocus(() => target, { fallback: () => null });
    fireEvent.keyDown(field, { key: 'Tab' });
    select.focus();
    settle();
    expect(focused()).toBe(select);
    // A pointer press does the same.
    handFocus(() => target, { fallback: () => null });
    fireEvent.pointerDown(select);
    settle();
    expect(focused()).toBe(select);
    // With focus on the page body, a key does not hold the hand-off back.
    select.blur();
    handFocus(() => target, { fallback: () => null });
    fireEvent.keyDown(document.body, { key: 'Tab' });
    settle();
    expect(focused()).toBe(target);
    field.remove();
    target.remove();
    select.remove();
  });

  it('the skip link’s hand-off goes where a phase switch does', () => {
    render(<Workshop />);
    act(() => focusAfter.skipToWorkshop());
    settle();
    expect(focused()).toBe(screen.getByLabelText('Session title'));
  });
});
