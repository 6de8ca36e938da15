import { join } from 'node:path';

/** The file-system calls the error log needs. */
interface ErrorLogFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  appendFile(path: string, data: string): Promise<void>;
  stat(path: string): Promise<{ size: number }>;
  rename(from: string, to: string): Promise<void>;
}

/** Where an error happened: main's own code or the window's page. */
type ErrorSource = 'main' | 'renderer';

export interface ErrorEntry {
  source: ErrorSource;
  message: string;
  stack?: string | undefined;
}

/** Errors written to `<userData>/logs/pickwise.log`, so nothing goes wrong unseen. */
export interface ErrorLog {
  readonly path: string;
  record(entry: ErrorEntry): Promise<void>;
}

export const LOG_FILE_NAME = 'pickwise.log';
export const OLD_LOG_FILE_NAME = 'pickwise.old.log';
/** The log is rotated at this size, keeping one older file beside it. */
const MAX_LOG_BYTES = 1024 * 1024;
// One entry never takes a large share of the log, whatever a page reports.
const MAX_ENTRY_CHARS = 16 * 1024;

export interface ErrorLogOptions {
  fs: ErrorLogFs;
  /** `<userData>/logs` */
  folder: string;
  maxBytes?: number;
  now?: () => Date;
}

/** A plain-text log line: time, where, message, then the stack indented below it. */
export function formatLogEntry(entry: ErrorEntry, at: Date): string {
  const oneLine = entry.message.replace(/\s+/g, ' ').trim() || '(no message)';
  const stack = (entry.stack ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== oneLine)
    .map((line) => `    ${line}`)
    .join('\n');
  const text = `${at.toISOString()} [${entry.source}] ${oneLine}\n${stack ? `${stack}\n` : ''}`;
  return text.length > MAX_ENTRY_CHARS ? `${text.slice(0, MAX_ENTRY_CHARS)}… (cut)\n` : text;
}

export function createErrorLog({ fs, folder, maxBytes = MAX_LOG_BYTES, now = () => new Date() }: ErrorLogOptions): ErrorLog {
  const path = join(folder, LOG_FILE_NAME);
  // Entries are appended one after another, so two errors at once never interleave.
  let queue: Promise<unknown> = Promise.resolve();

  async function append(text: string): Promise<void> {
    await fs.mkdir(folder, { recursive: true });
    const size = await fs.stat(path).then(
      (stats) => stats.size,
      // Stryker disable next-line ArrowFunction: no size is no log yet, which `size > 0` reads as 0 does.
      () => 0,
    );
    if (size > 0 && size + Buffer.byteLength(text) > maxBytes) await fs.rename(path, join(folder, OLD_LOG_FILE_NAME));
    await fs.appendFile(path, text);
  }

  return {
    path,
    record(entry) {
      const attempt = queue.then(() => append(formatLogEntry(entry, now())));
      queue = attempt.catch(() => undefined);
      return attempt;
    },
  };
}
