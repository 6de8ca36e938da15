import { pageScript } from '../tests/e2e/support/page-script';

/**
 * The page side of the browser figures: plain JavaScript installed with addInitScript (not
 * subject to the page's Content Security Policy, and never transpiled, so nothing the Node
 * side's compiler injects can leak into the page). It defines `window.__pickwiseBench`.
 *
 * The frame probe: a change is "on screen" at the first frame whose requestAnimationFrame
 * callback already sees it in the DOM (that frame's style, layout and paint then include it),
 * and the moment of that frame's paint is taken by a MessageChannel message posted from the
 * callback: the message runs as the first task after the frame's rendering steps. Each event
 * is dispatched after a random wait of up to one frame, so events fall at every phase of the
 * 60 Hz frame clock as a real pointer's or keyboard's do.
 */
export const PAGE_PROBES = String.raw`
(() => {
  if (window.__pickwiseBench) return;
  const FRAME_MS = 1000 / 60;

  // Resolves with the time just after the paint of the first frame in which seen() holds.
  function paintedWhen(seen, frames) {
    const limit = frames === undefined ? 30 : frames;
    return new Promise((resolve, reject) => {
      let left = limit;
      const onFrame = () => {
        if (seen()) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
          return;
        }
        left -= 1;
        if (left <= 0) reject(new Error('the change never reached the screen'));
        else requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(onFrame);
    });
  }
  const nextPaint = () => paintedWhen(() => true);
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const randomPhase = () => sleep(Math.random() * FRAME_MS);

  // The frame probe alone, with nothing changed: the floor of every frame figure.
  async function idleFrame() {
    await randomPhase();
    const start = performance.now();
    return (await nextPaint()) - start;
  }

  // The span of the timed events, for a profile that leaves out the rest (npm run bench:profile).
  function measured(start, end) {
    const span = window.__pickwiseBenchSpan;
    window.__pickwiseBenchSpan = span && span.open ? { open: true, start: span.start, end } : { open: true, start, end };
  }
  function closeSpan() {
    if (window.__pickwiseBenchSpan) window.__pickwiseBenchSpan.open = false;
  }

  const pointer = { bubbles: true, cancelable: true, composed: true, pointerId: 1, pointerType: 'mouse', isPrimary: true };

  async function drag(options) {
    const marks = document.querySelectorAll('[data-testid="matrix-point"]');
    if (marks.length === 0) throw new Error('no point on the chart');
    const mark = marks[Math.floor(marks.length / 2)];
    const dot = mark.querySelector('[data-testid="matrix-dot"]');
    const box = dot.getBoundingClientRect();
    const x0 = box.left + box.width / 2;
    const y0 = box.top + box.height / 2;
    dot.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, clientX: x0, clientY: y0, button: 0, buttons: 1 }));
    await nextPaint();
    const overlay = () => document.querySelector('[data-testid="drag-overlay"] circle');
    // Where the overlay's dot is drawn (its box on screen, transforms included): under the
    // pointer, as the dragged point was when pressed.
    const overlayAt = (wantX, wantY) => {
      const circle = overlay();
      if (circle === null) return false;
      const drawn = circle.getBoundingClientRect();
      return Math.abs(drawn.left + drawn.width / 2 - wantX) < 0.5 && Math.abs(drawn.top + drawn.height / 2 - wantY) < 0.5;
    };
    window.dispatchEvent(new PointerEvent('pointermove', { ...pointer, clientX: x0 + 20, clientY: y0, buttons: 1 }));
    await paintedWhen(() => overlayAt(x0 + 20, y0));
    const moves = [];
    const idle = [];
    let lastDx = 20;
    let lastDy = 0;
    for (let i = 0; i < options.moves; i += 1) {
      // A path that wanders over a 200 × 100 px area, every step a new position.
      let dx = 20 + ((i * 7) % 200) - 100;
      let dy = ((i * 3) % 100) - 50;
      if (dx === lastDx && dy === lastDy) dx += 1;
      lastDx = dx;
      lastDy = dy;
      await randomPhase();
      const start = performance.now();
      window.dispatchEvent(new PointerEvent('pointermove', { ...pointer, clientX: x0 + dx, clientY: y0 + dy, buttons: 1 }));
      const painted = await paintedWhen(() => overlayAt(x0 + dx, y0 + dy));
      moves.push(painted - start);
      measured(start, painted);
      if (options.idle) idle.push(await idleFrame());
    }
    closeSpan();
    window.dispatchEvent(new PointerEvent('pointerup', { ...pointer, clientX: x0 + lastDx, clientY: y0 + lastDy, button: 0, buttons: 0 }));
    await nextPaint();
    return { moves, idle, points: marks.length };
  }

  async function edit(options) {
    const inputs = document.querySelectorAll('[data-testid="candidate-row"] .candidate-title');
    if (inputs.length === 0) throw new Error('no candidate title on the page');
    const input = inputs[Math.min(inputs.length - 1, options.index)];
    const row = input.closest('[data-testid="candidate-row"]');
    input.focus();
    await nextPaint();
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const original = input.value;
    const letters = 'abcdefghij';
    const edits = [];
    const idle = [];
    for (let i = 0; i < options.edits; i += 1) {
      // One more letter each time, back to one letter after ten: a title never outgrows its limit.
      const next = original + ' ' + letters.slice(0, (i % 10) + 1);
      await randomPhase();
      const start = performance.now();
      setValue.call(input, next);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: next.slice(-1) }));
      const painted = await paintedWhen(() => {
        // The row re-rendered from the store: its buttons are named after the new title.
        const details = row.querySelector('button[aria-label^="Details of"]');
        return details !== null && details.getAttribute('aria-label').endsWith(next);
      });
      edits.push(painted - start);
      measured(start, painted);
      if (options.idle) idle.push(await idleFrame());
    }
    closeSpan();
    input.blur();
    return { edits, idle, rows: inputs.length };
  }

  // What the chart's PNG export does (renderer/src/export/chart-image.ts): the chart's SVG
  // cloned with its computed drawing styles inlined by the app's own code (EXPORT_STYLES below), serialised with XMLSerializer into a
  // standalone SVG of width × height, decoded as an image, drawn on a canvas at ratio, and
  // encoded with toBlob('image/png'). empty runs the same path with nothing drawn.
  async function exportPng(options) {
    const svg = document.querySelector('svg.recharts-surface');
    if (!svg) throw new Error('no chart on the page');
    const start = performance.now();
    const bounds = svg.getBoundingClientRect();
    let body = '';
    if (!options.empty) {
      const copy = window.__pickwiseExportStyles.cloneWithInlineStyles(svg);
      copy.removeAttribute('class');
      copy.setAttribute('viewBox', '0 0 ' + bounds.width + ' ' + bounds.height);
      copy.setAttribute('width', String(options.width));
      copy.setAttribute('height', String(options.height));
      body = new XMLSerializer().serializeToString(copy);
    }
    const text = '<svg xmlns="http://www.w3.org/2000/svg" width="' + options.width + '" height="' + options.height + '" viewBox="0 0 ' + options.width + ' ' + options.height + '"><rect width="' + options.width + '" height="' + options.height + '" fill="#ffffff"/>' + body + '</svg>';
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.decoding = 'sync';
      await new Promise((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
        image.src = url;
      });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(options.width * options.ratio);
      canvas.height = Math.round(options.height * options.ratio);
      const context = canvas.getContext('2d');
      context.scale(options.ratio, options.ratio);
      context.drawImage(image, 0, 0, options.width, options.height);
      const blob = await new Promise((resolve, reject) => canvas.toBlob((made) => (made ? resolve(made) : reject(new Error('toBlob gave nothing'))), 'image/png'));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return { ms: performance.now() - start, bytes: bytes.byteLength, svgChars: text.length, pixels: [canvas.width, canvas.height] };
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  // Start: from navigation start (performance's time origin) to the paint of the first frame
  // showing the target, doing the clicks a person would the moment their buttons exist.
  function watchStart(mode) {
    const buttonNamed = (text, scope) => [...(scope || document).querySelectorAll('button')].find((button) => button.textContent.trim() === text);
    const steps =
      mode === 'app'
        ? [
            () => { const b = buttonNamed('Sample session'); if (!b) return false; b.click(); return true; },
            () => {
              const nav = document.querySelector('nav[aria-label="Workshop phases"]');
              const b = nav && [...nav.querySelectorAll('button')].find((each) => each.textContent.trim().endsWith('Map'));
              if (!b || !sampleOpened()) return false;
              b.click();
              return true;
            },
            () => document.querySelector('[data-testid="matrix-point"]') !== null,
          ]
        : [() => document.getElementById('bench-baseline-ready') !== null];
    // The sample is open once its title shows in the Frame phase's fields (opening a
    // document brings the room back to Frame, so Map is chosen after that).
    function sampleOpened() {
      return [...document.querySelectorAll('input, textarea')].some((field) => field.value.includes('Northwind'));
    }
    let step = 0;
    let done = false;
    const advance = () => {
      while (!done && step < steps.length && steps[step]()) step += 1;
      if (!done && step === steps.length) {
        done = true;
        observer.disconnect();
        paintedWhen(() => true).then((time) => {
          window.__pickwiseBenchStart = time;
        });
      }
    };
    // Mutations and every frame: a field's value changes without a DOM mutation.
    const observer = new MutationObserver(advance);
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    const eachFrame = () => {
      advance();
      if (!done) requestAnimationFrame(eachFrame);
    };
    requestAnimationFrame(eachFrame);
  }

  const mode = new URLSearchParams(location.search).get('bench-start');
  if (mode === 'app' || mode === 'baseline') watchStart(mode);

  Object.defineProperty(window, '__pickwiseBench', { value: Object.freeze({ drag, edit, exportPng, idleFrame }) });
})();
`;

/**
 * renderer/src/export/inline-styles.ts as a page script: the export probe calls the app's own
 * cloneWithInlineStyles (window.__pickwiseExportStyles), not a copy of it that could drift.
 */
export const EXPORT_STYLES = pageScript('renderer/src/export/inline-styles.ts', '__pickwiseExportStyles');
