import { z } from 'zod';
import { checkSession } from './session/check';
import { LIMITS, type Session } from './session/schema';
import type { MenuCommand } from './menu-table';
import { PAPERS } from './export/print-html';
import type { TableEncoding } from './export/csv-parse';
import { LANGUAGE_CHOICES, type Language, type LanguageChoice } from './i18n/languages';

/**
 * The one description of every call between the renderer and main. The preload exposes
 * exactly `PickwiseApi` on `window.pickwise`, main registers one handler per entry of
 * `ipcCalls` and validates arguments with its schema, and the test harness obeys both.
 * The renderer never names a path to write: main chooses files through its dialogs.
 */

/**
 * Every session the page hands main (to save, keep as a draft or export) passes the same gate
 * as a file being opened (checkSession: fast scores, schema, integrity), so main never writes
 * a session it would refuse to open.
 */
const checkedSession = z.unknown().transform((value, context): Session => {
  // In English: a refused call is a fault of the page, reported to developers (ipc/dispatch.ts).
  const checked = checkSession(value, 'en');
  if (checked.ok) return checked.session;
  context.issues.push({ code: 'custom', message: checked.error.message, input: value });
  return z.NEVER;
});

/** Why a file could not be opened or saved, in words for a person, naming the file. */
export interface FileError {
  code: string;
  fileName: string;
  message: string;
}

export type OpenResult =
  | { status: 'opened'; session: Session; fileName: string | null; migratedFrom: number | null }
  | { status: 'cancelled' }
  | { status: 'failed'; error: FileError };

/** A session main has read for a window, as the window receives it. */
export type OpenedSession = Extract<OpenResult, { status: 'opened' }>;

/** The theme the facilitator chose; `system` follows the operating system's light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/**
 * The interface's language as main keeps it: what the person chose, the language that stands
 * for, and the system's own (what "system" stands for, for the chooser to name).
 */
export interface InterfaceLanguage {
  choice: LanguageChoice;
  language: Language;
  systemLanguage: Language;
  /**
   * Development only (PICKWISE_PSEUDO_LOCALE=1): every text of the catalogues is disguised, so a
   * text written outside them stands out on screen (shared/i18n/pseudo.ts).
   */
  pseudo: boolean;
}

export type SaveResult =
  | { status: 'saved'; fileName: string }
  | { status: 'cancelled' }
  | { status: 'failed'; error: FileError }
  /** The file had changed on disk and the facilitator chose to load it instead of saving. */
  | { status: 'reloaded'; session: Session; fileName: string };

