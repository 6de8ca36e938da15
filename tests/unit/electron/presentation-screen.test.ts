import { describe, expect, it } from 'vitest';
import { PresentationScreen } from '../../../electron/main/services/presentation-screen';
import { FakeApp, type FakeWindow } from './fake-electron';

// Presentation mode over the fake windows of fake-electron.ts, which model
// docs/api/browser-window.md: setFullScreen(flag), isFullScreen(), maximize()/isMaximized(),
// getNormalBounds()/setBounds(); "On macOS, fullscreen transitions take place asynchronously.
// If further actions depend on the fullscreen state, use the 'enter-full-screen' or
// 'leave-full-screen' events" (`asyncFullScreen` and `finishFullScreen()` model that).

function setup(prepare: (window: FakeWindow) => void = () => undefined) {
  const app = new FakeApp();
  const window = app.createWindow();
  prepare(window);
  const screen = new PresentationScreen((windowId) => app.window(windowId) ?? null);
  return { window, screen };
}

const placed = { x: 40, y: 30, width: 1100, height: 700 };

describe('presentation mode goes full screen through main', () => {
  it('a window at its own size and place is full screen while presenting and back where it was after', () => {
    const { window, screen } = setup((each) => each.setBounds(placed));
    // As the page asks for it (setPresentationFullScreen).
    screen.set(window.id, true);
    expect(window.isFullScreen()).toBe(true);
    // While full screen the platform may report other bounds; leaving puts the old ones back.
    window.setBounds({ x: 0, y: 0, width: 1920, height: 1080 });
    screen.set(window.id, false);
    expect(window.isFullScreen()).toBe(false);
    expect(window.getNormalBounds()).toEqual(placed);
    expect(window.isMaximized()).toBe(false);
    expect(window.history.slice(-2)).toEqual(['setFullScreen false', 'setBounds 40,30,1100x700']);
  });

  it('a maximised window is maximised again after', () => {
    const { window, screen } = setup((each) => each.maximize());
    screen.enter(window.id);
    expect(window.isFullScreen()).toBe(true);
    window.unmaximize();
    screen.leave(window.id);
    expect(window.isFullScreen()).toBe(false);
    expect(window.isMaximized()).toBe(true);
  });

  it('a window already full screen stays full screen after', () => {
    const { window, screen } = setup((each) => each.setFullScreen(true));
    screen.enter(window.id);
    screen.leave(window.id);
    expect(window.isFullScreen()).toBe(true);
    expect(window.history.filter((step) => step.startsWith('setFullScreen false'))).toEqual([]);
  });

  it('on macOS the window is put back once it has left full screen', () => {
    const { window, screen } = setup((each) => {
      each.setBounds(placed);
      each.asyncFullScreen = true;
    });
    screen.enter(window.id);
    window.finishFullScreen();
    expect(window.isFullScreen()).toBe(true);
    window.setBounds({ x: 0, y: 0, width: 1920, height: 1080 });
    screen.leave(window.id);
    // Still full screen: nothing is moved yet.
    expect(window.getNormalBounds()).not.toEqual(placed);
    window.finishFullScreen();
    expect(window.isFullScreen()).toBe(false);
    expect(window.getNormalBounds()).toEqual(placed);
  });

  it('entering again while leaving is under way keeps presenting, and the first placement is what comes back', () => {
    const { window, screen } = setup((each) => {
      each.setBounds(placed);
      each.asyncFullScreen = true;
    });
    screen.enter(window.id);
    window.finishFullScreen();
    screen.leave(window.id);
    screen.enter(window.id);
    window.finishFullScreen();
    expect(window.isFullScreen()).toBe(true);
    screen.leave(window.id);
    window.finishFullScreen();
    expect(window.isFullScreen()).toBe(false);
    expect(window.getNormalBounds()).toEqual(placed);
  });

  it('leaving for a window that closed meanwhile does nothing', () => {
    const { window, screen } = setup();
    screen.enter(window.id);
    window.destroy();
    expect(() => screen.leave(window.id)).not.toThrow();
  });
});

