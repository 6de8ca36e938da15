// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, type Session } from '../../../shared';
import { replaceDocument, undo, useSessionStore } from '../../../renderer/src/store/session-store';
import { useViewStore } from '../../../renderer/src/store/view-store';
import { ConsensusGrid } from '../../../renderer/src/views/score/consensus-grid';
import { ScoringTurn } from '../../../renderer/src/views/score/scoring-turn';

// A scoring turn by keyboard (score-cards.tsx, rule in shared/workshop/score-keys.ts): it opens
// at the first score to give; a digit scores the focused criterion and goes on, across cards;
// Backspace steps back and clears; Ctrl+Enter ends the turn from anywhere in it.

const CRITERIA = ['Business value / ROI', 'Reach of the key metric', 'Urgency', 'Data readiness', 'Technical difficulty', 'Production effort', 'Know-how gap'];
const IMPACT = CRITERIA.slice(0, 3);

/** The sample room with three candidates (C1–C3) and nobody's scores yet, sealed. */
function freshRoom(settings: Partial<Session['settings']> = {}): Session {
  const sample = createSampleSession();
  return {
    ...sample,
    candidates: sample.candidates.slice(0, 3).map((candidate) => ({ ...candidate, betterWithoutMl: false, status: 'open' as const })),
    scores: [],
    consensusScores: [],
    participants: sample.participants.map((participant) => ({ ...participant, scoringDone: false })),
    settings: { ...sample.settings, revealed: false, ...settings },
  };
}

const current = () => useSessionStore.getState().session;
const focused = () => document.activeElement as HTMLElement;
/** The radio group (candidate code and criterion) focus is in, as its accessible name. */
const focusedCriterion = () => focused().closest('[role="radiogroup"]')?.getAttribute('aria-label') ?? `not a criterion: ${focused().tagName}`;
const type = (...keys: string[]) => {
  for (const key of keys) fireEvent.keyDown(focused(), { key });
};
/** One participant's scores, in walk order, as "C1 Urgency=3". */
function scoresOf(participantId: string): string[] {
  const session = current();
  const code = (id: string) => session.candidates.find((candidate) => candidate.id === id)!.code;
  const name = (id: string) => session.criteria.find((criterion) => criterion.id === id)!.name;
  return session.scores
    .filter((score) => score.participantId === participantId)
    .map((score) => `${code(score.candidateId)} ${name(score.criterionId)}=${score.value}`)
    .sort((a, b) => a.localeCompare(b));
}

function startTurn(participantId: string) {
  useViewStore.setState({ scoringParticipantId: participantId });
  return render(<ScoringTurn participantId={participantId} />);
}

beforeEach(() => {
  replaceDocument(freshRoom(), null);
  useViewStore.setState({ phase: 'score', scoringParticipantId: null });
});
afterEach(cleanup);

