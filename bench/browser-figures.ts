import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { serializeSession, type Session } from '../shared';
import { serveAppAsset } from '../electron/main/app-protocol';
import { launchInBrowser } from '../tests/e2e/harness/browser-app';
import { chromiumLaunchOptions } from '../tests/e2e/harness/chromium';
import { HARNESS_ORIGIN } from '../tests/e2e/harness/main-side';
import type { AppUnderTest } from '../tests/e2e/harness/app-under-test';
import { buildBaselinePage } from './build';
import { EXPORT_STYLES, PAGE_PROBES } from './page-probes';

// The browser figures: the built renderer in Debian's Chromium through the e2e harness (the
// real preload bundle, the real IPC handlers and services in this process), driven the way
// tests/e2e/fixtures.ts does, with the frame probes of page-probes.ts.

export interface Viewport {
  width: number;
  height: number;
}

export const PROJECTOR: Viewport = { width: 1920, height: 1080 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

export interface HarnessRun {
  app: AppUnderTest;
  page: Page;
  context: BrowserContext;
  folder: string;
  close(): Promise<void>;
}

/** A fresh app in its own context and temporary folder, with the probes installed. */
export async function startApp(browser: Browser, viewport: Viewport = PROJECTOR): Promise<HarnessRun> {
  const folder = await mkdtemp(join(tmpdir(), 'pickwise-bench-'));
  const context = await browser.newContext({ viewport });
  await context.addInitScript({ content: `${EXPORT_STYLES}\n${PAGE_PROBES}` });
  const app = await launchInBrowser(context, folder, { outside: [], all: [] }, {
    userDataFolder: join(folder, '.user-data'),
    systemLocales: ['en-US'],
    pseudoLocale: false,
    relaunch: () => Promise.reject(new Error('The benchmark never relaunches the app.')),
  });
  await app.page.getByRole('button', { name: 'Sample session' }).waitFor();
  return {
    app,
    page: app.page,
    context,
    folder,
    close: async () => {
      await context.close();
      // Retries: the app may still be writing its draft there as the context closes.
      await rm(folder, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** Opens `session` the way a facilitator does: a file on disk, File ▸ Open…, the dialog answered. */
export async function openBoard(run: HarnessRun, session: Session, name = 'board.pickwise'): Promise<void> {
  const path = join(run.folder, name);
  await writeFile(path, serializeSession(session));
  await run.app.answerOpenDialog(path);
  await run.page.getByRole('button', { name: 'Open…' }).click();
  await run.page.waitForFunction((fileName) => document.title.includes(fileName), name, { timeout: 120_000 });
}

export async function gotoPhase(page: Page, phase: 'Frame' | 'Collect' | 'Score' | 'Map' | 'Decide'): Promise<void> {
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: phase }).click();
  await page.getByRole('main', { name: phase }).waitFor({ timeout: 120_000 });
}

async function probe<T>(page: Page, name: string, options: unknown): Promise<T> {
  return page.evaluate(`window.__pickwiseBench.${name}(${JSON.stringify(options)})`) as Promise<T>;
}

/** Frame latencies of each run (ms), with the probe's own floor measured between them. */
/**
 * The edit probe's floor: a page with nothing but a title field and a button whose name
 * follows it (no React, no app), as the probe finds them in Collect. Whatever a keystroke costs
 * here is the frame's and the probe's, not Pickwise's.
 */
const BARE_EDIT_PAGE = `<!doctype html><html><body>
<div data-testid="candidate-row"><span>C1</span><input class="candidate-title" value="Churn prediction"><button aria-label="Details of C1 Churn prediction">Details</button></div>
<script>
const input = document.querySelector('input');
const details = document.querySelector('button');
input.addEventListener('input', () => details.setAttribute('aria-label', 'Details of C1 ' + input.value));
</script></body></html>`;

export interface FrameSamples {
  /** One list of latencies per run. */
  runs: number[][];
  /** The frame probe with nothing changed, interleaved with the measured events. */
  idle: number[][];
  /** How many points (drag) or rows (edit) were on screen. */
  elements: number;
}

/**
 * Drag: pointerdown on the middle point of the chart, then `moves` pointermoves on window
 * per run, each timed from its dispatch to the paint of the first frame showing the drag
 * overlay at the new position.
 */
export async function measureDrag(run: HarnessRun, options: { runs: number; moves: number }): Promise<FrameSamples> {
  await run.page.locator('[data-testid=matrix-point]').first().waitFor();
  const samples: FrameSamples = { runs: [], idle: [], elements: 0 };
  // One short warm-up drag (JIT, first overlay render), not counted.
  await probe(run.page, 'drag', { moves: 10, idle: false });
  for (let index = 0; index < options.runs; index += 1) {
    const result = await probe<{ moves: number[]; idle: number[]; points: number }>(run.page, 'drag', { moves: options.moves, idle: true });
    samples.runs.push(result.moves);
    samples.idle.push(result.idle);
    samples.elements = result.points;
  }
  return samples;
}

/** The edit probe on BARE_EDIT_PAGE, in a page of its own at `viewport`, as measureEdit runs it. */
export async function measureEditFloor(browser: Browser, viewport: Viewport, options: { runs: number; edits: number }): Promise<FrameSamples> {
  const context = await browser.newContext({ viewport });
  try {
    await context.addInitScript({ content: PAGE_PROBES });
    const page = await context.newPage();
    await page.setContent(BARE_EDIT_PAGE);
    return await editSamples(page, options);
  } finally {
    await context.close();
  }
}

/**
 * Edit: a character typed into a candidate's title in Collect (the input's value set and an
 * `input` event dispatched, which is what React hears of a keystroke), timed to the paint of
 * the first frame where the row shows the new title from the store.
 */
export async function measureEdit(run: HarnessRun, options: { runs: number; edits: number }): Promise<FrameSamples> {
  await run.page.locator('[data-testid="candidate-row"] .candidate-title').first().waitFor();
  return editSamples(run.page, options);
}

/** The edit probe's runs on a page: a short warm-up on the first title, then each run on the next (the probe keeps to the last there is). */
async function editSamples(page: Page, options: { runs: number; edits: number }): Promise<FrameSamples> {
  const samples: FrameSamples = { runs: [], idle: [], elements: 0 };
  await probe(page, 'edit', { index: 0, edits: 5, idle: false });
  for (let index = 0; index < options.runs; index += 1) {
    const result = await probe<{ edits: number[]; idle: number[]; rows: number }>(page, 'edit', { index: 1 + index, edits: options.edits, idle: true });
    samples.runs.push(result.edits);
    samples.idle.push(result.idle);
    samples.elements = result.rows;
  }
  return samples;
}

export interface ExportSamples {
  measured: number[];
  /** The same path with an empty drawing: decode, draw and PNG-encode of a blank canvas. */
  baseline: number[];
  bytes: number;
  svgChars: number;
  pixels: [number, number];
}

/** Export: the chart on screen as a PNG at `ratio` × width × height, in the page. */
export async function measureExport(run: HarnessRun, options: { runs: number; width: number; height: number; ratio: number }): Promise<ExportSamples> {
  await run.page.locator('svg.recharts-surface').first().waitFor();
  type Result = { ms: number; bytes: number; svgChars: number; pixels: [number, number] };
  const samples: ExportSamples = { measured: [], baseline: [], bytes: 0, svgChars: 0, pixels: [0, 0] };
  await probe<Result>(run.page, 'exportPng', { ...options, empty: false });
  for (let index = 0; index < options.runs; index += 1) {
    const order = index % 2 === 0 ? [false, true] : [true, false];
    for (const empty of order) {
      const result = await probe<Result>(run.page, 'exportPng', { ...options, empty });
      if (empty) samples.baseline.push(result.ms);
      else {
        samples.measured.push(result.ms);
        samples.bytes = result.bytes;
        samples.svgChars = result.svgChars;
        samples.pixels = result.pixels;
      }
    }
  }
  return samples;
}

export interface StartSamples {
  measured: number[];
  baseline: number[];
}

/**
 * Start: navigation start (the document's time origin) to the paint of the first frame
 * showing a point of the sample session's chart, the clicks (Sample session, then Map) made
 * by the page script the moment each button can be used; against navigation start to the
 * first frame showing an empty React page's one element. Both pages are served by the same
 * routing, with the same headers (serveAppAsset), in the same page, alternately.
 */
export async function measureStart(run: HarnessRun, options: { runs: number }): Promise<StartSamples> {
  const baselineRoot = await mkdtemp(join(tmpdir(), 'pickwise-bench-baseline-'));
  try {
    await buildBaselinePage(join(baselineRoot, 'bench-baseline'));
    await run.page.route(`${HARNESS_ORIGIN}/bench-baseline/**`, async (route) => {
      const asset = await serveAppAsset(baselineRoot, route.request().url(), (path) => readFile(path));
      await route.fulfill({ status: asset.status, headers: asset.headers, body: Buffer.from(asset.body) });
    });
    const once = async (mode: 'app' | 'baseline'): Promise<number> => {
      const url = mode === 'app' ? `${HARNESS_ORIGIN}/index.html?bench-start=app` : `${HARNESS_ORIGIN}/bench-baseline/index.html?bench-start=baseline`;
      await run.page.goto(url, { waitUntil: 'commit' });
      const handle = await run.page.waitForFunction(() => (window as unknown as { __pickwiseBenchStart?: number }).__pickwiseBenchStart, undefined, { timeout: 60_000 });
      return (await handle.jsonValue()) as number;
    };
    // Warm-up of both (the HTTP cache is off under routing; this warms Chromium's code cache).
    await once('app');
    await once('baseline');
    const samples: StartSamples = { measured: [], baseline: [] };
    for (let index = 0; index < options.runs; index += 1) {
      if (index % 2 === 0) {
        samples.measured.push(await once('app'));
        samples.baseline.push(await once('baseline'));
      } else {
        samples.baseline.push(await once('baseline'));
        samples.measured.push(await once('app'));
      }
    }
    return samples;
  } finally {
    await run.page.unroute(`${HARNESS_ORIGIN}/bench-baseline/**`).catch(() => undefined);
    await rm(baselineRoot, { recursive: true, force: true });
  }
}

/** The renderer's JS heap in use after a full garbage collection, in bytes (CDP). */
export async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}
