import { ipcCalls, type IpcArgs, type IpcCallName, type IpcResults } from '../../../shared/ipc-contract';

/** Which window a call came from, as main sees it. */
interface CallContext {
  windowId: number;
}

/** One handler per call of the contract; the compiler refuses a missing or extra one. */
export type IpcHandlers = {
  [K in IpcCallName]: (context: CallContext, ...args: IpcArgs<K>) => Promise<IpcResults[K]>;
};

/** Where a call came from: the window and the URL of the frame that sent it. */
export interface CallOrigin {
  windowId: number | null;
  frameUrl: string | null;
}

/** Raised for calls main refuses before any handler runs. */
export class RejectedCall extends Error {
  constructor(
    readonly reason: 'untrusted-sender' | 'invalid-arguments',
    message: string,
  ) {
    super(message);
    this.name = 'RejectedCall';
  }
}

export type Dispatch = (name: IpcCallName, origin: CallOrigin, rawArgs: unknown[]) => Promise<unknown>;

/**
 * The single gate every call passes: the sender must be one of the app's own windows showing
 * the app's own page, and the arguments must match the contract, before a handler runs.
 */
export function createDispatch(handlers: IpcHandlers, isTrustedUrl: (url: string) => boolean): Dispatch {
  return async (name, origin, rawArgs) => {
    if (origin.windowId === null || origin.frameUrl === null || !isTrustedUrl(origin.frameUrl)) {
      throw new RejectedCall('untrusted-sender', `Refused ${name}: the sender is not a Pickwise window.`);
    }
    const parsed = ipcCalls[name].args.safeParse(rawArgs);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? issue.path.join('.') : '';
      // A session that fails the session gate says why, in the words a file being opened would get.
      const why = issue?.code === 'custom' ? ` ${issue.message}` : '';
      throw new RejectedCall('invalid-arguments', `Refused ${name}: invalid arguments${where ? ` at ${where}` : ''}.${why}`);
    }
    const handler = handlers[name] as (context: CallContext, ...args: unknown[]) => Promise<unknown>;
    return handler({ windowId: origin.windowId }, ...(parsed.data as unknown[]));
  };
}

/** The part of Electron's `ipcMain` the registration uses, so it can be tested without Electron. */
export interface IpcRegistrar<Event> {
  handle(channel: string, listener: (event: Event, ...args: unknown[]) => Promise<unknown>): void;
}

/** Registers every call of the contract on `ipc`; returns the channels registered. */
export function registerIpcCalls<Event>(
  ipc: IpcRegistrar<Event>,
  dispatch: Dispatch,
  originOf: (event: Event) => CallOrigin,
): string[] {
  const names = Object.keys(ipcCalls) as IpcCallName[];
  for (const name of names) {
    ipc.handle(ipcCalls[name].channel, (event, ...args) => dispatch(name, originOf(event), args));
  }
  return names.map((name) => ipcCalls[name].channel);
}

/**
 * Accepts only pages served from the given origins (e.g. `app://pickwise`). Compared as
 * scheme and host, because Node's URL gives custom schemes an opaque "null" origin.
 */
export function trustedOrigins(origins: readonly string[]): (url: string) => boolean {
  const allowed = new Set(origins.map(originOf));
  return (url) => {
    const origin = originOf(url);
    return origin !== null && allowed.has(origin);
  };
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}
