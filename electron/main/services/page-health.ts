/** What went wrong with a window's page. */
export type PageTrouble = 'crashed' | 'hung';

/** The facilitator's answer: wait for a hung page, reopen the window fresh, or close it. */
export type TroubleChoice = 'wait' | 'reload' | 'close';

/** How Electron describes a page that went away (docs/api/structures/render-process-gone-details.md). */
export interface PageGoneDetails {
  reason: string;
  exitCode: number;
}

/** The part of a BrowserWindow and its webContents that watching its page needs. */
export interface WatchedWindow {
  readonly id: number;
  isDestroyed(): boolean;
  destroy(): void;
  on(event: 'closed', listener: () => void): unknown;
  readonly webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: PageGoneDetails) => void): unknown;
    on(event: 'unresponsive', listener: () => void): unknown;
    on(event: 'responsive', listener: () => void): unknown;
  };
}

export interface PageHealthOptions {
  hasUnsavedWork(windowId: number): boolean;
  /**
   * Asks on the window what to do (a native message box). `signal` aborts the question when the
   * page recovers by itself; the answer is then ignored.
   */
  ask(windowId: number, question: { trouble: PageTrouble; unsavedWork: boolean }, signal: AbortSignal): Promise<TroubleChoice>;
  /** Opens a fresh window where the stopped one is (Reload). */
  reopen(windowId: number): void;
  /** The page can no longer answer a prompt (the quit flow stops waiting for it). */
  stopped(windowId: number): void;
  /** Writes to the error log. */
  log(message: string): void;
}

/**
 * A crashed or hung page never traps the facilitator. When a window's page crashes
 * (`render-process-gone`) or stops responding (`unresponsive`), the window says so and offers
 * Reload (a fresh window in its place) or Close, and Wait for a hung page; `responsive` takes
 * the question away again. Until the page is back, the window closes and the app quits without
 * the unsaved-work prompt nobody could answer, and the window's draft is left in place (never
 * deleted, never overwritten), so the work is offered at the next start.
 */
export class PageHealth {
  private readonly troubled = new Map<number, { trouble: PageTrouble; question: AbortController | null }>();

  constructor(private readonly options: PageHealthOptions) {}

  /** False while the window's page is gone or hangs. */
  canAnswer(windowId: number): boolean {
    return !this.troubled.has(windowId);
  }

  watch(window: WatchedWindow): void {
    window.webContents.on('render-process-gone', (_event, details) => this.gone(window, details));
    window.webContents.on('unresponsive', () => this.hung(window));
    window.webContents.on('responsive', () => this.recovered(window));
    window.on('closed', () => {
      // Stryker disable next-line OptionalChaining: an entry's question is set in the same turn as the entry.
      this.troubled.get(window.id)?.question?.abort();
      this.troubled.delete(window.id);
    });
  }

  private gone(window: WatchedWindow, details: PageGoneDetails): void {
    if (window.isDestroyed()) return;
    // A hang that ends in a crash: the hang's question gives way to the crash's.
    // Stryker disable next-line OptionalChaining: as in watch.
    this.troubled.get(window.id)?.question?.abort();
    // Stryker disable next-line ObjectLiteral,StringLiteral: only "hung" is ever asked of the trouble; the question is set by offer.
    this.troubled.set(window.id, { trouble: 'crashed', question: null });
    this.options.log(`A window's page stopped (${details.reason}, exit code ${details.exitCode}); its unsaved work stays in its draft.`);
    this.options.stopped(window.id);
    void this.offer(window, 'crashed');
  }

  private hung(window: WatchedWindow): void {
    if (window.isDestroyed() || this.troubled.has(window.id)) return;
    this.troubled.set(window.id, { trouble: 'hung', question: null });
    this.options.log('A window’s page stopped responding; its unsaved work stays in its draft.');
    this.options.stopped(window.id);
    void this.offer(window, 'hung');
  }

  private recovered(window: WatchedWindow): void {
    const entry = this.troubled.get(window.id);
    if (entry?.trouble !== 'hung') return;
    this.troubled.delete(window.id);
    // Stryker disable next-line OptionalChaining: as in watch.
    entry.question?.abort();
  }

  private async offer(window: WatchedWindow, trouble: PageTrouble): Promise<void> {
    const entry = this.troubled.get(window.id);
    // Stryker disable next-line ConditionalExpression: offer is called right after the entry is set.
    if (!entry) return;
    const question = new AbortController();
    entry.question = question;
    let choice: TroubleChoice;
    try {
      choice = await this.options.ask(window.id, { trouble, unsavedWork: this.options.hasUnsavedWork(window.id) }, question.signal);
    } catch (error) {
      this.options.log(`Pickwise could not ask about a stopped window: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    // The page came back (or the window went) while the question was up: nothing to do.
    if (question.signal.aborted || window.isDestroyed()) return;
    if (choice === 'wait') return;
    if (choice === 'reload') this.options.reopen(window.id);
    window.destroy();
  }
}
