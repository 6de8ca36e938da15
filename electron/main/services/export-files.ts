import { basename, dirname, extname, join } from 'node:path';
import type { Stats } from 'node:fs';
import { decodeTableFile, type TableEncoding } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { textsIn } from '../../../shared/i18n/texts';
import { interfaceLanguage } from '../interface-language';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { describeFsError } from './session-files';

/** What each export writes, with the extension its files get (its file type's name: `desktop:fileTypes.<kind>`). */
export const EXPORT_KINDS = {
  png: { extension: '.png' },
  svg: { extension: '.svg' },
  markdown: { extension: '.md' },
  pdf: { extension: '.pdf' },
  csv: { extension: '.csv' },
} as const;
export type ExportKind = keyof typeof EXPORT_KINDS;

/** A file type main writes: the extension it adds, and the extensions it keeps as they are. */
export interface WrittenFileType {
  extension: string;
  accepts: readonly string[];
}

/** Session files: `.pickwise`, or `.json` when the facilitator chose it. */
export const SESSION_FILE_TYPE: WrittenFileType = { extension: '.pickwise', accepts: ['.pickwise', '.json'] };

/** An export's file type. */
export function exportFileType(kind: ExportKind): WrittenFileType {
  return { extension: EXPORT_KINDS[kind].extension, accepts: [EXPORT_KINDS[kind].extension] };
}

/** The path with the type's extension, added when the facilitator typed a name without one it keeps. */
export function withExtension(path: string, type: WrittenFileType): string {
  return type.accepts.includes(extname(path).toLowerCase()) ? path : `${path}${type.extension}`;
}

/** The path with the export's extension, added when the facilitator typed a bare name. */
export function withExportExtension(path: string, kind: ExportKind): string {
  return withExtension(path, exportFileType(kind));
}

/** A question before a file the save dialog did not ask about is replaced. */
export interface ReplaceQuestion {
  fileName: string;
  /** Why the save dialog's own overwrite question did not cover it. */
  detail: string;
}

/** What confirming a path needs: whether a file is there, and the facilitator's answer. */
export interface ReplaceCheck {
  exists(path: string): Promise<boolean>;
  confirmReplace(question: ReplaceQuestion): Promise<boolean>;
}

/**
 * Every path written is one the facilitator confirmed. The save dialog asks before replacing
 * the name it returns; when main adds the extension to a name typed without it, the file
 * written is another one, so main asks itself before replacing it. Null: not confirmed.
 */
export async function confirmedPath(chosen: string, type: WrittenFileType, check: ReplaceCheck): Promise<string | null> {
  const path = withExtension(chosen, type);
  if (path === chosen || !(await check.exists(path))) return path;
  const replace = await check.confirmReplace({
    fileName: basename(path),
    detail: textsIn(interfaceLanguage())('desktop:replace.withoutExtension', { typed: basename(chosen), extension: type.extension, fileName: basename(path) }),
  });
  return replace ? path : null;
}

/** A file written beside the chosen one (the Markdown record's chart): asked about when it would replace one. */
export async function confirmedCompanion(path: string, detail: string, check: ReplaceCheck): Promise<boolean> {
  if (!(await check.exists(path))) return true;
  return check.confirmReplace({ fileName: basename(path), detail });
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
      // Stryker disable next-line ArrowFunction: undefined is as false.
      () => false,
    );
  }

  async function write(files: readonly { path: string; data: string | Uint8Array }[]): Promise<ExportWrite> {
    // Stryker disable next-line ArrayDeclaration: a failed export would also try to delete a file of a made-up name; unlink errors are ignored.
    const created: string[] = [];
    for (const file of files) {
      const wasThere = await existed(file.path);
      try {
        await writeFileAtomic(fs, file.path, file.data);
        if (!wasThere) created.push(file.path);
      } catch (error) {
        await Promise.all(created.map((path) => fs.unlink(path).catch(() => undefined)));
        const fileName = basename(file.path);
        const language = interfaceLanguage();
        const message = textsIn(language)('desktop:files.couldNotWrite', { fileName, reason: describeFsError(error, language) });
        return { ok: false, error: { code: errorCode(error), fileName, message } };
      }
    }
    return { ok: true };
  }

  /** The text of a file to import, refused before reading when it is larger than `limit` bytes. */
  async function readText(path: string, limit: number): Promise<{ ok: true; text: string; encoding: TableEncoding } | { ok: false; error: FileError }> {
    const fileName = basename(path);
    const language = interfaceLanguage();
    const t = textsIn(language);
    const fail = (code: string, reason: string) => ({ ok: false as const, error: { code, fileName, message: t('desktop:files.couldNotRead', { fileName, reason }) } });
    try {
      const stats = await fs.stat(path);
      if (!stats.isFile()) return fail('not-a-file', t('desktop:fsErrors.folder'));
      if (stats.size > limit) return fail('too-large', t('desktop:files.largerThan', { megabytes: String(Math.round(limit / (1024 * 1024))) }));
      // UTF-8 with or without a byte order mark, UTF-16 and Windows-1252: what spreadsheets save.
      return { ok: true, ...decodeTableFile(await fs.readFile(path)) };
    } catch (error) {
      return fail(errorCode(error), describeFsError(error, language));
    }
  }

  /** Whether something is at `path`; when that cannot be told, it is taken to be there (ask first). */
  async function exists(path: string): Promise<boolean> {
    try {
      await fs.stat(path);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code !== 'ENOENT';
    }
  }

  return { write, readText, exists };
}

export type ExportFiles = ReturnType<typeof createExportFiles>;

function errorCode(error: unknown): string {
  // Stryker disable next-line OptionalChaining: Node's file system rejects with an Error, never with nothing.
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'io-error';
}
