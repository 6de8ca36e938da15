import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Stats } from 'node:fs';
import { MAX_SESSION_BYTES, parseSession, UNTITLED, type Session } from '../../../shared';
import type { FileError, RecoverableDraft } from '../../../shared/ipc-contract';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import type { FileFingerprint } from './file-fingerprint';

/** The file-system calls drafts need; tests pass the real one over a temporary folder. */
export interface DraftsFs extends AtomicWriteFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  stat(path: string): Promise<Stats>;
  readFile(path: string): Promise<Uint8Array>;
}

/**
 * A draft as kept on disk: the unsaved session of one window and the file it belongs to.
 * The path and fingerprint stay in main; the renderer only ever sees the file's name.
 */
export interface DraftRecord {
  draftId: string;
  savedAt: string;
  fileName: string | null;
  filePath: string | null;
  fileFingerprint: FileFingerprint | null;
  session: Session;
}

/** What a window's draft is made of when it is stored. */
export interface DraftContent {
  session: Session;
  filePath: string | null;
  fileName: string | null;
  fileFingerprint: FileFingerprint | null;
}

export type RestoredDraft = { ok: true; record: DraftRecord } | { ok: false; error: FileError };

/** Unsaved work of every window, kept in the app's data folder until it is saved or discarded. */
export interface Drafts {
  /** Writes (atomically) the draft of a window; one draft per window, replaced each time. */
  store(windowId: number, content: DraftContent): Promise<void>;
  /** Removes the window's draft: its work was saved or deliberately dropped. */
  discard(windowId: number): Promise<void>;
  /** Drafts left by an earlier run (a crash), newest first; never those of a live window. */
  listRecoverable(): Promise<RecoverableDraft[]>;
  /** Reads a left-over draft and makes it the window's own, so its next store replaces it. */
  restore(windowId: number, draftId: string): Promise<RestoredDraft>;
  /** Deletes a left-over draft the facilitator chose not to restore. */
  discardRecoverable(draftId: string): Promise<void>;
}

/** Draft ids are ours (UUIDs); anything else is never used as part of a path. */
export const DRAFT_ID_PATTERN = /^[a-z0-9-]{1,64}$/;
const DRAFT_FILE = /^([a-z0-9-]{1,64})\.json$/;
// A draft holds one session plus a few fields; anything much larger is not ours.
const MAX_DRAFT_BYTES = MAX_SESSION_BYTES + 64 * 1024;

export interface DraftsOptions {
  fs: DraftsFs;
  /** `<userData>/drafts` */
  folder: string;
  now?: () => Date;
  newId?: () => string;
}

export function createDrafts({ fs, folder, now = () => new Date(), newId = randomUUID }: DraftsOptions): Drafts {
  const owned = new Map<number, string>();
  // Operations on one draft run one after another, so a late store never outlives a discard.
  const queues = new Map<string, Promise<unknown>>();

  function serialized<T>(draftId: string, operation: () => Promise<T>): Promise<T> {
    const previous = queues.get(draftId) ?? Promise.resolve();
    const attempt = previous.then(operation);
    const settled = attempt.catch(() => undefined);
    queues.set(draftId, settled);
    void settled.then(() => {
      if (queues.get(draftId) === settled) queues.delete(draftId);
    });
    return attempt;
  }

  const pathOf = (draftId: string) => join(folder, `${draftId}.json`);

  async function remove(draftId: string): Promise<void> {
    await serialized(draftId, async () => {
      try {
        await fs.unlink(pathOf(draftId));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    });
  }

  async function readRecord(draftId: string): Promise<DraftRecord | { damaged: string }> {
    const path = pathOf(draftId);
    try {
      const stats = await fs.stat(path);
      if (!stats.isFile() || stats.size > MAX_DRAFT_BYTES) return { damaged: 'It is not a draft Pickwise wrote.' };
      const raw: unknown = JSON.parse(new TextDecoder().decode(await fs.readFile(path)));
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { damaged: 'It is not a draft Pickwise wrote.' };
      const record = raw as Record<string, unknown>;
      // The session inside is checked like any session file: a draft is a file too.
      const parsed = parseSession(JSON.stringify(record['session'] ?? null));
      if (!parsed.ok) return { damaged: parsed.error.message };
      const text = (value: unknown) => (typeof value === 'string' && value.length <= 4096 ? value : null);
      const fingerprint = record['fileFingerprint'] as FileFingerprint | null | undefined;
      const validFingerprint =
        typeof fingerprint === 'object' &&
        fingerprint !== null &&
        typeof fingerprint.sha256 === 'string' &&
        typeof fingerprint.size === 'number' &&
        typeof fingerprint.mtimeMs === 'number';
      return {
        draftId,
        savedAt: text(record['savedAt']) ?? stats.mtime.toISOString(),
        fileName: text(record['fileName']),
        filePath: text(record['filePath']),
        fileFingerprint: validFingerprint ? fingerprint : null,
        session: parsed.session,
      };
    } catch (error) {
      return { damaged: error instanceof SyntaxError ? 'It is cut off or damaged.' : `The system reported: ${(error as Error).message}` };
    }
  }

  return {
    async store(windowId, content) {
      let draftId = owned.get(windowId);
      if (draftId === undefined) {
        draftId = newId();
        owned.set(windowId, draftId);
      }
      const record: DraftRecord = { draftId, savedAt: now().toISOString(), ...content };
      await serialized(draftId, async () => {
        await fs.mkdir(folder, { recursive: true });
        await writeFileAtomic(fs, pathOf(draftId), `${JSON.stringify(record)}\n`);
      });
    },

    async discard(windowId) {
      const draftId = owned.get(windowId);
      if (draftId === undefined) return;
      owned.delete(windowId);
      await remove(draftId);
    },

    async listRecoverable() {
      let names: string[];
      try {
        names = await fs.readdir(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const live = new Set(owned.values());
      const ids = names.flatMap((name) => DRAFT_FILE.exec(name)?.[1] ?? []).filter((id) => !live.has(id));
      const drafts = await Promise.all(
        ids.map(async (draftId): Promise<RecoverableDraft> => {
          const record = await readRecord(draftId);
          if ('damaged' in record) return { draftId, savedAt: '', fileName: null, title: UNTITLED, damaged: record.damaged };
          return {
            draftId,
            savedAt: record.savedAt,
            fileName: record.fileName,
            title: record.session.frame.title,
            damaged: null,
          };
        }),
      );
      return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },

    async restore(windowId, draftId) {
      const record = await readRecord(draftId);
      if ('damaged' in record) {
        return { ok: false, error: { code: 'damaged-draft', fileName: `${draftId}.json`, message: `The draft could not be restored. ${record.damaged}` } };
      }
      const previous = owned.get(windowId);
      owned.set(windowId, draftId);
      // The window's own earlier draft was settled (saved or dropped) before it restored this one.
      if (previous !== undefined && previous !== draftId) await remove(previous);
      return { ok: true, record };
    },

    async discardRecoverable(draftId) {
      if (new Set(owned.values()).has(draftId)) return;
      await remove(draftId);
    },
  };
}
