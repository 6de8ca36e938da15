/**
 * How keyboard focus is handed on once the page shows what an action did: the mechanics only.
 * Where it goes after each action is the rule in focus-after.ts.
 */

/** The attribute a view puts on a control focus can be handed to (names: focusMark in focus-after.ts). */
export const FOCUS_MARK = 'data-focus';

/** The control a view marked with `mark`, if the page shows it. */
export function marked(mark: string, within: ParentNode = document): HTMLElement | null {
  // Marks are ids and words; the quotes and backslashes a selector cannot hold are escaped.
  return within.querySelector<HTMLElement>(`[${FOCUS_MARK}="${mark.replace(/["\\]/g, '\\$&')}"]`);
}

/**
 * Whether focus on the element could be seen and used: on the page, not disabled, not inert,
 * not hidden. (jsdom has no checkVisibility: in unit tests what is rendered counts as shown.)
 */
export function isShown(element: Element): boolean {
  if (!element.isConnected || element.closest('[inert]') !== null) return false;
  if ((element instanceof HTMLButtonElement || element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) && element.disabled) return false;
  return typeof element.checkVisibility !== 'function' || element.checkVisibility({ visibilityProperty: true });
}

const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** Tab visits one radio of a group: the checked one, or the first when none is. */
function isRadioStop(radio: HTMLInputElement, all: readonly HTMLElement[]): boolean {
  if (radio.name === '') return true;
  const group = all.filter((each): each is HTMLInputElement => each instanceof HTMLInputElement && each.type === 'radio' && each.name === radio.name);
  const checked = group.find((each) => each.checked);
  return radio === (checked ?? group[0]);
}

/** The controls Tab would visit in `container`, in order (without positive tab indexes: the app uses none). */
function tabStops(container: ParentNode): HTMLElement[] {
  const all = [...container.querySelectorAll<HTMLElement>(CONTROLS)].filter((each) => each.tabIndex >= 0 && isShown(each));
  return all.filter((each) => !(each instanceof HTMLInputElement && each.type === 'radio') || isRadioStop(each, all));
}

export function firstStopIn(container: ParentNode | null | undefined): HTMLElement | null {
  return container ? (tabStops(container)[0] ?? null) : null;
}

/** The first field Tab meets in `container`, past its buttons (a panel's Close, say). */
export function firstFieldIn(container: ParentNode | null | undefined): HTMLElement | null {
  return container ? (tabStops(container).find((each) => each.matches('input, select, textarea')) ?? null) : null;
}

type Find = () => HTMLElement | null | undefined;

interface Request {
  find: Find;
  /** Where focus already is when it counts as handed on (a view placed it there itself). */
  within?: Find;
  /** Typed text there is chosen, so typing replaces it (a new criterion's placeholder name). */
  selectText: boolean;
  fallback: Find;
  deadline: number;
}

// How long a hand-off waits for its target to appear: a chart measures itself a frame or two
// after it mounts. Past that the fallback takes focus, so it never stays on the page body.
const WAIT_MS = 1500;
const RETRY_MS = 20;

let pending: Request | null = null;

/**
 * A key pressed, or a press of the pointer, while focus is on a control: the person is already
 * acting from there, and a hand-off still waiting must not pull focus away afterwards (Chromium
 * may run a key before the hand-off's timer). With focus lost, on the page body, the hand-off
 * goes on: it puts the person back on a control.
 */
function personActs(): void {
  const active = document.activeElement;
  if (pending !== null && active !== null && active !== document.body) pending = null;
}

let listening = false;
function listenForThePerson(): void {
  if (listening) return;
  listening = true;
  // Capture: before the key's own handler, which may start a hand-off of its own.
  document.addEventListener('keydown', personActs, true);
  document.addEventListener('pointerdown', personActs, true);
}

function attempt(request: Request): void {
  if (pending !== request) return; // a later action decides where focus goes
  const area = request.within?.();
  if (area && document.activeElement && area.contains(document.activeElement)) {
    pending = null;
    return;
  }
  const target = request.find();
  if (target && isShown(target)) {
    pending = null;
    target.focus();
    if (request.selectText && target instanceof HTMLInputElement) target.select();
    return;
  }
  if (Date.now() < request.deadline) {
    setTimeout(() => attempt(request), RETRY_MS);
    return;
  }
  pending = null;
  const lost = document.activeElement === null || document.activeElement === document.body;
  if (lost) request.fallback()?.focus();
}

/**
 * Forgets a hand-off still waiting for its target: its next try does nothing. For a page that
 * goes away before the target shows (a unit test's document, taken down after the test).
 */
export function dropFocusHandOff(): void {
  pending = null;
}

/**
 * Hands focus to what `find` returns once the page shows it (it is looked for after the
 * action's render, and again while it is still coming). The latest hand-off wins, and a key or
 * a pointer press on a control before it takes place ends it; one whose target never shows
 * falls back, when focus was lost, to `fallback`.
 */
export function handFocus(find: Find, options: { within?: Find; selectText?: boolean; fallback: Find }): void {
  listenForThePerson();
  const request: Request = { find, within: options.within, selectText: options.selectText ?? false, fallback: options.fallback, deadline: Date.now() + WAIT_MS };
  pending = request;
  // After the current task: React has drawn the action's result by then.
  setTimeout(() => attempt(request), 0);
}
