import type { BrowserContext, Frame, Page, Request } from '@playwright/test';
import type { BrowserWindowConstructorOptions } from 'electron';
import { lockDownContents, type ContentsPort, type PreventableEvent } from '../../../electron/main/navigation-policy';
import { APP_ORIGIN } from '../../../electron/main/security';
import { lockDownSession, type Permission, type PermissionAsker, type SessionPort } from '../../../electron/main/session-policy';
import { createSessionWindow, type WindowPort } from '../../../electron/main/window';
import { HARNESS_ORIGIN } from './main-side';

// Main's own security policy, run in harness mode. The harness builds its window with main's
// window factory over a fake BrowserWindow and locks a fake session down with main's
// lockDownSession, then asks the handlers they registered about everything the page does,
// the way Electron would (docs/api/web-contents.md, docs/api/session.md):
// - a navigation the page starts in its main frame (a link, `location`, a reload by script)
//   emits `will-navigate`; one started by loadURL (or a spec's page.goto) does not. Chromium
//   tells which through CDP's Page.frameRequestedNavigation, fired for renderer-initiated
//   navigations only. A prevented will-navigate leaves the page where it is;
// - a new window (window.open, a link with a target) asks the window-open handler first;
// - every request the page makes passes `webRequest.onBeforeRequest`, which may cancel it;
// - permission requests and checks go to the session's handlers; with none set, Electron
//   grants (docs/tutorial/security.md, item 5).
// Main sees the app's own URLs (app://pickwise/…): the harness serves them at HARNESS_ORIGIN
// because Chromium routes no custom scheme, and translates both ways.

/** What main's policy decided during a run, oldest first, for a spec to assert. */
export interface PolicyLog {
  navigations: { url: string; allowed: boolean }[];
  windows: { url: string; action: 'allow' | 'deny' }[];
  permissions: { permission: string; asked: 'request' | 'check'; granted: boolean }[];
  requests: { url: string; cancelled: boolean }[];
}

export function emptyPolicyLog(): PolicyLog {
  return { navigations: [], windows: [], permissions: [], requests: [] };
}

/** The URL main sees for one the page uses. */
function toAppUrl(url: string): string {
  return url.startsWith(`${HARNESS_ORIGIN}/`) ? APP_ORIGIN + url.slice(HARNESS_ORIGIN.length) : url;
}

function toHarnessUrl(url: string): string {
  return url.startsWith(`${APP_ORIGIN}/`) ? HARNESS_ORIGIN + url.slice(APP_ORIGIN.length) : url;
}

type Listener = (event: PreventableEvent, ...args: unknown[]) => void;
type WindowOpenHandler = Parameters<ContentsPort['setWindowOpenHandler']>[0];

/** The window's web contents: records what main installs on it, and emits Electron's events. */
class HarnessContents implements ContentsPort {
  private readonly listeners = new Map<string, Listener[]>();
  private windowOpenHandler: WindowOpenHandler | null = null;

  constructor(private readonly page: Page) {}

  getURL(): string {
    return toAppUrl(this.page.url());
  }

  on(event: string, listener: (...args: never[]) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as unknown as Listener]);
    return this;
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** Emits a cancellable event to every listener; true when one of them prevented it. */
  emitPreventable(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    for (const listener of this.listeners.get(event) ?? []) listener({ preventDefault: () => void (prevented = true) }, ...args);
    return prevented;
  }

  /** With no handler Electron opens the window. */
  windowOpenAction(url: string): 'allow' | 'deny' {
    return this.windowOpenHandler?.({ url }).action ?? 'allow';
  }
}

interface HarnessWindow extends WindowPort {
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents: HarnessContents;
  /** Settles when the page loadURL asked for has loaded. */
  loaded: Promise<void>;
}

/** A BrowserWindow whose web contents is the Playwright page; loadURL runs the preload the factory names. */
function harnessWindowClass(context: BrowserContext, page: Page, preloadScript: (preloadPath: string) => string) {
  return class implements HarnessWindow {
    readonly webContents = new HarnessContents(page);
    loaded: Promise<void> = Promise.resolve();
    private readonly readyToShow: (() => void)[] = [];

    constructor(readonly options: BrowserWindowConstructorOptions) {}

    once(_event: 'ready-to-show', listener: () => void): this {
      this.readyToShow.push(listener);
      return this;
    }

    show(): void {}

    loadURL(url: string): Promise<void> {
      const preload = this.options.webPreferences?.preload;
      if (!preload) throw new Error('The window factory named no preload script.');
      this.loaded = (async () => {
        await context.addInitScript({ content: preloadScript(preload) });
        await page.goto(toHarnessUrl(url));
        for (const listener of this.readyToShow.splice(0)) listener();
      })();
      return this.loaded;
    }
  };
}

type PermissionRequestHandler = Parameters<SessionPort['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<SessionPort['setPermissionCheckHandler']>[0];
type BeforeRequestListener = Parameters<SessionPort['webRequest']['onBeforeRequest']>[0];

/** The default session: records the handlers main sets and answers with them. */
class HarnessSession implements SessionPort {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: PermissionCheckHandler | null = null;
  beforeRequest: BeforeRequestListener | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.checkHandler = handler;
  }

  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener) => {
      this.beforeRequest = listener;
    },
  };
}

