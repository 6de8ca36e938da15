import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseSession, serializeSession } from '../../../shared';
import { createSessionFiles } from '../../../electron/main/services/session-files';
import { growingSession, versionOf } from './fixtures/growing-session';

// Atomic saves under fire: a child process saves a growing session in a loop with the app's
// real writer and is killed with SIGKILL at random moments. After every kill the file must be
// exactly one whole version the child had written, never a mixture, never empty; temporary
// files a kill leaves behind must be gone after the next completed save.

const KILLS = 200;
// Two children at a time, each on its own file, to keep the test short on a small machine.
const LANES = 2;

let folder: string;
let script: string;
const running = new Set<ChildProcess>();

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-save-kill-'));
  script = join(folder, 'save-loop.mjs');
  // Bundled once, so each child starts as plain Node in a few tens of milliseconds.
  await build({
    entryPoints: [join(__dirname, 'fixtures/save-loop.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: script,
    logLevel: 'error',
  });
});

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await rm(folder, { recursive: true, force: true });
});

interface Round {
  /** Versions whose save had started, in order. */
  started: number[];
  lastDone: number | null;
  /** Whether the leftovers of earlier kills were gone once a save completed; null if none did. */
  leftoversCleaned: boolean | null;
  error: string | null;
}

const tempPrefix = (fileName: string) => `.${fileName}.pickwise-tmp-`;

/** Starts a child at version `first`, kills it 5–40 ms after it is ready, reports what it said. */
function runRound(target: string, fileName: string, first: number, leftovers: string[]): Promise<Round> {
  return new Promise((resolve, reject) => {
    const round: Round = { started: [], lastDone: null, leftoversCleaned: null, error: null };
    const child = spawn(process.execPath, [script, target, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let buffered = '';
    let stderr = '';
    let checking: Promise<void> = Promise.resolve();
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, value] = line.split(' ');
        if (word === 'ready') setTimeout(() => child.kill('SIGKILL'), 5 + Math.random() * 35);
        else if (word === 'start') round.started.push(Number(value));
        else if (word === 'error') round.error = line;
        else if (word === 'done') {
          const wasFirst = round.lastDone === null;
          round.lastDone = Number(value);
          if (wasFirst && leftovers.length > 0) {
            checking = readdir(join(target, '..')).then((names) => {
              round.leftoversCleaned = leftovers.every((name) => !names.includes(name));
            });
          }
        }
      }
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      running.delete(child);
      if (signal !== 'SIGKILL') return reject(new Error(`the save loop ended by itself (${round.error ?? stderr})`));
      void checking.then(() => resolve(round), reject);
    });
  });
}

async function lane(index: number, kills: number) {
  const fileName = `session-${index}.pickwise`;
  const target = join(folder, fileName);
  const files = createSessionFiles(fs);
  let next = index * 1_000_000;
  expect((await files.write(target, growingSession(next))).ok).toBe(true);
  let lastCompleted = next;
  next += 1;
  let leftovers: string[] = [];
  let midWrite = 0;
  let leftoversSeen = 0;
  let cleaned = 0;
  for (let kill = 0; kill < kills; kill += 1) {
    const round = await runRound(target, fileName, next, leftovers);
    expect(round.error).toBeNull();
    if (round.leftoversCleaned !== null) expect(round.leftoversCleaned, 'temporary files of the last kill were cleaned up').toBe(true);
    if (round.lastDone !== null) lastCompleted = round.lastDone;
    // Valid: the last version it completed, or one it had started after that (the rename may
    // land before the child says so). Nothing else: no older file, no mixture.
    const inFlight = round.started.filter((version) => version > lastCompleted);
    const allowed = [lastCompleted, ...inFlight];
    if (inFlight.length > 0) midWrite += 1;

    const text = await readFile(target, 'utf8');
    expect(text.length, 'the file is never empty').toBeGreaterThan(0);
    const parsed = parseSession(text);
    expect(parsed.ok, `kill ${kill}: the file parses (${parsed.ok ? '' : parsed.error.message})`).toBe(true);
    if (!parsed.ok) return { midWrite, leftoversSeen, cleaned };
    const version = versionOf(parsed.session);
    expect(allowed, `kill ${kill}: the file holds a version the child wrote`).toContain(version);
    expect(text, 'exactly that version, byte for byte').toBe(serializeSession(growingSession(version!)));
    lastCompleted = version!;

    // Leftovers wait for the next completed save; a round that completed none passes them on.
    const found = (await readdir(folder)).filter((name) => name.startsWith(tempPrefix(fileName)));
    leftoversSeen += found.filter((name) => !leftovers.includes(name)).length;
    if (round.leftoversCleaned !== null) cleaned += leftovers.length;
    leftovers = found;
    next = Math.max(next, ...round.started) + 1;
  }
  return { midWrite, leftoversSeen, cleaned };
}

it(`a save killed at ${KILLS} random moments always leaves one whole version`, async () => {
  const results = await Promise.all(Array.from({ length: LANES }, (_, index) => lane(index, KILLS / LANES)));
  const midWrite = results.reduce((sum, result) => sum + result.midWrite, 0);
  const leftovers = results.reduce((sum, result) => sum + result.leftoversSeen, 0);
  const cleaned = results.reduce((sum, result) => sum + result.cleaned, 0);
  console.log(
    `[save-kill] ${KILLS} kills survived; ${midWrite} landed while a save was in flight; ` +
      `${leftovers} temporary files left by kills, ${cleaned} of them seen removed by the next completed save`,
  );
  expect(midWrite, 'some kills landed mid-save').toBeGreaterThan(0);
}, 120_000);
