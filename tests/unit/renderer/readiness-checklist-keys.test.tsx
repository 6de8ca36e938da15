// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSampleSession, readinessAnswers, type Session } from '../../../shared';
import { useSessionStore } from '../../../renderer/src/store/session-store';
import { ReadinessChecklist } from '../../../renderer/src/views/common/readiness-checklist';
import { ReadinessChecklists, SkipToChecklists } from '../../../renderer/src/views/decide/readiness-checklists';

// A readiness checklist filled from the keyboard: R, P, M or U answers the item whose answers
// have focus and moves to the next item's; after the last one the caller says where focus goes.
// In Decide, the quick wins and big bets follow one another by "Next candidate".

let session: Session;
const current = () => useSessionStore.getState().session;
const answersOf = (candidateId: string) => readinessAnswers(current().candidates.find((c) => c.id === candidateId)!, current().readinessItems).map((row) => row.answer);

beforeEach(() => {
  session = createSampleSession();
  useSessionStore.setState({ session, savedSession: session });
});
afterEach(cleanup);

function Checklist({ candidateId, onLastAnswered }: { candidateId: string; onLastAnswered?: () => void }) {
  const candidate = useSessionStore((state) => state.session.candidates.find((each) => each.id === candidateId)!);
  return <ReadinessChecklist candidate={candidate} onLastAnswered={onLastAnswered} />;
}

const group = (name: string) => screen.getByRole('radiogroup', { name: `${name}: answer` });
const focused = () => document.activeElement as HTMLInputElement;

describe('answer keys in a readiness checklist', () => {
  it('R, P, M and U answer the item and move focus to the next item’s chosen answer', () => {
    render(<Checklist candidateId="cand-demand" />);
    within(group('Data available')).getByRole('radio', { checked: true }).focus();
    for (const key of ['r', 'P', 'm', 'u']) fireEvent.keyDown(focused(), { key });
    expect(answersOf('cand-demand').slice(0, 4)).toEqual(['ready', 'partly', 'missing', 'unknown']);
    expect(focused().closest('[role="radiogroup"]')).toBe(group('Scaling'));
    expect(focused().checked).toBe(true);
  });

  it('the same answer again moves on without an edit, and other keys, modifiers and a held key do nothing', () => {
    render(<Checklist candidateId="cand-demand" />);
    const monitoring = within(group('Monitoring')).getByRole('radio', { checked: true });
    expect(monitoring).toHaveProperty('value', 'unknown');
    monitoring.focus();
    for (const init of [{ key: 'r', ctrlKey: true }, { key: 'r', metaKey: true }, { key: 'r', altKey: true }, { key: 'r', repeat: true }, { key: 'x' }, { key: 'Enter' }]) {
      fireEvent.keyDown(monitoring, init);
    }
    expect(current()).toBe(session);
    expect(focused()).toBe(monitoring);
    fireEvent.keyDown(monitoring, { key: 'u' });
    expect(current()).toBe(session);
    expect(focused().closest('[role="radiogroup"]')).toBe(group('Team know-how'));
  });

  it('after the last item focus goes where the caller says, and stays when it says nowhere', () => {
    const onLastAnswered = vi.fn();
    render(<Checklist candidateId="cand-demand" onLastAnswered={onLastAnswered} />);
    within(group('Team know-how')).getByRole('radio', { checked: true }).focus();
    fireEvent.keyDown(focused(), { key: 'p' });
    expect(onLastAnswered).toHaveBeenCalledTimes(1);
    expect(answersOf('cand-demand').at(-1)).toBe('partly');
    cleanup();
    render(<Checklist candidateId="cand-demand" />);
    const last = within(group('Team know-how')).getByRole('radio', { checked: true });
    last.focus();
    fireEvent.keyDown(last, { key: 'r' });
    expect(focused().closest('[role="radiogroup"]')).toBe(group('Team know-how'));
  });

  it('names each answer’s key to assistive tech and underlines it', () => {
    render(<Checklist candidateId="cand-demand" />);
    const radios = within(group('Scaling')).getAllByRole('radio');
    expect(radios.map((radio) => [radio.getAttribute('value'), radio.getAttribute('aria-keyshortcuts')])).toEqual([
      ['ready', 'R'],
      ['partly', 'P'],
      ['missing', 'M'],
      ['unknown', 'U'],
    ]);
    expect(within(group('Scaling')).getAllByRole('radio').map((radio) => radio.closest('label')!.querySelector('u')!.textContent)).toEqual(['R', 'P', 'M', 'U']);
    expect(screen.getByText(/^Press R, P, M or U to answer and go on to the next item/)).toBeTruthy();
  });
});

describe('the readiness checklists of the quick wins and big bets in Decide', () => {
  function Decide() {
    const walk = createRef<HTMLDivElement>();
    return (
      <>
        <SkipToChecklists walk={walk} />
        <ReadinessChecklists walk={walk} />
      </>
    );
  }

  it('goes through them in ranking order: the skip button opens the first, Next candidate the following one at its first item', () => {
    render(<Decide />);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Candidate' });
    expect([...select.options].map((option) => option.textContent)).toEqual([
      '1. C5 · Churn prediction for loyalty members (Quick wins)',
      '2. C6 · Demand forecasting for store replenishment (Quick wins)',
      '3. C7 · Support-ticket routing (Quick wins)',
      '4. C12 · Web-shop search ranking (Quick wins)',
      '5. C1 · Fraud detection for card payments (Big bets)',
      '6. C2 · Product recommendations in the web shop (Big bets)',
      '7. C11 · Price elasticity for promotions (Big bets)',
      '8. C3 · Freight distribution channel optimisation (Big bets)',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Fill in the readiness checklists' }));
    expect(focused().closest('[role="radiogroup"]')).toBe(within(screen.getByRole('region', { name: 'Readiness of C5' })).getAllByRole('radiogroup')[0]);

    // The last item's answer key takes focus to Next candidate; it opens C6 at its first item.
    within(group('Team know-how')).getByRole('radio', { checked: true }).focus();
    fireEvent.keyDown(focused(), { key: 'r' });
    const next = screen.getByRole('button', { name: 'Next candidate: C6 · Demand forecasting for store replenishment' });
    expect(focused()).toBe(next);
    act(() => next.click());
    expect(select.value).toBe('cand-demand');
    expect(focused().closest('[role="radiogroup"]')).toBe(within(screen.getByRole('region', { name: 'Readiness of C6' })).getAllByRole('radiogroup')[0]);
  });

  it('shows the chosen candidate’s flag, and says so after the last candidate', () => {
    render(<Decide />);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Candidate' });
    fireEvent.change(select, { target: { value: 'cand-tickets' } });
    expect(screen.getByTestId('checklist-flag').textContent).toMatch(/^The room says 1\.\d; the checklist says 4\.5: /);
    fireEvent.change(select, { target: { value: 'cand-freight' } });
    expect(screen.queryByTestId('checklist-flag')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Next candidate/ })).toBeNull();
    expect(screen.getByText('That was the last quick win or big bet.')).toBeTruthy();
  });

  it('shows nothing while the scores are sealed', () => {
    const sealed = { ...session, settings: { ...session.settings, revealed: false } };
    useSessionStore.setState({ session: sealed });
    const { container } = render(<Decide />);
    expect(container.innerHTML).toBe('');
  });
});
