import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cascadeFrom,
  displayKey,
  EMPTY_WINDOW_STATE,
  fitInside,
  isReachable,
  parseWindowState,
  rememberWindow,
  restoreWindow,
  WindowStateStore,
  type DisplayArea,
} from '../../../electron/main/services/window-state';

const laptop: DisplayArea = { bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const projector: DisplayArea = { bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1040 } };

describe('window-state rules', () => {
  it('pulls a window that is off screen back inside the work area', () => {
    expect(fitInside({ x: -500, y: -300, width: 1280, height: 800 }, laptop.workArea)).toEqual({ x: 0, y: 25, width: 1280, height: 800 });
    expect(fitInside({ x: 5000, y: 4000, width: 1280, height: 800 }, laptop.workArea)).toEqual({ x: 160, y: 100, width: 1280, height: 800 });
  });

  it('shrinks a window larger than the screen to fit it', () => {
    expect(fitInside({ x: 0, y: 0, width: 3000, height: 2000 }, laptop.workArea)).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('never restores a window smaller than the minimum the screen allows', () => {
    expect(fitInside({ x: 10, y: 40, width: 100, height: 50 }, laptop.workArea)).toMatchObject({ width: 960, height: 600 });
    const small = { x: 0, y: 0, width: 800, height: 500 };
    expect(fitInside({ x: 0, y: 0, width: 100, height: 50 }, small)).toEqual({ x: 0, y: 0, width: 800, height: 500 });
  });

  it('always yields a window fully inside the work area (property)', () => {
    const rect = fc.record({
      x: fc.integer({ min: -20000, max: 20000 }),
      y: fc.integer({ min: -20000, max: 20000 }),
      width: fc.integer({ min: 1, max: 10000 }),
      height: fc.integer({ min: 1, max: 10000 }),
    });
    fc.assert(
      fc.property(rect, rect, (window, area) => {
        const fitted = fitInside(window, area);
        expect(fitted.x).toBeGreaterThanOrEqual(area.x);
        expect(fitted.y).toBeGreaterThanOrEqual(area.y);
        expect(fitted.x + fitted.width).toBeLessThanOrEqual(area.x + area.width);
        expect(fitted.y + fitted.height).toBeLessThanOrEqual(area.y + area.height);
      }),
    );
  });

  it('remembers per display and restores on the display used last, if still connected', () => {
    let state = rememberWindow(EMPTY_WINDOW_STATE, { bounds: { x: 100, y: 100, width: 1200, height: 760 }, maximized: false }, [laptop, projector]);
    state = rememberWindow(state, { bounds: { x: 1500, y: 50, width: 1600, height: 900 }, maximized: true }, [laptop, projector]);
    expect(Object.keys(state.displays)).toEqual([displayKey(laptop), displayKey(projector)]);
    expect(state.lastDisplay).toBe(displayKey(projector));

    // With the projector still there, the window comes back on it, maximised.
    expect(restoreWindow(state, [laptop, projector], laptop)).toEqual({ bounds: { x: 1500, y: 50, width: 1600, height: 900 }, maximized: true });
    // Unplugged: back on the laptop, where it was on the laptop.
    expect(restoreWindow(state, [laptop], laptop)).toEqual({ bounds: { x: 100, y: 100, width: 1200, height: 760 }, maximized: false });
  });

  it('centres a first window on the primary display', () => {
    expect(restoreWindow(EMPTY_WINDOW_STATE, [laptop], laptop)).toEqual({ bounds: { x: 80, y: 63, width: 1280, height: 800 }, maximized: false });
  });

  it('files a window under the display it is mostly on, even when partly off screen', () => {
    const state = rememberWindow(EMPTY_WINDOW_STATE, { bounds: { x: 1300, y: 10, width: 1200, height: 700 }, maximized: false }, [laptop, projector]);
    expect(state.lastDisplay).toBe(displayKey(projector));
    expect(isReachable({ x: 1300, y: 10, width: 1200, height: 700 }, [laptop, projector])).toBe(true);
    expect(isReachable({ x: 9000, y: 9000, width: 1200, height: 700 }, [laptop, projector])).toBe(false);
  });

  it('cascades further windows and keeps them on screen', () => {
    expect(cascadeFrom({ x: 100, y: 100, width: 1200, height: 700 }, [laptop])).toEqual({ x: 128, y: 128, width: 1200, height: 700 });
    const corner = cascadeFrom({ x: 240, y: 200, width: 1200, height: 700 }, [laptop]);
    expect(corner.x + corner.width).toBeLessThanOrEqual(1440);
    expect(corner.y + corner.height).toBeLessThanOrEqual(900);
  });

  it('reads damaged state as empty and drops malformed entries', () => {
    expect(parseWindowState('{ not json')).toEqual(EMPTY_WINDOW_STATE);
    const parsed = parseWindowState(
      JSON.stringify({
        lastDisplay: 'gone',
        displays: { ok: { bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: false }, bad: { bounds: { x: 'a' }, maximized: true } },
      }),
    );
    expect(parsed).toEqual({ version: 1, lastDisplay: null, displays: { ok: { bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: false } } });
  });
});

describe('which display a window belongs to', () => {
  // What Pickwise remembers is filed under the display the window was on: the lastDisplay key.
  const filedUnder = (bounds: { x: number; y: number; width: number; height: number }, displays = [laptop, projector]) =>
    rememberWindow(EMPTY_WINDOW_STATE, { bounds, maximized: false }, displays).lastDisplay;

  it('is the display with most of the window’s area, not the one with most of its width', () => {
    // 100 × 50 px on the laptop, 100 × 200 px on the projector.
    expect(filedUnder({ x: 1340, y: 850, width: 200, height: 200 })).toBe(displayKey(projector));
  });

  it('is the display the window overlaps, even when its centre is nearer another', () => {
    // Below the laptop's screen, partly over the projector's: its centre is nearer the laptop.
    expect(filedUnder({ x: 1000, y: 950, width: 600, height: 100 })).toBe(displayKey(projector));
  });

  it('goes to the first display listed when a window straddles two equally', () => {
    expect(filedUnder({ x: 1240, y: 0, width: 400, height: 800 })).toBe(displayKey(laptop));
  });

  it('is the display nearest the window’s centre when it overlaps none', () => {
    expect(filedUnder({ x: -2000, y: 100, width: 400, height: 300 })).toBe(displayKey(laptop));
    expect(filedUnder({ x: 4000, y: 100, width: 400, height: 300 })).toBe(displayKey(projector));
    // Far below both, where the projector's work area reaches 140 px lower than the laptop's:
    // near the projector's left edge, the projector; far to its left, the laptop.
    expect(filedUnder({ x: 1200, y: 4800, width: 400, height: 400 })).toBe(displayKey(projector));
    expect(filedUnder({ x: 0, y: 4800, width: 400, height: 400 })).toBe(displayKey(laptop));
    // Below the laptop, left of the projector: 400 px to the side of the projector's work
    // area, the projector's reaching 140 px lower wins once the window is far enough down.
    expect(filedUnder({ x: 840, y: 1300, width: 400, height: 200 })).toBe(displayKey(laptop));
    expect(filedUnder({ x: 840, y: 1500, width: 400, height: 200 })).toBe(displayKey(projector));
    expect(filedUnder({ x: 600, y: 4800, width: 1600, height: 400 })).toBe(displayKey(projector));
    // Far above, at the laptop's left: nearer the laptop.
    expect(filedUnder({ x: 0, y: -3000, width: 200, height: 200 })).toBe(displayKey(laptop));
  });

  it('records nothing, and cascades without fitting, while no display is known', () => {
    const state = rememberWindow(EMPTY_WINDOW_STATE, { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: false }, []);
    expect(state).toEqual(EMPTY_WINDOW_STATE);
    expect(cascadeFrom({ x: 100, y: 100, width: 1200, height: 700 }, [])).toEqual({ x: 128, y: 128, width: 1200, height: 700 });
  });
});

describe('a window that must stay reachable', () => {
  it('needs 64 px of width and 64 px of height on one work area', () => {
    expect(isReachable({ x: 1376, y: 100, width: 800, height: 600 }, [laptop])).toBe(true);
    expect(isReachable({ x: 1377, y: 100, width: 800, height: 600 }, [laptop])).toBe(false);
    expect(isReachable({ x: 100, y: 836, width: 800, height: 600 }, [laptop])).toBe(true);
    expect(isReachable({ x: 100, y: 837, width: 800, height: 600 }, [laptop])).toBe(false);
  });

  it('is reachable on one display, though not on the others', () => {
    expect(isReachable({ x: 100, y: 100, width: 800, height: 600 }, [laptop, projector])).toBe(true);
  });

  it('counts a window smaller than 64 px as reachable when all of it shows', () => {
    expect(isReachable({ x: 100, y: 100, width: 30, height: 30 }, [laptop])).toBe(true);
  });
});

describe('cascading a further window', () => {
  it('moves down and right while there is room, then starts again at the top left', () => {
    // Stuck at the right edge only: it still moves down.
    expect(cascadeFrom({ x: 160, y: 25, width: 1280, height: 800 }, [laptop])).toEqual({ x: 160, y: 53, width: 1280, height: 800 });
    // Stuck at the bottom only: it still moves right.
    expect(cascadeFrom({ x: 0, y: 100, width: 1280, height: 800 }, [laptop])).toEqual({ x: 28, y: 100, width: 1280, height: 800 });
    // In the bottom-right corner: back to the top left of the work area.
    expect(cascadeFrom({ x: 160, y: 100, width: 1280, height: 800 }, [laptop])).toEqual({ x: 0, y: 25, width: 1280, height: 800 });
  });
});

describe('a hostile or damaged window-state file', () => {
  const good = { bounds: { x: 1, y: 2, width: 300, height: 400 }, maximized: true };

  it('reads back exactly what was written', () => {
    const state = rememberWindow(EMPTY_WINDOW_STATE, { bounds: { x: 50, y: 60, width: 1100, height: 700 }, maximized: true }, [laptop]);
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });

  it('drops each malformed entry and keeps the good ones', () => {
    const parsed = parseWindowState(
      `{"lastDisplay": "good", "displays": {
        "good": ${JSON.stringify(good)},
        "none": null,
        "no-bounds": { "maximized": false },
        "null-bounds": { "bounds": null, "maximized": false },
        "text-bounds": { "bounds": "1,2,3,4", "maximized": false },
        "infinite": { "bounds": { "x": 1e999, "y": 2, "width": 3, "height": 4 }, "maximized": false },
        "one-number-missing": { "bounds": { "y": 2, "width": 3, "height": 4 }, "maximized": false },
        "zero-width": { "bounds": { "x": 1, "y": 2, "width": 0, "height": 4 }, "maximized": false },
        "zero-height": { "bounds": { "x": 1, "y": 2, "width": 3, "height": 0 }, "maximized": false },
        "maximized-text": { "bounds": { "x": 1, "y": 2, "width": 3, "height": 4 }, "maximized": "yes" }
      }}`,
    );
    expect(parsed).toEqual({ version: 1, lastDisplay: 'good', displays: { good } });
  });

  it('drops a last display that is not a name', () => {
    expect(parseWindowState(JSON.stringify({ lastDisplay: 1, displays: { '1': good } })).lastDisplay).toBeNull();
  });
});

describe('the window-state store', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'pickwise-window-state-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('keeps the state in the data folder across runs', async () => {
    const path = join(folder, 'user-data', 'window-state.json');
    const first = new WindowStateStore(fs, path);
    await first.load();
    await first.remember({ bounds: { x: 50, y: 60, width: 1100, height: 700 }, maximized: false }, [laptop]);
    const second = new WindowStateStore(fs, path);
    await second.load();
    expect(second.restore([laptop], laptop)).toEqual({ bounds: { x: 50, y: 60, width: 1100, height: 700 }, maximized: false });
    expect((await readFile(path, 'utf8')).endsWith('}\n')).toBe(true);
  });

  it('writes every change, into a data folder it creates, and keeps the latest', async () => {
    const path = join(folder, 'user-data', 'nested', 'window-state.json');
    const store = new WindowStateStore(fs, path);
    await store.load();
    await store.remember({ bounds: { x: 50, y: 60, width: 1100, height: 700 }, maximized: false }, [laptop]);
    await store.remember({ bounds: { x: 70, y: 80, width: 1000, height: 650 }, maximized: true }, [laptop]);
    expect(store.current().displays[displayKey(laptop)]).toEqual({ bounds: { x: 70, y: 80, width: 1000, height: 650 }, maximized: true });
    const again = new WindowStateStore(fs, path);
    expect(await again.load()).toEqual(store.current());
  });

  it('says on the console when it cannot write, and carries on', async () => {
    const blocker = join(folder, 'a-file');
    await writeFile(blocker, 'not a folder');
    const complaints = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const store = new WindowStateStore(fs, join(blocker, 'window-state.json'));
      await store.remember({ bounds: { x: 50, y: 60, width: 1100, height: 700 }, maximized: false }, [laptop]);
      expect(complaints).toHaveBeenCalledWith('Pickwise could not remember its window size:', expect.objectContaining({ code: 'EEXIST' }));
      expect(store.current().lastDisplay).toBe(displayKey(laptop));
    } finally {
      complaints.mockRestore();
    }
  });

  it('starts afresh from a damaged file', async () => {
    const path = join(folder, 'window-state.json');
    await writeFile(path, '\u0000garbage');
    const store = new WindowStateStore(fs, path);
    expect(await store.load()).toEqual(EMPTY_WINDOW_STATE);
  });
});
