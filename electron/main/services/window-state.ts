import { dirname } from 'node:path';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';

/** A rectangle on the desktop, in Electron's screen coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What Pickwise remembers of a window on one display. */
export interface SavedWindow {
  bounds: Rect;
  maximized: boolean;
}

/** A connected display as the rules see it: where it is and the part windows may use. */
export interface DisplayArea {
  bounds: Rect;
  workArea: Rect;
}

/** The remembered windows, one per display arrangement, and the display used last. */
export interface WindowStateFile {
  version: 1;
  lastDisplay: string | null;
  displays: Record<string, SavedWindow>;
}

const DEFAULT_SIZE = { width: 1280, height: 800 };
const MIN_SIZE = { width: 960, height: 600 };
/** How much of a window must stay on screen so it can be grabbed and moved back. */
const MIN_VISIBLE = 64;

/**
 * A display's key: its position and size. Ids change between sessions on some systems, the
 * geometry does not, and a window remembered on the projector comes back on the projector.
 */
export function displayKey(display: DisplayArea): string {
  const { x, y, width, height } = display.bounds;
  return `${x},${y},${width}x${height}`;
}

const area = (rect: Rect) => Math.max(0, rect.width) * Math.max(0, rect.height);

function intersection(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
}

/** The display a window is mostly on (its centre's display when it overlaps none). */
function displayOf(bounds: Rect, displays: readonly DisplayArea[]): DisplayArea | null {
  let best: DisplayArea | null = null;
  let bestArea = 0;
  for (const display of displays) {
    const overlap = area(intersection(bounds, display.bounds));
    if (overlap > bestArea) {
      best = display;
      bestArea = overlap;
    }
  }
  if (best) return best;
  const cx = bounds.x + bounds.width / 2;
  const cy = bounds.y + bounds.height / 2;
  let nearest: DisplayArea | null = null;
  let nearestDistance = Infinity;
  for (const display of displays) {
    const { x, y, width, height } = display.workArea;
    const dx = Math.max(x - cx, 0, cx - (x + width));
    const dy = Math.max(y - cy, 0, cy - (y + height));
    const distance = dx * dx + dy * dy;
    // Stryker disable next-line EqualityOperator: on a tie either display is as near.
    if (distance < nearestDistance) {
      nearest = display;
      nearestDistance = distance;
    }
  }
  return nearest;
}

/**
 * Fits a window into a work area: larger than the area, it shrinks to fit (never below what
 * the area allows); off screen, it is pulled back so that it lies fully inside.
 */
export function fitInside(bounds: Rect, workArea: Rect): Rect {
  const width = Math.round(Math.min(Math.max(bounds.width, Math.min(MIN_SIZE.width, workArea.width)), workArea.width));
  const height = Math.round(Math.min(Math.max(bounds.height, Math.min(MIN_SIZE.height, workArea.height)), workArea.height));
  const x = Math.round(Math.min(Math.max(bounds.x, workArea.x), workArea.x + workArea.width - width));
  const y = Math.round(Math.min(Math.max(bounds.y, workArea.y), workArea.y + workArea.height - height));
  return { x, y, width, height };
}

/** The default window: its usual size (or less, on a small screen), centred in the work area. */
function centredIn(workArea: Rect, size = DEFAULT_SIZE): Rect {
  const width = Math.min(size.width, workArea.width);
  const height = Math.min(size.height, workArea.height);
  return {
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    width,
    height,
  };
}

/** True when enough of the window is on some display to be seen and grabbed. */
export function isReachable(bounds: Rect, displays: readonly DisplayArea[]): boolean {
  return displays.some((display) => {
    const visible = intersection(bounds, display.workArea);
    return visible.width >= Math.min(MIN_VISIBLE, bounds.width) && visible.height >= Math.min(MIN_VISIBLE, bounds.height);
  });
}

/**
 * Where a window opens: on the display used last if it is still connected (else the
 * primary), with what was remembered for that display, fitted inside its work area.
 */
export function restoreWindow(state: WindowStateFile, displays: readonly DisplayArea[], primary: DisplayArea): SavedWindow {
  // Stryker disable next-line ConditionalExpression: no display's key is null, so the lookup finds none either.
  const last = state.lastDisplay === null ? undefined : displays.find((display) => displayKey(display) === state.lastDisplay);
  const display = last ?? primary;
  const saved = state.displays[displayKey(display)];
  if (!saved) return { bounds: centredIn(display.workArea), maximized: false };
  return { bounds: fitInside(saved.bounds, display.workArea), maximized: saved.maximized };
}

