/** The name a session is shown under before it has a file. */
export const UNTITLED = 'Untitled';

/** The window title: the file's name, a dot while there are unsaved changes, the app's name. */
export function formatWindowTitle(fileName: string | null, dirty: boolean): string {
  return `${dirty ? '● ' : ''}${fileName ?? UNTITLED} — Pickwise`;
}
