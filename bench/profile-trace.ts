import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';

// Where the time of a probe goes (npm run bench:profile): a Chrome trace of the browser split
// by thread and by part of the frame, and V8's samples split into React's render, its commit
// and the rest.

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: unknown };
}

type Part = 'scripting' | 'style' | 'layout' | 'paint' | 'composite' | 'gc' | 'parse' | 'other';

/** Main-thread trace event names, by what the time went to (self time: nested events are subtracted). */
const PART_OF: Record<string, Part> = {
  FunctionCall: 'scripting',
  EventDispatch: 'scripting',
  TimerFire: 'scripting',
  FireAnimationFrame: 'scripting',
  RunMicrotasks: 'scripting',
  EvaluateScript: 'scripting',
  'v8.evaluateModule': 'scripting',
  'v8.run': 'scripting',
  'v8.callFunction': 'scripting',
  HandlePostMessage: 'scripting',
  'V8.Execute': 'scripting',
  'v8.compile': 'parse',
  'v8.compileModule': 'parse',
  'v8.parseOnBackground': 'parse',
  'V8.CompileCode': 'parse',
  CompileScript: 'parse',
  ParseHTML: 'parse',
  ParseAuthorStyleSheet: 'style',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  'Decode Image': 'paint',
  Layerize: 'composite',
  UpdateLayer: 'composite',
  UpdateLayerTree: 'composite',
  CompositeLayers: 'composite',
  Commit: 'composite',
  'Document::recalcStyle': 'style',
  'Document::rebuildLayoutTree': 'style',
  'LocalFrameView::performLayout': 'layout',
  'IntersectionObserverController::computeIntersections': 'layout',
  'LocalFrameView::RunPrePaintLifecyclePhase': 'paint',
  CullRectUpdate: 'paint',
  'Blink.Paint.UpdateTime': 'paint',
  'PaintArtifactCompositor::Update': 'composite',
  'ProxyMain::BeginMainFrame::commit': 'composite',
  'LocalFrameView::RunCompositingInputsLifecyclePhase': 'composite',
  'Blink.CompositingInputs.UpdateTime': 'composite',
  'LayerTreeHost::DoUpdateLayers': 'composite',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MC_BACKGROUND_MARKING': 'gc',
  BlinkGC: 'gc',
};

export interface FrameProfile {
  figure: string;
  /** How many events the probe timed (pointer moves, keystrokes, starts, exports). */
  events: number;
  /** Wall time of the traced probe (ms). */
  wallMs: number;
  /** Main thread self time by part, ms per event. */
  mainPerEvent: Record<Part, number>;
  /** Scripting split by V8's samples, ms per event: React's render phase, its commit and effects, the rest. */
  scriptPerEvent: { reactRender: number; reactCommit: number; otherScript: number };
  /** Tile rasterisation (in software in the harness's Chromium) on the renderer's worker threads, ms per event. */
  rasterPerEvent: number;
  /** The renderer's compositor thread, busy time (ms per event). */
  compositorPerEvent: number;
  /** The display compositor (viz, in the GPU process), busy time (ms per event). */
  vizPerEvent: number;
  /** The functions with the most self time in the samples (ms per event). */
  topSelf: { name: string; where: string; ms: number }[];
  /** React's render time by the component it was in (ms per event). */
  renderByComponent: { name: string; ms: number }[];
  /** The main thread's named events with the most self time (ms per event). */
  topEvents: { name: string; ms: number }[];
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'v8',
  'blink',
  'cc',
  'gpu',
  'blink.user_timing',
  'loading',
];

function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of events) if (event.ph === 'M' && event.name === 'thread_name') names.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
  return names;
}

/** Self time of every complete event on one thread, by name (events nest by time on a thread). */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const spans = events
    .filter((event) => event.ph === 'X' && typeof event.dur === 'number')
    .map((event) => ({ name: event.name, start: event.ts, end: event.ts + (event.dur ?? 0) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const self = new Map<string, number>();
  const stack: { name: string; end: number; child: number; start: number }[] = [];
  const close = (span: { name: string; end: number; child: number; start: number }) => {
    const own = span.end - span.start - span.child;
    self.set(span.name, (self.get(span.name) ?? 0) + own);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += span.end - span.start;
  };
  for (const span of spans) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= span.start) close(stack.pop()!);
    stack.push({ ...span, child: 0 });
  }
  while (stack.length > 0) close(stack.pop()!);
  return self;
}

