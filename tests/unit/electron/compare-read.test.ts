import * as fs from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleSession, embedSessionInPng, serializeSession, type Session } from '../../../shared';
import type { FileError } from '../../../shared/ipc-contract';
import { createExportHandlers } from '../../../electron/main/ipc/export-handlers';
import type { Dialogs, ImportKind } from '../../../electron/main/ipc/ports';
import { createExportFiles } from '../../../electron/main/services/export-files';
import { createSessionFiles } from '../../../electron/main/services/session-files';

// Compare with another session (issue 16): main reads the chosen file with Open's reader and
// hands it back; a file Open refuses is refused with Open's words, shown to the facilitator.

const tinyPng = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
const window = { windowId: 1 };

let folder: string;
let sample: Session;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-compare-read-'));
  sample = createSampleSession();
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function setup(path: string | null) {
  const errors: FileError[] = [];
  const asked: ImportKind[] = [];
  const dialogs = {
    chooseFileToImport: async (_id: number, kind: ImportKind) => {
      asked.push(kind);
      return path;
    },
    showFileError: async (_id: number, error: FileError) => void errors.push(error),
  } as unknown as Dialogs;
  const sessionFiles = createSessionFiles(fs);
  const handlers = createExportHandlers(dialogs, sessionFiles, {
    files: createExportFiles(fs),
    clipboard: { writePng: () => undefined },
    printer: { printToPdf: async () => new Uint8Array() },
    now: () => new Date('2026-11-26T10:00:00Z'),
  });
  return { handlers, errors, asked, sessionFiles };
}

describe('reading a session to compare with', () => {
  it('reads a .pickwise file through the comparison’s own open dialog', async () => {
    const path = join(folder, 'last quarter.pickwise');
    await writeFile(path, serializeSession(sample));
    const { handlers, errors, asked } = setup(path);
    expect(await handlers.readSessionForComparison(window)).toEqual({ status: 'read', session: sample, fileName: 'last quarter.pickwise' });
    expect(asked).toEqual(['comparison']);
    expect(errors).toEqual([]);
  });

  it('reads the session inside an exported chart PNG', async () => {
    const path = join(folder, 'chart.png');
    await writeFile(path, embedSessionInPng(tinyPng, serializeSession(sample)));
    const { handlers } = setup(path);
    expect(await handlers.readSessionForComparison(window)).toEqual({ status: 'read', session: sample, fileName: 'chart.png' });
  });

  it('a file Open refuses is refused with Open’s message, shown to the facilitator', async () => {
    const path = join(folder, 'cut.pickwise');
    await writeFile(path, serializeSession(sample).slice(0, 200));
    const { handlers, errors, sessionFiles } = setup(path);
    const opened = await sessionFiles.read(path);
    expect(opened.ok).toBe(false);
    const result = await handlers.readSessionForComparison(window);
    expect(result).toEqual({ status: 'failed', error: !opened.ok && opened.error });
    expect(errors).toEqual([!opened.ok && opened.error]);
    expect(errors[0]?.message).toContain('cut.pickwise');
  });

  it('a cancelled dialog reads nothing', async () => {
    const { handlers, errors } = setup(null);
    expect(await handlers.readSessionForComparison(window)).toEqual({ status: 'cancelled' });
    expect(errors).toEqual([]);
  });
});
