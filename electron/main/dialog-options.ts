import type { PageTrouble, TroubleChoice } from './services/page-health';
import { SESSION_VERSION } from '../../shared/session/schema';
import { untitled } from '../../shared/document-title';
import type { Language } from '../../shared/i18n/languages';
import { textsIn } from '../../shared/i18n/texts';
import type { FormatUpgradeChoice } from './ipc/ports';
import { EXPORT_KINDS, SESSION_FILE_TYPE, type ExportKind, type ReplaceQuestion } from './services/export-files';

// The words, buttons and file types of main's native dialogs, as plain data: electron-dialogs.ts
// hands them to Electron's dialog module, and unit tests read them without an Electron.

/** The words and buttons of the question a stopped page puts up, in button order. */
export function stoppedPageQuestion(
  question: { trouble: PageTrouble; unsavedWork: boolean },
  language: Language,
): {
  options: Electron.MessageBoxOptions;
  choices: readonly TroubleChoice[];
} {
  const t = textsIn(language);
  if (question.trouble === 'crashed') {
    const detail = question.unsavedWork ? t('desktop:stoppedPage.crashedWithWork') : t('desktop:stoppedPage.crashedNoWork');
    return {
      options: {
        type: 'warning',
        message: t('desktop:stoppedPage.crashed'),
        detail,
        buttons: [t('desktop:buttons.reload'), t('desktop:buttons.close')],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      },
      choices: ['reload', 'close'],
    };
  }
  return {
    options: {
      type: 'warning',
      message: t('desktop:stoppedPage.hung'),
      detail: question.unsavedWork ? t('desktop:stoppedPage.hungWithWork') : t('desktop:stoppedPage.hungNoWork'),
      buttons: [t('desktop:buttons.wait'), t('desktop:buttons.reload'), t('desktop:buttons.close')],
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
export function saveSessionDialogOptions(suggestedName: string, language: Language): Electron.SaveDialogOptions {
  const t = textsIn(language);
  return {
    title: t('desktop:dialogTitles.save'),
    defaultPath: `${safeName(suggestedName, untitled(language))}${SESSION_FILE_TYPE.extension}`,
    filters: [{ name: t('desktop:fileTypes.session'), extensions: SESSION_FILE_TYPE.accepts.map((extension) => extension.slice(1)) }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

/**
 * An export's save dialog: its extension in the name and the filter, so the system's overwrite
 * question is about the real file; the Markdown record names the chart picture saved beside it
 * (shown on macOS; elsewhere main asks before that picture replaces a file).
 */
export function exportDialogOptions(kind: ExportKind, suggestedName: string, language: Language): Electron.SaveDialogOptions {
  const t = textsIn(language);
  const { extension } = EXPORT_KINDS[kind];
  const name = safeName(suggestedName, 'Pickwise');
  return {
    title: t(`desktop:dialogTitles.export.${kind}`),
    defaultPath: `${name}${extension}`,
    filters: [{ name: t(`desktop:fileTypes.${kind}`), extensions: [extension.slice(1)] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
    ...(kind === 'markdown' ? { message: t('desktop:markdownChartNote', { fileName: `${name}-chart.png` }) } : {}),
  };
}

/** Asked before a file the save dialog did not name is replaced. */
export function replaceQuestionOptions(question: ReplaceQuestion, language: Language): Electron.MessageBoxOptions {
  const t = textsIn(language);
  return {
    type: 'warning',
    message: t('desktop:replace.message', { fileName: question.fileName }),
    detail: question.detail,
    buttons: [t('desktop:buttons.replace'), t('desktop:buttons.cancel')],
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
export function formatUpgradeQuestion(fileName: string, fromVersion: number, language: Language): Electron.MessageBoxOptions {
  const t = textsIn(language);
  return {
    type: 'question',
    message: t('desktop:formatUpgrade.message', { fileName }),
    detail: t('desktop:formatUpgrade.detail', { fromVersion: String(fromVersion), version: String(SESSION_VERSION) }),
    buttons: [t('desktop:buttons.save'), t('desktop:buttons.saveAs'), t('desktop:buttons.cancel')],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}
