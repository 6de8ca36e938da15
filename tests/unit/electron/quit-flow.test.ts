import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcEvents, type UnsavedChoice } from '../../../shared/ipc-contract';
import { QuitFlow } from '../../../electron/main/services/quit-flow';
import { FakeApp, type FakeWindow } from './fake-electron';
import { realHandlers } from './handler-setup';

// Every test here runs main's quit flow inside the fake Electron of fake-electron.ts, which
// models docs/api/app.md: app.quit() emits before-quit (preventable), then sends `close` to
// every window (each preventable; a prevented close ends the quit), then — every window closed —
// will-quit and quit. window-all-closed is NOT emitted for a quit from app.quit(); it is emitted
// when the last window is closed by hand (the docs say so; the chain lists it, the fake
// follows the docs). Windows model docs/api/browser-window.md: close() emits `close` then
// `closed`; restore/show/focus bring a window forward.

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-quit-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

/**
 * The app as index.ts wires it: the quit flow on the app and on every window, the real close
 * handlers (closeWindow / closeCancelled) reaching it, and window-all-closed quitting on
 * Windows and Linux.
 */
function quitScene(windows: { dirty: boolean; minimized?: boolean }[], platform: NodeJS.Platform = 'linux') {
  const app = new FakeApp();
  const stopped = new Set<number>();
  const flow: QuitFlow = new QuitFlow({
    hasUnsavedWork: (windowId) => scene.documents.mustAskBeforeClosing(windowId),
    pageCanAnswer: (windowId) => !stopped.has(windowId),
    quit: () => setImmediate(() => app.quit()),
  });
  const scene = realHandlers(folder, {
    setDocumentEdited: () => undefined,
    close: (windowId) => flow.windowMayClose(windowId),
    closeCancelled: (windowId) => flow.closeCancelled(windowId),
    setPresentationFullScreen: () => undefined,
  });
  flow.install(app);
  // macOS apps keep running with no window open (index.ts quits on it elsewhere only).
  if (platform !== 'darwin') app.on('window-all-closed', () => app.quit());
  const all: FakeWindow[] = windows.map(({ dirty, minimized }) => {
    const window = app.createWindow();
    flow.watch(window);
    scene.documents.update(window.id, { dirty, title: `Session ${window.id}` });
    if (minimized) window.minimize();
    return window;
  });
  const answered = new Map<number, number>();
  const prompts = (window: FakeWindow) => window.webContents.sentOn(ipcEvents.closeRequested).length;
  /** Windows showing a prompt nobody has answered yet. */
  const open = () => all.filter((window) => prompts(window) > (answered.get(window.id) ?? 0));
  /** What the page does with the facilitator's answer (renderer/src/store/document-commands.ts). */
  const answer = async (window: FakeWindow, choice: UnsavedChoice) => {
    answered.set(window.id, (answered.get(window.id) ?? 0) + 1);
    const context = { windowId: window.id };
    if (choice === 'cancel') await scene.handlers.closeCancelled(context);
    else {
      if (choice === 'save') scene.documents.update(window.id, { dirty: false }); // what a save does
      await scene.handlers.closeWindow(context);
    }
    await settle();
  };
  return { app, flow, all, prompts, open, answer, stopped, documents: scene.documents, handlers: scene.handlers };
}

/** Every sequence of `length` answers. */
function answerSequences(length: number): UnsavedChoice[][] {
  if (length === 0) return [[]];
  return answerSequences(length - 1).flatMap((rest) => (['save', 'discard', 'cancel'] as const).map((choice) => [choice, ...rest]));
}

