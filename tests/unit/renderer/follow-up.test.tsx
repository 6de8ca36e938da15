// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, startFollowUp, type Session } from '../../../shared';
import type { PickwiseApi, UnsavedChoice } from '../../../shared/ipc-contract';
import { useComparisonStore } from '../../../renderer/src/store/comparison-store';
import { startFollowUpDocument } from '../../../renderer/src/store/document-commands';
import { closeEarlierFocusQuestions, useFollowUpStore } from '../../../renderer/src/store/follow-up-store';
import { replaceDocument, selectDirty, undo, useSessionStore } from '../../../renderer/src/store/session-store';
import { FollowUpDialog } from '../../../renderer/src/views/follow-up/follow-up-dialog';
import { FollowUpPanel } from '../../../renderer/src/views/follow-up/follow-up-panel';

// Start a follow-up (issue 16), as the facilitator does it: the command makes the new session
// from what the file holds, compares it with the earlier one, and asks about the earlier focus in
// a dialog whose answers are one edit; Frame shows and edits the same answers.

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods; these do what the page relies on.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

let earlier: Session;
let unsavedAnswer: UnsavedChoice;
let asked: string[];

beforeEach(() => {
  earlier = createSampleSession();
  replaceDocument(earlier, 'Q1 workshop.pickwise');
  useComparisonStore.setState({ earlier: null, plan: null, reviewing: false });
  closeEarlierFocusQuestions();
  unsavedAnswer = 'discard';
  asked = [];
  window.pickwise = {
    startNewDocument: async () => undefined,
    confirmUnsavedChanges: async ({ documentName }: { documentName: string }) => {
      asked.push(documentName);
      return unsavedAnswer;
    },
  } as unknown as PickwiseApi;
});
afterEach(cleanup);

describe('Start Follow-up Session…', () => {
  it('makes an unsaved follow-up of the file, compared with it, and asks about its focus', async () => {
    await startFollowUpDocument();
    const { session, fileName } = useSessionStore.getState();
    expect(fileName).toBeNull();
    expect(selectDirty(useSessionStore.getState())).toBe(true);
    expect(session.id).not.toBe(earlier.id);
    expect(session.followUp?.earlier).toEqual({ sessionId: earlier.id, title: earlier.frame.title, date: earlier.frame.date, fileName: 'Q1 workshop.pickwise' });
    expect(session.scores).toEqual([]);
    const comparison = useComparisonStore.getState();
    expect(comparison.earlier).toEqual({ session: earlier, fileName: 'Q1 workshop.pickwise', followedUp: true });
    expect(comparison.reviewing).toBe(false);
    expect(comparison.plan?.pairs).toHaveLength(earlier.candidates.length);
    expect(comparison.plan?.pairs.every((pair) => pair.earlierId === pair.currentId)).toBe(true);
    expect(useFollowUpStore.getState().asking).toBe(true);
    expect(asked).toEqual([]);
  });

  it('asks first about unsaved work, and starts from what the file holds when it is not saved', async () => {
    useSessionStore.setState({ session: { ...earlier, frame: { ...earlier.frame, title: 'Edited, not saved' } } });
    await startFollowUpDocument();
    expect(asked).toEqual(['Q1 workshop.pickwise']);
    expect(useSessionStore.getState().session.frame.title).toBe(earlier.frame.title);
  });

  it('changes nothing when the facilitator cancels at the unsaved-work prompt', async () => {
    const edited = { ...earlier, frame: { ...earlier.frame, title: 'Edited, not saved' } };
    useSessionStore.setState({ session: edited });
    unsavedAnswer = 'cancel';
    await startFollowUpDocument();
    expect(useSessionStore.getState().session).toBe(edited);
    expect(useFollowUpStore.getState().asking).toBe(false);
  });

  it('asks nothing when the earlier session had no focus, and links an untitled one with no file name', async () => {
    replaceDocument({ ...earlier, decision: { ...earlier.decision, focusCandidateId: null } }, null);
    await startFollowUpDocument();
    expect(useSessionStore.getState().session.followUp).toMatchObject({ focus: null, earlier: { fileName: '' } });
    expect(useFollowUpStore.getState().asking).toBe(false);
    expect(useComparisonStore.getState().earlier?.fileName).toBe('Untitled');
  });
});

