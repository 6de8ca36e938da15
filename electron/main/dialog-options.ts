import type { PageTrouble, TroubleChoice } from './services/page-health';

// The words, buttons and file types of main's native dialogs, as plain data: electron-dialogs.ts
// hands them to Electron's dialog module, and unit tests read them without an Electron.

/** The words and buttons of the question a stopped page puts up, in button order. */
export function stoppedPageQuestion(question: { trouble: PageTrouble; unsavedWork: boolean }): {
  options: Electron.MessageBoxOptions;
  choices: readonly TroubleChoice[];
} {
  const work = question.unsavedWork
    ? 'Its unsaved work, up to a few seconds before it stopped, is kept as a draft: Pickwise offers to restore it the next time it starts.'
    : 'It had no unsaved work.';
  const reload = 'Reload opens a fresh window in its place.';
  if (question.trouble === 'crashed') {
    return {
      options: { type: 'warning', message: 'This Pickwise window stopped working.', detail: `${work} ${reload}`, buttons: ['Reload', 'Close'], defaultId: 0, cancelId: 1, noLink: true },
      choices: ['reload', 'close'],
    };
  }
  return {
    options: {
      type: 'warning',
      message: 'This Pickwise window is not responding.',
      detail: `You can wait for it, or close it. ${work} ${reload}`,
      buttons: ['Wait', 'Reload', 'Close'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    },
    choices: ['wait', 'reload', 'close'],
  };
}
