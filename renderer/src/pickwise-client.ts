import type { PickwiseApi } from '../../shared/ipc-contract';

declare global {
  interface Window {
    /** Put there by the preload; the renderer's only way to main. */
    pickwise: PickwiseApi;
  }
}

/** The typed client for main: exactly the IPC contract, nothing more. */
export function pickwise(): PickwiseApi {
  if (!window.pickwise) throw new Error('Pickwise is running without its preload: the app cannot reach its files.');
  return window.pickwise;
}