/** The facilitator's answer when unsaved work is about to be dropped. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export const ipcCalls = {
  /** Ask for a file with the Open dialog, read and validate it. */
  openSession: { channel: 'session:open', args: z.tuple([]) },
  /** Write to the window's current file; falls back to Save As when it has none. */
  saveSession: { channel: 'session:save', args: z.tuple([z.object({ session: checkedSession })]) },
  /** Ask for a path with the Save dialog, then write there. */
  saveSessionAs: {
    channel: 'session:save-as',
    args: z.tuple([z.object({ session: checkedSession, suggestedName: z.string().max(200) })]),
  },
  /** Forget the window's file: the next Save asks where to write. */
  startNewDocument: { channel: 'document:new', args: z.tuple([]) },
  /** The renderer's view of its document, for the title bar and the close prompt. */
  reportDocumentState: {
    channel: 'document:state',
    args: z.tuple([z.object({ title: z.string().max(300), dirty: z.boolean() })]),
  },
  /** Save / Don't save / Cancel, asked with the platform's message box. */
  confirmUnsavedChanges: {
    channel: 'dialog:confirm-unsaved',
    args: z.tuple([z.object({ documentName: z.string().max(300) })]),
  },
  /** Close the window now; sent after the renderer has dealt with unsaved work. */
  closeWindow: { channel: 'window:close', args: z.tuple([]) },
  /**
   * Open a file dropped on the window. The preload turns the dropped `File` into its path;
   * main checks it is an existing session file before reading it. Never used to write.
   */
  openDroppedFile: {
    channel: 'session:open-dropped',
    args: z.tuple([z.object({ path: z.string().min(1).max(4096) })]),
  },
  /** The session main opened for this window before its page was ready (command line, recent, second launch). */
  takePendingSession: { channel: 'session:take-pending', args: z.tuple([]) },
  /** Light → dark → following the system, and round again; main remembers the choice. */
  toggleTheme: { channel: 'theme:toggle', args: z.tuple([]) },
  /** The interface's language, asked once as the page starts, before it shows anything. */
  interfaceLanguage: { channel: 'language:get', args: z.tuple([]) },
  /** The person chose a language (or to follow the system's): main remembers it, and every window and menu follows. */
  chooseLanguage: { channel: 'language:choose', args: z.tuple([z.object({ choice: z.enum(LANGUAGE_CHOICES) })]) },
  /** Keep the window's unsaved session as a draft in the app's data folder (crash recovery). */
  storeDraft: { channel: 'draft:store', args: z.tuple([z.object({ session: checkedSession })]) },
  /** The window's work was saved or deliberately dropped: its draft goes. */
  discardDraft: { channel: 'draft:discard', args: z.tuple([]) },
  /** Drafts an earlier run left behind (a crash), to offer back on start. */
  listRecoverableDrafts: { channel: 'draft:list-recoverable', args: z.tuple([]) },
  /** Take a left-over draft into this window; Save then writes to the file it belongs to. */
  restoreDraft: { channel: 'draft:restore', args: z.tuple([z.object({ draftId: draftIdSchema() })]) },
  /** Delete a left-over draft the facilitator chose not to restore. */
  discardRecoverableDraft: { channel: 'draft:discard-recoverable', args: z.tuple([z.object({ draftId: draftIdSchema() })]) },
  /** An uncaught error in the page, for main's error log. Capped so a page cannot flood it. */
  reportRendererError: {
    channel: 'error:report-renderer',
    args: z.tuple([
      z.object({ message: z.string().max(errorReportLimits().message), stack: z.string().max(errorReportLimits().stack).nullable() }),
    ]),
  },
  /** The chart as a picture: a PNG (main writes the session into it) or an SVG, through a save dialog. */
  exportChartImage: {
    channel: 'export:chart-image',
    args: z.tuple([
      z.discriminatedUnion('format', [
        z.object({ format: z.literal('png'), png: pngBytes(), session: checkedSession, suggestedName: suggestedName() }),
        z.object({ format: z.literal('svg'), svg: z.string().max(exportLimits().svgChars), suggestedName: suggestedName() }),
      ]),
    ]),
  },
  /** The chart as a PNG on the clipboard, for pasting into slides and chats. */
  copyChartImage: { channel: 'export:copy-chart', args: z.tuple([z.object({ png: pngBytes() })]) },
  /**
   * The one-page decision record: Markdown with the chart beside it, or a PDF printed by Chromium.
   * chartKey names the candidates the chart draws by their code alone, for the key after it;
   * chartClusters the members of each numbered cluster it draws, cluster 1 first; comparison,
   * the comparison in use, adds its "Since …" section (main compares, with the shared rule).
   */
  exportDecisionRecord: {
    channel: 'export:decision-record',
    args: z.tuple([
      z.object({
        format: z.enum(['markdown', 'pdf']),
        session: checkedSession,
        chartPng: pngBytes().nullable(),
        chartKey: z.array(z.string().min(1).max(64)).max(LIMITS.candidates).optional(),
        chartClusters: z.array(z.array(z.string().min(1).max(64)).min(1).max(LIMITS.candidates)).max(LIMITS.candidates).optional(),
        comparison: comparisonRequest().optional(),
      }),
    ]),
  },
  /** One candidate's one-page ML brief: Markdown with the chart beside it, or a PDF of one page on the chosen paper. */
  exportMlBrief: {
    channel: 'export:ml-brief',
    args: z.tuple([
      z.object({
        format: z.enum(['markdown', 'pdf']),
        session: checkedSession,
        candidateId: z.string().min(1).max(64),
        paper: z.enum(PAPERS),
        chartPng: pngBytes().nullable(),
      }),
    ]),
  },
  /** The backlog as CSV, one row per candidate with every field and the aggregates (and the comparison's before columns, while one is in use). */
  exportBacklogCsv: {
    channel: 'export:backlog-csv',
    args: z.tuple([z.object({ session: checkedSession, bom: z.boolean(), delimiter: z.enum([',', ';']), comparison: comparisonRequest().optional() })]),
  },
  /** Asks for a CSV or text file with candidates and returns its text, for the import preview. */
  readBacklogFile: { channel: 'import:backlog-file', args: z.tuple([]) },
  /** Asks for another session file (two rooms, one exercise) and returns it, leaving this window's file alone. */
  readSessionForMerge: { channel: 'import:session-for-merge', args: z.tuple([]) },
  /** Asks for an earlier session file to compare this one with, and returns it; this window's file stays its document. */
  readSessionForComparison: { channel: 'session:read-for-comparison', args: z.tuple([]) },
  /**
   * The session the window's follow-up follows up, read from beside the window's own file: main
   * takes the earlier file's name from that file and looks in its folder. The page names nothing.
   */
  readEarlierSession: { channel: 'session:read-earlier', args: z.tuple([]) },
  /** The facilitator chose Cancel when the window was closing: a quit under way stops. */
  closeCancelled: { channel: 'window:close-cancelled', args: z.tuple([]) },
  /** Presentation mode: main puts the window full screen, and back as it was when it ends. */
  setPresentationFullScreen: { channel: 'window:presentation-full-screen', args: z.tuple([z.object({ fullScreen: z.boolean() })]) },
} as const;

