import { BrowserWindow } from 'electron';

/**
 * Prints a self-contained HTML page to PDF with Chromium, in a hidden window that runs no
 * script and has no preload: the page is data, never code.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
}
