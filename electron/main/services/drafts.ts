import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Stats } from 'node:fs';
import { MAX_SESSION_BYTES, parseSession, serializeSession, untitled, type Session } from '../../../shared';
import type { DiscardRecoverableDraftResult, FileError, RecoverableDraft } from '../../../shared/ipc-contract';
import { textsIn } from '../../../shared/i18n/texts';
import { interfaceLanguage } from '../interface-language';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import type { FileFingerprint } from './file-fingerprint';
import { describeFsError, sessionSizeReason, tooLargeToOpen } from './session-files';

/** The file-system calls drafts need; tests pass the real one over a temporary folder. */
interface DraftsFs extends AtomicWriteFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  stat(path: string): Promise<Stats>;
  readFile(path: string): Promise<Uint8Array>;
}

/**
 * A draft as kept on disk: the unsaved session of one window and the file it belongs to.
 * The path and fingerprint stay in main; the renderer only ever sees the file's name.
 */
interface DraftRecord {
  draftId: string;
  savedAt: string;
  fileName: string | null;
  filePath: string | null;
  fileFingerprint: FileFingerprint | null;
  session: Session;
}

/** What a window's draft is made of when it is stored. */
interface DraftContent {
  session: Session;
  filePath: string | null;
  fileName: string | null;
  fileFingerprint: FileFingerprint | null;
}

type RestoredDraft = { ok: true; record: DraftRecord } | { ok: false; error: FileError };

/** A draft that was not stored because it could never be reopened; the earlier draft stays. */
export class DraftRefused extends Error {}

/** Unsaved work of every window, kept in the app's data folder until it is saved or discarded. */
export interface Drafts {
  /**
   * Writes (atomically) the draft of a window; one draft per window, replaced each time. A
   * session too large for Open to read is refused (DraftRefused) and the earlier draft kept.
   */
  store(windowId: number, content: DraftContent): Promise<void>;
  /** Removes the window's draft: its work was saved or deliberately dropped. */
  discard(windowId: number): Promise<void>;
  /**
   * The window is gone, or is being replaced, without its work settled (its page stopped): the
   * draft stays on disk and is now offered like one a crash left, by the next window to list.
   */
  release(windowId: number): void;
  /**
   * Drafts left by an earlier run (a crash), newest first; never those of a live window. The
   * first call of a run first removes the drafts over 30 days old that an earlier run offered.
   */
  listRecoverable(): Promise<RecoverableDraft[]>;
  /** Remembers on disk that these drafts were offered, so that they may expire. */
  markOffered(draftIds: readonly string[]): Promise<void>;
  /** Reads a left-over draft and makes it the window's own, so its next store replaces it. */
  restore(windowId: number, draftId: string): Promise<RestoredDraft>;
  /** Deletes a left-over draft the facilitator chose not to restore, unless a window restored it meanwhile. */
  discardRecoverable(draftId: string): Promise<DiscardRecoverableDraftResult>;
}

