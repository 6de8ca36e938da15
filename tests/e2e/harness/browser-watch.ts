import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserType } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

const EXIT_WRAPPER = join(__dirname, 'chromium-exit.sh');

/** How a browser the harness did not close went away. */
export interface BrowserDeath {
  at: Date;
  /** The test that was running, or the one it came after. */
  during: string;
  /** Chromium's exit status, in words; null when it could not be read. */
  exit: string | null;
  /** The last lines Chromium logged (its routine D-Bus complaints left out). */
  lastLog: string[];
}

const SIGNALS: Record<number, string> = { 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS', 9: 'SIGKILL', 11: 'SIGSEGV', 15: 'SIGTERM' };

function describeExit(status: number): string {
  if (status > 128) {
    const signal = status - 128;
    const name = SIGNALS[signal] ?? `signal ${signal}`;
    const hint =
      signal === 9 ? ' (killed from outside: the kernel’s out-of-memory killer or another process)'
      : signal === 5 || signal === 4 || signal === 6 ? ' (Chromium stopped itself on a failed check; see its log)'
      : signal === 11 || signal === 7 ? ' (Chromium crashed)'
      : '';
    return `ended by ${name}${hint}`;
  }
  return status === 0 ? 'exited normally (status 0) without being asked to' : `exited with status ${status}`;
}

/**
 * The worker's Chromium, watched: started through a tiny wrapper that records its exit status,
 * with Chromium's own log written to a file. When it disconnects without the harness closing
 * it, `death` says when, during which test, how it ended and what it logged last, so a test
 * that meets a dead browser fails with the cause rather than "Target … has been closed".
 */
export class WatchedBrowser {
  private death: BrowserDeath | null = null;
  private closing = false;
  private currentTest: string | null = null;
  private lastTest: string | null = null;

  private constructor(
    readonly browser: Browser,
    private readonly folder: string,
  ) {
    browser.on('disconnected', () => {
      if (this.closing) return;
      this.death = {
        at: new Date(),
        during: this.currentTest ? `during “${this.currentTest}”` : this.lastTest ? `between tests, after “${this.lastTest}”` : 'before any test',
        exit: null,
        lastLog: [],
      };
    });
  }

  static async launch(chromium: BrowserType): Promise<WatchedBrowser> {
    const folder = mkdtempSync(join(tmpdir(), 'pickwise-chromium-'));
    const logged = [...(chromiumLaunchOptions.args ?? []), '--enable-logging', `--log-file=${join(folder, 'chromium.log')}`];
    // The exit-status wrapper is a POSIX shell script; on Windows the browser starts directly,
    // and a death is still named with its test and its log, without the status.
    const browser =
      process.platform === 'win32'
        ? await chromium.launch({ ...chromiumLaunchOptions, args: logged })
        : await chromium.launch({
            ...chromiumLaunchOptions,
            executablePath: EXIT_WRAPPER,
            args: logged,
            env: {
              ...process.env,
              PICKWISE_CHROMIUM_BINARY: chromiumLaunchOptions.executablePath!,
              PICKWISE_CHROMIUM_EXIT: join(folder, 'exit-status'),
            },
          });
    return new WatchedBrowser(browser, folder);
  }

  testStarted(title: string): void {
    this.currentTest = title;
  }

  testEnded(): void {
    this.lastTest = this.currentTest;
    this.currentTest = null;
  }

  /** Why the browser is gone, in one message; null while it runs. */
  async deathMessage(): Promise<string | null> {
    if (!this.death) return null;
    // The wrapper writes the status as soon as Chromium has ended; give it a moment.
    for (let attempt = 0; attempt < 20 && this.death.exit === null; attempt += 1) {
      const status = this.read('exit-status').trim();
      if (status !== '') this.death.exit = describeExit(Number(status));
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    this.death.lastLog = this.read('chromium.log')
      .split('\n')
      .filter((line) => line.trim() !== '' && !/dbus/i.test(line))
      .slice(-12);
    const { at, during, exit, lastLog } = this.death;
    return [
      `The worker’s Chromium went away on its own at ${at.toISOString()}, ${during}: ${exit ?? 'its exit status could not be read'}.`,
      lastLog.length > 0 ? `Its last log lines:\n  ${lastLog.join('\n  ')}` : 'It logged nothing before it went.',
    ].join('\n');
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.browser.close();
    rmSync(this.folder, { recursive: true, force: true });
  }

  private read(name: string): string {
    try {
      return readFileSync(join(this.folder, name), 'utf8');
    } catch {
      return '';
    }
  }
}
