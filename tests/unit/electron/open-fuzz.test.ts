import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSession, SESSION_ERROR_CODES } from '../../../shared';
import { hostileSessionText } from '../shared/hostile-inputs';
import { realHandlers } from './handler-setup';

// Hostile files at the Open handler, through real files: no throw escapes, a failure comes
// back as { status: 'failed', error } naming the file, the window keeps its document, and the
// file on disk is never touched.

const OPEN_FUZZ_RUNS = 10_000;

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-open-fuzz-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the Open handler under fuzzing', () => {
  it(`settles ${OPEN_FUZZ_RUNS} hostile files and leaves the window's document as it was`, async () => {
    const { handlers, answers, documents, shown, window } = realHandlers(folder);
    const current = join(folder, 'current.pickwise');
    answers.save.push(current);
    expect((await handlers.saveSessionAs(window, { session: sampleSession, suggestedName: 'current' })).status).toBe('saved');
    const before = documents.get(1);
    const hostile = join(folder, 'from someone else.pickwise');
    let runs = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostileSessionText, async (text) => {
        runs += 1;
        const bytes = Buffer.from(text);
        await writeFile(hostile, bytes);
        answers.open.push(hostile);
        const result = await handlers.openSession(window);
        expect((await readFile(hostile)).equals(bytes), 'the file is never touched').toBe(true);
        if (result.status === 'opened') {
          // A mutation that is still a valid session opens; the next case starts over.
          documents.update(1, before);
          return;
        }
        refused += 1;
        expect(result.status).toBe('failed');
        if (result.status !== 'failed') return;
        expect(result.error.fileName).toBe('from someone else.pickwise');
        expect(result.error.message).toContain('from someone else.pickwise');
        expect([...SESSION_ERROR_CODES, 'EISDIR', 'ENOENT']).toContain(result.error.code);
        expect(documents.get(1), 'the window keeps its file').toEqual(before);
      }),
      { numRuns: OPEN_FUZZ_RUNS },
    );
    expect(shown.errors).toHaveLength(refused);
    console.log(`[fuzz] Open handler: ${runs} files opened through the handler, ${refused} refused with a message, the window's document untouched each time`);
    expect(runs).toBeGreaterThanOrEqual(OPEN_FUZZ_RUNS);
  }, 180_000);
});