export interface IpcResults {
  openSession: OpenResult;
  saveSession: SaveResult;
  saveSessionAs: SaveResult;
  startNewDocument: void;
  reportDocumentState: void;
  confirmUnsavedChanges: UnsavedChoice;
  closeWindow: void;
  openDroppedFile: OpenResult;
  takePendingSession: OpenedSession | null;
  toggleTheme: ThemeChoice;
  interfaceLanguage: InterfaceLanguage;
  chooseLanguage: InterfaceLanguage;
  storeDraft: StoreDraftResult;
  discardDraft: void;
  listRecoverableDrafts: RecoverableDraft[];
  restoreDraft: RestoreDraftResult;
  discardRecoverableDraft: DiscardRecoverableDraftResult;
  reportRendererError: void;
  exportChartImage: ExportResult;
  copyChartImage: void;
  exportDecisionRecord: ExportResult;
  exportMlBrief: ExportResult;
  exportBacklogCsv: ExportResult;
  readBacklogFile: ReadBacklogResult;
  readSessionForMerge: ReadSessionResult;
  readSessionForComparison: ReadSessionResult;
  readEarlierSession: EarlierSessionResult;
  closeCancelled: void;
  setPresentationFullScreen: void;
}

export type IpcCallName = keyof typeof ipcCalls;
export type IpcArgs<K extends IpcCallName> = z.infer<(typeof ipcCalls)[K]['args']>;

/** Messages main sends to the renderer. */
export const ipcEvents = {
  /** The window is closing with unsaved work: the renderer asks, then calls closeWindow. */
  closeRequested: 'event:close-requested',
  /** A menu item (or its shortcut) was chosen while this window was in front. */
  menuCommand: 'event:menu-command',
  /** Main opened a file into this window (command line, Open Recent, second launch, open-file). */
  sessionOpened: 'event:session-opened',
  /** Main hit an unexpected error: the renderer offers to save the work first. */
  errorOccurred: 'event:error-occurred',
  /** The interface's language changed (chosen in any window, or in the menu): every window follows. */
  languageChanged: 'event:language-changed',
} as const;

export interface IpcEventPayloads {
  closeRequested: void;
  menuCommand: MenuCommand;
  sessionOpened: OpenedSession;
  errorOccurred: { message: string };
  languageChanged: InterfaceLanguage;
}

