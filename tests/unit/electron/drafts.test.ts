import * as fs from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SESSION_BYTES, parseSession, sampleSession, serializeSession, type Session } from '../../../shared';
import { ipcCalls } from '../../../shared/ipc-contract';
import { createDrafts, DRAFT_MAX_AGE_MS, DraftRefused } from '../../../electron/main/services/drafts';
import { sessionOfFileSize } from './fixtures/sized-session';
import { realHandlers } from './handler-setup';
import { renameHeldFor } from './fixtures/held-rename';

// Unsaved work is kept as a draft per window, offered back after a crash, and removed once it
// is saved or deliberately discarded.

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-drafts-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const titled = (title: string): Session => ({ ...sampleSession, frame: { ...sampleSession.frame, title } });
const draftFiles = async (draftsFolder: string) => (await readdir(draftsFolder).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));

describe('the drafts service', () => {
  it('keeps one draft per window, replaced on each store, and never offers a live window’s draft', async () => {
    const draftsFolder = join(folder, 'drafts');
    const drafts = createDrafts({ fs, folder: draftsFolder, now: () => new Date('2026-11-26T10:00:00Z') });
    await drafts.store(1, { session: titled('First'), filePath: null, fileName: null, fileFingerprint: null });
    await drafts.store(1, { session: titled('Second'), filePath: null, fileName: null, fileFingerprint: null });
    await drafts.store(2, { session: titled('Other window'), filePath: '/x/a.pickwise', fileName: 'a.pickwise', fileFingerprint: null });
    expect(await draftFiles(draftsFolder)).toHaveLength(2);
    expect(await drafts.listRecoverable()).toEqual([]);
    // No temporary files stay behind: drafts are written atomically.
    expect((await readdir(draftsFolder)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('a window whose page stopped releases its draft: untouched on disk, offered at once to the next window that lists', async () => {
    const draftsFolder = join(folder, 'drafts');
    const drafts = createDrafts({ fs, folder: draftsFolder });
    await drafts.store(1, { session: titled('Work of the stopped window'), filePath: null, fileName: null, fileFingerprint: null });
    await drafts.store(2, { session: titled('Work of a live window'), filePath: null, fileName: null, fileFingerprint: null });
    expect(await drafts.listRecoverable()).toEqual([]);

    drafts.release(1);
    const offered = await drafts.listRecoverable();
    expect(offered.map((draft) => draft.title)).toEqual(['Work of the stopped window']);
    expect(await draftFiles(draftsFolder)).toHaveLength(2);
    // The fresh window (Reload) takes it back; the live window's draft is never offered.
    const restored = await drafts.restore(3, offered[0]!.draftId);
    expect(restored.ok && restored.record.session.frame.title).toBe('Work of the stopped window');
    expect(await drafts.listRecoverable()).toEqual([]);
    // Releasing a window that settled its work (no draft) changes nothing.
    drafts.release(9);
    expect(await draftFiles(draftsFolder)).toHaveLength(2);
  });

  it('offers the drafts of an earlier run, newest first, with time, file name and title', async () => {
    const draftsFolder = join(folder, 'drafts');
    const crashed = createDrafts({ fs, folder: draftsFolder, now: () => new Date('2026-11-26T10:00:00Z') });
    await crashed.store(1, { session: titled('Untitled work'), filePath: null, fileName: null, fileFingerprint: null });
    const crashedLater = createDrafts({ fs, folder: draftsFolder, now: () => new Date('2026-11-26T11:00:00Z') });
    await crashedLater.store(1, { session: titled('Saved work'), filePath: join(folder, 'w.pickwise'), fileName: 'w.pickwise', fileFingerprint: null });

    const next = createDrafts({ fs, folder: draftsFolder });
    const offered = await next.listRecoverable();
    expect(offered.map(({ savedAt, fileName, title, damaged }) => ({ savedAt, fileName, title, damaged }))).toEqual([
      { savedAt: '2026-11-26T11:00:00.000Z', fileName: 'w.pickwise', title: 'Saved work', damaged: null },
      { savedAt: '2026-11-26T10:00:00.000Z', fileName: null, title: 'Untitled work', damaged: null },
    ]);
    expect(JSON.stringify(offered)).not.toContain(folder);

    const restored = await next.restore(7, offered[0]!.draftId);
    expect(restored.ok && restored.record.session).toEqual(titled('Saved work'));
    expect(restored.ok && restored.record.filePath).toBe(join(folder, 'w.pickwise'));
    // Restored, it belongs to the window: no longer offered, replaced by the window's next store.
    expect((await next.listRecoverable()).map((draft) => draft.title)).toEqual(['Untitled work']);
    await next.store(7, { session: titled('Saved work, edited'), filePath: null, fileName: null, fileFingerprint: null });
    expect(await draftFiles(draftsFolder)).toHaveLength(2);
    await next.discardRecoverable(offered[1]!.draftId);
    await next.discard(7);
    expect(await draftFiles(draftsFolder)).toEqual([]);
  });

  it('offers a damaged draft as damaged, refuses to restore it, and lets it be discarded', async () => {
    const draftsFolder = join(folder, 'drafts');
    await mkdir(draftsFolder, { recursive: true });
    await writeFile(join(draftsFolder, 'abc-123.json'), '{"draftId": "abc-123", "session": {"format": "pickwise-sess');
    await writeFile(join(draftsFolder, 'not-a-draft.txt'), 'ignored');
    const drafts = createDrafts({ fs, folder: draftsFolder });
    const [offered] = await drafts.listRecoverable();
    expect(offered).toMatchObject({ draftId: 'abc-123', damaged: expect.stringMatching(/cut off|damaged/) });
    expect(await drafts.restore(1, 'abc-123')).toMatchObject({ ok: false, error: { message: expect.stringContaining('could not be restored') } });
    await drafts.discardRecoverable('abc-123');
    expect(await drafts.listRecoverable()).toEqual([]);
  });

  it('has nothing to offer when the folder does not exist yet', async () => {
    expect(await createDrafts({ fs, folder: join(folder, 'nowhere') }).listRecoverable()).toEqual([]);
  });

  it('a discard right after a store wins: the store never outlives it', async () => {
    const draftsFolder = join(folder, 'drafts');
    const drafts = createDrafts({ fs, folder: draftsFolder });
    const store = drafts.store(1, { session: sampleSession, filePath: null, fileName: null, fileFingerprint: null });
    const discard = drafts.discard(1);
    await Promise.all([store, discard]);
    expect(await draftFiles(draftsFolder)).toEqual([]);
  });
});

describe('a session too large to reopen', () => {
  let made: Session | null = null;
  const tooLarge = () => (made ??= sessionOfFileSize(MAX_SESSION_BYTES + 1));

  it('is not kept as a draft; the window’s earlier draft stays as it was', async () => {
    const draftsFolder = join(folder, 'drafts');
    const drafts = createDrafts({ fs, folder: draftsFolder });
    await drafts.store(1, { session: titled('Small'), filePath: null, fileName: null, fileFingerprint: null });
    const [name] = await draftFiles(draftsFolder);
    const before = await readFile(join(draftsFolder, name!), 'utf8');
    const refused = drafts.store(1, { session: tooLarge(), filePath: null, fileName: null, fileFingerprint: null });
    await expect(refused).rejects.toBeInstanceOf(DraftRefused);
    await expect(refused).rejects.toThrow('The session would make a file of 50.1 MB, and Pickwise opens session files of at most 50 MB.');
    expect(await readFile(join(draftsFolder, name!), 'utf8')).toBe(before);
    expect(await readdir(draftsFolder)).toEqual([name]);
  });

  it('a session just at the limit is kept, and its draft reopens whole', async () => {
    const draftsFolder = join(folder, 'drafts');
    const atLimit = sessionOfFileSize(MAX_SESSION_BYTES);
    await createDrafts({ fs, folder: draftsFolder, newId: () => 'at-limit' }).store(1, { session: atLimit, filePath: null, fileName: null, fileFingerprint: null });
    const restored = await createDrafts({ fs, folder: draftsFolder }).restore(2, 'at-limit');
    expect(restored.ok && restored.record.session.candidates.length).toBe(atLimit.candidates.length);
  });

  it('through the handler, the message names the work and the size', async () => {
    const { handlers, userDataFolder, window } = realHandlers(folder);
    const big = tooLarge();
    const result = await handlers.storeDraft(window, { session: big });
    expect(result).toEqual({
      status: 'failed',
      message: `Your unsaved changes to “${big.frame.title}” could not be kept as a draft, so a crash now would lose them. The session would make a file of 50.1 MB, and Pickwise opens session files of at most 50 MB.`,
    });
    expect(await draftFiles(join(userDataFolder, 'drafts'))).toEqual([]);
  });

  it('a draft holds the session as its file would, so it reopens whole', async () => {
    const draftsFolder = join(folder, 'drafts');
    await createDrafts({ fs, folder: draftsFolder }).store(1, { session: titled('Kept'), filePath: null, fileName: null, fileFingerprint: null });
    const [name] = await draftFiles(draftsFolder);
    const text = await readFile(join(draftsFolder, name!), 'utf8');
    expect(text).toContain(serializeSession(titled('Kept')).trimEnd());
    const next = createDrafts({ fs, folder: draftsFolder });
    const restored = await next.restore(2, name!.replace('.json', ''));
    expect(restored.ok && restored.record.session).toEqual(titled('Kept'));
    expect(parseSession(JSON.stringify(JSON.parse(text).session), 'en')).toMatchObject({ ok: true });
  });
});

describe('old drafts', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const start = new Date('2026-11-26T10:00:00Z');
  const at = (days: number) => () => new Date(start.getTime() + days * DAY);

  /** A draft left by a crash, kept `daysAgo` days before `start`. */
  async function leftDraft(draftsFolder: string, title: string, daysAgo: number): Promise<string> {
    const crashed = createDrafts({ fs, folder: draftsFolder, now: at(-daysAgo) });
    await crashed.store(1, { session: titled(title), filePath: null, fileName: null, fileFingerprint: null });
    const names = await draftFiles(draftsFolder);
    const kept = new Date(start.getTime() - daysAgo * DAY);
    for (const name of names) {
      const record = JSON.parse(await readFile(join(draftsFolder, name), 'utf8')) as { session: Session; draftId: string };
      if (record.session.frame.title === title) {
        await utimes(join(draftsFolder, name), kept, kept);
        return record.draftId;
      }
    }
    throw new Error('draft not written');
  }

  /** One start of the app: the recovery dialog lists, and main marks what it offered. */
  async function startAt(draftsFolder: string, days: number) {
    const drafts = createDrafts({ fs, folder: draftsFolder, now: at(days) });
    const offered = await drafts.listRecoverable();
    await drafts.markOffered(offered.map((draft) => draft.draftId));
    return { drafts, titles: offered.map((draft) => draft.title), offered };
  }

  it('are offered at least once, then removed at the next start, when kept over 30 days ago', async () => {
    const draftsFolder = join(folder, 'drafts');
    await leftDraft(draftsFolder, 'Old work', 45);
    await leftDraft(draftsFolder, 'Recent work', 3);

    // The first start after 45 days still offers the old draft, and says it is about to go.
    const first = await startAt(draftsFolder, 0);
    expect(first.titles.sort()).toEqual(['Old work', 'Recent work']);
    expect(first.offered.find((draft) => draft.title === 'Old work')?.expiring).toBe(true);
    expect(first.offered.find((draft) => draft.title === 'Recent work')?.expiring).toBe(false);

    // Listed again in the same run (another window), nothing is removed yet.
    expect((await first.drafts.listRecoverable()).map((draft) => draft.title).sort()).toEqual(['Old work', 'Recent work']);

    // The next start removes it: it was offered, and it is over 30 days old.
    const second = await startAt(draftsFolder, 1);
    expect(second.titles).toEqual(['Recent work']);
    expect((await readdir(draftsFolder)).filter((name) => !name.endsWith('.offered'))).toHaveLength(1);

    // A recent draft that was offered stays until it is 30 days old, then goes.
    expect((await startAt(draftsFolder, 20)).titles).toEqual(['Recent work']);
    expect((await startAt(draftsFolder, 28)).titles).toEqual([]);
    expect(await readdir(draftsFolder)).toEqual([]);
  });

  it('a draft never offered is not removed, however old', async () => {
    const draftsFolder = join(folder, 'drafts');
    await leftDraft(draftsFolder, 'Forgotten', 400);
    // Listed without being marked (the window closed before its dialog showed): still there.
    await createDrafts({ fs, folder: draftsFolder, now: at(0) }).listRecoverable();
    expect((await startAt(draftsFolder, 1)).titles).toEqual(['Forgotten']);
    expect((await startAt(draftsFolder, 2)).titles).toEqual([]);
  });

  it('a restored draft is new work: what the window keeps after is offered again before it can expire', async () => {
    const draftsFolder = join(folder, 'drafts');
    await leftDraft(draftsFolder, 'Old work', 45);
    const first = await startAt(draftsFolder, 0);
    const [old] = first.offered;
    expect(await first.drafts.restore(5, old!.draftId)).toMatchObject({ ok: true });
    await first.drafts.store(5, { session: titled('Old work, carried on'), filePath: null, fileName: null, fileFingerprint: null });
    const kept = new Date(start.getTime() - 40 * DAY);
    await utimes(join(draftsFolder, `${old!.draftId}.json`), kept, kept);
    // The app crashed again; the draft is old again, but its new content was never offered.
    expect((await startAt(draftsFolder, 1)).titles).toEqual(['Old work, carried on']);
    expect((await startAt(draftsFolder, 2)).titles).toEqual([]);
  });

  it('marks of drafts that are gone are cleaned up at start', async () => {
    const draftsFolder = join(folder, 'drafts');
    await mkdir(draftsFolder, { recursive: true });
    await writeFile(join(draftsFolder, 'gone-1.offered'), '');
    await startAt(draftsFolder, 0);
    expect(await readdir(draftsFolder)).toEqual([]);
    expect(DRAFT_MAX_AGE_MS).toBe(30 * DAY);
  });
});

describe('a draft and two windows', () => {
  it('once one window restored it, another window’s Restore is refused by name, and its Discard keeps it', async () => {
    const draftsFolder = join(folder, 'drafts');
    const crashed = createDrafts({ fs, folder: draftsFolder });
    await crashed.store(1, { session: titled('Shared work'), filePath: '/x/retail.pickwise', fileName: 'retail.pickwise', fileFingerprint: null });

    const next = createDrafts({ fs, folder: draftsFolder });
    // Both windows' recovery dialogs listed it before either acted.
    const [inFirst] = await next.listRecoverable();
    const [inSecond] = await next.listRecoverable();
    expect(inFirst!.draftId).toBe(inSecond!.draftId);

    expect(await next.restore(1, inFirst!.draftId)).toMatchObject({ ok: true });
    expect(await next.restore(2, inSecond!.draftId)).toEqual({
      ok: false,
      error: {
        code: 'draft-in-use',
        fileName: `${inSecond!.draftId}.json`,
        message: 'The draft of “retail.pickwise” was already restored in another Pickwise window. Carry on with it there.',
      },
    });
    expect(await next.discardRecoverable(inSecond!.draftId)).toEqual({
      status: 'in-use',
      message: 'This draft was already restored in another Pickwise window, so it was kept there.',
    });
    expect(await draftFiles(draftsFolder)).toHaveLength(1);
    // Listed again after it was restored, it is offered to no window.
    expect(await next.listRecoverable()).toEqual([]);
  });

  it('two windows restoring at the same moment: exactly one gets it', async () => {
    const draftsFolder = join(folder, 'drafts');
    await createDrafts({ fs, folder: draftsFolder }).store(1, { session: titled('Raced'), filePath: null, fileName: null, fileFingerprint: null });
    const next = createDrafts({ fs, folder: draftsFolder });
    const [draft] = await next.listRecoverable();
    const results = await Promise.all([next.restore(1, draft!.draftId), next.restore(2, draft!.draftId)]);
    expect(results.map((result) => result.ok).sort()).toEqual([false, true]);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, error: { code: 'draft-in-use', message: expect.stringContaining('“Raced”') } });
  });

  it('through the handlers: the second window is told, and the first keeps the work', async () => {
    const crashed = realHandlers(folder);
    await crashed.handlers.storeDraft(crashed.window, { session: titled('Two windows') });
    const next = realHandlers(folder);
    const [draft] = await next.handlers.listRecoverableDrafts({ windowId: 1 });
    expect(await next.handlers.restoreDraft({ windowId: 1 }, { draftId: draft!.draftId })).toMatchObject({ status: 'restored' });
    expect(await next.handlers.restoreDraft({ windowId: 2 }, { draftId: draft!.draftId })).toMatchObject({ status: 'failed', error: { code: 'draft-in-use' } });
    expect(next.documents.get(2)).toMatchObject({ filePath: null, dirty: false });
    expect(await next.handlers.listRecoverableDrafts({ windowId: 2 })).toEqual([]);
  });
});

describe('drafts through the handlers', () => {
  it('a stored draft goes once the work is saved; New, Open and Don’t Save close drop it too', async () => {
    const { handlers, answers, userDataFolder, window } = realHandlers(folder);
    const draftsFolder = join(userDataFolder, 'drafts');
    expect(await handlers.storeDraft(window, { session: titled('Work') })).toEqual({ status: 'stored' });
    expect(await draftFiles(draftsFolder)).toHaveLength(1);
    answers.save.push(join(folder, 'work.pickwise'));
    await handlers.saveSession(window, { session: titled('Work') });
    expect(await draftFiles(draftsFolder)).toEqual([]);

    await handlers.storeDraft(window, { session: titled('More work') });
    await handlers.startNewDocument(window);
    expect(await draftFiles(draftsFolder)).toEqual([]);

    await handlers.storeDraft(window, { session: titled('Untitled work') });
    answers.open.push(join(folder, 'work.pickwise'));
    expect((await handlers.openSession(window)).status).toBe('opened');
    expect(await draftFiles(draftsFolder)).toEqual([]);

    await handlers.storeDraft(window, { session: titled('Dropped on close') });
    await handlers.closeWindow(window);
    expect(await draftFiles(draftsFolder)).toEqual([]);
  });

  it('a restored draft of a file is saved to that file, and Save still notices outside changes', async () => {
    const first = realHandlers(folder);
    const file = join(folder, 'work.pickwise');
    first.answers.save.push(file);
    await first.handlers.saveSessionAs(first.window, { session: titled('Saved'), suggestedName: 'work' });
    await first.handlers.storeDraft(first.window, { session: titled('Unsaved edits') });

    // The app crashed; a new run on the same data folder.
    const second = realHandlers(folder);
    const [offered] = await second.handlers.listRecoverableDrafts(second.window);
    expect(offered).toMatchObject({ fileName: 'work.pickwise', title: 'Unsaved edits', damaged: null });
    const restored = await second.handlers.restoreDraft(second.window, { draftId: offered!.draftId });
    expect(restored).toEqual({ status: 'restored', session: titled('Unsaved edits'), fileName: 'work.pickwise' });
    expect(second.documents.get(1)).toMatchObject({ filePath: file, dirty: true });

    await writeFile(file, (await readFile(file, 'utf8')).replace('"Saved"', '"Changed elsewhere"'));
    second.answers.external.push('overwrite');
    expect(await second.handlers.saveSession(second.window, { session: titled('Unsaved edits') })).toEqual({ status: 'saved', fileName: 'work.pickwise' });
    expect(second.shown.externalPrompts).toEqual(['work.pickwise']);
    expect(await draftFiles(join(second.userDataFolder, 'drafts'))).toEqual([]);
  });

  it('logs a renderer error report', async () => {
    const { handlers, errorLog, window } = realHandlers(folder);
    await handlers.reportRendererError(window, { message: 'boom', stack: 'Error: boom\n    at x (app.js:1:2)' });
    expect(await readFile(errorLog.path, 'utf8')).toMatch(/\[renderer\] boom\n {4}Error: boom\n {4}at x \(app\.js:1:2\)\n$/);
  });
});

describe('what the drafts folder may hold besides drafts', () => {
  it('a draft id from the page is a plain name, never anything that reaches outside the drafts folder (the contract refuses it first)', () => {
    const accepted = (draftId: string) => ipcCalls.restoreDraft.args.safeParse([{ draftId }]).success && ipcCalls.discardRecoverableDraft.args.safeParse([{ draftId }]).success;
    expect(accepted('6f1c2a9e-0b1d-4e57-9a39-2d8a1f0c7b11')).toBe(true);
    expect(accepted('a'.repeat(64))).toBe(true);
    for (const hostile of ['', '../secret', 'a/b', 'x.json', 'ABC', '-/..', 'a'.repeat(65), 'abc\n', '\nabc']) {
      expect(accepted(hostile), hostile).toBe(false);
    }
  });

  it('files whose names only contain a draft’s name are no drafts and no marks', async () => {
    const draftsFolder = join(folder, 'drafts');
    const old = createDrafts({ fs, folder: draftsFolder, now: () => new Date('2026-01-01T00:00:00Z') });
    await old.store(1, { session: titled('Kept'), filePath: null, fileName: null, fileFingerprint: null });
    const [name] = await draftFiles(draftsFolder);
    const draftId = name!.replace('.json', '');
    const content = await readFile(join(draftsFolder, name!));
    for (const other of [`Copy of ${draftId}.json`, `${draftId}.json.bak`, `Copy of ${draftId}.offered`, `${draftId}.offered.bak`]) {
      await writeFile(join(draftsFolder, other), content);
    }
    const longAgo = new Date('2026-01-01T00:00:00Z');
    await utimes(join(draftsFolder, name!), longAgo, longAgo);
    // Months later: the draft was never offered (the only "marks" are not ours), so it stays,
    // and it is offered once, not once per look-alike file.
    const later = createDrafts({ fs, folder: draftsFolder, now: () => new Date('2026-06-01T00:00:00Z') });
    expect((await later.listRecoverable()).map((draft) => draft.draftId)).toEqual([draftId]);
  });
});

describe('a damaged or foreign draft', () => {
  const damagedReason = async (name: string, content: string | null) => {
    const draftsFolder = join(folder, 'drafts');
    await mkdir(draftsFolder, { recursive: true });
    if (content === null) await mkdir(join(draftsFolder, name));
    else await writeFile(join(draftsFolder, name), content);
    const [offered] = await createDrafts({ fs, folder: draftsFolder }).listRecoverable();
    return offered?.damaged;
  };

  it('is offered as damaged, saying what is wrong, when it is not an object', async () => {
    for (const [index, content] of ['null', '[]', '"text"', '5'].entries()) {
      expect(await damagedReason(`not-object-${index}.json`, content)).toBe('It is not a draft Pickwise wrote.');
      await rm(join(folder, 'drafts'), { recursive: true });
    }
  });

  it('is offered as damaged when it is a folder', async () => {
    expect(await damagedReason('a-folder.json', null)).toBe('It is not a draft Pickwise wrote.');
  });

  it('is offered as damaged when the session inside is not one', async () => {
    const reason = await damagedReason('foreign.json', '{"draftId": "foreign", "session": {"format": "something-else"}}');
    // The same words Open uses for such a file.
    const asFile = parseSession('{"format": "something-else"}', 'en');
    expect(asFile.ok).toBe(false);
    expect(reason).toBe(!asFile.ok && asFile.error.message);
  });

  it('is offered as damaged, without being read, when far larger than a draft can be', async () => {
    const draftsFolder = join(folder, 'drafts');
    await mkdir(draftsFolder, { recursive: true });
    // Sparse: a file this long costs no disk.
    const handle = await fs.open(join(draftsFolder, 'huge.json'), 'w');
    await handle.truncate(MAX_SESSION_BYTES + 64 * 1024 + 1);
    await handle.close();
    const [offered] = await createDrafts({ fs, folder: draftsFolder }).listRecoverable();
    expect(offered?.damaged).toBe('It is not a draft Pickwise wrote.');
    const restored = await createDrafts({ fs, folder: draftsFolder }).restore(1, 'huge');
    expect(restored).toEqual({
      ok: false,
      error: { code: 'damaged-draft', fileName: 'huge.json', message: 'The draft could not be restored. It is not a draft Pickwise wrote.' },
    });
  });

  it('keeps only the fields it can trust: long or non-text names and malformed fingerprints are dropped', async () => {
    const draftsFolder = join(folder, 'drafts');
    await mkdir(draftsFolder, { recursive: true });
    const session = JSON.parse(serializeSession(titled('Trusted'))) as unknown;
    const fingerprint = { sha256: 'ab'.repeat(32), size: 10, mtimeMs: 5 };
    const drafts = [
      { draftId: 'good', savedAt: '2026-11-26T10:00:00.000Z', fileName: 'n'.repeat(4096), filePath: '/x/y.pickwise', fileFingerprint: fingerprint },
      { draftId: 'long', savedAt: 7, fileName: 'n'.repeat(4097), filePath: 12, fileFingerprint: { ...fingerprint, sha256: 1 } },
      { draftId: 'size', fileFingerprint: { ...fingerprint, size: '10' } },
      { draftId: 'time', fileFingerprint: { ...fingerprint, mtimeMs: null } },
      { draftId: 'text', fileFingerprint: 'ab' },
      { draftId: 'none', fileFingerprint: null },
      // No fingerprint at all (written by hand, or by an older Pickwise): no file to compare with.
      { draftId: 'bare' },
    ];
    for (const draft of drafts) await writeFile(join(draftsFolder, `${draft.draftId}.json`), JSON.stringify({ ...draft, session }));
    const reader = createDrafts({ fs, folder: draftsFolder });
    const restored = async (draftId: string) => {
      const result = await reader.restore(Number.parseInt(draftId, 36), draftId);
      if (!result.ok) throw new Error(result.error.message);
      return result.record;
    };
    expect(await restored('good')).toMatchObject({ savedAt: '2026-11-26T10:00:00.000Z', fileName: 'n'.repeat(4096), filePath: '/x/y.pickwise', fileFingerprint: fingerprint });
    const long = await restored('long');
    expect(long).toMatchObject({ fileName: null, filePath: null, fileFingerprint: null });
    // A time that is not text: the file's own time stands in.
    expect(long.savedAt).toBe((await fs.stat(join(draftsFolder, 'long.json'))).mtime.toISOString());
    for (const draftId of ['size', 'time', 'text', 'none', 'bare']) expect((await restored(draftId)).fileFingerprint).toBeNull();
  });

  it('is read when exactly as long as a draft may be: the largest session and 64 KB for its fields', async () => {
    const draftsFolder = join(folder, 'drafts');
    await mkdir(draftsFolder, { recursive: true });
    const record = Buffer.from(JSON.stringify({ draftId: 'longest', fileName: null, filePath: null, fileFingerprint: null, session: JSON.parse(serializeSession(titled('Longest'))) }));
    // JSON may end in any amount of white space: the file is padded to the limit.
    const text = Buffer.alloc(MAX_SESSION_BYTES + 64 * 1024, ' ');
    record.copy(text);
    await writeFile(join(draftsFolder, 'longest.json'), text);
    const restored = await createDrafts({ fs, folder: draftsFolder }).restore(1, 'longest');
    expect(restored.ok && restored.record.session.frame.title).toBe('Longest');
  });

  it('is offered as damaged, saying in words what the system reported, when it cannot be read', async () => {
    const draftsFolder = join(folder, 'drafts');
    for (const id of ['locked', 'broken']) {
      await createDrafts({ fs, folder: draftsFolder, newId: () => id }).store(1, { session: titled(id), filePath: null, fileName: null, fileFingerprint: null });
    }
    const failure = (code: string, message: string) => Object.assign(new Error(message), { code });
    const unreadableFs = {
      ...fs,
      readFile: async (path: string) => {
        if (path.endsWith('locked.json')) throw failure('EACCES', `EACCES: permission denied, open '${path}'`);
        throw failure('EIO', 'EIO: i/o error, read');
      },
    };
    const offered = await createDrafts({ fs: unreadableFs, folder: draftsFolder }).listRecoverable();
    expect(offered.map(({ draftId, damaged }) => [draftId, damaged]).sort()).toEqual([
      ['broken', 'The system reported: EIO: i/o error, read'],
      ['locked', 'You do not have permission to use this file.'],
    ]);
    // The page is told the draft's name only, never where the app keeps its data.
    expect(JSON.stringify(offered)).not.toContain(folder);
  });
});

describe('restoring and discarding', () => {
  it('a window that restores a draft over its own settled work drops its own earlier draft', async () => {
    const draftsFolder = join(folder, 'drafts');
    await createDrafts({ fs, folder: draftsFolder }).store(1, { session: titled('Left over'), filePath: null, fileName: null, fileFingerprint: null });
    const drafts = createDrafts({ fs, folder: draftsFolder });
    const [left] = await drafts.listRecoverable();
    await drafts.store(4, { session: titled('Own work'), filePath: null, fileName: null, fileFingerprint: null });
    expect(await draftFiles(draftsFolder)).toHaveLength(2);
    expect(await drafts.restore(4, left!.draftId)).toMatchObject({ ok: true });
    expect(await draftFiles(draftsFolder)).toEqual([`${left!.draftId}.json`]);
    // Restoring it again in the same window keeps it.
    expect(await drafts.restore(4, left!.draftId)).toMatchObject({ ok: true });
    expect(await draftFiles(draftsFolder)).toEqual([`${left!.draftId}.json`]);
  });

  it('a draft restored elsewhere is refused by its session’s title when it names no file, or as “This draft” when damaged', async () => {
    const draftsFolder = join(folder, 'drafts');
    await createDrafts({ fs, folder: draftsFolder }).store(1, { session: titled('  Roadmap  '), filePath: null, fileName: null, fileFingerprint: null });
    await createDrafts({ fs, folder: draftsFolder }).store(1, { session: titled('   '), filePath: null, fileName: null, fileFingerprint: null });
    const drafts = createDrafts({ fs, folder: draftsFolder });
    const offered = await drafts.listRecoverable();
    for (const [index, draft] of offered.entries()) await drafts.restore(10 + index, draft.draftId);
    const refusal = async (draftId: string) => ((await drafts.restore(2, draftId)) as { ok: false; error: { message: string } }).error.message;
    expect((await Promise.all(offered.map((draft) => refusal(draft.draftId)))).sort()).toEqual([
      'The draft of “Roadmap” was already restored in another Pickwise window. Carry on with it there.',
      'The draft of “Untitled” was already restored in another Pickwise window. Carry on with it there.',
    ]);
    // Its file damaged meanwhile: the refusal cannot name it.
    await writeFile(join(draftsFolder, `${offered[0]!.draftId}.json`), '{"cut');
    expect(await refusal(offered[0]!.draftId)).toBe('This draft was already restored in another Pickwise window. Carry on with it there.');
  });

  it('says a discarded draft is gone, and discarding a window without a draft does nothing', async () => {
    const draftsFolder = join(folder, 'drafts');
    await createDrafts({ fs, folder: draftsFolder }).store(1, { session: titled('Dropped'), filePath: null, fileName: null, fileFingerprint: null });
    const drafts = createDrafts({ fs, folder: draftsFolder });
    await drafts.discard(3);
    const [left] = await drafts.listRecoverable();
    expect(await drafts.discardRecoverable(left!.draftId)).toEqual({ status: 'discarded' });
    expect(await draftFiles(draftsFolder)).toEqual([]);
  });

  it('a draft discarded in another window before this one restores it is refused in words, naming no folder', async () => {
    const draftsFolder = join(folder, 'drafts');
    await createDrafts({ fs, folder: draftsFolder, newId: () => 'left-over' }).store(1, { session: titled('Left over'), filePath: null, fileName: null, fileFingerprint: null });
    const drafts = createDrafts({ fs, folder: draftsFolder });
    // Both windows' recovery dialogs offer it; the second window discards it first.
    expect((await drafts.listRecoverable()).map((draft) => draft.draftId)).toEqual(['left-over']);
    expect(await drafts.discardRecoverable('left-over')).toEqual({ status: 'discarded' });
    expect(await drafts.restore(2, 'left-over')).toEqual({
      ok: false,
      error: { code: 'damaged-draft', fileName: 'left-over.json', message: 'The draft could not be restored. The file or its folder no longer exists.' },
    });
  });

  it('a failure to delete is reported, not swallowed', async () => {
    const draftsFolder = join(folder, 'drafts');
    await createDrafts({ fs, folder: draftsFolder }).store(1, { session: titled('Locked'), filePath: null, fileName: null, fileFingerprint: null });
    const failingFs = { ...fs, unlink: async () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) };
    const drafts = createDrafts({ fs: failingFs, folder: draftsFolder });
    const [left] = await drafts.listRecoverable();
    await expect(drafts.discardRecoverable(left!.draftId)).rejects.toThrow('EACCES');
  });

  it('a folder that cannot be listed is reported, not taken for an empty one', async () => {
    const failingFs = { ...fs, readdir: async () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) };
    await expect(createDrafts({ fs: failingFs, folder: join(folder, 'drafts') }).listRecoverable()).rejects.toThrow('EACCES');
  });
});

