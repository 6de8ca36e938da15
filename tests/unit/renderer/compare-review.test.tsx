// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, sealedComparisonMessage, type Session } from '../../../shared';
import type { PickwiseApi } from '../../../shared/ipc-contract';
import { compareWithFile, confirmPairs, startComparison, useComparisonStore } from '../../../renderer/src/store/comparison-store';
import { replaceDocument, useSessionStore } from '../../../renderer/src/store/session-store';
import { useViewStore } from '../../../renderer/src/store/view-store';
import { CompareReviewDialog } from '../../../renderer/src/views/compare/compare-review-dialog';
import { ComparisonPanel } from '../../../renderer/src/views/compare/comparison-panel';

// Comparing the open session with an earlier one (issue 16), as the facilitator does it: the
// review step shows Pickwise's pairs and lets them be changed, the comparison lives in its own
// store (never in the session), and the panel shows the rules' rows or their sealed message.

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods; these do what the page relies on.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

let current: Session;
let earlier: Session;
let sameTitle: { id: string; title: string };
let renamed: { id: string; title: string };

/**
 * The sample as it was: its first candidate under another id (same title: paired by title), its
 * second under another id and title (Pickwise cannot pair it: the facilitator does).
 */
function earlierCopy(session: Session): Session {
  const copy = structuredClone(session);
  const ids = new Map([
    [session.candidates[0]!.id, 'old-first'],
    [session.candidates[1]!.id, 'old-second'],
  ]);
  copy.candidates = copy.candidates.map((candidate, i) => {
    const id = ids.get(candidate.id) ?? candidate.id;
    return i === 1 ? { ...candidate, id, title: 'Suggestions in the web shop' } : { ...candidate, id };
  });
  copy.scores = copy.scores.map((score) => ({ ...score, candidateId: ids.get(score.candidateId) ?? score.candidateId }));
  return copy;
}

beforeEach(() => {
  current = createSampleSession();
  earlier = earlierCopy(current);
  sameTitle = current.candidates[0]!;
  renamed = current.candidates[1]!;
  replaceDocument(current, 'today.pickwise');
  useComparisonStore.setState({ earlier: null, plan: null, reviewing: false });
  useViewStore.getState().setPhase('share');
});
afterEach(cleanup);

const named = (candidate: { id: string }) => {
  const found = current.candidates.find((each) => each.id === candidate.id)!;
  return `${found.code} ${found.title}`;
};

async function openReview() {
  render(<CompareReviewDialog />);
  act(() => startComparison(earlier, 'last quarter.pickwise'));
  return (await screen.findByRole('dialog', { name: 'Compare with “last quarter.pickwise”' }, { timeout: 15_000 })) as HTMLDialogElement;
}

describe('the review step', () => {
  it('lists Pickwise’s pairs with how each was found, and the unpaired candidates on each side', async () => {
    await openReview();
    const pairs = screen.getAllByTestId('review-pair');
    expect(pairs).toHaveLength(current.candidates.length - 1);
    expect(pairs.filter((pair) => pair.dataset['matchedBy'] === 'title').map((pair) => pair.textContent)).toEqual([
      expect.stringContaining(sameTitle.title),
    ]);
    expect(pairs.filter((pair) => pair.dataset['matchedBy'] === 'id')).toHaveLength(current.candidates.length - 2);
    expect(within(pairs[0]!).getByText('Same title')).toBeTruthy();
    expect(screen.getAllByTestId('review-dropped').map((row) => row.textContent)).toEqual([expect.stringContaining('Suggestions in the web shop')]);
    expect(screen.getAllByTestId('review-new').map((row) => row.textContent)).toEqual([expect.stringContaining(renamed.title)]);
  });

  it('pairs an earlier candidate with a new one, then Compare uses those pairs and shows the Map', async () => {
    const dialog = await openReview();
    const select = screen.getByRole('combobox', { name: `Pair ${earlier.candidates[1]!.code} Suggestions in the web shop with` });
    const pair = screen.getByRole('button', { name: 'Pair' }) as HTMLButtonElement;
    expect(pair.disabled).toBe(true);
    fireEvent.change(select, { target: { value: renamed.id } });
    fireEvent.click(pair);
    const byYou = screen.getAllByTestId('review-pair').filter((row) => row.dataset['matchedBy'] === 'facilitator');
    expect(byYou.map((row) => row.textContent)).toEqual([expect.stringContaining('Paired by you')]);
    expect(screen.queryAllByTestId('review-dropped')).toEqual([]);
    expect(screen.queryAllByTestId('review-new')).toEqual([]);
    // Nothing was compared before Compare.
    expect(useComparisonStore.getState().plan).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const { plan, reviewing } = useComparisonStore.getState();
    expect(reviewing).toBe(false);
    expect(plan?.pairs).toContainEqual({ earlierId: 'old-second', currentId: renamed.id });
    expect(plan?.pairs).toContainEqual({ earlierId: 'old-first', currentId: sameTitle.id });
    expect(plan?.pairs).toHaveLength(current.candidates.length);
    expect(dialog.open).toBe(false);
    expect(useViewStore.getState().phase).toBe('map');
    // The session is untouched: the comparison is not part of the document.
    expect(useSessionStore.getState().session).toBe(current);
  });

  it('Unpair moves both candidates to the unpaired lists, and focus to the next pair', async () => {
    await openReview();
    const first = screen.getAllByTestId('review-pair')[0]!;
    fireEvent.click(within(first).getByRole('button', { name: /^Unpair / }));
    expect(screen.getAllByTestId('review-dropped').map((row) => row.textContent)).toEqual([
      expect.stringContaining(sameTitle.title),
      expect.stringContaining('Suggestions in the web shop'),
    ]);
    expect(screen.getAllByTestId('review-new')).toHaveLength(2);
    expect(document.activeElement).toBe(within(screen.getAllByTestId('review-pair')[0]!).getByRole('button', { name: /^Unpair / }));
  });

  it('Esc on a comparison never confirmed ends it; the open session is as it was', async () => {
    const dialog = await openReview();
    act(() => {
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    });
    expect(useComparisonStore.getState()).toMatchObject({ earlier: null, plan: null, reviewing: false });
    expect(dialog.open).toBe(false);
    expect(useSessionStore.getState().session).toBe(current);
  });
});