describe('quitting with unsaved work', () => {
  it('the fake follows the documented order: before-quit, every window closed, will-quit, quit; window-all-closed only outside a quit', async () => {
    const quitting = quitScene([{ dirty: false }, { dirty: false }]);
    quitting.app.quit();
    await settle();
    expect(quitting.app.events).toEqual(['before-quit', 'will-quit', 'quit']);
    expect(quitting.app.windows).toEqual([]);

    const closing = quitScene([{ dirty: false }]);
    closing.all[0]!.close();
    await settle();
    // index.ts quits on window-all-closed (Windows, Linux): the app quits through the same flow.
    expect(closing.app.events).toEqual(['window-all-closed', 'before-quit', 'will-quit', 'quit']);
  });

  for (const dirtyCount of [1, 2, 3]) {
    for (const answers of answerSequences(dirtyCount)) {
      it(`${dirtyCount} dirty window(s) and a clean one, answered ${answers.join(' → ')}: one prompt at a time, once per window, in front; Cancel ends the quit`, async () => {
        const scene = quitScene([
          ...Array.from({ length: dirtyCount }, (_, index) => ({ dirty: true, minimized: index === dirtyCount - 1 })),
          { dirty: false },
        ]);
        const { app, all, prompts, open, answer } = scene;
        app.quit();
        await settle();
        const asked: number[] = [];
        for (const choice of answers) {
          const showing = open();
          // One prompt at a time, in a window brought forward first: restored, shown, focused.
          expect(showing).toHaveLength(1);
          const window = showing[0]!;
          expect(asked).not.toContain(window.id);
          asked.push(window.id);
          expect(window.isMinimized()).toBe(false);
          expect(window.isVisible()).toBe(true);
          expect(window.isFocused()).toBe(true);
          expect(window.history.slice(-2)).toEqual(['show', 'focus']);
          // Quitting again and clicking the close button while it asks change nothing.
          app.quit();
          window.close();
          await settle();
          expect(prompts(window)).toBe(1);
          expect(open()).toEqual([window]);
          await answer(window, choice);
          if (choice === 'cancel') break;
          expect(window.isDestroyed()).toBe(true);
        }
        const cancelled = answers.includes('cancel');
        // Never a second prompt in any window.
        for (const window of all) expect(prompts(window)).toBeLessThanOrEqual(1);
        expect(open()).toEqual([]);
        if (cancelled) {
          // Cancel stops the whole quit: the app runs on, the windows not yet asked stay as they were.
          expect(app.exited).toBe(false);
          expect(app.events).not.toContain('will-quit');
          expect(all.filter((window) => !window.isDestroyed()).length).toBe(dirtyCount + 1 - (asked.length - 1));
          expect(scene.flow.quitUnderWay).toBe(false);
        } else {
          expect(asked).toHaveLength(dirtyCount);
          expect(app.exited).toBe(true);
          expect(app.events.slice(-2)).toEqual(['will-quit', 'quit']);
        }
      });
    }
  }

  it('after Cancel, a new quit asks again — each window once', async () => {
    const { app, all, prompts, open, answer } = quitScene([{ dirty: true }, { dirty: true }]);
    app.quit();
    await settle();
    await answer(open()[0]!, 'cancel');
    expect(open()).toEqual([]);
    app.quit();
    await settle();
    await answer(open()[0]!, 'discard');
    await answer(open()[0]!, 'discard');
    expect(app.exited).toBe(true);
    expect(all.map(prompts)).toEqual([2, 1]);
  });

  it('a window closed by hand asks once; a quit meanwhile waits for that answer before asking the next', async () => {
    const { app, all, prompts, open, answer } = quitScene([{ dirty: true }, { dirty: true }]);
    const [first, second] = all as [FakeWindow, FakeWindow];
    second.close();
    await settle();
    expect(open()).toEqual([second]);
    app.quit();
    second.close();
    await settle();
    expect(open()).toEqual([second]);
    expect(prompts(second)).toBe(1);
    await answer(second, 'save');
    expect(open()).toEqual([first]);
    await answer(first, 'discard');
    expect(app.exited).toBe(true);
    expect(all.map(prompts)).toEqual([1, 1]);
  });

  it('with nothing unsaved, quitting asks nothing and quits at once', async () => {
    const { app, all, prompts } = quitScene([{ dirty: false }, { dirty: false }]);
    app.quit();
    await settle();
    expect(all.map(prompts)).toEqual([0, 0]);
    expect(app.exited).toBe(true);
  });

  it('closing one dirty window outside a quit asks, and Don’t Save closes only that window', async () => {
    const { app, all, open, answer } = quitScene([{ dirty: true }, { dirty: true }]);
    all[0]!.close();
    await settle();
    await answer(open()[0]!, 'discard');
    expect(all.map((window) => window.isDestroyed())).toEqual([true, false]);
    expect(app.exited).toBe(false);
    expect(open()).toEqual([]);
  });

  it('a page that stops answering while it asks does not hold the quit: the next window is asked, the app quits', async () => {
    const { app, flow, all, open, answer, stopped } = quitScene([{ dirty: true }, { dirty: true }]);
    app.quit();
    await settle();
    const [hung] = open() as [FakeWindow];
    stopped.add(hung.id);
    flow.pageStopped(hung.id);
    await settle();
    const next = open().filter((window) => window !== hung);
    expect(next).toHaveLength(1);
    await answer(next[0]!, 'discard');
    expect(app.exited).toBe(true);
    expect(all.every((window) => window.isDestroyed())).toBe(true);
  });
});

