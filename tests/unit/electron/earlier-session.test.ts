import * as fs from 'node:fs/promises';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, serializeSession, startFollowUp, type Session } from '../../../shared';
import { createSessionHandlers } from '../../../electron/main/ipc/session-handlers';
import type { HandlerServices } from '../../../electron/main/ipc/ports';
import { DocumentRegistry } from '../../../electron/main/services/documents';
import { earlierSessionBeside, isPlainFileName } from '../../../electron/main/services/earlier-session';
import { createSessionFiles } from '../../../electron/main/services/session-files';

// A follow-up's earlier session, found beside its file (issue 16): main takes the name from the
// window's own file, looks in that file's folder only, and accepts only the very session linked.

let folder: string;
let earlier: Session;
let followUpFile: string;
const sessionFiles = createSessionFiles(fs);

function followUpOf(session: Session, fileName: string | null): Session {
  return startFollowUp(session, { fileName }, new Date('2025-06-12T09:00:00Z'), (prefix) => `${prefix}-q2`);
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-earlier-'));
  earlier = createSampleSession();
  followUpFile = join(folder, 'Q2.pickwise');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('earlierSessionBeside', () => {
  it('reads the earlier file named by the follow-up from the same folder, when it holds the session linked', async () => {
    await writeFile(join(folder, 'Q1 workshop.pickwise'), serializeSession(earlier));
    await writeFile(followUpFile, serializeSession(followUpOf(earlier, 'Q1 workshop.pickwise')));
    expect(await earlierSessionBeside(sessionFiles, followUpFile)).toEqual({ status: 'found', session: earlier, fileName: 'Q1 workshop.pickwise' });
  });

  it('finds nothing when the file of that name is another session, or is not there', async () => {
    await writeFile(followUpFile, serializeSession(followUpOf(earlier, 'Q1.pickwise')));
    expect(await earlierSessionBeside(sessionFiles, followUpFile)).toEqual({ status: 'not-found', reason: expect.stringContaining('“Q1.pickwise” could not be opened.') });
    await writeFile(join(folder, 'Q1.pickwise'), serializeSession({ ...earlier, id: 'session-another-room' }));
    expect(await earlierSessionBeside(sessionFiles, followUpFile)).toEqual({ status: 'not-found', reason: '“Q1.pickwise” beside it holds another session.' });
  });

  it('never leaves the folder, whatever name the file holds', async () => {
    await mkdir(join(folder, 'sub'));
    await writeFile(join(folder, 'sub', 'Q1.pickwise'), serializeSession(earlier));
    for (const name of ['sub/Q1.pickwise', '../Q1.pickwise', 'sub\\Q1.pickwise', '..', '']) {
      await writeFile(followUpFile, serializeSession(followUpOf(earlier, name)));
      expect((await earlierSessionBeside(sessionFiles, followUpFile)).status, name).toBe('not-found');
    }
    expect(isPlainFileName('Q1 workshop.pickwise')).toBe(true);
    expect(isPlainFileName('..Q1.pickwise')).toBe(true);
    for (const name of ['', '.', '..', 'a/b', 'a\\b', 'a\0b', '/Q1.pickwise']) expect(isPlainFileName(name), JSON.stringify(name)).toBe(false);
  });

  it('says why it found nothing: a name that is no plain file name, none at all, or its own file', async () => {
    const reason = async (name: string) => {
      await writeFile(followUpFile, serializeSession(followUpOf(earlier, name)));
      const result = await earlierSessionBeside(sessionFiles, followUpFile);
      return result.status === 'not-found' ? result.reason : 'found';
    };
    expect(await reason('..')).toBe('“..” is not the name of a file in a folder.');
    expect(await reason('.')).toBe('“.” is not the name of a file in a folder.');
    expect(await reason('')).toBe('The earlier session was never saved to a file.');
    expect(await reason('Q2.pickwise')).toBe('The earlier file named is this session’s own file.');
  });

  it('finds nothing when the window’s own file cannot be read, and says what Open would', async () => {
    const result = await earlierSessionBeside(sessionFiles, join(folder, 'gone.pickwise'));
    expect(result).toEqual({ status: 'not-found', reason: expect.stringContaining('“gone.pickwise” could not be opened.') });
  });

  it('finds nothing for a window without a file, or a session that follows up nothing', async () => {
    expect(await earlierSessionBeside(sessionFiles, null)).toEqual({ status: 'not-found', reason: expect.stringContaining('no file yet') });
    await writeFile(followUpFile, serializeSession(earlier));
    expect(await earlierSessionBeside(sessionFiles, followUpFile)).toEqual({ status: 'not-found', reason: 'This session follows up no earlier session.' });
  });

  it('is what the readEarlierSession handler answers, for the file of the window that asks', async () => {
    await writeFile(join(folder, 'Q1.pickwise'), serializeSession(earlier));
    await writeFile(followUpFile, serializeSession(followUpOf(earlier, 'Q1.pickwise')));
    const documents = new DocumentRegistry();
    documents.update(7, { filePath: followUpFile });
    const handlers = createSessionHandlers({ documents, sessionFiles } as unknown as HandlerServices);
    expect(await handlers.readEarlierSession({ windowId: 7 })).toEqual({ status: 'found', session: earlier, fileName: 'Q1.pickwise' });
    expect((await handlers.readEarlierSession({ windowId: 8 })).status).toBe('not-found');
  });
});
