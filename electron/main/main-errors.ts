import type { ErrorLog } from './services/error-log';

// Failures main meets on its own (not the page's): they go to the error log, never lost.

/** Writes a main-side failure to the error log; a log that cannot be written goes to stderr. */
export async function logMainError(errorLog: ErrorLog, context: string, error: unknown): Promise<void> {
  const message = `${context}: ${error instanceof Error ? error.message : String(error)}`;
  try {
    await errorLog.record({ source: 'main', message, stack: error instanceof Error ? error.stack : undefined });
  } catch (logError) {
    console.error(message, logError);
  }
}

/** Notes something main noticed (not a failure) in the error log; a log that cannot be written goes to stderr. */
export function noteInLog(errorLog: ErrorLog, message: string): void {
  void errorLog.record({ source: 'main', message }).catch((error: unknown) => console.error(message, error));
}

/** What the session reader does with a fault of its own: it goes to the error log, with the file's name. */
export function recordReaderFault(errorLog: ErrorLog): (fileName: string, fault: string) => void {
  return (fileName, fault) => void logMainError(errorLog, `Opening “${fileName}” met a fault in Pickwise’s own reader`, fault);
}