/** Time a thread spent in top-level events (µs → ms). */
function busyTime(events: TraceEvent[]): number {
  const spans = events.filter((event) => event.ph === 'X' && typeof event.dur === 'number').sort((a, b) => a.ts - b.ts);
  let busy = 0;
  let until = -Infinity;
  for (const span of spans) {
    const end = span.ts + (span.dur ?? 0);
    if (end <= until) continue;
    busy += end - Math.max(span.ts, until);
    until = end;
  }
  return busy / 1000;
}

interface CpuProfile {
  startTime: number;
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; parent?: number; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

const REACT_RENDER = new Set(['renderRootSync', 'renderRootConcurrent', 'workLoopSync', 'workLoopConcurrentByScheduler']);
const REACT_COMMIT = new Set(['commitRoot', 'flushMutationEffects', 'flushLayoutEffects', 'flushPassiveEffects', 'flushPendingEffects', 'flushSpawnedWork']);

function splitSamples(profile: CpuProfile, events: number, counts: (ts: number) => boolean) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const kindOf = new Map<number, 'render' | 'commit' | 'other' | 'idle'>();
  const kind = (id: number): 'render' | 'commit' | 'other' | 'idle' => {
    const known = kindOf.get(id);
    if (known) return known;
    let found: 'render' | 'commit' | 'other' | 'idle' = 'other';
    const leaf = byId.get(id)!.callFrame.functionName;
    if (leaf === '(idle)' || leaf === '(program)' || leaf === '(garbage collector)') found = 'idle';
    else
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        const name = byId.get(at)!.callFrame.functionName;
        if (REACT_RENDER.has(name)) {
          found = 'render';
          break;
        }
        if (REACT_COMMIT.has(name)) {
          found = 'commit';
          break;
        }
      }
    kindOf.set(id, found);
    return found;
  };
  // The component a render sample was in: the innermost function named like one (Capitalised).
  const componentOf = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (/^[A-Z][A-Za-z0-9]*$/.test(name)) return name;
    }
    return '(React itself)';
  };
  const components = new Map<string, number>();
  const totals = { render: 0, commit: 0, other: 0, idle: 0 };
  const self = new Map<number, number>();
  let ts = profile.startTime;
  profile.samples.forEach((id, index) => {
    ts += profile.timeDeltas[index] ?? 0;
    if (!counts(ts)) return;
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const sampleKind = kind(id);
    totals[sampleKind] += ms;
    if (sampleKind === 'render') {
      const component = componentOf(id);
      components.set(component, (components.get(component) ?? 0) + ms);
    }
    self.set(id, (self.get(id) ?? 0) + ms);
  });
  const byName = new Map<string, { name: string; where: string; ms: number }>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    const where = frame.url ? `${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName}@${where}`;
    const entry = byName.get(key) ?? { name: frame.functionName || '(anonymous)', where, ms: 0 };
    entry.ms += ms;
    byName.set(key, entry);
  }
  const round = (ms: number) => Math.round((ms / events) * 100) / 100;
  return {
    split: { reactRender: round(totals.render), reactCommit: round(totals.commit), otherScript: round(totals.other) },
    renderByComponent: [...components.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([name, ms]) => ({ name, ms: round(ms) })),
    topSelf: [...byName.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 20)
      .map((entry) => ({ ...entry, ms: round(entry.ms) })),
  };
}