/** Records a window's place under the display it is on. */
export function rememberWindow(state: WindowStateFile, window: SavedWindow, displays: readonly DisplayArea[]): WindowStateFile {
  const display = displayOf(window.bounds, displays);
  if (!display) return state;
  const key = displayKey(display);
  return { version: 1, lastDisplay: key, displays: { ...state.displays, [key]: { bounds: { ...window.bounds }, maximized: window.maximized } } };
}

/** A further window opens a step down and to the right of the one in front, still on screen. */
export function cascadeFrom(front: Rect, displays: readonly DisplayArea[], step = 28): Rect {
  const display = displayOf(front, displays);
  const moved = { ...front, x: front.x + step, y: front.y + step };
  if (!display) return moved;
  const fitted = fitInside(moved, display.workArea);
  // At the bottom-right corner, start again from the top-left of the work area.
  return fitted.x === front.x && fitted.y === front.y ? fitInside({ ...moved, x: display.workArea.x, y: display.workArea.y }, display.workArea) : fitted;
}

export const EMPTY_WINDOW_STATE: WindowStateFile = { version: 1, lastDisplay: null, displays: {} };

function isRect(value: unknown): value is Rect {
  const rect = value as Rect | null;
  return (
    typeof rect === 'object' &&
    rect !== null &&
    // Number.isFinite is false for anything that is not a number.
    [rect.x, rect.y, rect.width, rect.height].every((n) => Number.isFinite(n)) &&
    rect.width > 0 &&
    rect.height > 0
  );
}

/** Reads the stored state, dropping entries that are not well-formed. */
export function parseWindowState(text: string): WindowStateFile {
  try {
    const data = JSON.parse(text) as Partial<WindowStateFile> | null;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: what passes wrongly throws (caught below) or has no well-formed entries: empty either way.
    if (!data || typeof data !== 'object' || typeof data.displays !== 'object' || data.displays === null) return EMPTY_WINDOW_STATE;
    const displays: Record<string, SavedWindow> = {};
    for (const [key, saved] of Object.entries(data.displays)) {
      if (saved && isRect(saved.bounds) && typeof saved.maximized === 'boolean') displays[key] = { bounds: saved.bounds, maximized: saved.maximized };
    }
    const lastDisplay = typeof data.lastDisplay === 'string' && data.lastDisplay in displays ? data.lastDisplay : null;
    return { version: 1, lastDisplay, displays };
  } catch {
    return EMPTY_WINDOW_STATE;
  }
}

/** The file-system calls the store needs. */
export interface WindowStateFs extends AtomicWriteFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

/** Window places kept as JSON in the app's data folder, written atomically. */
export class WindowStateStore {
  private state: WindowStateFile = EMPTY_WINDOW_STATE;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly fs: WindowStateFs,
    private readonly storePath: string,
  ) {}

  async load(): Promise<WindowStateFile> {
    // Stryker disable next-line StringLiteral,ArrowFunction: without the encoding JSON.parse reads the bytes as UTF-8; any text that is not JSON reads as empty.
    this.state = parseWindowState(await this.fs.readFile(this.storePath, 'utf8').catch(() => ''));
    return this.state;
  }

  current(): WindowStateFile {
    return this.state;
  }

  restore(displays: readonly DisplayArea[], primary: DisplayArea): SavedWindow {
    return restoreWindow(this.state, displays, primary);
  }

  /** Remembers a window's place and writes it out; saves run one after another. */
  remember(window: SavedWindow, displays: readonly DisplayArea[]): Promise<void> {
    this.state = rememberWindow(this.state, window, displays);
    const text = `${JSON.stringify(this.state, null, 2)}\n`;
    this.saving = this.saving
      .then(async () => {
        await this.fs.mkdir(dirname(this.storePath), { recursive: true });
        await writeFileAtomic(this.fs, this.storePath, text);
      })
      .catch((error: unknown) => console.error('Pickwise could not remember its window size:', error));
    return this.saving;
  }
}
