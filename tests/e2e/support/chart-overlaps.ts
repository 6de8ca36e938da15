// What covers what on a drawn matrix chart, read from the page: the boxes of the labels' texts
// and of the clusters' badges, the dots' discs, the whiskers' and threshold lines' strokes and
// the quadrant names' texts.
// Run in the page by page.evaluate(chartOverlaps, selector): self-contained, no imports.

export interface ChartOverlaps {
  points: number;
  labels: number;
  /** Points drawn with no label of their own (a cluster must name them). */
  unlabelled: string[];
  /** The numbered clusters' badges as drawn: number, the text on the badge and its accessible name. */
  clusters: { number: number; text: string; name: string }[];
  /** Each overlap as "what × what", e.g. "label of C12 × whisker of C40". */
  overlaps: string[];
  /** The label texts as drawn, by candidate code. */
  texts: Record<string, string>;
}

/**
 * Counts overlaps on the chart inside `root`: a label (a cluster's badge is one) against another
 * label, any dot, any whisker, a threshold line's handle (its 14 px hit strip) and a quadrant
 * name; and dot against dot. Areas under half a pixel across are rounding, not overlap.
 */
export function chartOverlaps(root: string): ChartOverlaps {
  const TOLERANCE = 0.5;
  const container = document.querySelector(root);
  if (!container) throw new Error(`No chart under ${root}`);
  interface Box {
    left: number;
    top: number;
    right: number;
    bottom: number;
  }
  const boxOf = (element: Element, grow = 0): Box => {
    const rect = element.getBoundingClientRect();
    return { left: rect.left - grow, top: rect.top - grow, right: rect.right + grow, bottom: rect.bottom + grow };
  };
  const boxesMeet = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE;
  const discOf = (circle: Element) => {
    const rect = circle.getBoundingClientRect();
    return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2, r: rect.width / 2 };
  };
  const discMeetsBox = (disc: { x: number; y: number; r: number }, box: Box) => {
    const dx = disc.x - Math.min(Math.max(disc.x, box.left), box.right);
    const dy = disc.y - Math.min(Math.max(disc.y, box.top), box.bottom);
    return Math.hypot(dx, dy) < disc.r - TOLERANCE;
  };

  const marks = [...container.querySelectorAll('[data-testid="matrix-point"]')];
  const codeOf = (mark: Element) => (mark.getAttribute('aria-label') ?? '').split(' ')[0] ?? '?';
  const labels: { who: string; box: Box }[] = [];
  const dots: { who: string; disc: { x: number; y: number; r: number } }[] = [];
  const whiskers: { who: string; box: Box }[] = [];
  const unlabelled: string[] = [];
  const texts: Record<string, string> = {};
  for (const mark of marks) {
    const code = codeOf(mark);
    const text = mark.querySelector('.point-label');
    if (text) {
      labels.push({ who: `label of ${code}`, box: boxOf(text) });
      texts[code] = [...text.querySelectorAll('tspan')].map((line) => line.textContent ?? '').join('').trim() || (text.textContent ?? '');
    } else unlabelled.push(code);
    const dot = mark.querySelector('.dot');
    if (dot) dots.push({ who: `dot of ${code}`, disc: discOf(dot) });
    // A whisker's box is its line; its stroke (2 px) reaches a pixel either side.
    for (const whisker of mark.querySelectorAll('.whisker')) whiskers.push({ who: `whisker of ${code}`, box: boxOf(whisker, 1) });
  }
  const clusters: ChartOverlaps['clusters'] = [];
  for (const mark of container.querySelectorAll('[data-testid="matrix-cluster"]')) {
    const number = Number(mark.getAttribute('data-cluster-number'));
    const badge = mark.querySelector('.cluster-badge');
    if (badge) labels.push({ who: `cluster ${number}`, box: boxOf(badge) });
    clusters.push({ number, text: mark.querySelector('.cluster-count')?.textContent ?? '', name: mark.getAttribute('aria-label') ?? '' });
  }
  const handles = [...container.querySelectorAll('.threshold-line')].map((line) => ({ who: `threshold line ${line.getAttribute('data-testid') ?? ''}`, box: boxOf(line, 7) }));
  const names = [...container.querySelectorAll('.quadrant-name')].map((name) => ({ who: `quadrant name “${name.textContent ?? ''}”`, box: boxOf(name) }));

  const overlaps: string[] = [];
  labels.forEach((label, index) => {
    for (const other of labels.slice(index + 1)) if (boxesMeet(label.box, other.box)) overlaps.push(`${label.who} × ${other.who}`);
    for (const dot of dots) if (discMeetsBox(dot.disc, label.box)) overlaps.push(`${label.who} × ${dot.who}`);
    for (const thing of [...whiskers, ...handles, ...names]) if (boxesMeet(label.box, thing.box)) overlaps.push(`${label.who} × ${thing.who}`);
  });
  dots.forEach((dot, index) => {
    for (const other of dots.slice(index + 1)) {
      if (Math.hypot(dot.disc.x - other.disc.x, dot.disc.y - other.disc.y) < dot.disc.r + other.disc.r - TOLERANCE) overlaps.push(`${dot.who} × ${other.who}`);
    }
  });
  return { points: marks.length, labels: labels.length, unlabelled, clusters, overlaps, texts };
}
