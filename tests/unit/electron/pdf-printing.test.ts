import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decisionRecordHtml } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { createExportHandlers } from '../../../electron/main/ipc/export-handlers';
import type { Dialogs } from '../../../electron/main/ipc/ports';
import { createExportFiles } from '../../../electron/main/services/export-files';
import { PRINT_PAGE_HEADERS, printPage, PrintPages, type PrintWindow } from '../../../electron/main/services/print-pages';
import { createSessionFiles } from '../../../electron/main/services/session-files';
import { bigBoardSession } from '../../e2e/support/big-board';
import { FakeWebContents, MAX_URL_CHARS } from './fake-electron';

// Printing the decision record, over a fake print window whose webContents models
// docs/api/web-contents.md `loadURL`: "the promise will resolve when the page has finished
// loading, and rejects if the page fails to load" — and Chromium fails any URL longer than
// 2,097,152 characters with ERR_INVALID_URL (-300), as Electron's own did-fail-load test shows
// (electron/electron#8478). The page is served the way main's app:// protocol handler serves it.

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-print-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A PNG the size of a 4× chart of 300 candidates (1.3 MB measured in decision-record-big-board.spec.ts). */
function chartOf4x(): Uint8Array<ArrayBuffer> {
  const png = new Uint8Array(new ArrayBuffer(1_300_000));
  png.set(randomBytes(png.length));
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return png;
}

/** The hidden print window: loads by URL (refusing long ones) and "prints" the page it loaded. */
function fakePrintWindow(pages: PrintPages, printed: string[]): PrintWindow & { destroyed: boolean } {
  const contents = new FakeWebContents();
  let loaded: string | null = null;
  const window = {
    destroyed: false,
    async loadURL(url: string) {
      await contents.loadURL(url);
      loaded = url.startsWith('data:text/html') ? Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8') : pages.page(url);
      if (loaded === null) throw new Error('ERR_FILE_NOT_FOUND (-6)');
    },
    async printToPDF() {
      printed.push(loaded!);
      return new TextEncoder().encode('%PDF-1.7 the record');
    },
    destroy() {
      window.destroyed = true;
    },
  };
  return window;
}

describe('printing the decision record', () => {
  it('the fake refuses a page loaded as a data: URL over 2 MB, as Electron does', async () => {
    const html = decisionRecordHtml(bigBoardSession(300), { chartImageDataUrl: `data:image/png;base64,${Buffer.from(chartOf4x()).toString('base64')}`, generatedAt: new Date() }, 'en');
    const dataUrl = `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`;
    expect(dataUrl.length).toBeGreaterThan(MAX_URL_CHARS);
    await expect(new FakeWebContents().loadURL(dataUrl)).rejects.toThrow(/ERR_INVALID_URL/);
  });

  it('a record with a 4× chart of 300 candidates prints: the page is loaded by address, chart and all, then taken down', async () => {
    const pages = new PrintPages('app://print');
    const printed: string[] = [];
    const windows: ReturnType<typeof fakePrintWindow>[] = [];
    const errors: FileError[] = [];
    const dialogs = {
      chooseExportPath: async () => join(folder, 'record.pdf'),
      showFileError: async (_windowId: number, error: FileError) => void errors.push(error),
    } as unknown as Dialogs;
    const handlers = createExportHandlers(dialogs, createSessionFiles(fs), {
      files: createExportFiles(fs),
      clipboard: { writePng: () => undefined },
      printer: {
        printToPdf: (html, paper) =>
          printPage(html, paper, pages, () => {
            const window = fakePrintWindow(pages, printed);
            windows.push(window);
            return window;
          }),
      },
      now: () => new Date('2026-11-26T10:00:00Z'),
    });
    const chart = chartOf4x();
    const result = await handlers.exportDecisionRecord({ windowId: 1 }, { format: 'pdf', session: bigBoardSession(300), chartPng: chart });
    expect(errors).toEqual([]);
    expect(result).toEqual({ status: 'exported', fileName: 'record.pdf' });
    expect(await readFile(join(folder, 'record.pdf'), 'utf8')).toBe('%PDF-1.7 the record');
    // The whole chart reached the printed page.
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain(Buffer.from(chart).toString('base64'));
    // The page was reached by a short address, and is gone once printed; the window too.
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('serves a page only at its own address, and only until it is released', () => {
    const pages = new PrintPages('app://print', () => 'token-1');
    const { url, release } = pages.put('<p>record</p>');
    expect(url).toBe('app://print/token-1.html');
    expect(pages.page(url)).toBe('<p>record</p>');
    for (const other of ['app://print/token-2.html', 'app://pickwise/token-1.html', 'app://prinX/token-1.html', 'https://evil/token-1.html', 'app://print/../token-1.html', 'app://print/token-1.html?x', 'app://print/token-1']) {
      expect(pages.page(other), other).toBeNull();
    }
    release();
    expect(pages.page(url)).toBeNull();
  });

  it('a page that fails to load is taken down and its window closed, and the failure is reported', async () => {
    const pages = new PrintPages('app://print', () => 'only');
    const window = fakePrintWindow(pages, []);
    window.loadURL = async () => Promise.reject(new Error('ERR_FAILED (-2)'));
    await expect(printPage('<p>x</p>', 'a4', pages, () => window)).rejects.toThrow(/ERR_FAILED/);
    expect(pages.page('app://print/only.html')).toBeNull();
    expect(window.destroyed).toBe(true);
  });
});

describe('a page put up for printing', () => {
  it('is served as HTML that may run no script and load nothing from outside', () => {
    expect(PRINT_PAGE_HEADERS).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'",
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
