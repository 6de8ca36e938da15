import * as fs from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseSession, serializeSession, serializeSessionBytes, sessionSchema, type Session } from '../shared';
import { ipcCalls } from '../shared/ipc-contract';
import { readJson } from '../shared/session/read-json';
import { openSurely } from '../shared/session/sure-open';
import { writeTable } from '../shared/session/table-text';
import { createSessionFiles } from '../electron/main/services/session-files';
import { writeFileAtomic } from '../electron/main/services/atomic-write';
import { hashBytes } from '../electron/main/services/file-fingerprint';
import { summarize } from './stats';

/** One figure's raw samples: the thing measured and its baseline, paired run by run (ms). */
export interface PairedSamples {
  measured: number[];
  baseline: number[];
}

export interface PairedOptions {
  /** Measured pairs kept. */
  runs: number;
  /** Pairs run first and thrown away (JIT warm-up, file-system caches). */
  warmup: number;
}

/**
 * Runs the measured operation and its baseline side by side, `runs` times, alternating which
 * goes first so neither always pays for the other's garbage or caches.
 */
async function paired(options: PairedOptions, measured: () => unknown, baseline: () => unknown): Promise<PairedSamples> {
  const samples: PairedSamples = { measured: [], baseline: [] };
  const time = async (operation: () => unknown): Promise<number> => {
    const start = performance.now();
    await operation();
    return performance.now() - start;
  };
  for (let run = 0; run < options.warmup + options.runs; run += 1) {
    collectGarbage();
    let measuredTime: number;
    let baselineTime: number;
    if (run % 2 === 0) {
      measuredTime = await time(measured);
      collectGarbage();
      baselineTime = await time(baseline);
    } else {
      baselineTime = await time(baseline);
      collectGarbage();
      measuredTime = await time(measured);
    }
    if (run >= options.warmup) {
      samples.measured.push(measuredTime);
      samples.baseline.push(baselineTime);
    }
  }
  return samples;
}

/** A full collection between timings when Node runs with --expose-gc, so one run's garbage is not billed to the next. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Open: parseSession of the session's file (JSON.parse, structure walk, format and version,
 * score tables, schema, integrity) against JSON.parse alone of `baselineText`: the same
 * session as version 1 wrote it, the yardstick of the format issue.
 */
export async function measureOpen(session: Session, baselineText: string, options: PairedOptions): Promise<PairedSamples & { bytes: number }> {
  const text = serializeSession(session);
  const check = parseSession(text, 'en');
  if (!check.ok) throw new Error(`The benchmark session does not open: ${check.error.message}`);
  let sink: unknown;
  const samples = await paired(
    options,
    () => {
      sink = parseSession(text, 'en');
    },
    () => {
      sink = JSON.parse(baselineText);
    },
  );
  if (sink === undefined) throw new Error('unreachable');
  return { ...samples, bytes: Buffer.byteLength(text) };
}

/**
 * Draft check: the gate every draft passes in main (the contract's storeDraft arguments:
 * checkSession's fast scores, schema and integrity) against the bare zod schema alone, which
 * was the gate before and left the integrity to opening. The session is structured-cloned
 * first, as it arrives over IPC.
 */
export async function measureDraftCheck(session: Session, options: PairedOptions): Promise<PairedSamples> {
  const arrived = structuredClone(session);
  if (!ipcCalls.storeDraft.args.safeParse([{ session: arrived }]).success) throw new Error('The benchmark session does not pass the draft gate.');
  let sink: unknown;
  const samples = await paired(
    options,
    () => {
      sink = ipcCalls.storeDraft.args.safeParse([{ session: arrived }]);
    },
    () => {
      sink = sessionSchema.safeParse(arrived);
    },
  );
  if (sink === undefined) throw new Error('unreachable');
  return samples;
}

/**
 * Save: what main does on Save (createSessionFiles(fs).write: serializeSessionBytes,
 * temporary file, write, fsync, rename, leftover clean-up, stat and fingerprint) against
 * fs.writeFile of `baselineText` (the same session as version 1 wrote it) to a file opened
 * once, with one fsync.
 */
export async function measureSave(session: Session, baselineText: string, options: PairedOptions): Promise<PairedSamples & { bytes: number }> {
  const folder = await mkdtemp(join(tmpdir(), 'pickwise-bench-save-'));
  try {
    const files = createSessionFiles(fs);
    const bytes = new TextEncoder().encode(baselineText);
    const target = join(folder, 'board.pickwise');
    const plain = join(folder, 'plain.pickwise');
    const samples = await paired(
      options,
      async () => {
        const result = await files.write(target, session);
        if (!result.ok) throw new Error(result.error.message);
      },
      async () => {
        const handle = await fs.open(plain, 'w');
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
      },
    );
    return { ...samples, bytes: serializeSessionBytes(session).byteLength };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Where a save's time goes (ms, medians of `runs`): the profile behind the Save figure. */
export async function profileSave(session: Session, runs: number): Promise<Record<string, number>> {
  const folder = await mkdtemp(join(tmpdir(), 'pickwise-bench-profile-'));
  const parts: Record<string, number[]> = {
    'serializeSessionBytes (as main)': [],
    'of which JSON.stringify of all but the scores': [],
    'of which score tables': [],
    sha256: [],
    'writeFileAtomic (write, fsync, rename)': [],
  };
  const time = async <T>(name: string, operation: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await operation();
    parts[name]!.push(performance.now() - start);
    return result;
  };
  try {
    for (let run = 0; run < runs; run += 1) {
      collectGarbage();
      const bytes = await time('serializeSessionBytes (as main)', () => serializeSessionBytes(session));
      collectGarbage();
      await time('of which JSON.stringify of all but the scores', () => JSON.stringify({ ...session, scores: '', consensusScores: '' }, null, 2));
      collectGarbage();
      await time('of which score tables', () => [writeTable(session.scores, session, 2).pieces(), writeTable(session.consensusScores, session, 1).pieces()]);
      await time('sha256', () => hashBytes(bytes));
      await time('writeFileAtomic (write, fsync, rename)', () => writeFileAtomic(fs, join(folder, 'board.pickwise'), bytes));
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return medians(parts);
}

/** Where an open's time goes (ms, medians of `runs`): the profile behind the Open figure. */
export function profileOpen(session: Session, runs: number): Record<string, number> {
  const text = serializeSession(session);
  const parts: Record<string, number[]> = { parseSession: [], 'of which readJson (JSON.parse)': [], 'of which the one pass (sure-open.ts)': [] };
  const time = <T>(name: string, operation: () => T): T => {
    const start = performance.now();
    const result = operation();
    parts[name]!.push(performance.now() - start);
    return result;
  };
  for (let run = 0; run < runs; run += 1) {
    collectGarbage();
    time('parseSession', () => parseSession(text, 'en'));
    collectGarbage();
    const json = time('of which readJson (JSON.parse)', () => readJson(text, 'en'));
    if (!json.ok || time('of which the one pass (sure-open.ts)', () => openSurely(json.value)) === null) throw new Error('The benchmark session does not open in one pass.');
  }
  return medians(parts);
}

function medians(parts: Record<string, number[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(parts).map(([name, samples]) => [name, Math.round(summarize(samples).median * 10) / 10]));
}