/** A draft kept longer than this is removed at a start, once it was offered at an earlier one. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

const DRAFT_FILE = /^([a-z0-9-]{1,64})\.json$/;
// Beside each draft that was offered: an empty file saying so, kept until the draft goes.
const OFFERED_MARK = /^([a-z0-9-]{1,64})\.offered$/;
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
  // Expired drafts go once per run, at its first listing, before anything of this run is marked.
  let expiredRemoved: Promise<void> | null = null;

  function serialized<T>(draftId: string, operation: () => Promise<T>): Promise<T> {
    const previous = queues.get(draftId) ?? Promise.resolve();
    const attempt = previous.then(operation);
    const settled = attempt.catch(() => undefined);
    queues.set(draftId, settled);
    // Stryker disable next-line BlockStatement: forgetting a settled queue only frees memory.
    void settled.then(() => {
      if (queues.get(draftId) === settled) queues.delete(draftId);
    });
    return attempt;
  }

  const pathOf = (draftId: string) => join(folder, `${draftId}.json`);
  const markOf = (draftId: string) => join(folder, `${draftId}.offered`);
  const liveIds = () => new Set(owned.values());
  const ownerOf = (draftId: string) => [...owned].find(([, id]) => id === draftId)?.[0];

  async function unlinkIfThere(path: string): Promise<void> {
    try {
      await fs.unlink(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  async function remove(draftId: string): Promise<void> {
    await serialized(draftId, async () => {
      await unlinkIfThere(pathOf(draftId));
      await unlinkIfThere(markOf(draftId));
    });
  }

  async function namesInFolder(): Promise<string[]> {
    try {
      return await fs.readdir(folder);
    } catch (error) {
      // Stryker disable next-line ArrayDeclaration: a name that is no draft's gives an id no file has.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  const ageOf = (stats: Stats) => now().getTime() - stats.mtime.getTime();

  /** Drafts of no live window, kept over 30 days ago and offered at an earlier start; stray marks. */
  async function removeExpired(): Promise<void> {
    const names = await namesInFolder();
    // Stryker disable next-line ArrayDeclaration: as above.
    const drafts = new Set(names.flatMap((name) => DRAFT_FILE.exec(name)?.[1] ?? []));
    // Stryker disable next-line ArrayDeclaration: as above.
    const marked = names.flatMap((name) => OFFERED_MARK.exec(name)?.[1] ?? []);
    const live = liveIds();
    await Promise.all(
      marked.map(async (draftId) => {
        // Stryker disable next-line ConditionalExpression: no live draft is marked at a run's first listing (restoring removes the mark).
        if (live.has(draftId)) return;
        if (!drafts.has(draftId)) return unlinkIfThere(markOf(draftId));
        const stats = await fs.stat(pathOf(draftId));
        // Stryker disable next-line EqualityOperator: differs only at the exact millisecond.
        if (ageOf(stats) > DRAFT_MAX_AGE_MS) await remove(draftId);
      }),
    );
  }

  async function readRecord(draftId: string): Promise<DraftRecord | { damaged: string }> {
    const path = pathOf(draftId);
    const language = interfaceLanguage();
    const t = textsIn(language);
    try {
      const stats = await fs.stat(path);
      if (!stats.isFile() || stats.size > MAX_DRAFT_BYTES) return { damaged: t('desktop:drafts.notADraft') };
      const raw: unknown = JSON.parse(new TextDecoder().decode(await fs.readFile(path)));
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { damaged: t('desktop:drafts.notADraft') };
      const record = raw as Record<string, unknown>;
      // The session inside is checked like any session file: a draft is a file too.
      const parsed = parseSession(JSON.stringify(record['session'] ?? null), language);
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
      // In words, as for any file: Node's own message names the draft's full path, which stays in main.
      return { damaged: error instanceof SyntaxError ? t('desktop:drafts.damaged') : describeFsError(error, language) };
    }
  }

  return {
    async store(windowId, content) {
      // The session is kept as its file would be, so its size is measured by Open's own rule.
      const sessionText = serializeSession(content.session);
      // Stryker disable next-line StringLiteral: UTF-8 is Buffer's default.
      const sessionBytes = Buffer.byteLength(sessionText, 'utf8');
      if (tooLargeToOpen(sessionBytes)) throw new DraftRefused(sessionSizeReason(sessionBytes, interfaceLanguage()));
      let draftId = owned.get(windowId);
      if (draftId === undefined) {
        draftId = newId();
        owned.set(windowId, draftId);
      }
      const { filePath, fileName, fileFingerprint } = content;
      const head = JSON.stringify({ draftId, savedAt: now().toISOString(), filePath, fileName, fileFingerprint });
      // Stryker disable next-line MethodExpression: the session starts with "{"; a newline left inside is JSON whitespace.
      const text = `${head.slice(0, -1)},"session":${sessionText.trimEnd()}}\n`;
      await serialized(draftId, async () => {
        await fs.mkdir(folder, { recursive: true });
        await writeFileAtomic(fs, pathOf(draftId), text);
      });
    },

    async discard(windowId) {
      const draftId = owned.get(windowId);
      // Stryker disable next-line ConditionalExpression: without it, "undefined.json" is removed, a name no draft of ours has.
      if (draftId === undefined) return;
      owned.delete(windowId);
      await remove(draftId);
    },

    release(windowId) {
      owned.delete(windowId);
    },

    async listRecoverable() {
      expiredRemoved ??= removeExpired();
      await expiredRemoved;
      const live = liveIds();
      // Stryker disable next-line ArrayDeclaration: a name that is no draft's gives an id no file has.
      const ids = (await namesInFolder()).flatMap((name) => DRAFT_FILE.exec(name)?.[1] ?? []).filter((id) => !live.has(id));
      const drafts = await Promise.all(
        ids.map(async (draftId): Promise<RecoverableDraft | null> => {
          let stats: Stats;
          try {
            stats = await fs.stat(pathOf(draftId));
          } catch (error) {
            // Discarded by another window while this one was listing.
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
            throw error;
          }
          // Stryker disable next-line EqualityOperator: differs only at the exact millisecond.
          const expiring = ageOf(stats) > DRAFT_MAX_AGE_MS;
          const record = await readRecord(draftId);
          if ('damaged' in record) return { draftId, savedAt: '', fileName: null, title: untitled(interfaceLanguage()), damaged: record.damaged, expiring };
          return { draftId, savedAt: record.savedAt, fileName: record.fileName, title: record.session.frame.title, damaged: null, expiring };
        }),
      );
      return drafts.filter((draft) => draft !== null).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },

    async markOffered(draftIds) {
      await Promise.all(
        draftIds.map((draftId) =>
          serialized(draftId, async () => {
            const handle = await fs.open(markOf(draftId), 'a');
            await handle.close();
          }),
        ),
      );
    },

    async restore(windowId, draftId) {
      const record = await readRecord(draftId);
      // Checked and claimed with no wait in between, so two windows can never both restore it.
      const holder = ownerOf(draftId);
      const t = textsIn(interfaceLanguage());
      if (holder !== undefined && holder !== windowId) {
        const message =
          'damaged' in record
            ? t('desktop:drafts.restoredElsewhere')
            : t('desktop:drafts.restoredElsewhereNamed', { name: record.fileName ?? (record.session.frame.title.trim() || untitled(interfaceLanguage())) });
        return { ok: false, error: { code: 'draft-in-use', fileName: `${draftId}.json`, message } };
      }
      if ('damaged' in record) {
        return { ok: false, error: { code: 'damaged-draft', fileName: `${draftId}.json`, message: t('desktop:drafts.couldNotRestore', { reason: record.damaged }) } };
      }
      const previous = owned.get(windowId);
      owned.set(windowId, draftId);
      // Its next store holds work that was never offered: that draft must be offered again.
      await serialized(draftId, () => unlinkIfThere(markOf(draftId)));
      // The window's own earlier draft was settled (saved or dropped) before it restored this one.
      if (previous !== undefined && previous !== draftId) await remove(previous);
      return { ok: true, record };
    },

    async discardRecoverable(draftId) {
      if (liveIds().has(draftId)) {
        return { status: 'in-use', message: textsIn(interfaceLanguage())('desktop:drafts.keptElsewhere') };
      }
      await remove(draftId);
      return { status: 'discarded' };
    },
  };
}
