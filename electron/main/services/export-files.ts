import { basename, dirname, extname, join } from 'node:path';
import type { Stats } from 'node:fs';
import { decodeTableBytes } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { describeFsError } from './session-files';

/** What each export writes, with the extension its files get. */
export const EXPORT_KINDS = {
  png: { extension: '.png', label: 'PNG image' },
  svg: { extension: '.svg', label: 'SVG image' },
  markdown: { extension: '.md', label: 'Markdown' },
  pdf: { extension: '.pdf', label: 'PDF document' },
  csv: { extension: '.csv', label: 'CSV spreadsheet' },
} as const;
export type ExportKind = keyof typeof EXPORT_KINDS;

/** The path with the export's extension, added when the facilitator typed a bare name. */
export function withExportExtension(path: string, kind: ExportKind): string {
  const extension = EXPORT_KINDS[kind].extension;
  return extname(path).toLowerCase() === extension ? path : `${path}${extension}`;
}

/** The chart picture that sits beside a Markdown record, e.g. `record.md` → `record-chart.png`. */
export function chartBesideRecord(markdownPath: string): string {
  const name = basename(markdownPath, extname(markdownPath));
  return join(dirname(markdownPath), `${name}-chart.png`);
}

export interface ExportFilesFs extends AtomicWriteFs {
  stat(path: string): Promise<Stats>;
  readFile(path: string): Promise<Uint8Array>;
}

export type ExportWrite = { ok: true } | { ok: false; error: FileError };

/**
 * Writes an export's files, each atomically. When one of several files fails, the ones this
 * export created are removed again, so a failed export leaves nothing half done behind.
 */
export function createExportFiles(fs: ExportFilesFs) {
  async function existed(path: string): Promise<boolean> {
    return fs.stat(path).then(
      () => true,
      () => false,
    );
  }

  async function write(files: readonly { path: string; data: string | Uint8Array }[]): Promise<ExportWrite> {
    const created: string[] = [];
    for (const file of files) {
      const wasThere = await existed(file.path);
      try {
        await writeFileAtomic(fs, file.path, file.data);
        if (!wasThere) created.push(file.path);
      } catch (error) {
        await Promise.all(created.map((path) => fs.unlink(path).catch(() => undefined)));
        const fileName = basename(file.path);
        return { ok: false, error: { code: errorCode(error), fileName, message: `“${fileName}” could not be written. ${describeFsError(error)}` } };
      }
    }
    return { ok: true };
  }

  /** The text of a file to import, refused before reading when it is larger than `limit` bytes. */
  async function readText(path: string, limit: number): Promise<{ ok: true; text: string } | { ok: false; error: FileError }> {
    const fileName = basename(path);
    const fail = (code: string, reason: string) => ({ ok: false as const, error: { code, fileName, message: `“${fileName}” could not be read. ${reason}` } });
    try {
      const stats = await fs.stat(path);
      if (!stats.isFile()) return fail('not-a-file', 'It is a folder, not a file.');
      if (stats.size > limit) return fail('too-large', `It is larger than ${Math.round(limit / (1024 * 1024))} MB.`);
      // UTF-8 with or without a byte order mark, UTF-16 and Windows-1252: what spreadsheets save.
      return { ok: true, text: decodeTableBytes(await fs.readFile(path)) };
    } catch (error) {
      return fail(errorCode(error), describeFsError(error));
    }
  }

  return { write, readText };
}

export type ExportFiles = ReturnType<typeof createExportFiles>;

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'io-error';
}
