import * as fs from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession } from '../../../shared';
import { ipcEvents } from '../../../shared/ipc-contract';
import { stoppedPageQuestion } from '../../../electron/main/dialog-options';
import { PageHealth, type PageTrouble, type TroubleChoice } from '../../../electron/main/services/page-health';
import { QuitFlow } from '../../../electron/main/services/quit-flow';
import { createDrafts } from '../../../electron/main/services/drafts';
import { FakeApp, type FakeWindow } from './fake-electron';
import { realHandlers } from './handler-setup';

// A crashed or hung page, in the fake Electron of fake-electron.ts. It models
// docs/api/web-contents.md: `render-process-gone` when the page's process crashed or was
// killed, `unresponsive` when the page hangs and `responsive` when it recovers; and
// docs/api/browser-window.md: destroy() closes without `close` and always emits `closed`;
// docs/api/app.md for the quit (before-quit, every window's close, will-quit, quit).

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-page-health-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

/** Main as index.ts wires it: quit flow and page watch on every window, drafts on disk. */
function scene(windowCount: number) {
  const app = new FakeApp();
  const questions: { windowId: number; trouble: PageTrouble; unsavedWork: boolean; signal: AbortSignal; answer(choice: TroubleChoice): void }[] = [];
  const reopened: number[] = [];
  const log: string[] = [];
  const health: PageHealth = new PageHealth({
    hasUnsavedWork: (windowId) => main.documents.mustAskBeforeClosing(windowId),
    ask: (windowId, question, signal) =>
      new Promise<TroubleChoice>((resolve) => {
        // A message box closed by its signal answers as if cancelled (docs/api/dialog.md).
        signal.addEventListener('abort', () => resolve(question.trouble === 'hung' ? 'wait' : 'close'));
        questions.push({ windowId, ...question, signal, answer: resolve });
      }),
    reopen: (windowId) => void reopened.push(windowId),
    stopped: (windowId) => flow.pageStopped(windowId),
    log: (message) => void log.push(message),
  });
  const flow: QuitFlow = new QuitFlow({
    hasUnsavedWork: (windowId) => main.documents.mustAskBeforeClosing(windowId),
    pageCanAnswer: (windowId) => health.canAnswer(windowId),
    quit: () => setImmediate(() => app.quit()),
  });
  const main = realHandlers(folder, {
    setDocumentEdited: () => undefined,
    close: (windowId) => flow.windowMayClose(windowId),
    closeCancelled: (windowId) => flow.closeCancelled(windowId),
    setPresentationFullScreen: () => undefined,
  });
  flow.install(app);
  app.on('window-all-closed', () => app.quit());
  const windows = Array.from({ length: windowCount }, () => {
    const window = app.createWindow();
    flow.watch(window);
    health.watch(window);
    return window;
  });
  /** The page edits and its draft is written, as renderer/src/draft-autosave.ts does. */
  const editWithDraft = async (window: FakeWindow, title: string) => {
    main.documents.update(window.id, { dirty: true });
    const session = createSampleSession();
    expect(await main.handlers.storeDraft({ windowId: window.id }, { session: { ...session, frame: { ...session.frame, title } } })).toEqual({ status: 'stored' });
  };
  /** What the next start offers back (a new run over the same data folder). */
  const offeredAtNextStart = async () => (await createDrafts({ fs, folder: join(main.userDataFolder, 'drafts') }).listRecoverable()).map((draft) => draft.title);
  return { app, windows, health, flow, questions, reopened, log, editWithDraft, offeredAtNextStart, main };
}

