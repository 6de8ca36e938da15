import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security';

/**
 * Opens a window on the app's page with every door shut: no navigation away, no new windows,
 * no redirects, no webviews. The app never goes online, so no link is followed anywhere.
 */
export function createSessionWindow(preloadPath: string, pageUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Pickwise',
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(preloadPath),
  });
  const contents = window.webContents;
  const ownPage = (url: string) => {
    try {
      return new URL(url).origin === new URL(pageUrl).origin;
    } catch {
      return false;
    }
  };
  contents.on('will-navigate', (event, url) => {
    if (!ownPage(url) || url !== contents.getURL()) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(pageUrl);
  return window;
}

