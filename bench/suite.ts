import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { bigBoardSession } from '../tests/e2e/support/big-board';
import { benchSession, boardFiles, describeBoard } from './big-session';
import { rendererBundleSize } from './build';
import { measureDrag, measureEdit, measureEditFloor, measureExport, measureStart, openBoard, gotoPhase, launchBrowser, startApp, usedHeap, PROJECTOR, type FrameSamples } from './browser-figures';
import { measureDraftCheck, measureOpen, measureSave, profileOpen, profileSave } from './node-figures';
import { figure, type Figure } from './report';
import { ratios, summarize } from './stats';

/** Sizes and run counts; the smoke version shrinks them all and drops the budgets. */
export interface BenchConfig {
  budgets: boolean;
  /** Candidates of the Open, Save and heap board (× 4 participants × 8 criteria). */
  bigBoard: number;
  nodeRuns: number;
  nodeWarmup: number;
  /** Candidates on the chart for the first drag. */
  dragBoard: number;
  /** A bigger board whose drag is measured too; null to skip. */
  bigDragBoard: number | null;
  dragRuns: number;
  movesPerRun: number;
  editBoard: number;
  editRuns: number;
  editsPerRun: number;
  startRuns: number;
  /** Candidates on the exported chart, and the PNG's scale (× 1920×1080). */
  exportBoard: number;
  exportRatio: number;
  exportRuns: number;
  /** Which figures to run (all when empty). */
  only: readonly FigureGroup[];
}

export type FigureGroup = 'open' | 'save' | 'draft' | 'drag' | 'edit' | 'start' | 'export' | 'size';
export const FIGURE_GROUPS: readonly FigureGroup[] = ['open', 'save', 'draft', 'drag', 'edit', 'start', 'export', 'size'];

export const FULL: BenchConfig = {
  budgets: true,
  bigBoard: 5000,
  nodeRuns: 9,
  nodeWarmup: 2,
  dragBoard: 300,
  bigDragBoard: 1000,
  dragRuns: 3,
  movesPerRun: 100,
  editBoard: 1000,
  editRuns: 3,
  editsPerRun: 40,
  startRuns: 8,
  exportBoard: 1000,
  exportRatio: 4,
  exportRuns: 7,
  only: [],
};

export const SMOKE: BenchConfig = {
  budgets: false,
  bigBoard: 24,
  nodeRuns: 2,
  nodeWarmup: 0,
  dragBoard: 24,
  bigDragBoard: null,
  dragRuns: 2,
  movesPerRun: 5,
  editBoard: 24,
  editRuns: 2,
  editsPerRun: 3,
  startRuns: 2,
  exportBoard: 24,
  exportRatio: 2,
  exportRuns: 2,
  only: [],
};

/** The budgets (issue 15): a drag step and a keystroke inside a 60 Hz frame on a board of a thousand. */
const BUDGETS = {
  drag: { median: 16, p95: 20 },
  bigDrag: { median: 16, p95: 33 },
  editMedianMs: 8,
  startRatio: 2,
  exportMs: 1000,
} as const;

interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  chromium: string | null;
  platform: string;
  loadBefore: number[];
  loadAfter: number[];
}

export interface BenchResult {
  when: string;
  config: BenchConfig;
  machine: Machine;
  figures: Figure[];
  seconds: number;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((each) => each.startsWith('model name'));
    if (line) return line.split(':')[1]!.trim();
  } catch {
    // Not Linux: os.cpus() knows the model too.
  }
  return cpus()[0]?.model ?? 'unknown';
}

