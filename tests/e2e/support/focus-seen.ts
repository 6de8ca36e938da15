// Where focus is, as a spec checks it after every action: not on the page body, and on a
// control a person can see. Runs in the page (pass it to page.evaluate).

export interface FocusSeen {
  /** What has focus, as a person would name it. */
  what: string;
  onBody: boolean;
  /** A box with an area, not hidden, not inert. */
  shown: boolean;
}

export function focusSeen(): FocusSeen {
  const element = document.activeElement;
  if (element === null || element === document.body) return { what: 'the page body', onBody: true, shown: false };
  const box = element.getBoundingClientRect();
  const shown = box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true }) && element.closest('[inert]') === null;
  const name = element.getAttribute('aria-label') ?? (element.textContent ?? '').trim().slice(0, 60);
  return { what: `${element.tagName.toLowerCase()} “${name}”`, onBody: false, shown };
}
