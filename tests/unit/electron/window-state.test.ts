import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

  it('starts afresh from a damaged file', async () => {
    const path = join(folder, 'window-state.json');
    await writeFile(path, '\u0000garbage');
    const store = new WindowStateStore(fs, path);
    expect(await store.load()).toEqual(EMPTY_WINDOW_STATE);
  });
});