/** Playwright's names for what Chromium grants when main grants an Electron permission. */
function playwrightGrants(permission: Permission, mediaTypes: readonly string[] = []): string[] {
  switch (permission) {
    case 'media':
      return mediaTypes.map((type) => (type === 'video' ? 'camera' : 'microphone'));
    case 'clipboard-sanitized-write':
      return ['clipboard-write'];
    case 'midiSysex':
      return ['midi', 'midi-sysex'];
    case 'notifications':
    case 'geolocation':
    case 'clipboard-read':
    case 'midi':
    case 'storage-access':
    case 'local-fonts':
      return [permission];
    default:
      return [];
  }
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** The main frame of the page a request belongs to; null for a new window's first navigation (no frame yet). */
function frameOf(request: Request): Frame | null {
  try {
    return request.frame();
  } catch {
    return null;
  }
}

/** What the page says about a media permission: Electron passes `mediaTypes` to requests, `mediaType` to checks. */
export interface PagePermissionDetails {
  mediaTypes?: string[];
  mediaType?: string;
}

export type RequestDecision =
  | { kind: 'refuse-navigation' }
  | { kind: 'cancel' }
  | { kind: 'serve-app' }
  /** main let it leave the app; the harness answers in the network's place. */
  | { kind: 'went-out' };

/**
 * Main's policy over the harness's page: the window built by main's factory, the session
 * locked down by main, and the decisions they make, recorded in `log`.
 */
export class HarnessPolicy {
  readonly session = new HarnessSession();
  private opened: HarnessWindow | null = null;
  /** Decisions about new windows whose page has not shown up yet. */
  private readonly pendingWindows: ('allow' | 'deny')[] = [];
  /** Navigations the page itself started whose request has not come yet. */
  private readonly startedByPage = new Set<string>();

  constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
    readonly log: PolicyLog,
  ) {
    // What index.ts does when the app is ready.
    lockDownSession(this.session);
    context.on('page', (opened) => this.windowAppeared(opened));
  }

  /** Main's window factory builds the window over the page and loads the app with the preload it names. */
  async openWindow(options: { preloadPath: string; preloadScript: (preloadPath: string) => string }): Promise<void> {
    const cdp = await this.context.newCDPSession(this.page);
    cdp.on('Page.frameRequestedNavigation', (navigation) => {
      if (navigation.disposition === 'currentTab') this.startedByPage.add(withoutFragment(navigation.url));
    });
    await cdp.send('Page.enable');
    this.opened = createSessionWindow(options.preloadPath, `${APP_ORIGIN}/index.html`, harnessWindowClass(this.context, this.page, options.preloadScript));
    // Electron emits web-contents-created for the window's contents; index.ts locks it down.
    lockDownContents(this.opened.webContents);
    await this.opened.loaded;
  }

  get window(): HarnessWindow {
    if (!this.opened) throw new Error('The harness window is not open yet.');
    return this.opened;
  }

  /** What main's policy does with a request the page (or a window it opened) makes. */
  decide(request: Request): RequestDecision {
    const url = request.url();
    const appUrl = toAppUrl(url);
    if (request.isNavigationRequest()) {
      const frame = frameOf(request);
      if (frame === null) {
        const action = this.askWindowOpen(appUrl);
        this.pendingWindows.push(action);
        if (action === 'deny') return { kind: 'cancel' };
      } else if (frame === this.page.mainFrame() && this.startedByPage.delete(withoutFragment(url))) {
        const allowed = !this.window.webContents.emitPreventable('will-navigate', appUrl);
        this.log.navigations.push({ url: appUrl, allowed });
        if (!allowed) return { kind: 'refuse-navigation' };
      }
    }
    let cancelled = false;
    this.session.beforeRequest?.({ url: appUrl }, (response) => void (cancelled = response.cancel));
    this.log.requests.push({ url: appUrl, cancelled });
    if (cancelled) return { kind: 'cancel' };
    return url.startsWith(`${HARNESS_ORIGIN}/`) ? { kind: 'serve-app' } : { kind: 'went-out' };
  }

  /** A permission the page asks for (request) or asks about (check), answered by main's handlers. */
  async permission(asked: 'request' | 'check', permission: Permission, frame: Frame, details: PagePermissionDetails = {}): Promise<boolean> {
    const asker: PermissionAsker & PagePermissionDetails = { requestingUrl: toAppUrl(frame.url()), isMainFrame: frame === this.page.mainFrame(), ...details };
    let granted: boolean;
    if (asked === 'check') {
      granted = this.session.checkHandler ? this.session.checkHandler(this.window.webContents, permission, APP_ORIGIN, asker) : true;
    } else if (!this.session.requestHandler) {
      granted = true;
    } else {
      const handler = this.session.requestHandler;
      granted = await new Promise<boolean>((resolve) => handler(this.window.webContents, permission, resolve, asker));
    }
    this.log.permissions.push({ permission, asked, granted });
    const grants = playwrightGrants(permission, details.mediaTypes ?? (details.mediaType ? [details.mediaType] : []));
    if (granted && grants.length > 0) await this.context.grantPermissions(grants, { origin: HARNESS_ORIGIN });
    return granted;
  }

  private askWindowOpen(url: string): 'allow' | 'deny' {
    const action = this.window.webContents.windowOpenAction(url);
    this.log.windows.push({ url, action });
    return action;
  }

  /** A page other than the window: a new window the page opened, closed unless main allowed it. */
  private windowAppeared(opened: Page): void {
    if (opened === this.page) return;
    const action = this.pendingWindows.shift() ?? this.askWindowOpen(toAppUrl(opened.url()));
    // Never left unhandled: a rejection arriving after this test would fail whichever test runs then.
    if (action === 'deny') opened.close().catch(() => undefined);
  }
}
