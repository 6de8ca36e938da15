import { BrowserWindow } from 'electron';
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
    printToPDF: async () => new Uint8Array(await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true })),
    destroy: () => window.destroy(),
  };
}

/** Prints a self-contained HTML page to PDF with Chromium. */
export function printHtmlToPdf(html: string): Promise<Uint8Array> {
  return printPage(html, printPages, openPrintWindow);
}
