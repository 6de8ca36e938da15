import { create } from 'zustand';

/**
 * The brainstorm's countdown. It is view state: it keeps running while the room moves
 * between phases, and it is never saved or undone.
 */
export interface TimerState {
  /** Time left when the timer was last paused or set. */
  remainingMs: number;
  /** performance.now() when it was started; null while paused. */
  startedAt: number | null;
  start(now: number): void;
  pause(now: number): void;
  addMinute(now: number): void;
  reset(minutes: number): void;
}

export function remainingAt(state: Pick<TimerState, 'remainingMs' | 'startedAt'>, now: number): number {
  return state.startedAt === null ? state.remainingMs : Math.max(0, state.remainingMs - (now - state.startedAt));
}

export const useTimerStore = create<TimerState>()((set, get) => ({
  remainingMs: 15 * 60_000,
  startedAt: null,
  start: (now) => {
    if (get().startedAt === null && get().remainingMs > 0) set({ startedAt: now });
  },
  pause: (now) => set({ remainingMs: remainingAt(get(), now), startedAt: null }),
  addMinute: (now) => {
    const state = get();
    set({ remainingMs: remainingAt(state, now) + 60_000, startedAt: state.startedAt === null ? null : now });
  },
  reset: (minutes) => set({ remainingMs: minutes * 60_000, startedAt: null }),
}));
