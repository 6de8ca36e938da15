/**
 * Quitting with unsaved work in several windows: each window asks in turn, and once the
 * facilitator has answered one, quitting goes on to the next. Cancel in any window stops the
 * quit, so a window closed by hand later does not take the whole app with it.
 */
export class QuitFlow {
  private quitting = false;

  constructor(private readonly quit: () => void) {}

  /** The app was asked to quit (menu, shortcut, the system). */
  started(): void {
    this.quitting = true;
  }

  /** A window closed after its prompt was answered: carry on quitting, if a quit is under way. */
  windowClosed(): void {
    if (this.quitting) this.quit();
  }

  /** The facilitator chose Cancel in a window's unsaved-work prompt. */
  cancelled(): void {
    this.quitting = false;
  }

  get underWay(): boolean {
    return this.quitting;
  }
}