describe('presentation mode, the details', () => {
  it('does nothing for a window that is gone or closed', () => {
    const { window, screen } = setup();
    expect(() => screen.enter(99)).not.toThrow();
    expect(() => screen.leave(99)).not.toThrow();
    window.destroy();
    const before = [...window.history];
    screen.enter(window.id);
    screen.leave(window.id);
    expect(window.history).toEqual(before);
  });

  it('puts the window back when it left full screen on its own before presenting ended', () => {
    const { window, screen } = setup((each) => each.setBounds(placed));
    screen.enter(window.id);
    window.setFullScreen(false); // the facilitator pressed the platform's own full-screen key
    window.setBounds({ x: 300, y: 200, width: 900, height: 600 }); // and moved the window
    // Not full screen, so no leave-full-screen will come: the window is put back at once.
    screen.leave(window.id);
    expect(window.isFullScreen()).toBe(false);
    expect(window.getNormalBounds()).toEqual(placed);
  });

  it('on macOS, a leave that presenting again overtook does not end the presentation later', () => {
    // Models docs/api/browser-window.md: on macOS full-screen changes finish later (a later
    // request replaces one still under way, `asyncFullScreen`), and 'leave-full-screen' is
    // emitted whenever the window leaves full screen, also by the platform's own key.
    const { window, screen } = setup((each) => {
      each.setBounds(placed);
      each.asyncFullScreen = true;
    });
    const byPlatformKey = (flag: boolean) => {
      window.setFullScreen(flag);
      window.finishFullScreen();
    };
    screen.enter(window.id);
    window.finishFullScreen();
    window.setBounds({ x: 0, y: 0, width: 1920, height: 1080 });
    screen.leave(window.id);
    screen.enter(window.id);
    window.finishFullScreen();
    // Still presenting; the facilitator leaves full screen and goes back with the platform's key.
    const presenting = window.history.length;
    byPlatformKey(false);
    expect(window.history.slice(presenting)).toEqual(['setFullScreen false']);
    byPlatformKey(true);
    // Presenting ends: the window leaves full screen and is back where it was before.
    screen.leave(window.id);
    window.finishFullScreen();
    expect(window.isFullScreen()).toBe(false);
    expect(window.getNormalBounds()).toEqual(placed);
  });

  it('a window maximised while presenting, that was not before, is unmaximised after', () => {
    const { window, screen } = setup((each) => each.setBounds(placed));
    screen.enter(window.id);
    window.maximize();
    screen.leave(window.id);
    expect(window.isMaximized()).toBe(false);
    expect(window.getNormalBounds()).toEqual(placed);
  });

  it('on macOS, a window closed while leaving is not touched when the change finishes', () => {
    const { window, screen } = setup((each) => {
      each.asyncFullScreen = true;
      each.setBounds(placed);
    });
    screen.enter(window.id);
    window.finishFullScreen();
    screen.leave(window.id);
    window.destroy();
    const before = [...window.history];
    window.finishFullScreen();
    expect(window.history.filter((step) => step.startsWith('setBounds')).length).toBe(before.filter((step) => step.startsWith('setBounds')).length);
  });

  it('on macOS, presenting again before leaving finished keeps the window full screen', () => {
    const { window, screen } = setup((each) => {
      each.asyncFullScreen = true;
      each.setBounds(placed);
    });
    screen.enter(window.id);
    window.finishFullScreen();
    screen.leave(window.id);
    screen.enter(window.id);
    window.finishFullScreen();
    expect(window.history.filter((step) => step.startsWith('setBounds 40,30'))).toHaveLength(1);
  });

  it('forgets a closed window: nothing is put back', () => {
    const { window, screen } = setup((each) => each.setBounds(placed));
    screen.enter(window.id);
    screen.forget(window.id);
    const before = [...window.history];
    screen.leave(window.id);
    expect(window.history).toEqual(before);
  });
});
