import { z } from 'zod';
import { sessionSchema, type Session } from './session/schema';

/**
 * The one description of every call between the renderer and main. The preload exposes
 * exactly `PickwiseApi` on `window.pickwise`, main registers one handler per entry of
 * `ipcCalls` and validates arguments with its schema, and the test harness obeys both.
 * The renderer never names a path to write: main chooses files through its dialogs.
 */

/** Why a file could not be opened or saved, in words for a person, naming the file. */
export interface FileError {
  code: string;
  fileName: string;
  message: string;
}

export type OpenResult =
  | { status: 'opened'; session: Session; fileName: string; migratedFrom: number | null }
  | { status: 'cancelled' }
  | { status: 'failed'; error: FileError };

export type SaveResult =
  | { status: 'saved'; fileName: string }
  | { status: 'cancelled' }
  | { status: 'failed'; error: FileError };

/** The facilitator's answer when unsaved work is about to be dropped. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export const ipcCalls = {
  /** Ask for a file with the Open dialog, read and validate it. */
  openSession: { channel: 'session:open', args: z.tuple([]) },
  /** Write to the window's current file; falls back to Save As when it has none. */
  saveSession: { channel: 'session:save', args: z.tuple([z.object({ session: sessionSchema })]) },
  /** Ask for a path with the Save dialog, then write there. */
  saveSessionAs: {
    channel: 'session:save-as',
    args: z.tuple([z.object({ session: sessionSchema, suggestedName: z.string().max(200) })]),
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
} as const;

export interface IpcResults {
  openSession: OpenResult;
  saveSession: SaveResult;
  saveSessionAs: SaveResult;
  startNewDocument: void;
  reportDocumentState: void;
  confirmUnsavedChanges: UnsavedChoice;
  closeWindow: void;
}

export type IpcCallName = keyof typeof ipcCalls;
export type IpcArgs<K extends IpcCallName> = z.infer<(typeof ipcCalls)[K]['args']>;

/** Messages main sends to the renderer. */
export const ipcEvents = {
  /** The window is closing with unsaved work: the renderer asks, then calls closeWindow. */
  closeRequested: 'event:close-requested',
} as const;

export interface IpcEventPayloads {
  closeRequested: void;
}

export type IpcEventName = keyof typeof ipcEvents;

type Calls = { [K in IpcCallName]: (...args: IpcArgs<K>) => Promise<IpcResults[K]> };
type Subscriptions = {
  [K in IpcEventName as `on${Capitalize<K>}`]: (listener: (payload: IpcEventPayloads[K]) => void) => () => void;
};

/** What the preload puts on `window.pickwise`: the contract and nothing else. */
export type PickwiseApi = Calls & Subscriptions;