describe('a scoring turn by keyboard', () => {
  it('opens at the first criterion; each digit scores it and goes on, the last of a card to the first of the next', () => {
    startTurn('part-tom');
    expect(focusedCriterion()).toBe('C1 Business value / ROI');
    type('1', '2', '3', '4', '5', '4', '3');
    expect(focusedCriterion()).toBe('C2 Business value / ROI');
    type('2');
    expect(focusedCriterion()).toBe('C2 Reach of the key metric');
    expect(scoresOf('part-tom')).toEqual(
      ['C1 Business value / ROI=1', 'C1 Reach of the key metric=2', 'C1 Urgency=3', 'C1 Data readiness=4', 'C1 Technical difficulty=5', 'C1 Production effort=4', 'C1 Know-how gap=3', 'C2 Business value / ROI=2'].sort((a, b) =>
        a.localeCompare(b),
      ),
    );
    // Focus sits on the chosen value of a scored criterion, on the first value of one to score.
    expect((focused() as HTMLInputElement).value).toBe('1');
  });

  it('shows, counts and walks the participant’s own scores only, whoever else has scored', () => {
    const room = freshRoom();
    const maria = room.candidates.flatMap((candidate) => room.criteria.map((criterion) => ({ participantId: 'part-maria', candidateId: candidate.id, criterionId: criterion.id, value: 5 })));
    replaceDocument({ ...room, scores: maria }, null);
    startTurn('part-tom');
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
    expect(screen.getAllByTestId('scores-to-go')[0]!.textContent).toBe('21 scores to go');
    expect(focusedCriterion()).toBe('C1 Business value / ROI');
    type('5');
    expect(focusedCriterion()).toBe('C1 Reach of the key metric');
    expect(scoresOf('part-tom')).toEqual(['C1 Business value / ROI=5']);
    expect(scoresOf('part-maria')).toHaveLength(21);
  });

  it('reopens at the first score still to give', () => {
    startTurn('part-tom');
    type('3', '3', '3');
    cleanup();
    startTurn('part-tom');
    expect(focusedCriterion()).toBe('C1 Data readiness');
  });

  it('after the last score, focus goes to “I’m done” after the last card, which ends the turn', () => {
    startTurn('part-tom');
    type(...Array.from({ length: 3 * CRITERIA.length }, () => '4'));
    const buttons = screen.getAllByRole('button', { name: 'I’m done' });
    expect(buttons).toHaveLength(2);
    expect(focused()).toBe(buttons[1]);
    expect(buttons[1]!.closest('.turn-end')).not.toBeNull();
    act(() => buttons[1]!.click());
    expect(current().participants.find((each) => each.id === 'part-tom')!.scoringDone).toBe(true);
    expect(useViewStore.getState().scoringParticipantId).toBeNull();
  });

  it('Backspace steps back and clears the criterion before, like a caret; on the first it does nothing', () => {
    startTurn('part-tom');
    type('5', '4');
    expect(focusedCriterion()).toBe('C1 Urgency');
    type('Backspace');
    expect(focusedCriterion()).toBe('C1 Reach of the key metric');
    expect(scoresOf('part-tom')).toEqual(['C1 Business value / ROI=5']);
    type('Backspace');
    expect(focusedCriterion()).toBe('C1 Business value / ROI');
    expect(scoresOf('part-tom')).toEqual([]);
    const before = current();
    type('Backspace');
    expect(current()).toBe(before);
    expect(focusedCriterion()).toBe('C1 Business value / ROI');
    // Across cards too: from C2's first criterion back to C1's last.
    type(...Array.from({ length: CRITERIA.length }, () => '2'), 'Backspace');
    expect(focusedCriterion()).toBe('C1 Know-how gap');
    expect(scoresOf('part-tom')).toHaveLength(CRITERIA.length - 1);
  });

  it('Delete clears the focused criterion and stays', () => {
    startTurn('part-tom');
    type('5', '4', 'Backspace');
    within(screen.getByRole('radiogroup', { name: 'C1 Business value / ROI' })).getByRole('radio', { name: '5' }).focus();
    type('Delete');
    expect(focusedCriterion()).toBe('C1 Business value / ROI');
    expect(scoresOf('part-tom')).toEqual([]);
  });

  it('digits above the scale, other keys, held keys and shortcuts neither score nor move; the same score again moves on without an edit', () => {
    startTurn('part-tom');
    const before = current();
    for (const init of [{ key: '6' }, { key: '0' }, { key: '9' }, { key: 'x' }, { key: '3', ctrlKey: true }, { key: '3', altKey: true }, { key: '3', metaKey: true }, { key: '3', repeat: true }]) {
      fireEvent.keyDown(focused(), init);
    }
    expect(current()).toBe(before);
    expect(focusedCriterion()).toBe('C1 Business value / ROI');
    type('3', 'Backspace', '3');
    const scored = current();
    within(screen.getByRole('radiogroup', { name: 'C1 Business value / ROI' })).getByRole('radio', { name: '3' }).focus();
    type('3');
    expect(current()).toBe(scored);
    expect(focusedCriterion()).toBe('C1 Reach of the key metric');
  });

  it('on 1–10, 0 is 10 and 1 is 1; every value names its key', () => {
    replaceDocument(freshRoom({ scale: 10 }), null);
    startTurn('part-tom');
    type('0', '1', '9');
    expect(scoresOf('part-tom')).toEqual(['C1 Business value / ROI=10', 'C1 Reach of the key metric=1', 'C1 Urgency=9']);
    const values = within(screen.getByRole('radiogroup', { name: 'C1 Urgency' })).getAllByRole('radio');
    expect(values.map((radio) => radio.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0']);
  });

  it('scoring by background: a business participant’s walk visits the impact criteria only', () => {
    replaceDocument(freshRoom({ scoreByBackground: true }), null);
    startTurn('part-maria');
    const visited: string[] = [];
    for (let step = 0; step < 3 * IMPACT.length; step += 1) {
      visited.push(focusedCriterion());
      type('5');
    }
    expect(visited).toEqual(['C1', 'C2', 'C3'].flatMap((code) => IMPACT.map((name) => `${code} ${name}`)));
    expect(focused()).toBe(screen.getAllByRole('button', { name: 'I’m done' })[1]);
    expect(scoresOf('part-maria')).toHaveLength(9);
  });

  it('shows how many scores remain, and tells a screen reader once a card and when none remain, not on every key', () => {
    startTurn('part-tom');
    const shown = () => screen.getAllByTestId('scores-to-go').map((each) => each.textContent);
    const told = () => screen.getByTestId('scoring-progress').textContent;
    expect(shown()).toEqual(['21 scores to go', '21 scores to go']);
    expect(screen.getByTestId('scoring-progress').getAttribute('role')).toBe('status');
    type('1', '2', '3');
    expect(shown()).toEqual(['18 scores to go', '18 scores to go']);
    expect(told()).toBe('');
    type('4', '5', '4', '3');
    expect(told()).toBe('14 scores to go.');
    type('3', 'Backspace');
    expect(shown()[0]).toBe('14 scores to go');
    expect(told()).toBe('14 scores to go.');
    type(...Array.from({ length: 14 }, () => '2'));
    expect(shown()).toEqual(['All scores given', 'All scores given']);
    expect(told()).toBe('All scores given.');
  });

  it('each score is one undo step', () => {
    startTurn('part-tom');
    type('1', '2', '3');
    act(() => undo());
    expect(scoresOf('part-tom')).toEqual(['C1 Business value / ROI=1', 'C1 Reach of the key metric=2']);
    act(() => undo());
    expect(scoresOf('part-tom')).toEqual(['C1 Business value / ROI=1']);
  });
});

describe('ending a turn with Ctrl+Enter', () => {
  const finished = () => current().participants.find((each) => each.id === 'part-tom')!.scoringDone;

  it('works from a criterion, from a button of the turn and from the page itself, and says so on the buttons', () => {
    startTurn('part-tom');
    const done = screen.getAllByRole('button', { name: 'I’m done' });
    expect(done.map((button) => [button.getAttribute('aria-keyshortcuts'), button.querySelector('kbd')?.textContent])).toEqual([
      ['Control+Enter', 'Ctrl+Enter'],
      ['Control+Enter', 'Ctrl+Enter'],
    ]);
    fireEvent.keyDown(focused(), { key: 'Enter' });
    fireEvent.keyDown(focused(), { key: 'Enter', ctrlKey: true, shiftKey: true });
    expect(finished()).toBe(false);
    fireEvent.keyDown(focused(), { key: 'Enter', ctrlKey: true });
    expect(finished()).toBe(true);
    expect(useViewStore.getState().scoringParticipantId).toBeNull();

    for (const from of [() => screen.getByRole('button', { name: 'Back to the room' }), () => document.body]) {
      cleanup();
      replaceDocument(freshRoom(), null);
      startTurn('part-tom');
      const target = from();
      target.focus();
      fireEvent.keyDown(target, { key: 'Enter', ctrlKey: true });
      expect(finished()).toBe(true);
    }
  });

  it('leaves alone a dialog open over the turn', () => {
    startTurn('part-tom');
    const dialog = document.body.appendChild(document.createElement('dialog'));
    const button = dialog.appendChild(document.createElement('button'));
    fireEvent.keyDown(button, { key: 'Enter', ctrlKey: true });
    expect(finished()).toBe(false);
    dialog.remove();
  });
});

describe('consensus scores by keyboard', () => {
  beforeEach(() => replaceDocument(freshRoom({ scoringMode: 'consensus' }), null));

  it('a digit gives the room’s score and goes on, across cards; the count shows what remains', () => {
    render(<ConsensusGrid />);
    within(screen.getByRole('radiogroup', { name: 'C1 Know-how gap' })).getAllByRole('radio')[0]!.focus();
    type('2', '5');
    expect(focusedCriterion()).toBe('C2 Reach of the key metric');
    const agreed = current().consensusScores.map((score) => `${score.candidateId} ${score.criterionId}=${score.value}`);
    const session = current();
    expect(agreed).toEqual([`${session.candidates[0]!.id} ${session.criteria[6]!.id}=2`, `${session.candidates[1]!.id} ${session.criteria[0]!.id}=5`]);
    expect(screen.getByTestId('scores-to-go').textContent).toBe('19 scores to go');
    type('Backspace');
    expect(focusedCriterion()).toBe('C2 Business value / ROI');
    expect(current().consensusScores).toHaveLength(1);
  });
});
