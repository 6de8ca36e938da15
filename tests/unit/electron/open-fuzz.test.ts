import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractSessionFromPng, parseSession, sampleSession, serializeSession, SESSION_ERROR_CODES } from '../../../shared';
import { hostileSessionText } from '../shared/hostile-inputs';
import { hostilePng } from '../shared/hostile-png';
import { expectOwnWords } from '../shared/own-words';
import { realHandlers } from './handler-setup';

// Hostile files at the Open handler, through real files, and the outcome each must have: a
// file that parses opens as exactly that session; any other comes back as { status:
// 'failed', error } naming the file, with the reason in Pickwise's own words and never the
// parser's catch-all; the window keeps its document, and the file on disk is never touched.
// Chart images (.png) go through the same handler and must give what extractSessionFromPng
// and parseSession give for them.
// Longer local runs: PICKWISE_FUZZ_RUNS=50000 npx vitest run tests/unit/electron/open-fuzz.test.ts

const RUNS = Number(process.env.PICKWISE_FUZZ_RUNS ?? 8_000);
const PNG_RUNS = Math.max(100, Math.round(RUNS / 8));

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-open-fuzz-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Main's real handlers with one window holding the sample session, saved to `current.pickwise`. */
async function windowWithSample() {
  const setup = realHandlers(folder);
  setup.answers.save.push(join(folder, 'current.pickwise'));
  expect((await setup.handlers.saveSessionAs(setup.window, { session: sampleSession, suggestedName: 'current' })).status).toBe('saved');
  return { ...setup, before: setup.documents.get(1) };
}

describe('the Open handler under fuzzing', () => {
  it(`settles ${RUNS} hostile files as the parser reads them, and leaves the window's document as it was`, async () => {
    const { handlers, answers, documents, shown, window, before } = await windowWithSample();
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
        // What the parser makes of the same bytes, read back as UTF-8 as main reads them.
        const parsed = parseSession(new TextDecoder().decode(bytes), 'en');
        if (result.status === 'opened') {
          if (!parsed.ok) throw new Error(`opened a file the parser refuses: ${parsed.error.message}`);
          expect(serializeSession(result.session)).toBe(serializeSession(parsed.session));
          // The next case starts over from the sample.
          documents.update(1, before);
          return;
        }
        refused += 1;
        expect(result.status).toBe('failed');
        if (result.status !== 'failed') return;
        expect(parsed.ok, 'refused only what the parser refuses').toBe(false);
        expect(result.error.code).not.toBe('parser-fault');
        expect([...SESSION_ERROR_CODES, 'EISDIR', 'ENOENT']).toContain(result.error.code);
        expect(result.error.fileName).toBe('from someone else.pickwise');
        expect(result.error.message.startsWith('“from someone else.pickwise” could not be opened. ')).toBe(true);
        expectOwnWords(result.error.message.replace(/^“[^”]*” could not be opened\. /, ''), text);
        expect(documents.get(1), 'the window keeps its file').toEqual(before);
      }),
      { numRuns: RUNS },
    );
    expect(shown.errors).toHaveLength(refused);
    console.log(`[fuzz] Open handler: ${runs} files opened through the handler, ${refused} refused with a message, the window's document untouched each time`);
    expect(runs).toBeGreaterThanOrEqual(RUNS);
  }, 240_000);

  it(`settles ${PNG_RUNS} hostile chart images as extractSessionFromPng and the parser read them`, async () => {
    const { handlers, answers, documents, shown, window, before } = await windowWithSample();
    const image = join(folder, 'chart from someone else.png');
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostilePng, async ({ kind, bytes }) => {
        await writeFile(image, bytes);
        answers.open.push(image);
        const result = await handlers.openSession(window);
        expect((await readFile(image)).equals(bytes), `${kind}: the file is never touched`).toBe(true);
        const extracted = extractSessionFromPng(bytes, 'en');
        // A .png that is not a PNG at all is read as a session file's text, like any other.
        const text = extracted.ok ? extracted.text : extracted.code === 'not-png' ? new TextDecoder().decode(bytes) : null;
        const parsed = text === null ? null : parseSession(text, 'en');
        if (result.status === 'opened') {
          if (!parsed?.ok) throw new Error(`${kind}: opened an image that carries no readable session`);
          expect(result.fileName, `${kind}: an image opens untitled, so Save never writes over it`).toBeNull();
          expect(serializeSession(result.session)).toBe(serializeSession(parsed.session));
          documents.update(1, before);
          return;
        }
        refused += 1;
        expect(result.status, kind).toBe('failed');
        if (result.status !== 'failed') return;
        expect(parsed?.ok ?? false, `${kind}: refused only what cannot be read`).toBe(false);
        expect(result.error.code, kind).not.toBe('parser-fault');
        expect(result.error.fileName).toBe('chart from someone else.png');
        const reason = result.error.message.replace(/^“chart from someone else\.png” could not be opened\. /, '');
        expect(reason, kind).not.toBe(result.error.message);
        if (!extracted.ok && extracted.code === 'no-session') expect(reason, kind).toMatch(/picture without a Pickwise session/);
        else if (!extracted.ok && extracted.code === 'damaged') expect(reason, kind).toBe(extracted.message);
        expectOwnWords(reason, text ?? '');
        expect(documents.get(1), `${kind}: the window keeps its file`).toEqual(before);
      }),
      { numRuns: PNG_RUNS },
    );
    expect(shown.errors).toHaveLength(refused);
    console.log(`[fuzz] Open handler: ${PNG_RUNS} chart images opened through the handler, ${refused} refused with a message`);
  }, 240_000);
});
