import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleSession } from '../../../shared';
import type { ExternalChangeChoice, FileError, UnsavedChoice } from '../../../shared/ipc-contract';
import { createIpcHandlers } from '../../../electron/main/ipc/handlers';
import { SESSION_FILE_TYPE, withExtension } from '../../../electron/main/services/export-files';
import { DocumentRegistry } from '../../../electron/main/services/documents';
import { createSessionFiles } from '../../../electron/main/services/session-files';
import { createDrafts } from '../../../electron/main/services/drafts';
import { createErrorLog } from '../../../electron/main/services/error-log';
import { cancelledExportDialogs, inertDesktop, inertExports } from './inert-desktop';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-handlers-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function setup() {
  const answers = {
    open: [] as (string | null)[],
    save: [] as (string | null)[],
    unsaved: [] as UnsavedChoice[],
    external: [] as ExternalChangeChoice[],
  };
  const externalPrompts: string[] = [];
  const errors: FileError[] = [];
  const edited: boolean[] = [];
  const closed: number[] = [];
  const cancelled: number[] = [];
  const documents = new DocumentRegistry();
  const handlers = createIpcHandlers({
    dialogs: {
      ...cancelledExportDialogs,
      chooseFileToOpen: async () => answers.open.shift() ?? null,
      chooseFileToSave: async () => answers.save.shift() ?? null,
      askAboutUnsavedChanges: async () => answers.unsaved.shift() ?? 'cancel',
      showFileError: async (_id, error) => void errors.push(error),
      askAboutExternalChange: async (_id, fileName) => {
        externalPrompts.push(fileName);
        return answers.external.shift() ?? 'cancel';
      },
      confirmReplace: async () => false,
      askAboutFormatUpgrade: async () => 'cancel',
    },
    windows: { setDocumentEdited: (_id, dirty) => void edited.push(dirty), close: (id) => void closed.push(id), closeCancelled: (id) => void cancelled.push(id), setPresentationFullScreen: () => undefined },
    documents,
    sessionFiles: createSessionFiles(fs),
    drafts: createDrafts({ fs, folder: join(folder, 'user-data', 'drafts') }),
    errorLog: createErrorLog({ fs, folder: join(folder, 'user-data', 'logs') }),
    desktop: inertDesktop(),
    exports: inertExports(),
  });
  return { handlers, answers, errors, edited, closed, cancelled, documents, externalPrompts, window: { windowId: 1 } };
}

describe('file handlers', () => {
  it('Save without a file asks where, adds the extension, and remembers the file', async () => {
    const { handlers, answers, documents, window } = setup();
    answers.save.push(join(folder, 'workshop'));
    expect(await handlers.saveSession(window, { session: sampleSession })).toEqual({ status: 'saved', fileName: 'workshop.pickwise' });
    expect(documents.get(1).filePath).toBe(join(folder, 'workshop.pickwise'));
    // The second Save writes to the same file without asking.
    const edited = { ...sampleSession, frame: { ...sampleSession.frame, title: 'Edited' } };
    expect(await handlers.saveSession(window, { session: edited })).toEqual({ status: 'saved', fileName: 'workshop.pickwise' });
    expect(JSON.parse(await readFile(join(folder, 'workshop.pickwise'), 'utf8')).frame.title).toBe('Edited');
  });

  it('a cancelled Save As changes nothing', async () => {
    const { handlers, documents, window } = setup();
    expect(await handlers.saveSessionAs(window, { session: sampleSession, suggestedName: 'x' })).toEqual({ status: 'cancelled' });
    expect(documents.get(1).filePath).toBeNull();
  });

  it('Open reads a valid file and makes it the window’s file', async () => {
    const { handlers, answers, documents, window } = setup();
    answers.save.push(join(folder, 'a.pickwise'));
    await handlers.saveSessionAs(window, { session: sampleSession, suggestedName: 'a' });
    await handlers.startNewDocument(window);
    expect(documents.get(1).filePath).toBeNull();
    answers.open.push(join(folder, 'a.pickwise'));
    const opened = await handlers.openSession(window);
    expect(opened).toMatchObject({ status: 'opened', fileName: 'a.pickwise', migratedFrom: null });
    expect(documents.get(1).filePath).toBe(join(folder, 'a.pickwise'));
  });

  it('an invalid file shows an error naming it and leaves the window’s file alone', async () => {
    const { handlers, answers, errors, documents, window } = setup();
    documents.update(1, { filePath: join(folder, 'current.pickwise') });
    await writeFile(join(folder, 'bad.json'), '[1, 2');
    answers.open.push(join(folder, 'bad.json'));
    const result = await handlers.openSession(window);
    expect(result.status).toBe('failed');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('bad.json');
    expect(documents.get(1).filePath).toBe(join(folder, 'current.pickwise'));
  });

  it('a failed save says why and keeps the document dirty', async () => {
    const { handlers, answers, errors, documents, window } = setup();
    documents.update(1, { dirty: true });
    answers.save.push(join(folder, 'missing-folder', 'a.pickwise'));
    const result = await handlers.saveSessionAs(window, { session: sampleSession, suggestedName: 'a' });
    expect(result.status).toBe('failed');
    expect(errors[0]?.message).toContain('a.pickwise');
    expect(documents.get(1)).toMatchObject({ dirty: true, filePath: null });
  });

  it('reports the edited state to the window and closes it on request', async () => {
    const { handlers, edited, closed, documents, window } = setup();
    await handlers.reportDocumentState(window, { title: 'a.pickwise', dirty: true });
    expect(documents.mustAskBeforeClosing(1)).toBe(true);
    await handlers.closeWindow(window);
    expect(edited).toEqual([true]);
    expect(closed).toEqual([1]);
    expect(documents.mustAskBeforeClosing(1)).toBe(false);
  });

  it('tells the window a close was cancelled, so a quit under way stops', async () => {
    const { handlers, cancelled, window } = setup();
    await handlers.closeCancelled(window);
    expect(cancelled).toEqual([1]);
  });

  it('passes the facilitator’s answer to the unsaved-changes prompt through', async () => {
    const { handlers, answers, window } = setup();
    answers.unsaved.push('discard');
    expect(await handlers.confirmUnsavedChanges(window, { documentName: 'a.pickwise' })).toBe('discard');
  });

  it.each([
    ['/tmp/a', '/tmp/a.pickwise'],
    ['/tmp/a.pickwise', '/tmp/a.pickwise'],
    ['/tmp/a.JSON', '/tmp/a.JSON'],
    ['/tmp/a.txt', '/tmp/a.txt.pickwise'],
  ])('keeps session files’ extension: %s → %s', (input, expected) => {
    expect(withExtension(input, SESSION_FILE_TYPE)).toBe(expected);
  });
});
