import { BrowserWindow } from 'electron';
import { isAllowedNavigation, windowOpenDecision } from './navigation-policy';
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
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(contents.getURL(), url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenDecision);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(pageUrl);
  return window;
}