describe('a crashed page', () => {
  it('says so and offers Reload and Close; Close closes the window without a prompt and keeps the draft for the next start', async () => {
    const { windows, questions, editWithDraft, offeredAtNextStart, log } = scene(2);
    const [crashed] = windows as [FakeWindow];
    await editWithDraft(crashed, 'Work in the crashed window');
    crashed.webContents.crash();
    expect(questions.map(({ windowId, trouble, unsavedWork }) => ({ windowId, trouble, unsavedWork }))).toEqual([{ windowId: crashed.id, trouble: 'crashed', unsavedWork: true }]);
    expect(log[0]).toMatch(/stopped \(crashed, exit code 139\)/);
    questions[0]!.answer('close');
    await settle();
    expect(crashed.isDestroyed()).toBe(true);
    expect(crashed.webContents.sentOn(ipcEvents.closeRequested)).toEqual([]);
    expect(await offeredAtNextStart()).toEqual(['Work in the crashed window']);
  });

  it('Reload opens a fresh window in its place and closes the stopped one', async () => {
    const { windows, questions, reopened } = scene(1);
    windows[0]!.webContents.crash();
    questions[0]!.answer('reload');
    await settle();
    expect(reopened).toEqual([windows[0]!.id]);
    expect(windows[0]!.isDestroyed()).toBe(true);
  });

  it('Close opens no fresh window', async () => {
    const { windows, questions, reopened } = scene(1);
    windows[0]!.webContents.crash();
    questions[0]!.answer('close');
    await settle();
    expect(reopened).toEqual([]);
    expect(windows[0]!.isDestroyed()).toBe(true);
  });

  it('its close button closes it at once, without a prompt nobody could answer, and the draft stays', async () => {
    const { windows, editWithDraft, offeredAtNextStart } = scene(2);
    const [crashed] = windows as [FakeWindow];
    await editWithDraft(crashed, 'Crashed work');
    crashed.webContents.crash();
    crashed.close();
    await settle();
    expect(crashed.isDestroyed()).toBe(true);
    expect(crashed.webContents.sentOn(ipcEvents.closeRequested)).toEqual([]);
    expect(await offeredAtNextStart()).toEqual(['Crashed work']);
  });

  it('does not stop the app from quitting: the live windows ask, the crashed one closes, its draft is offered at the next start', async () => {
    const { app, windows, editWithDraft, offeredAtNextStart, main } = scene(2);
    const [crashed, live] = windows as [FakeWindow, FakeWindow];
    await editWithDraft(crashed, 'Crashed work');
    await editWithDraft(live, 'Live work');
    crashed.webContents.crash();
    app.quit();
    await settle();
    expect(crashed.webContents.sentOn(ipcEvents.closeRequested)).toEqual([]);
    expect(live.webContents.sentOn(ipcEvents.closeRequested)).toHaveLength(1);
    // Don't Save in the live window: its draft goes, as the facilitator chose.
    await main.handlers.closeWindow({ windowId: live.id });
    await settle();
    expect(app.exited).toBe(true);
    expect(await offeredAtNextStart()).toEqual(['Crashed work']);
  });
});

describe('a hung page', () => {
  it('offers Wait, Reload and Close; when it recovers the question goes away and it asks before closing again', async () => {
    const { windows, questions, health, main } = scene(1);
    const [window] = windows as [FakeWindow];
    main.documents.update(window.id, { dirty: true });
    window.webContents.hang();
    expect(questions).toHaveLength(1);
    expect(questions[0]!.trouble).toBe('hung');
    expect(health.canAnswer(window.id)).toBe(false);
    window.webContents.recover();
    expect(questions[0]!.signal.aborted).toBe(true);
    await settle();
    expect(window.isDestroyed()).toBe(false);
    expect(health.canAnswer(window.id)).toBe(true);
    window.close();
    await settle();
    expect(window.webContents.sentOn(ipcEvents.closeRequested)).toHaveLength(1);
    expect(window.isDestroyed()).toBe(false);
  });

  it('Wait leaves it open; while it still hangs its close button closes it and keeps the draft', async () => {
    const { windows, questions, editWithDraft, offeredAtNextStart } = scene(1);
    const [window] = windows as [FakeWindow];
    await editWithDraft(window, 'Hung work');
    window.webContents.hang();
    questions[0]!.answer('wait');
    await settle();
    expect(window.isDestroyed()).toBe(false);
    window.close();
    await settle();
    expect(window.isDestroyed()).toBe(true);
    expect(window.webContents.sentOn(ipcEvents.closeRequested)).toEqual([]);
    expect(await offeredAtNextStart()).toEqual(['Hung work']);
  });

  it('hanging while its unsaved-work prompt is open lets the quit go on', async () => {
    const { app, windows, editWithDraft, offeredAtNextStart } = scene(1);
    const [window] = windows as [FakeWindow];
    await editWithDraft(window, 'Hung while asking');
    app.quit();
    await settle();
    expect(window.webContents.sentOn(ipcEvents.closeRequested)).toHaveLength(1);
    window.webContents.hang();
    await settle();
    expect(app.exited).toBe(true);
    expect(await offeredAtNextStart()).toEqual(['Hung while asking']);
  });
});