describe('the follow-up dialog', () => {
  beforeEach(async () => {
    await startFollowUpDocument();
  });

  it('shows the earlier focus’s baseline and target beside the metric now, and saves the answers as one edit', () => {
    render(<FollowUpDialog />);
    const dialog = screen.getByTestId('follow-up-dialog');
    expect(within(dialog).getByText(/^Follow-up of “Northwind Retail — ML opportunities workshop”, 2025-03-12\. /)).toBeTruthy();
    expect(within(dialog).getByLabelText('Set last time').textContent).toBe('Baseline78% retainedTargetFrom 78% to 81% retained by the end of 2025');
    const group = within(dialog).getByRole('group', { name: 'What became of “Churn prediction for loyalty members”?' });
    expect(within(group).getAllByRole('radio').map((radio) => radio.parentElement!.textContent)).toEqual(['Not started', 'In progress', 'Shipped', 'Stopped']);
    const before = useSessionStore.getState().session;

    fireEvent.click(within(group).getByRole('radio', { name: 'Shipped' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: '12-month retention of loyalty members now' }), { target: { value: '80% retained' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'What we learned' }), { target: { value: 'Win-back works on the top decile only.' } });
    // Nothing is recorded until the answers are saved.
    expect(useSessionStore.getState().session).toBe(before);
    act(() => fireEvent.click(within(dialog).getByRole('button', { name: 'Save answers' })));

    expect(useSessionStore.getState().session.followUp?.outcome).toEqual({ status: 'shipped', metricNow: '80% retained', learned: 'Win-back works on the top decile only.' });
    expect(useFollowUpStore.getState().asking).toBe(false);
    act(() => void undo());
    expect(useSessionStore.getState().session).toBe(before);
  });

  it('records nothing on Skip', () => {
    render(<FollowUpDialog />);
    const before = useSessionStore.getState().session;
    const dialog = screen.getByTestId('follow-up-dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Stopped' }));
    act(() => fireEvent.click(within(dialog).getByRole('button', { name: 'Skip' })));
    expect(useSessionStore.getState().session).toBe(before);
    expect(useFollowUpStore.getState().asking).toBe(false);
  });
});

describe('Frame’s follow-up panel', () => {
  it('says what the room chose last time and edits the answers, each field its own undo step', () => {
    const followUp = startFollowUp(earlier, { fileName: 'Q1 workshop.pickwise' }, new Date(2025, 5, 12), (prefix) => `${prefix}-q2`);
    replaceDocument(followUp, null);
    render(<FollowUpPanel />);
    expect(screen.getByRole('heading', { name: 'Follow-up of “Northwind Retail — ML opportunities workshop”, 2025-03-12' })).toBeTruthy();
    expect(screen.getByText(/^Last time we chose Churn prediction for loyalty members; the metric stood at 78% retained, and its value now is not recorded yet; target from 78% to 81% retained by the end of 2025\. From “Q1 workshop\.pickwise”\.$/)).toBeTruthy();
    act(() => fireEvent.click(screen.getByRole('radio', { name: 'In progress' })));
    act(() => fireEvent.change(screen.getByRole('textbox', { name: '12-month retention of loyalty members now' }), { target: { value: '79%' } }));
    expect(useSessionStore.getState().session.followUp?.outcome).toMatchObject({ status: 'in-progress', metricNow: '79%' });
    expect(screen.getByText(/the metric moved from 78% retained to 79%;/)).toBeTruthy();
    act(() => void undo());
    expect(useSessionStore.getState().session.followUp?.outcome).toMatchObject({ status: 'in-progress', metricNow: '' });
  });

  it('shows nothing in a session that follows up nothing', () => {
    const { container } = render(<FollowUpPanel />);
    expect(container.innerHTML).toBe('');
  });
});