describe('the list of drafts offered', () => {
  it('is newest first whatever order the folder lists them in, with damaged ones last and without a time', async () => {
    const draftsFolder = join(folder, 'drafts');
    const ids = ['a-oldest', 'b-newest', 'c-middle'];
    const times = ['2026-11-20T10:00:00Z', '2026-11-26T10:00:00Z', '2026-11-23T10:00:00Z'];
    for (const [index, id] of ids.entries()) {
      const crashed = createDrafts({ fs, folder: draftsFolder, now: () => new Date(times[index]!), newId: () => id });
      await crashed.store(1, { session: titled(id), filePath: null, fileName: null, fileFingerprint: null });
    }
    await writeFile(join(draftsFolder, '0-damaged.json'), '{"cut');
    const sortedFs = { ...fs, readdir: async (path: string) => (await fs.readdir(path)).sort() };
    const offered = await createDrafts({ fs: sortedFs, folder: draftsFolder }).listRecoverable();
    expect(offered.map((draft) => [draft.title, draft.savedAt])).toEqual([
      ['b-newest', '2026-11-26T10:00:00.000Z'],
      ['c-middle', '2026-11-23T10:00:00.000Z'],
      ['a-oldest', '2026-11-20T10:00:00.000Z'],
      ['Untitled', ''],
    ]);
  });

  it('leaves out a draft discarded by another window while it was listing', async () => {
    const draftsFolder = join(folder, 'drafts');
    for (const id of ['kept', 'gone']) {
      await createDrafts({ fs, folder: draftsFolder, newId: () => id }).store(1, { session: titled(id), filePath: null, fileName: null, fileFingerprint: null });
    }
    // The folder was read before the other window's discard; the draft was gone when looked at.
    const racingFs = {
      ...fs,
      stat: async (path: string) => (path.endsWith('gone.json') ? Promise.reject(Object.assign(new Error('ENOENT: gone'), { code: 'ENOENT' })) : fs.stat(path)),
    };
    expect((await createDrafts({ fs: racingFs, folder: draftsFolder }).listRecoverable()).map((draft) => draft.title)).toEqual(['kept']);
    const failingFs = { ...racingFs, stat: async () => Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })) };
    await expect(createDrafts({ fs: failingFs, folder: draftsFolder }).listRecoverable()).rejects.toThrow('EIO');
  });
});

describe('stores of one window in a row', () => {
  it('the last store wins, even when one before it is slow to finish', async () => {
    const draftsFolder = join(folder, 'drafts');
    // The second store's rename waits until the test lets it go.
    const { fs: slowFs, held: secondAtGate, release } = renameHeldFor('"title": "Second"');
    const drafts = createDrafts({ fs: slowFs, folder: draftsFolder, newId: () => 'one-window' });
    const store = (title: string) => drafts.store(1, { session: titled(title), filePath: null, fileName: null, fileFingerprint: null });
    const first = store('First');
    const second = store('Second');
    await first;
    await secondAtGate;
    // The third store is asked for while the second is still under way.
    const third = store('Third');
    for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
    release();
    await Promise.all([second, third]);
    const restored = await createDrafts({ fs, folder: draftsFolder }).restore(2, 'one-window');
    expect(restored.ok && restored.record.session.frame.title).toBe('Third');
  });
});
