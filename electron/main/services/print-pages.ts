import { randomUUID } from 'node:crypto';
import type { Paper } from '../../../shared';

/**
 * The headers of a page put up for printing: no script, nothing from outside, images only
 * from inside the page (the decision record's chart is inlined).
 */
export const PRINT_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'",
  'X-Content-Type-Options': 'nosniff',
};

/**
 * Pages waiting to be printed, each served under a one-off, unguessable address by main's
 * protocol handler (`app://print/…` in the app, a routed address in the test harness). A page
 * is never loaded through a `data:` URL: Chromium refuses URLs longer than 2 MB, and a decision
 * record with a 4× chart of a big board is far longer.
 */
export class PrintPages {
  private readonly pages = new Map<string, string>();

  /** `origin` is where pages are served from, e.g. `app://print`. */
  constructor(
    private readonly origin: string,
    private readonly newToken: () => string = randomUUID,
  ) {}

  /** Puts a page up; `release` takes it down again. */
  put(html: string): { url: string; release(): void } {
    const token = this.newToken();
    this.pages.set(token, html);
    return { url: `${this.origin}/${token}.html`, release: () => void this.pages.delete(token) };
  }

  /** The page at `url`; null for anything else (an unknown, released or foreign address). */
  page(url: string): string | null {
    if (!url.startsWith(`${this.origin}/`)) return null;
    const match = /^\/([A-Za-z0-9-]{1,64})\.html$/.exec(url.slice(this.origin.length));
    return match ? (this.pages.get(match[1]!) ?? null) : null;
  }
}

/** The hidden window a page is printed in: Electron's BrowserWindow in the app, Chromium in the harness. */
export interface PrintWindow {
  /** Resolves once the page has loaded; rejects when it could not be (as webContents.loadURL does). */
  loadURL(url: string): Promise<void>;
  printToPDF(paper: Paper): Promise<Uint8Array>;
  destroy(): void;
}

/** Prints a self-contained HTML page to PDF: put up, loaded by address, printed, taken down. */
export async function printPage(html: string, paper: Paper, pages: PrintPages, openWindow: () => PrintWindow): Promise<Uint8Array> {
  const { url, release } = pages.put(html);
  const window = openWindow();
  try {
    await window.loadURL(url);
    return await window.printToPDF(paper);
  } finally {
    release();
    window.destroy();
  }
}
