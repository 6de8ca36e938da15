import * as fs from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleSession, type Session } from '../../../shared';
import { createDrafts } from '../../../electron/main/services/drafts';
import { realHandlers } from './handler-setup';

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