function frameFigures(id: string, name: string, samples: FrameSamples, budgets: { median: number; p95: number } | null, useBudgets: boolean, method: string): Figure[] {
  const all = samples.runs.flat();
  const idle = summarize(samples.idle.flat());
  const baseline = { name: 'idle frame', unit: 'ms' as const, summary: idle };
  const details = { elements: samples.elements, samples: all.length };
  return [
    figure({ id: `${id}.median`, name: `${name}, median`, unit: 'ms', method, samples: all, perRun: samples.runs, stat: 'median', baseline, budget: budgets ? { max: budgets.median, on: 'median' } : null, useBudgets, details }),
    figure({ id: `${id}.p95`, name: `${name}, p95`, unit: 'ms', method, samples: all, perRun: samples.runs, stat: 'p95', baseline: { ...baseline, summary: idle }, budget: budgets ? { max: budgets.p95, on: 'p95' } : null, useBudgets, details }),
  ];
}

const log = (text: string) => console.log(`  · ${text}`);

/** Runs the figures of `config`; prints progress, returns every figure. */
export async function runBench(config: BenchConfig): Promise<BenchResult> {
  const started = performance.now();
  const loadBefore = loadavg();
  const wanted = (group: FigureGroup) => config.only.length === 0 || config.only.includes(group);
  const figures: Figure[] = [];
  const useBudgets = config.budgets;
  const big = wanted('open') || wanted('save') ? benchSession(config.bigBoard) : null;
  const files = big ? boardFiles(big) : null;

  if (big && files && wanted('open')) {
    log(`Open: ${describeBoard(big)}`);
    const bytes = { version1: Buffer.byteLength(files.version1), current: Buffer.byteLength(files.current) };
    figures.push(
      figure({
        id: 'format.size',
        name: `File of ${config.bigBoard} candidates (÷ its version-1 size)`,
        unit: '×',
        method: 'Bytes of serializeSession (format 2: score tables, a row per line) ÷ bytes of the same session as version 1 wrote it (a score object per 6 lines).',
        samples: [bytes.current / bytes.version1],
        baseline: { name: 'version-1 file', unit: 'MB', summary: summarize([bytes.version1 / 1e6]) },
        budget: { max: 0.25, on: 'median' },
        useBudgets,
        details: bytes,
      }),
    );
    const open = await measureOpen(files.board, files.version1, { runs: config.nodeRuns, warmup: config.nodeWarmup });
    figures.push(
      figure({
        id: 'open',
        name: `Open ${config.bigBoard} candidates (÷ JSON.parse of version 1)`,
        unit: '×',
        method: 'parseSession of the format-2 file ÷ JSON.parse alone of the same session’s version-1 file, paired runs in Node, order alternating.',
        samples: ratios(open.measured, open.baseline),
        baseline: { name: 'JSON.parse v1', unit: 'ms', summary: summarize(open.baseline) },
        budget: { max: 1, on: 'median' },
        useBudgets,
        details: { parseSessionMs: summarize(open.measured), fileBytes: open.bytes, profileMs: profileOpen(files.board, Math.max(2, Math.ceil(config.nodeRuns / 2))) },
      }),
    );
  }
  if (big && files && wanted('save')) {
    log('Save');
    const save = await measureSave(files.board, files.version1, { runs: config.nodeRuns, warmup: config.nodeWarmup });
    const profile = await profileSave(files.board, Math.max(2, Math.ceil(config.nodeRuns / 2)));
    figures.push(
      figure({
        id: 'save',
        name: `Save ${config.bigBoard} candidates (÷ writeFile+fsync of version 1)`,
        unit: '×',
        method: 'createSessionFiles(fs).write (serializeSession, atomic write with fsync and rename, fingerprint) ÷ fs writeFile of the same session’s version-1 bytes with one fsync, paired runs.',
        samples: ratios(save.measured, save.baseline),
        baseline: { name: 'writeFile+fsync v1', unit: 'ms', summary: summarize(save.baseline) },
        budget: { max: 1.5, on: 'median' },
        useBudgets,
        details: { saveMs: summarize(save.measured), fileBytes: save.bytes, profileMs: profile },
      }),
    );
  }

  if (wanted('draft')) {
    const board = benchSession(config.editBoard);
    log(`Draft check: ${describeBoard(board)}`);
    const check = await measureDraftCheck(board, { runs: config.nodeRuns, warmup: config.nodeWarmup });
    figures.push(
      figure({
        id: 'draft',
        name: `Check a draft of ${config.editBoard} candidates`,
        unit: 'ms',
        method: 'The contract’s storeDraft argument check (checkSession: fast scores, schema, integrity) of a structured-cloned session, paired with the bare zod schema alone.',
        samples: check.measured,
        baseline: { name: 'bare schema', unit: 'ms', summary: summarize(check.baseline) },
        budget: null,
        useBudgets,
        details: {},
      }),
    );
  }

  if (wanted('size')) {
    const bundle = rendererBundleSize();
    figures.push(
      figure({
        id: 'size.bundle',
        name: 'Renderer bundle, gzipped',
        unit: 'kB',
        method:
          'What a start loads at most: out/renderer/assets/*.js, each gzipped with zlib level 9, without the catalogues of the languages the interface does not speak (the largest one counted). details.allGzipped: every file.',
        samples: [bundle.startGzipped / 1000],
        baseline: null,
        budget: { max: 400, on: 'median' },
        useBudgets,
        details: { files: bundle.files, rawBytes: bundle.bytes, allGzipped: bundle.gzipped / 1000 },
      }),
    );
  }

  const browserGroups: FigureGroup[] = ['drag', 'edit', 'start', 'export', 'size'];
  let chromiumVersion: string | null = null;
  if (browserGroups.some(wanted)) {
    const browser = await launchBrowser();
    chromiumVersion = browser.version();
    try {
      if (wanted('drag')) {
        const run = await startApp(browser, PROJECTOR);
        try {
          await openBoard(run, bigBoardSession(config.dragBoard));
          await gotoPhase(run.page, 'Map');
          log(`Drag, ${config.dragBoard} candidates`);
          const drag = await measureDrag(run, { runs: config.dragRuns, moves: config.movesPerRun });
          figures.push(...frameFigures('drag', `Drag, ${config.dragBoard} candidates`, drag, BUDGETS.drag, useBudgets, 'pointermove dispatched on window during a drag → paint of the first frame showing the overlay’s dot under the pointer (rAF check of its box on screen + MessageChannel), random phase.'));
        } finally {
          await run.close();
        }
      }
      const bigDrag = wanted('drag') ? config.bigDragBoard : null;
      if (bigDrag !== null || wanted('edit') || wanted('export')) {
        const boards = [bigDrag ?? 0, wanted('edit') ? config.editBoard : 0, wanted('export') ? config.exportBoard : 0];
        const run = await startApp(browser, PROJECTOR);
        try {
          await openBoard(run, bigBoardSession(Math.max(...boards)));
          if (bigDrag !== null) {
            await gotoPhase(run.page, 'Map');
            log(`Drag, ${bigDrag} candidates`);
            const drag = await measureDrag(run, { runs: config.dragRuns, moves: config.movesPerRun });
            figures.push(...frameFigures('drag.big', `Drag, ${bigDrag} candidates`, drag, BUDGETS.bigDrag, useBudgets, 'As the drag above, on the bigger board.'));
          }
          if (wanted('edit')) {
            log(`Edit, ${config.editBoard} candidates`);
            await gotoPhase(run.page, 'Collect');
            const edit = await measureEdit(run, { runs: config.editRuns, edits: config.editsPerRun });
            figures.push(
              frameFigures('edit', `Edit a title, ${edit.elements} candidates`, edit, { median: BUDGETS.editMedianMs, p95: Number.POSITIVE_INFINITY }, useBudgets, 'A character typed into a title in Collect (value set + input event) → paint of the first frame where the row shows it.')[0]!,
            );
            // The same probe on a page with one bare field: the floor any keystroke meets here.
            const floor = await measureEditFloor(browser, PROJECTOR, { runs: config.editRuns, edits: config.editsPerRun });
            figures.push(
              frameFigures('edit.floor', 'Edit, a bare input field (the probe’s floor)', floor, null, useBudgets, 'The edit probe on a page holding only a title field and a button named after it (no React, no app): what the frame and the probe cost.')[0]!,
            );
          }
          if (wanted('export')) {
            const { exportRatio: ratio } = config;
            const pixels = `${1920 * ratio}×${1080 * ratio}`;
            log(`Export, ${config.exportBoard} candidates`);
            // Last on this board: the edit is measured as it always was, after the drag only.
            await gotoPhase(run.page, 'Map');
            const png = await measureExport(run, { runs: config.exportRuns, width: 1920, height: 1080, ratio });
            figures.push(
              figure({
                id: 'export',
                name: `Export PNG ${ratio}× of 1920×1080, ${config.exportBoard} candidates`,
                unit: 'ms',
                method: `In the page, the rendering path of the chart export (renderer/src/export/chart-image.ts): chart SVG cloned with computed drawing styles inlined, XMLSerializer, Image decode, drawn on a ${pixels} canvas, toBlob(image/png).`,
                samples: png.measured,
                baseline: { name: 'same path, empty drawing', unit: 'ms', summary: summarize(png.baseline) },
                budget: { max: BUDGETS.exportMs, on: 'median' },
                useBudgets,
                details: { pngBytes: png.bytes, svgChars: png.svgChars, pixels: png.pixels },
              }),
            );
          }
        } finally {
          await run.close();
        }
      }
      if (wanted('start')) {
        log('Start');
        const run = await startApp(browser, { width: 1280, height: 800 });
        try {
          const start = await measureStart(run, { runs: config.startRuns });
          figures.push(
            figure({
              id: 'start',
              name: 'Start to sample chart (÷ empty React page)',
              unit: '×',
              method: 'Navigation start → paint of the first frame showing a chart point (Sample session, then Map, clicked as soon as possible) ÷ navigation start → first frame showing an empty React page, same routing, alternating.',
              samples: ratios(start.measured, start.baseline),
              baseline: { name: 'empty React page', unit: 'ms', summary: summarize(start.baseline) },
              budget: { max: BUDGETS.startRatio, on: 'median' },
              useBudgets,
              details: { startMs: summarize(start.measured) },
            }),
          );
        } finally {
          await run.close();
        }
      }
      if (wanted('size')) {
        log(`Heap, ${config.bigBoard} candidates`);
        const run = await startApp(browser, PROJECTOR);
        try {
          const empty = await usedHeap(run.page);
          await openBoard(run, big ?? benchSession(config.bigBoard));
          const opened = await usedHeap(run.page);
          figures.push(
            figure({
              id: 'size.heap',
              name: `JS heap with ${config.bigBoard} candidates open`,
              unit: 'MB',
              method: 'CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage (used size), after File ▸ Open of the board; baseline: the same app just started.',
              samples: [opened / 1e6],
              baseline: { name: 'app just started', unit: 'MB', summary: summarize([empty / 1e6]) },
              budget: null,
              useBudgets,
            }),
          );
        } finally {
          await run.close();
        }
      }
    } finally {
      await browser.close();
    }
  }

  const order = ['format.size', 'open', 'save', 'draft', 'drag.median', 'drag.p95', 'drag.big.median', 'drag.big.p95', 'edit.median', 'edit.floor.median', 'start', 'export', 'size.bundle', 'size.heap'];
  figures.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return {
    when: new Date().toISOString(),
    config,
    machine: {
      cpus: cpus().length,
      cpuModel: cpuModel(),
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
      chromium: chromiumVersion,
      platform: `${process.platform} ${process.arch}`,
      loadBefore,
      loadAfter: loadavg(),
    },
    figures,
    seconds: (performance.now() - started) / 1000,
  };
}
