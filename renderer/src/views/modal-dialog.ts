import { useEffect, useRef } from 'react';

/**
 * Drives a native `<dialog>` as a modal from React state: `showModal()` makes the rest of the
 * window inert, traps focus inside and puts it on the control marked `data-autofocus` (else the
 * first one);
 * Esc calls `onEscape` instead of closing behind React's back.
 */
export function useModalDialog(open: boolean, onEscape: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const escape = useRef(onEscape);
  // The latest onEscape, for the listener set up once below (updated after each render).
  useEffect(() => {
    escape.current = onEscape;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // React's autoFocus runs before the dialog is shown; the marked control takes focus now.
      dialog.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancel = (event: Event) => {
      event.preventDefault();
      escape.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => dialog.removeEventListener('cancel', onCancel);
  }, []);

  return ref;
}