describe('the question on the window', () => {
  it('names what happened and where the work is, with its buttons in the order of the answers', () => {
    const crashed = stoppedPageQuestion({ trouble: 'crashed', unsavedWork: true }, 'en');
    expect(crashed.options.buttons).toEqual(['Reload', 'Close']);
    expect(crashed.choices).toEqual(['reload', 'close']);
    expect(crashed.options.detail).toMatch(/kept as a draft/);
    const hung = stoppedPageQuestion({ trouble: 'hung', unsavedWork: false }, 'en');
    expect(hung.options.buttons).toEqual(['Wait', 'Reload', 'Close']);
    expect(hung.choices).toEqual(['wait', 'reload', 'close']);
    expect(hung.options.cancelId).toBe(0);
    expect(hung.options.detail).toMatch(/no unsaved work/);
  });
});


describe('watching a page, the details', () => {
  /** PageHealth on one fake window, with a question answered only when the test says. */
  function watched(ask: (signal: AbortSignal) => Promise<TroubleChoice> = () => new Promise(() => undefined)) {
    const app = new FakeApp();
    const window = app.createWindow();
    const asked: { trouble: PageTrouble; signal: AbortSignal }[] = [];
    const reopened: number[] = [];
    const stopped: number[] = [];
    const log: string[] = [];
    const health = new PageHealth({
      hasUnsavedWork: () => false,
      ask: (_windowId, question, signal) => {
        asked.push({ trouble: question.trouble, signal });
        return ask(signal);
      },
      reopen: (windowId) => void reopened.push(windowId),
      stopped: (windowId) => void stopped.push(windowId),
      log: (message) => void log.push(message),
    });
    health.watch(window);
    return { window, health, asked, reopened, stopped, log };
  }

  it('says in the log that a page hangs', () => {
    const { window, log, stopped } = watched();
    window.webContents.hang();
    expect(log).toEqual(['A window’s page stopped responding; its unsaved work stays in its draft.']);
    expect(stopped).toEqual([window.id]);
  });

  it('asks once while a page hangs, and a hang after a crash asks nothing more', () => {
    const hanging = watched();
    hanging.window.webContents.hang();
    hanging.window.webContents.hang();
    expect(hanging.asked).toHaveLength(1);
    const crashed = watched();
    crashed.window.webContents.crash();
    crashed.window.webContents.hang();
    expect(crashed.asked.map((question) => question.trouble)).toEqual(['crashed']);
    expect(crashed.stopped).toHaveLength(1);
  });

  it('a crashed page does not come back with `responsive`; `responsive` alone changes nothing', () => {
    const calm = watched();
    expect(() => calm.window.webContents.recover()).not.toThrow();
    expect(calm.health.canAnswer(calm.window.id)).toBe(true);
    const crashed = watched();
    crashed.window.webContents.crash();
    crashed.window.webContents.recover();
    expect(crashed.health.canAnswer(crashed.window.id)).toBe(false);
    expect(crashed.asked[0]!.signal.aborted).toBe(false);
  });

  it('a page that goes with its closed window asks nothing', () => {
    const { window, asked, log } = watched();
    window.destroy();
    window.webContents.crash('killed');
    window.webContents.hang();
    expect(asked).toEqual([]);
    expect(log).toEqual([]);
  });

  it('takes the question away when its window closes, and a late answer then does nothing', async () => {
    let answer: (choice: TroubleChoice) => void = () => undefined;
    const { window, asked, reopened, health } = watched(() => new Promise((resolve) => (answer = resolve)));
    window.webContents.crash();
    window.destroy();
    expect(asked[0]!.signal.aborted).toBe(true);
    expect(health.canAnswer(window.id)).toBe(true);
    answer('reload');
    await settle();
    expect(reopened).toEqual([]);
  });

  it('a Reload answered after the hung page came back does nothing', async () => {
    let answer: (choice: TroubleChoice) => void = () => undefined;
    const { window, reopened } = watched(() => new Promise((resolve) => (answer = resolve)));
    window.webContents.hang();
    window.webContents.recover();
    answer('reload');
    await settle();
    expect(reopened).toEqual([]);
    expect(window.isDestroyed()).toBe(false);
  });

  it('logs a question it could not put up, and leaves the window as it is', async () => {
    const { window, log } = watched(() => Promise.reject(new Error('no message box')));
    window.webContents.crash();
    await settle();
    expect(log.at(-1)).toBe('Pickwise could not ask about a stopped window: no message box');
    expect(window.isDestroyed()).toBe(false);
    const odd = watched(() => Promise.reject('a thrown text'));
    odd.window.webContents.hang();
    await settle();
    expect(odd.log.at(-1)).toBe('Pickwise could not ask about a stopped window: a thrown text');
  });
});
