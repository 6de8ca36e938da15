import type { BrowserWindowConstructorOptions } from 'electron';
import { keepOnPage, lockDownContents, type ContentsPort } from './navigation-policy';
import { secureWebPreferences } from './security';

/** What the factory uses of a window. Electron's BrowserWindow has it; tests and the e2e harness pass their own. */
export interface WindowPort {
  readonly webContents: ContentsPort;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
}

/** `BrowserWindow` itself in main; injected so the factory can be checked without Electron. */
export type WindowConstructor<W extends WindowPort> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Opens a window on the app's page with every door shut: no navigation away, no new windows,
 * no redirects, no webviews. The app never goes online, so no link is followed anywhere.
 */
export function createSessionWindow<W extends WindowPort>(preloadPath: string, pageUrl: string, Window: WindowConstructor<W>): W {
  const window = new Window({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Pickwise',
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(preloadPath),
  });
  // Installed here as well as for every contents (index.ts), so a window is shut even on its own.
  keepOnPage(window.webContents);
  lockDownContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(pageUrl);
  return window;
}