describe('the comparison store', () => {
  it('refuses pairs that do not fit the sessions with the rule’s message, and changes nothing', () => {
    startComparison(earlier, 'last quarter.pickwise');
    const message = confirmPairs({ pairs: [{ earlierId: 'no-such-candidate', currentId: sameTitle.id }] });
    expect(message).toBe('These pairs cannot be compared: the earlier session has no candidate with the id “no-such-candidate”.');
    expect(useComparisonStore.getState()).toMatchObject({ plan: null, reviewing: true });
  });

  it('a file main could not read changes nothing; one it read opens the review step', async () => {
    let answer: Awaited<ReturnType<PickwiseApi['readSessionForComparison']>> = {
      status: 'failed',
      error: { code: 'not-json', fileName: 'notes.json', message: '“notes.json” is not a Pickwise session.' },
    };
    window.pickwise = { readSessionForComparison: async () => answer } as unknown as PickwiseApi;
    await compareWithFile();
    expect(useComparisonStore.getState()).toMatchObject({ earlier: null, reviewing: false });
    answer = { status: 'read', session: earlier, fileName: 'last quarter.pickwise' };
    await compareWithFile();
    expect(useComparisonStore.getState()).toMatchObject({ earlier: { session: earlier, fileName: 'last quarter.pickwise' }, reviewing: true });
  });

  it('ends when another document replaces the open one', () => {
    startComparison(earlier, 'last quarter.pickwise');
    confirmPairs({ pairs: [] });
    replaceDocument(createSampleSession(), 'same id.pickwise');
    expect(useComparisonStore.getState().earlier).not.toBeNull();
    replaceDocument({ ...createSampleSession(), id: 'another-session' }, 'other.pickwise');
    expect(useComparisonStore.getState().earlier).toBeNull();
  });
});

describe('the comparison panel', () => {
  it('shows a row per candidate with before → after and the rules’ reasons, new and dropped marked', () => {
    startComparison(earlier, 'last quarter.pickwise');
    confirmPairs({ pairs: [] });
    render(<ComparisonPanel />);
    expect(screen.getByRole('heading', { name: `Since “${earlier.frame.title}”, ${earlier.frame.date}` })).toBeTruthy();
    const rows = screen.getAllByTestId('comparison-row');
    expect(rows).toHaveLength(current.candidates.length * 2);
    expect(rows.filter((row) => row.dataset['status'] === 'new')).toHaveLength(current.candidates.length);
    const dropped = rows.filter((row) => row.dataset['status'] === 'dropped');
    expect(dropped).toHaveLength(earlier.candidates.length);
    expect(within(dropped[0]!).getByTestId('comparison-why').textContent).toBe('Dropped since then');
    expect(within(rows[0]!).getByTestId('comparison-why').textContent).toBe('New since then');
  });

  it('a matched candidate whose scores changed says so, with its quadrant, rank and values before → after', () => {
    const target = current.candidates[3]!;
    const changed = { ...current, scores: current.scores.map((score) => (score.candidateId === target.id ? { ...score, value: 5 } : score)) };
    replaceDocument(changed, 'today.pickwise');
    current = changed;
    startComparison(earlier, 'last quarter.pickwise');
    confirmPairs({ pairs: current.candidates.map((candidate) => ({ earlierId: earlierCopyId(candidate.id), currentId: candidate.id })) });
    render(<ComparisonPanel />);
    const row = screen.getAllByTestId('comparison-row').find((each) => each.textContent?.includes(named(target)))!;
    expect(row.dataset['status']).toBe('matched');
    expect(within(row).getByTestId('comparison-why').textContent).toMatch(/^Scores changed/);
    expect(row.textContent).toContain('→');
  });

  it('while this session’s scores are sealed it shows the rules’ message and no table', () => {
    const sealed = { ...current, settings: { ...current.settings, scoringMode: 'blind' as const, revealed: false } };
    replaceDocument(sealed, 'today.pickwise');
    startComparison(earlier, 'last quarter.pickwise');
    confirmPairs({ pairs: [] });
    render(<ComparisonPanel />);
    expect(screen.getByTestId('comparison-sealed').textContent).toBe(sealedComparisonMessage(['current'], 'en'));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('End comparison removes it', () => {
    startComparison(earlier, 'last quarter.pickwise');
    confirmPairs({ pairs: [] });
    render(<ComparisonPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'End comparison' }));
    expect(useComparisonStore.getState().earlier).toBeNull();
    expect(screen.queryByTestId('comparison-row')).toBeNull();
  });
});

function earlierCopyId(currentId: string): string {
  if (currentId === sameTitle.id) return 'old-first';
  if (currentId === renamed.id) return 'old-second';
  return currentId;
}
