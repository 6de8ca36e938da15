/** The part of a BrowserWindow bringing it forward needs. */
export interface ForwardWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * Puts a window in front of the facilitator before it asks or shows something: restored when
 * minimised, shown when hidden, focused (docs/api/browser-window.md).
 */
export function bringForward(window: ForwardWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