/** Runs `act` under a trace of the browser and V8's sampling profiler of the page; summarises it. */
export async function profiled(browser: Browser, page: Page, figure: string, act: () => Promise<number>): Promise<FrameProfile> {
  // Two passes, so that neither instrument weighs on what the other measures: the trace
  // (what each thread did), then V8's samples (which JavaScript ran). When the probe reports
  // the span of its timed events (drag, edit), only that span counts: not the press, the drop
  // or the draft saved after it.
  const spanOf = () => page.evaluate(() => {
    const span = (window as unknown as { __pickwiseBenchSpan?: { start: number; end: number } }).__pickwiseBenchSpan;
    (window as unknown as { __pickwiseBenchSpan?: unknown }).__pickwiseBenchSpan = undefined;
    return span ? { start: span.start, end: span.end } : null;
  });
  await spanOf();
  await browser.startTracing(page, { categories: CATEGORIES });
  const clockMark = await page.evaluate(() => performance.mark('pickwise-bench-clock').startTime);
  const started = performance.now();
  const events = await act();
  const wallMs = performance.now() - started;
  const traceSpan = await spanOf();
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  const sampledEvents = await act();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const profileSpan = await spanOf();
  await cdp.detach();
  if (process.env['PICKWISE_PROFILE_RAW']) writeFileSync(join(process.env['PICKWISE_PROFILE_RAW'], `${figure.split(',')[0]!.replace(/\W+/g, '-')}.json`), JSON.stringify({ trace, profile }));
  // performance.now() of the page → the trace's clock (µs), by the mark above; the profiler's
  // samples are on the same clock as the trace.
  const mark = trace.traceEvents.find((event) => event.name === 'pickwise-bench-clock');
  const toClock = (now: number) => (mark ? mark.ts + (now - clockMark) * 1000 : now);
  const inSpan = (span: { start: number; end: number } | null) => (ts: number) => !span || !mark || (ts >= toClock(span.start) && ts <= toClock(span.end));
  const inTraceSpan = inSpan(traceSpan);
  // An event counts when it began and ended inside the span (the drop's task begins in it).
  trace.traceEvents = trace.traceEvents.filter((event) => event.ph === 'M' || (inTraceSpan(event.ts) && inTraceSpan(event.ts + (event.dur ?? 0))));

  const names = threadNames(trace.traceEvents);
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of trace.traceEvents) {
    const key = `${event.pid}:${event.tid}`;
    const list = byThread.get(key) ?? [];
    list.push(event);
    byThread.set(key, list);
  }
  const busiest = (name: string) =>
    [...byThread.entries()]
      .filter(([key]) => names.get(key) === name)
      .map(([key, list]) => ({ key, list, busy: list.reduce((sum, event) => sum + (event.ph === 'X' ? (event.dur ?? 0) : 0), 0) }))
      .sort((a, b) => b.busy - a.busy)[0];
  const main = busiest('CrRendererMain');
  if (!main) throw new Error('The trace has no renderer main thread.');
  const rendererPid = main.key.split(':')[0];
  const self = selfTimes(main.list);
  const parts: Record<Part, number> = { scripting: 0, style: 0, layout: 0, paint: 0, composite: 0, gc: 0, parse: 0, other: 0 };
  for (const [name, us] of self) parts[PART_OF[name] ?? 'other'] += us / 1000;
  let raster = 0;
  for (const [key, list] of byThread) {
    if (!key.startsWith(`${rendererPid}:`)) continue;
    for (const event of list) if (event.ph === 'X' && event.name === 'RasterTask') raster += (event.dur ?? 0) / 1000;
  }
  const compositor = [...byThread.entries()].filter(([key]) => key.startsWith(`${rendererPid}:`) && names.get(key) === 'Compositor').reduce((sum, [, list]) => sum + busyTime(list), 0);
  const viz = busiest('VizCompositorThread');
  const perEvent = (ms: number) => Math.round((ms / events) * 100) / 100;
  const samples = splitSamples(profile, sampledEvents, inSpan(profileSpan));
  return {
    figure,
    events,
    wallMs: Math.round(wallMs),
    mainPerEvent: Object.fromEntries(Object.entries(parts).map(([part, ms]) => [part, perEvent(ms)])) as Record<Part, number>,
    scriptPerEvent: samples.split,
    rasterPerEvent: perEvent(raster),
    compositorPerEvent: perEvent(compositor),
    vizPerEvent: perEvent(viz ? busyTime(viz.list) : 0),
    topSelf: samples.topSelf,
    renderByComponent: samples.renderByComponent,
    topEvents: [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([name, us]) => ({ name, ms: perEvent(us / 1000) })),
  };
}

export function print(profile: FrameProfile): void {
  const { mainPerEvent: main, scriptPerEvent: script } = profile;
  console.log(`\n${profile.figure}: ${profile.events} events, ${profile.wallMs} ms traced; ms per event:`);
  console.log(
    `  main thread: scripting ${main.scripting} (React render ${script.reactRender}, React commit ${script.reactCommit}, other JS ${script.otherScript}), style ${main.style}, layout ${main.layout}, paint ${main.paint}, composite ${main.composite}, gc ${main.gc}, parse/compile ${main.parse}, other ${main.other}`,
  );
  console.log(`  other threads: raster ${profile.rasterPerEvent}, compositor ${profile.compositorPerEvent}, viz (display compositor) ${profile.vizPerEvent}`);
  console.log(`  top main-thread events: ${profile.topEvents.map((each) => `${each.name} ${each.ms}`).join(', ')}`);
  console.log(`  React render by component: ${profile.renderByComponent.map((each) => `${each.name} ${each.ms}`).join(', ')}`);
  console.log('  top JS self time:');
  for (const each of profile.topSelf.slice(0, 12)) console.log(`    ${each.ms.toFixed(2).padStart(7)}  ${each.name} ${each.where}`);
}

