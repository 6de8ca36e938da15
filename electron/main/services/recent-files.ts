import { basename, dirname } from 'node:path';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';

/** How many sessions Open Recent keeps. */
export const MAX_RECENT_FILES = 10;

/** The file-system calls the recent-files list needs; tests pass a temporary folder's. */
export interface RecentFilesFs extends AtomicWriteFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

/** The operating system's own recent documents (the Dock, the jump list); absent in tests. */
export interface OsRecentDocuments {
  add(path: string): void;
  clear(): void;
}

/** `path` put first, without its earlier place, and the list cut to `max`. Pure. */
export function withRecentFile(list: readonly string[], path: string, max = MAX_RECENT_FILES): string[] {
  return [path, ...list.filter((entry) => entry !== path)].slice(0, max);
}

/**
 * The labels Open Recent shows: the file's name, and its folder as well when two recent
 * files share a name, so the facilitator can tell them apart.
 */
export function recentMenuLabels(list: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const path of list) counts.set(basename(path), (counts.get(basename(path)) ?? 0) + 1);
  return list.map((path) => ((counts.get(basename(path)) ?? 0) > 1 ? `${basename(path)} — ${dirname(path)}` : basename(path)));
}

/** Reads the stored list, keeping only well-formed entries; anything unreadable means an empty list. */
export function parseRecentFiles(text: string): string[] {
  try {
    const data = JSON.parse(text) as unknown;
    // Stryker disable next-line OptionalChaining: reading files of null throws, which the catch reads as an empty list too.
    const files = (data as { files?: unknown } | null)?.files;
    // Stryker disable next-line ConditionalExpression: filtering what is not an array throws, which the catch reads as an empty list too.
    if (!Array.isArray(files)) return [];
    const strings = files.filter((entry): entry is string => typeof entry === 'string' && entry.length > 0 && entry.length <= 4096);
    return [...new Set(strings)].slice(0, MAX_RECENT_FILES);
  } catch {
    return [];
  }
}

/**
 * The sessions opened or saved lately, most recent first, kept as JSON in the app's data
 * folder (written atomically) and mirrored to the operating system's recent documents.
 */
export class RecentFiles {
  private files: string[] = [];
  private saving: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<(files: readonly string[]) => void>();

  constructor(
    private readonly fs: RecentFilesFs,
    private readonly storePath: string,
    private readonly os: OsRecentDocuments | null = null,
  ) {}

  /** Loads the stored list; a missing or damaged file starts an empty one. */
  async load(): Promise<readonly string[]> {
    // Stryker disable next-line StringLiteral,ArrowFunction: without the encoding JSON.parse reads the bytes as UTF-8; any text that is not JSON reads as an empty list.
    const text = await this.fs.readFile(this.storePath, 'utf8').catch(() => '');
    this.files = parseRecentFiles(text);
    return this.files;
  }

  list(): readonly string[] {
    return this.files;
  }

  /** Called with the new list after every change (the menu is rebuilt from it). */
  onChange(listener: (files: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async add(path: string): Promise<void> {
    this.os?.add(path);
    await this.change(withRecentFile(this.files, path));
  }

  async remove(path: string): Promise<void> {
    if (!this.files.includes(path)) return;
    await this.change(this.files.filter((entry) => entry !== path));
  }

  async clear(): Promise<void> {
    this.os?.clear();
    await this.change([]);
  }

  /** Resolves when every change so far is on disk. */
  flushed(): Promise<void> {
    return this.saving;
  }

  private async change(files: string[]): Promise<void> {
    this.files = files;
    for (const listener of this.listeners) listener(files);
    const text = `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
    // Saves run one after another, so the file always ends with the latest list.
    this.saving = this.saving.then(async () => {
      await this.fs.mkdir(dirname(this.storePath), { recursive: true });
      await writeFileAtomic(this.fs, this.storePath, text);
    });
    await this.saving.catch((error: unknown) => {
      console.error('Pickwise could not remember its recent files:', error);
    });
    this.saving = this.saving.catch(() => undefined);
  }
}
