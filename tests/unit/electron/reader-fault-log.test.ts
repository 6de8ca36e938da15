import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleSession, serializeSession } from '../../../shared';
import { recordReaderFault } from '../../../electron/main/main-errors';
import { createErrorLog } from '../../../electron/main/services/error-log';
import { createSessionFiles } from '../../../electron/main/services/session-files';

// A fault in Pickwise's own reader is not the file's: the facilitator is told so in words, and
// what was thrown goes to the error log with the file's name, for whoever fixes it.
// Models a bug: the integrity check throws as a coding error would.
vi.mock('../../../shared/session/integrity', () => ({
  checkIntegrity: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'id')");
  },
}));

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-reader-fault-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('a fault of the session reader', () => {
  it('tells the facilitator it is not the file, and logs what was thrown with the file’s name', async () => {
    const errorLog = createErrorLog({ fs, folder: join(folder, 'logs') });
    const files = createSessionFiles(fs, { recordFault: recordReaderFault(errorLog) });
    const path = join(folder, 'fine.pickwise');
    await writeFile(path, serializeSession(sampleSession));

    const read = await files.read(path);
    expect(read).toMatchObject({ ok: false, error: { code: 'parser-fault', fileName: 'fine.pickwise' } });
    expect(read.ok ? '' : read.error.message).toMatch(/^“fine\.pickwise” could not be opened\. Pickwise could not read this file because of a fault in Pickwise itself/);
    expect(read.ok ? '' : read.error.message).not.toContain('TypeError');
    await expect.poll(() => readFile(join(folder, 'logs', 'pickwise.log'), 'utf8').catch(() => '')).toContain(
      "Opening “fine.pickwise” met a fault in Pickwise’s own reader: TypeError: Cannot read properties of undefined (reading 'id')",
    );
  });
});

describe('a fault of the session reader with nowhere to log it', () => {
  it('still tells the facilitator, and does not throw', async () => {
    const path = join(folder, 'fine.pickwise');
    await writeFile(path, serializeSession(sampleSession));
    expect(await createSessionFiles(fs).read(path)).toMatchObject({ ok: false, error: { code: 'parser-fault' } });
  });
});
