import { create } from 'zustand';
import { errorReportLimits } from '../../shared/ipc-contract';
import { translate } from './i18n';
import { pickwise } from './pickwise-client';

/** An unexpected error the facilitator is told about, from the page or from main. */
export interface ShownError {
  id: number;
  message: string;
}

/** The errors waiting in the error dialog, oldest first. */
export const useErrorStore = create<{ errors: ShownError[] }>(() => ({ errors: [] }));

let nextId = 1;

/** Puts an error in front of the facilitator (the error dialog shows the queue). */
export function showError(message: string): void {
  useErrorStore.setState((state) => ({ errors: [...state.errors, { id: nextId++, message }] }));
}

export function dismissErrors(): void {
  useErrorStore.setState({ errors: [] });
}

function describe(reason: unknown): { message: string; stack: string | null } {
  const limits = errorReportLimits();
  const error = reason instanceof Error ? reason : null;
  const raw = error ? error.message || error.name : typeof reason === 'string' ? reason : safeString(reason);
  const message = (raw.trim() || translate('errors.unexpected')).slice(0, limits.message);
  const stack = error?.stack ? error.stack.slice(0, limits.stack) : null;
  return { message, stack };
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return translate('errors.unexpected');
  }
}

/** Sends an error to main's log; if even that fails, the console is the last place to say it. */
export function reportError(reason: unknown): void {
  const report = describe(reason);
  showError(report.message);
  pickwise()
    .reportRendererError(report)
    .catch((reportFailure: unknown) => console.error('Pickwise could not log an error:', reportFailure, reason));
}

/**
 * Nothing goes wrong unseen: uncaught errors and unhandled rejections in the page, and the
 * errors main reports, are shown in a calm dialog that offers to save the work first.
 */
export function installErrorReporting(): void {
  window.addEventListener('error', (event) => reportError(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => reportError(event.reason));
  pickwise().onErrorOccurred(({ message }) => showError(message));
}