describe('quitting, the details', () => {
  it('says whether a quit is under way: from the request until it is cancelled', async () => {
    const { app, flow, open, answer } = quitScene([{ dirty: true }]);
    expect(flow.quitUnderWay).toBe(false);
    app.quit();
    await settle();
    expect(flow.quitUnderWay).toBe(true);
    await answer(open()[0]!, 'cancel');
    expect(flow.quitUnderWay).toBe(false);
  });

  it('holds every window back while one asks: after Cancel a window without unsaved work is still open', async () => {
    const { app, all, open, answer } = quitScene([{ dirty: false }, { dirty: true }]);
    app.quit();
    await settle();
    await answer(open()[0]!, 'cancel');
    expect(all.map((window) => window.isDestroyed())).toEqual([false, false]);
    expect(app.exited).toBe(false);
  });

  it('does not ask a window whose work was saved while another window asked', async () => {
    const { app, all, prompts, open, answer, documents } = quitScene([{ dirty: true }, { dirty: true }]);
    app.quit();
    await settle();
    documents.update(all[1]!.id, { dirty: false });
    await answer(open()[0]!, 'discard');
    expect(all.map(prompts)).toEqual([1, 0]);
    expect(app.exited).toBe(true);
  });

  it('a page that stops while its window asks, outside a quit, does not start one', async () => {
    const { app, flow, all, open, stopped } = quitScene([{ dirty: true }, { dirty: true }]);
    all[0]!.close();
    await settle();
    expect(open()).toEqual([all[0]]);
    stopped.add(all[0]!.id);
    flow.pageStopped(all[0]!.id);
    await settle();
    expect(app.quitRequests).toBe(0);
    expect(app.exited).toBe(false);
    expect(open()).toEqual([all[0]]);
  });

  it('on macOS, a quit while a window closed by hand is dropping its draft waits for that window, then quits', async () => {
    const { app, all, open, handlers } = quitScene([{ dirty: true }, { dirty: false }], 'darwin');
    const [first, second] = all as [FakeWindow, FakeWindow];
    first.close();
    await settle();
    expect(open()).toEqual([first]);
    // Don't Save: main marks the work settled, removes the draft from disk, then closes the
    // window. The facilitator presses Cmd+Q while the draft is being removed.
    const closing = handlers.closeWindow({ windowId: first.id });
    app.quit();
    await closing;
    await settle();
    expect(first.isDestroyed()).toBe(true);
    expect(second.isDestroyed()).toBe(true);
    expect(app.exited).toBe(true);
  });

  it('a window whose page stopped, closed by hand, is destroyed at once instead of closed through its page', async () => {
    // Models docs/api/browser-window.md: close() is "the same effect as a user manually
    // clicking the close button" and gives the page its beforeunload and unload ("the web page
    // may cancel the close"), which a hung page cannot run; destroy() closes the window without
    // them and "guarantees the closed event will be emitted". The fake's close() has no page
    // part, so the test looks at which of the two main used.
    const { app, all, stopped } = quitScene([{ dirty: true }, { dirty: false }]);
    const [hung, other] = all as [FakeWindow, FakeWindow];
    stopped.add(hung.id);
    const destroy = vi.spyOn(hung, 'destroy');
    hung.close();
    await settle();
    expect(destroy).toHaveBeenCalledTimes(1);
    expect(hung.isDestroyed()).toBe(true);
    expect(other.isDestroyed()).toBe(false);
    expect(app.exited).toBe(false);
  });

  it('a window whose page stopped, closed by hand as the app quits, is closed by the quit and not destroyed again', async () => {
    const { app, all, stopped } = quitScene([{ dirty: true }, { dirty: false }]);
    const [hung] = all as [FakeWindow];
    stopped.add(hung.id);
    // In Electron a destroyed window's methods throw "Object has been destroyed" (only
    // isDestroyed() still answers), in main, where nothing catches it. The fake's destroy()
    // then does nothing, so the test notes each call on a window already gone.
    const callsWhenGone: string[] = [];
    const destroy = hung.destroy.bind(hung);
    hung.destroy = () => {
      if (hung.isDestroyed()) callsWhenGone.push('destroy');
      destroy();
    };
    // The close click and the quit arrive together, before main's deferred destroy runs.
    hung.close();
    app.quit();
    await settle();
    expect(app.exited).toBe(true);
    expect(hung.isDestroyed()).toBe(true);
    expect(callsWhenGone).toEqual([]);
  });

  it('an answer for a window that is already gone changes nothing', async () => {
    const { app, flow, all } = quitScene([{ dirty: false }, { dirty: false }]);
    all[0]!.close();
    await settle();
    expect(() => flow.windowMayClose(all[0]!.id)).not.toThrow();
    expect(() => flow.windowMayClose(99)).not.toThrow();
    expect(app.exited).toBe(false);
  });

  it('on macOS, where closing the last window does not quit, a window whose page stopped closes as part of the quit', async () => {
    const { app, flow, all, open, answer, stopped } = quitScene([{ dirty: true }, { dirty: true }], 'darwin');
    stopped.add(all[1]!.id);
    flow.pageStopped(all[1]!.id);
    app.quit();
    await settle();
    await answer(open()[0]!, 'discard');
    expect(app.events).not.toContain('window-all-closed');
    expect(app.exited).toBe(true);
    expect(all.every((window) => window.isDestroyed())).toBe(true);
  });

  it('on macOS, unsaved work that turns up during the final quit is asked about, then the quit goes on', async () => {
    const { app, all, prompts, open, answer, documents } = quitScene([{ dirty: true }, { dirty: false }], 'darwin');
    const [first, second] = all as [FakeWindow, FakeWindow];
    // The other page reports an edit just as the last answer closes its window, before
    // Electron's quit runs again.
    first.on('closed', () => documents.update(second.id, { dirty: true }));
    app.quit();
    await settle();
    await answer(first, 'discard');
    expect(open()).toEqual([second]);
    await answer(second, 'discard');
    expect(app.exited).toBe(true);
    expect(all.map(prompts)).toEqual([1, 1]);
  });

  it('unsaved work that turns up in two windows during the final quit is asked about one window at a time', async () => {
    // Electron's quit sends `close` to every window in one go (docs/api/app.md): both windows
    // meet the final quit with new work, and only the first may put its prompt up.
    const { app, all, prompts, open, answer, documents } = quitScene([{ dirty: true }, { dirty: false }, { dirty: false }], 'darwin');
    const [first, second, third] = all as [FakeWindow, FakeWindow, FakeWindow];
    first.on('closed', () => {
      documents.update(second.id, { dirty: true });
      documents.update(third.id, { dirty: true });
    });
    app.quit();
    await settle();
    await answer(first, 'discard');
    expect(open()).toEqual([second]);
    await answer(second, 'save');
    expect(open()).toEqual([third]);
    await answer(third, 'discard');
    expect(app.exited).toBe(true);
    expect(all.map(prompts)).toEqual([1, 1, 1]);
  });

  it('a window closed by hand while a quit asks another waits its turn, and Cancel keeps it open', async () => {
    const { app, all, prompts, open, answer } = quitScene([{ dirty: true }, { dirty: true }]);
    const [first, second] = all as [FakeWindow, FakeWindow];
    app.quit();
    await settle();
    expect(open()).toEqual([first]);
    second.close();
    await settle();
    expect(open(), 'no second prompt while the first is open').toEqual([first]);
    await answer(first, 'discard');
    expect(open()).toEqual([second]);
    await answer(second, 'cancel');
    expect(app.exited).toBe(false);
    expect(second.isDestroyed()).toBe(false);
    expect(all.map(prompts)).toEqual([1, 1]);
  });
});
