// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sampleSession } from '../../../shared';
import type { DiscardRecoverableDraftResult, PickwiseApi, RecoverableDraft, RestoreDraftResult } from '../../../shared/ipc-contract';
import { RecoveryDialog } from '../../../renderer/src/views/recovery-dialog';
import { useSessionStore } from '../../../renderer/src/store/session-store';

// The recovery dialog of a second window, over a fake main: a draft another window restored
// meanwhile is refused by main, and this window says so and stops offering it.

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods; these do what the page relies on.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const draft = (title: string, overrides: Partial<RecoverableDraft> = {}): RecoverableDraft => ({
  draftId: `draft-${title.toLowerCase().replace(/\W+/g, '-')}`,
  savedAt: '2026-11-26T10:00:00.000Z',
  fileName: null,
  title,
  damaged: null,
  expiring: false,
  ...overrides,
});

let listed: RecoverableDraft[];
let restoreAnswer: RestoreDraftResult;
let discardAnswer: DiscardRecoverableDraftResult;

beforeEach(() => {
  const session = useSessionStore.getState().session;
  useSessionStore.setState({ savedSession: session });
  window.pickwise = {
    listRecoverableDrafts: async () => listed,
    restoreDraft: async () => restoreAnswer,
    discardRecoverableDraft: async () => discardAnswer,
  } as unknown as PickwiseApi;
});
afterEach(cleanup);

async function showDialog() {
  render(<RecoveryDialog />);
  // Generous: the first render of a test file is slow on a loaded machine; nothing here is timed.
  return screen.findByRole('dialog', { name: 'Recover unsaved work' }, { timeout: 15_000 });
}

describe('the recovery dialog', () => {
  it('a draft another window restored meanwhile: Restore says so, and the draft is no longer offered', async () => {
    listed = [draft('Retail', { fileName: 'retail.pickwise' }), draft('Northwind')];
    const message = 'The draft of “retail.pickwise” was already restored in another Pickwise window. Carry on with it there.';
    restoreAnswer = { status: 'failed', error: { code: 'draft-in-use', fileName: 'x.json', message } };
    const dialog = await showDialog();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Restore Retail' })));
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(screen.getAllByTestId('draft-row').map((row) => row.querySelector('strong')?.textContent)).toEqual(['Northwind']);
    expect((dialog as HTMLDialogElement).open).toBe(true);
  });

  it('the last draft, restored elsewhere meanwhile: the message stays readable, and Close closes', async () => {
    listed = [draft('Northwind')];
    discardAnswer = { status: 'in-use', message: 'This draft was already restored in another Pickwise window, so it was kept there.' };
    const dialog = (await showDialog()) as HTMLDialogElement;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Discard Northwind' })));
    expect(screen.getByRole('alert').textContent).toBe('This draft was already restored in another Pickwise window, so it was kept there.');
    expect(screen.queryAllByTestId('draft-row')).toEqual([]);
    expect(dialog.open).toBe(true);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Close' })));
    expect(dialog.open).toBe(false);
  });

  it('a damaged draft offers Discard only', async () => {
    listed = [draft('Broken', { damaged: 'It is cut off or damaged.' })];
    await showDialog();
    expect(screen.queryByRole('button', { name: 'Restore Broken' })).toBeNull();
  });

  it('says which drafts the next start removes: kept over 30 days ago, now offered', async () => {
    listed = [draft('Old work', { expiring: true }), draft('Recent work')];
    await showDialog();
    const rows = screen.getAllByTestId('draft-row');
    expect(rows[0]!.textContent).toContain('Kept over 30 days ago: the next start removes it unless you restore it now.');
    expect(rows[1]!.textContent).not.toContain('30 days');
  });

  it('a restore that works brings the draft in and closes the dialog', async () => {
    listed = [draft('Northwind')];
    restoreAnswer = { status: 'restored', session: { ...sampleSession, frame: { ...sampleSession.frame, title: 'Northwind' } }, fileName: null };
    const dialog = (await showDialog()) as HTMLDialogElement;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Restore Northwind' })));
    expect(dialog.open).toBe(false);
    expect(useSessionStore.getState().session.frame.title).toBe('Northwind');
  });
});
