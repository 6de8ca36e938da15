import type { OpenedSession } from '../../shared/ipc-contract';
import { PRESENTATION_COMMANDS, type MenuCommand } from '../../shared/menu-table';
import { announce, openShortcuts } from './desktop-ui';
import { translate } from './i18n';
import { isTextField } from './text-fields';
import { pickwise } from './pickwise-client';
import { newDocument, openDocument, openSampleDocument, saveDocument, saveDocumentAs, showOpenedDocument, startFollowUpDocument } from './store/document-commands';
import { redo, undo } from './store/session-store';
import { useMapViewStore } from './store/map-view-store';
import { exportBacklogCsv, exportDecisionRecord } from './export/export-commands';
import { importCandidatesFromFile, mergeSessionFromFile } from './export/import-commands';
import { openBriefDialog, openChartDialog } from './store/share-store';
import { compareWithFile } from './store/comparison-store';
import { useViewStore, type Phase } from './store/view-store';

/**
 * Undo and redo from the menu: inside a text field the field's own history wins, as in every
 * native text box; everywhere else they walk the session's history.
 */
function undoOrRedo(direction: 'undo' | 'redo'): void {
  if (isTextField(document.activeElement)) {
    document.execCommand(direction);
    return;
  }
  if (direction === 'redo') redo();
  else if (!undo() && useViewStore.getState().scoringParticipantId !== null) announce(translate('notices.undoStopsAtTurn'));
}

const showPhase = (phase: Phase) => () => useViewStore.getState().setPhase(phase);

/** In and out of presentation mode: the chart alone, full screen, for the projector. */
function togglePresentation(): void {
  const map = useMapViewStore.getState();
  map.setPresenting(!map.presenting);
}

async function toggleTheme(): Promise<void> {
  const choice = await pickwise().toggleTheme();
  announce(translate(`notices.theme.${choice}`));
}

/** What every command of the menu table does in the window; the compiler refuses a missing one. */
export const menuCommandHandlers: Record<MenuCommand, () => unknown> = {
  'file.new': newDocument,
  'file.open': openDocument,
  'file.save': saveDocument,
  'file.saveAs': saveDocumentAs,
  'edit.undo': () => undoOrRedo('undo'),
  'edit.redo': () => undoOrRedo('redo'),
  'view.phase.frame': showPhase('frame'),
  'view.phase.collect': showPhase('collect'),
  'view.phase.score': showPhase('score'),
  'view.phase.map': showPhase('map'),
  'view.phase.decide': showPhase('decide'),
  'view.presentation': togglePresentation,
  'view.toggleTheme': toggleTheme,
  'help.shortcuts': openShortcuts,
  'help.sample': openSampleDocument,
  'view.phase.share': showPhase('share'),
  'file.export.chart': openChartDialog,
  'file.export.recordPdf': () => exportDecisionRecord('pdf'),
  'file.export.recordMarkdown': () => exportDecisionRecord('markdown'),
  'file.export.brief': () => openBriefDialog(useViewStore.getState().selectedCandidateId),
  'file.export.csv': () => exportBacklogCsv({ bom: true, delimiter: ',' }),
  'file.import.candidates': importCandidatesFromFile,
  'file.import.merge': mergeSessionFromFile,
  'file.compare': compareWithFile,
  'file.followUp': startFollowUpDocument,
};

/**
 * Runs a menu command (from the menu, its accelerator or the page's own shortcut); an unknown
 * one (a newer main, an older page) is ignored. While presenting, only the presentation's own
 * commands run, and the room is told how to get back to editing.
 */
export function runMenuCommand(command: MenuCommand): void {
  if (useMapViewStore.getState().presenting && !PRESENTATION_COMMANDS.includes(command)) {
    announce(translate('notices.presentationChangesNothing'));
    return;
  }
  const handler = Object.hasOwn(menuCommandHandlers, command) ? menuCommandHandlers[command] : undefined;
  if (handler) void handler();
}

function receive(opened: OpenedSession): void {
  showOpenedDocument(opened);
}

/**
 * Listens for the menu and for sessions main opens into this window (command line, Open
 * Recent, a second launch), and takes the one waiting for this window when it opened.
 */
export function installMenuCommands(): void {
  const api = pickwise();
  api.onMenuCommand(runMenuCommand);
  api.onSessionOpened(receive);
  void api.takePendingSession().then((opened) => {
    if (opened) receive(opened);
  });
}
