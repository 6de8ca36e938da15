import { BrowserWindow } from 'electron';
import type { Paper } from '../../shared';
import { printPage, PrintPages, type PrintWindow } from './services/print-pages';
import { APP_SCHEME } from './security';

/** Where pages put up for printing are served (main's protocol handler answers for this host). */
export const PRINT_HOST = 'print';

/** The pages waiting to be printed; index.ts serves them. */
export const printPages = new PrintPages(`${APP_SCHEME}://${PRINT_HOST}`);

/** A hidden window that runs no script and has no preload: the page is data, never code. */
function openPrintWindow(): PrintWindow {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
  });
  return {
    loadURL: (url) => window.loadURL(url),
    // The page's own @page rule sets its margins, the same in the app and in the harness.
    printToPDF: async (paper) =>
      new Uint8Array(
        await window.webContents.printToPDF({ pageSize: paper === 'letter' ? 'Letter' : 'A4', printBackground: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } }),
      ),
    destroy: () => window.destroy(),
  };
}

/** Prints a self-contained HTML page to PDF with Chromium. */
export function printHtmlToPdf(html: string, paper: Paper): Promise<Uint8Array> {
  return printPage(html, paper, printPages, openPrintWindow);
}
