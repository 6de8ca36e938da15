import { describe, expect, it, vi } from 'vitest';
import { ipcCalls, type IpcCallName } from '../../../shared/ipc-contract';
import { createDispatch, registerIpcCalls, RejectedCall, trustedOrigins, type IpcHandlers } from '../../../electron/main/ipc/dispatch';
import { createIpcHandlers } from '../../../electron/main/ipc/handlers';
import { DocumentRegistry } from '../../../electron/main/services/documents';
import { cancelledExportDialogs, inertDesktop, inertExports } from './inert-desktop';

function realHandlers(): IpcHandlers {
  return createIpcHandlers({
    dialogs: {
      ...cancelledExportDialogs,
      chooseFileToOpen: async () => null,
      chooseFileToSave: async () => null,
      askAboutUnsavedChanges: async () => 'cancel',
      showFileError: async () => undefined,
      askAboutExternalChange: async () => 'cancel',
      askAboutFormatUpgrade: async () => 'cancel',
    },
    windows: { setDocumentEdited: () => undefined, close: () => undefined, closeCancelled: () => undefined, setPresentationFullScreen: () => undefined },
    documents: new DocumentRegistry(),
    sessionFiles: { read: vi.fn(), write: vi.fn(), fingerprint: vi.fn(), olderFormatAt: vi.fn() },
    drafts: { store: vi.fn(), discard: vi.fn(), release: vi.fn(), listRecoverable: vi.fn(), restore: vi.fn(), discardRecoverable: vi.fn(), markOffered: vi.fn() },
    errorLog: { path: '', record: vi.fn() },
    desktop: inertDesktop(),
    exports: inertExports(),
  });
}

describe('the IPC contract in main', () => {
  it('has one handler for every call of the contract, and no other', () => {
    expect(Object.keys(realHandlers()).sort()).toEqual(Object.keys(ipcCalls).sort());
  });

  it('registers every channel of the contract exactly once', () => {
    const registered: string[] = [];
    registerIpcCalls({ handle: (channel) => void registered.push(channel) }, vi.fn(), () => ({ windowId: 1, frameUrl: 'app://pickwise/' }));
    const channels = Object.values(ipcCalls).map((call) => call.channel);
    expect(registered.sort()).toEqual([...channels].sort());
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('passes a registered call from the app page through to its handler', async () => {
    const handlers = realHandlers();
    const spy = vi.spyOn(handlers, 'reportDocumentState');
    const listeners = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    registerIpcCalls(
      { handle: (channel, listener) => void listeners.set(channel, listener) },
      createDispatch(handlers, trustedOrigins(['app://pickwise'])),
      () => ({ windowId: 7, frameUrl: 'app://pickwise/index.html' }),
    );
    await listeners.get('document:state')?.({}, { title: 'a.pickwise', dirty: true });
    expect(spy).toHaveBeenCalledWith({ windowId: 7 }, { title: 'a.pickwise', dirty: true });
  });
});

describe('the gate in front of every handler', () => {
  const dispatch = createDispatch(realHandlers(), trustedOrigins(['app://pickwise']));
  const call = (name: IpcCallName, frameUrl: string | null, args: unknown[], windowId: number | null = 1) =>
    dispatch(name, { windowId, frameUrl }, args);

  it.each([
    ['a web page', 'https://evil.example/index.html'],
    ['a file:// page', 'file:///tmp/index.html'],
    ['a look-alike host', 'app://pickwise.evil/index.html'],
    ['a malformed URL', 'not a url'],
    ['an unknown frame', null],
  ])('refuses calls from %s', async (_what, frameUrl) => {
    await expect(call('startNewDocument', frameUrl, [])).rejects.toMatchObject({ reason: 'untrusted-sender' });
  });

  it('refuses calls that come from no window of the app', async () => {
    await expect(call('startNewDocument', 'app://pickwise/index.html', [], null)).rejects.toBeInstanceOf(RejectedCall);
  });

  it.each([
    ['a missing argument', 'reportDocumentState', []],
    ['a wrong type', 'reportDocumentState', [{ title: 3, dirty: true }]],
    ['an extra argument', 'startNewDocument', ['/etc/passwd']],
    ['a session that is not a session', 'saveSession', [{ session: { format: 'other' } }]],
    ['a path where none is allowed', 'saveSessionAs', [{ session: null, suggestedName: '/tmp/x' }]],
    ['a draft id that climbs out of the drafts folder', 'restoreDraft', [{ draftId: '../../.ssh/id_rsa' }]],
    ['a draft id with a path in it', 'discardRecoverableDraft', [{ draftId: '/etc/passwd' }]],
    ['a draft that is not a session', 'storeDraft', [{ session: { format: 'pickwise-session', version: 1 } }]],
    ['an error report over its length cap', 'reportRendererError', [{ message: 'x'.repeat(2001), stack: null }]],
    ['an error report of the wrong shape', 'reportRendererError', [{ message: 42, stack: null }]],
  ] as const)('refuses %s', async (_what, name, args) => {
    await expect(call(name, 'app://pickwise/index.html', [...args])).rejects.toMatchObject({ reason: 'invalid-arguments' });
  });
});