export type IpcEventName = keyof typeof ipcEvents;

/**
 * Calls whose page-side arguments differ from what crosses IPC: the preload adapts them
 * (a dropped `File` becomes its path, which only the preload can learn).
 */
interface PreloadAdaptedCalls {
  openDroppedFile(file: File): Promise<OpenResult>;
}

type Calls = { [K in Exclude<IpcCallName, keyof PreloadAdaptedCalls>]: (...args: IpcArgs<K>) => Promise<IpcResults[K]> } &
  PreloadAdaptedCalls;
type Subscriptions = {
  [K in IpcEventName as `on${Capitalize<K>}`]: (listener: (payload: IpcEventPayloads[K]) => void) => () => void;
};

/** What the preload puts on `window.pickwise`: the contract and nothing else. */
export type PickwiseApi = Calls & Subscriptions;

/** Overwrite / Save As / Reload, asked when the file changed on disk since it was opened or saved. */
export type ExternalChangeChoice = 'overwrite' | 'save-as' | 'reload' | 'cancel';

/** A draft left by an earlier run, as the recovery dialog lists it: never its path. */
export interface RecoverableDraft {
  draftId: string;
  /** ISO 8601; empty when the draft is damaged. */
  savedAt: string;
  /** The name of the file the work belongs to; null for an untitled session. */
  fileName: string | null;
  title: string;
  /** Why the draft cannot be restored, or null when it can. */
  damaged: string | null;
  /** Kept over 30 days ago: now that it was offered, the next start removes it unless it is restored. */
  expiring: boolean;
}

export type StoreDraftResult = { status: 'stored' } | { status: 'failed'; message: string };

export type RestoreDraftResult =
  | { status: 'restored'; session: Session; fileName: string | null }
  | { status: 'failed'; error: FileError };

/** A draft another window restored meanwhile is that window's work now, and is kept. */
export type DiscardRecoverableDraftResult = { status: 'discarded' } | { status: 'in-use'; message: string };

/** Length caps of an error report from the page (a function, so the contract above can use it). */
export function errorReportLimits() {
  return { message: 2000, stack: 20_000 } as const;
}

/** Draft ids are main's UUIDs; nothing else is accepted, so an id never climbs out of the folder. */
function draftIdSchema() {
  return z.string().regex(/^[a-z0-9-]{1,64}$/);
}

/** How an export went; a failed one names the file and says why, and leaves no partial file. */
export type ExportResult = { status: 'exported'; fileName: string } | { status: 'cancelled' } | { status: 'failed'; error: FileError };

type ReadBacklogResult = { status: 'read'; text: string; encoding: TableEncoding; fileName: string } | { status: 'cancelled' } | { status: 'failed'; error: FileError };

/** Another session read beside this window's own (to merge or compare), never replacing it. */
type ReadSessionResult = { status: 'read'; session: Session; fileName: string } | { status: 'cancelled' } | { status: 'failed'; error: FileError };

/** A follow-up's earlier session found beside its file, or why not (never shown as an error: the comparison is only a default). */
export type EarlierSessionResult = { status: 'found'; session: Session; fileName: string } | { status: 'not-found'; reason: string };

/** Size caps of what an export may send to main. */
export function exportLimits() {
  return { pngBytes: 256 * 1024 * 1024, svgChars: 64 * 1024 * 1024, backlogBytes: 20 * 1024 * 1024 } as const;
}

function pngBytes() {
  return z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= exportLimits().pngBytes, 'expected a PNG of at most 256 MB');
}

/**
 * The comparison in use, as an export sends it: the earlier session (through the same gate as
 * every session), the name of its file, and the facilitator's pairs by candidate id. Never a
 * number: main compares the two sessions itself.
 */
function comparisonRequest() {
  const id = z.string().min(1).max(64);
  return z.object({
    earlier: checkedSession,
    fileName: z.string().min(1).max(260),
    plan: z.object({ pairs: z.array(z.object({ earlierId: id, currentId: id })).max(LIMITS.candidates).readonly() }),
  });
}

function suggestedName() {
  return z.string().max(200);
}
