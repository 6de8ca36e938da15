import { ipcEvents, type IpcEventName, type IpcEventPayloads } from '../../../shared/ipc-contract';

/** The part of Electron's `webContents` an event goes through: a fake's in tests. */
export interface EventContents {
  send(channel: string, ...args: unknown[]): void;
}

/**
 * Every event main sends a page goes through here: its name is one of the contract's events
 * and its payload the type the contract gives it (none for an event without one).
 */
export function sendEvent<Name extends IpcEventName>(
  contents: EventContents,
  name: Name,
  ...payload: IpcEventPayloads[Name] extends void ? [] : [IpcEventPayloads[Name]]
): void {
  contents.send(ipcEvents[name], ...payload);
}
