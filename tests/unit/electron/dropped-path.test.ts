import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, MAX_SESSION_BYTES, serializeSession } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { DocumentRegistry } from '../../../electron/main/services/documents';
import { RecentFiles } from '../../../electron/main/services/recent-files';
import { createSessionFiles } from '../../../electron/main/services/session-files';
import { SessionOpener } from '../../../electron/main/services/session-opener';

// A path from the page is checked in main. The page names a dropped file only through the
// preload (webUtils.getPathForFile, docs/api/web-utils.md), but a page that is not ours could
// send any string through the openDroppedFile call: main opens only an existing regular file
// with an extension Pickwise opens and a session's size, and says which file it refused.

let folder: string;
let recent: RecentFiles;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-drop-'));
});
afterEach(async () => {
  await recent.flushed();
  await rm(folder, { recursive: true, force: true });
});

function opener() {
  const reads: string[] = [];
  const errors: FileError[] = [];
  const sessionFiles = createSessionFiles(fs);
  recent = new RecentFiles(fs, join(folder, 'recent.json'));
  const documents = new DocumentRegistry();
  const service = new SessionOpener({
    documents,
    sessionFiles: {
      ...sessionFiles,
      read: (path) => {
        reads.push(path);
        return sessionFiles.read(path);
      },
    },
    recentFiles: recent,
    windows: { ids: () => [1], focused: () => 1, focus: () => undefined, create: () => 2, send: () => undefined },
    showFileError: async (_windowId, error) => void errors.push(error),
    stat: (path) => fs.stat(path),
    platform: 'linux',
  });
  return { service, reads, errors, documents };
}

async function refused(path: string, expected: { code: string; message: RegExp }) {
  const { service, reads, errors, documents } = opener();
  const result = await service.openDropped(1, path);
  expect(result, path).toMatchObject({ status: 'failed', error: { code: expected.code } });
  if (result.status === 'failed') expect(result.error.message).toMatch(expected.message);
  // Explained to the facilitator, nothing read, nothing changed.
  expect(errors).toHaveLength(1);
  expect(reads).toEqual([]);
  expect(documents.get(1).filePath).toBeNull();
}

describe('a dropped path is checked in main', () => {
  it('opens an existing session file', async () => {
    const path = join(folder, 'plan.pickwise');
    await writeFile(path, serializeSession(createSampleSession()));
    const { service } = opener();
    expect(await service.openDropped(1, path)).toMatchObject({ status: 'opened', fileName: 'plan.pickwise' });
  });

  it('refuses a folder, even one named like a session', async () => {
    await mkdir(join(folder, 'folder.pickwise'));
    await refused(join(folder, 'folder.pickwise'), { code: 'not-a-file', message: /^“folder\.pickwise” could not be opened\. It is a folder/ });
  });

  it('refuses a device, even behind a link named like a session', async () => {
    await symlink('/dev/zero', join(folder, 'zero.pickwise'));
    await refused(join(folder, 'zero.pickwise'), { code: 'not-a-file', message: /^“zero\.pickwise” could not be opened\. It is not a regular file/ });
    await refused('/dev/null', { code: 'not-a-file', message: /^“null” could not be opened\. It is not a regular file/ });
  });

  it('refuses a named pipe without waiting on it', async () => {
    const fifo = join(folder, 'pipe.pickwise');
    execFileSync('mkfifo', [fifo]);
    await refused(fifo, { code: 'not-a-file', message: /^“pipe\.pickwise” could not be opened\. It is not a regular file/ });
  });

  it('refuses a file Pickwise does not open, such as /etc/passwd', async () => {
    await refused('/etc/passwd', { code: 'not-a-session', message: /^“passwd” could not be opened\. Pickwise opens session files/ });
  });

  it('refuses a file larger than a session may be, before reading it', async () => {
    const huge = join(folder, 'huge.json');
    const handle = await open(huge, 'w');
    await handle.truncate(MAX_SESSION_BYTES + 1);
    await handle.close();
    await refused(huge, { code: 'too-large', message: /^“huge\.json” could not be opened\. It is larger than 50 MB, the most a session file may be\./ });
  });

  it('refuses a path that is not a full path on this computer, or holds a NUL', async () => {
    await refused('plan.pickwise', { code: 'not-a-file', message: /^“plan\.pickwise” could not be opened\. It is not a file on this computer\./ });
    await refused(`${folder}/a\u0000.pickwise`, { code: 'not-a-file', message: /It is not a file on this computer\./ });
  });

  it('says so when the file is not there', async () => {
    await refused(join(folder, 'gone.pickwise'), { code: 'ENOENT', message: /^“gone\.pickwise” could not be opened\. It is not there any more/ });
  });
});
