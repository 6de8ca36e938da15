import type { PageTrouble, TroubleChoice } from './services/page-health';
import { SESSION_VERSION } from '../../shared/session/schema';
import type { FormatUpgradeChoice } from './ipc/ports';
import { EXPORT_KINDS, SESSION_FILE_TYPE, type ExportKind, type ReplaceQuestion } from './services/export-files';

// The words, buttons and file types of main's native dialogs, as plain data: electron-dialogs.ts
// hands them to Electron's dialog module, and unit tests read them without an Electron.

/** The words and buttons of the question a stopped page puts up, in button order. */
export function stoppedPageQuestion(question: { trouble: PageTrouble; unsavedWork: boolean }): {
  options: Electron.MessageBoxOptions;
  choices: readonly TroubleChoice[];
} {
  const work = question.unsavedWork
    ? 'Its unsaved work, up to a few seconds before it stopped, is kept as a draft.'
    : 'It had no unsaved work.';
  const reload = question.unsavedWork
    ? 'Reload opens a fresh window in its place, which offers to restore the draft; after Close, the next window Pickwise opens offers it.'
    : 'Reload opens a fresh window in its place.';
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

/** A name for a save dialog's box: no folder separators or characters file systems refuse. */
function safeName(name: string, fallback: string): string {
  const cleaned = Array.from(name, (char) => (char.charCodeAt(0) < 32 ? ' ' : char))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .trim();
  return cleaned === '' ? fallback : cleaned;
}

/** Save As: the name already ends in .pickwise, so the system's overwrite question is about the real file. */
export function saveSessionDialogOptions(suggestedName: string): Electron.SaveDialogOptions {
  return {
    title: 'Save session',
    defaultPath: `${safeName(suggestedName, 'Untitled')}${SESSION_FILE_TYPE.extension}`,
    filters: [{ name: 'Pickwise session', extensions: SESSION_FILE_TYPE.accepts.map((extension) => extension.slice(1)) }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

/**
 * An export's save dialog: its extension in the name and the filter, so the system's overwrite
 * question is about the real file; the Markdown record names the chart picture saved beside it
 * (shown on macOS; elsewhere main asks before that picture replaces a file).
 */
export function exportDialogOptions(kind: ExportKind, suggestedName: string): Electron.SaveDialogOptions {
  const { extension, label } = EXPORT_KINDS[kind];
  const name = safeName(suggestedName, 'Pickwise');
  return {
    title: `Export ${label}`,
    defaultPath: `${name}${extension}`,
    filters: [{ name: label, extensions: [extension.slice(1)] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
    ...(kind === 'markdown' ? { message: `The chart is saved beside the record as a picture named after it, e.g. “${name}-chart.png”.` } : {}),
  };
}

/** Asked before a file the save dialog did not name is replaced. */
export function replaceQuestionOptions(question: ReplaceQuestion): Electron.MessageBoxOptions {
  return {
    type: 'warning',
    message: `“${question.fileName}” already exists. Do you want to replace it?`,
    detail: question.detail,
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** The answers of formatUpgradeQuestion, by button. */
export const formatUpgradeChoices: readonly FormatUpgradeChoice[] = ['save', 'save-as', 'cancel'];

/**
 * Asked the first time Save would write over a file an earlier Pickwise made: saved, it needs
 * this Pickwise or a newer one, so the facilitator may keep the original with Save As instead.
 */
export function formatUpgradeQuestion(fileName: string, fromVersion: number): Electron.MessageBoxOptions {
  return {
    type: 'question',
    message: `Save “${fileName}” in the new session format?`,
    detail:
      `It was made by an earlier Pickwise (session format ${fromVersion}). Saved, it uses format ${SESSION_VERSION}, ` +
      'with readiness checklists and scores kept as tables, and Pickwise versions that read only the earlier format will not open it. ' +
      'To keep the original for them, choose Save As… and save your work under another name.',
    buttons: ['Save', 'Save As…', 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}
