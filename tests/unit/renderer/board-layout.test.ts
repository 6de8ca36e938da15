// The chart's layout (renderer/src/views/map/board-layout.ts) gives the label rule everything a
// label keeps off: here, on the sample drawn 1000 × 700, the top quick win placed in the very
// corner under its quadrant's name still has a label, and where nobody can hover no label is a
// shortened title.
import { beforeEach, describe, expect, it } from 'vitest';
import { computeCandidateResults, createSampleSession, matrixPoints, rectOverlapArea, weightSensitivity, type ComparisonTrail, type MapPoint, type PixelRect, type Session } from '../../../shared';
import { layoutBoard } from '../../../renderer/src/views/map/board-layout';
import { trailGeometry } from '../../../renderer/src/views/map/trail-geometry';
import { bigBoardSession } from '../../e2e/support/big-board';

const plot = { x: 40, y: 16, width: 900, height: 640 };
// Scale 1–5 on both axes: complexity left to right, impact bottom to top.
const xScale = (value: number) => plot.x + ((value - 1) / 4) * plot.width;
const yScale = (value: number) => plot.y + plot.height - ((value - 1) / 4) * plot.height;

function pointsOf(session: Session): MapPoint[] {
  const results = computeCandidateResults(session);
  return matrixPoints(session, results, weightSensitivity(session, undefined, results)).filter((point) => !point.withoutMl);
}

let session: Session;
let top: MapPoint;

beforeEach(() => {
  const sample = createSampleSession();
  const first = pointsOf(sample).sort((a, b) => b.priority - a.priority)[0]!;
  session = { ...sample, candidates: sample.candidates.map((candidate) => (candidate.id === first.candidate.id ? { ...candidate, override: { impact: 5, complexity: 1 } } : candidate)) };
  top = pointsOf(session).find((point) => point.candidate.id === first.candidate.id)!;
});

const layout = (reading: 'interactive' | 'print', points = pointsOf(session), scale = 1, trails: ComparisonTrail[] = []) =>
  layoutBoard({
    session,
    points,
    xScale: (value) => xScale(value) * scale,
    yScale: (value) => yScale(value) * scale,
    plot: { x: plot.x * scale, y: plot.y * scale, width: plot.width * scale, height: plot.height * scale },
    colourBy: 'quadrant',
    sizeBy: 'none',
    readinessFlags: new Map(),
    large: false,
    reading,
    trails,
  });

/** Whether a segment passes through a box: the box's edges clip it (Liang–Barsky), touching counts. */
function crosses(box: PixelRect, a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [[-dx, a.x - box.x], [dx, box.x + box.width - a.x], [-dy, a.y - box.y], [dy, box.y + box.height - a.y]] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 <= t1;
}

describe('the board’s layout', () => {
  it('labels the top quick win in the corner, drawing it off the quadrant’s name with a line back to the corner', () => {
    expect(top.impact).toBe(5);
    for (const reading of ['interactive', 'print'] as const) {
      const at = layout(reading).geometry.get(top.candidate.id)!;
      expect(at.placement?.hidden, reading).toBe(false);
      expect(at.labelLines[0], reading).toMatch(new RegExp(`^${top.candidate.code}\\b`));
      // Its exact position is the plot's top left corner, where the name is; the dot is drawn beside it.
      expect(at.exact).toEqual({ x: plot.x, y: plot.y });
      expect(at.x > plot.x || at.y > plot.y).toBe(true);
    }
  });

  it('gives every point of the sample a label, and where nobody can hover shortens none: the coded ones are the key', () => {
    const interactive = layout('interactive');
    const print = layout('print');
    for (const [id, at] of print.geometry) {
      expect(at.placement?.hidden, id).toBe(false);
      const text = at.labelLines.join(' ');
      expect(text).not.toContain('…');
      const candidate = session.candidates.find((each) => each.id === id)!;
      if (print.coded.includes(id)) expect(text).toBe(candidate.code);
      else expect(text).toBe(`${candidate.code} ${candidate.title}`);
    }
    for (const at of interactive.geometry.values()) expect(at.placement?.hidden).toBe(false);
    expect(interactive.coded).toEqual([]);
  });

  it('keeps labels off each other and off the dots, and draws every whisker where they leave room', () => {
    // Drawn twice as large, the sample leaves room for every whisker.
    const { geometry, whiskers } = layout('print', pointsOf(session), 2);
    expect(whiskers).toBe('all');
    const boxes = [...geometry.values()].map((at) => at.placement!);
    boxes.forEach((box, index) => {
      for (const other of boxes.slice(index + 1)) expect(rectOverlapArea(box, other)).toBe(0);
      for (const at of geometry.values()) expect(rectOverlapArea(box, { x: at.x - at.radius, y: at.y - at.radius, width: 2 * at.radius, height: 2 * at.radius }) === 0 || box === at.placement).toBe(true);
    });
  });

  it('draws only the selected point’s whiskers where drawing them all would leave a point without its label', () => {
    // The sample twenty times over, its copies on the same spots: too crowded for every whisker.
    const crowd = Array.from({ length: 20 }, (_, copy) => pointsOf(session).map((point) => ({ ...point, candidate: { ...point.candidate, id: `${point.candidate.id}-${copy}`, code: `${point.candidate.code}.${copy}` } }))).flat();
    const { whiskers, geometry } = layout('interactive', crowd);
    expect(whiskers).toBe('selected');
    // Copies on one spot are drawn apart, each with a line back to where they all are.
    const spread = [...geometry.values()].filter((at) => at.exact !== null);
    expect(spread.length).toBeGreaterThan(100);
  });

  it('names a crowded board’s unlabelled points by many small clusters, each badge beside its own, not by one for them all', () => {
    // 300 candidates on a laptop-sized Map: labels placed first would fill the room beside
    // every cluster and leave one badge holding all the unlabelled points (145 of them).
    const crowded = bigBoardSession(300);
    const small = { x: 40, y: 16, width: 760, height: 480 };
    const { clusters, clusterMarks, geometry } = layoutBoard({
      session: crowded,
      points: pointsOf(crowded),
      xScale: (value) => small.x + ((value - 1) / 4) * small.width,
      yScale: (value) => small.y + small.height - ((value - 1) / 4) * small.height,
      plot: small,
      colourBy: 'quadrant',
      sizeBy: 'none',
      readinessFlags: new Map(),
      large: false,
      reading: 'interactive',
    });
    const unlabelled = [...geometry].filter(([, at]) => at.placement?.hidden).map(([id]) => id);
    expect(clusters.flat().sort()).toEqual(unlabelled.sort());
    expect(clusters.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...clusters.map((members) => members.length))).toBeLessThanOrEqual(unlabelled.length / 4);
    // Each badge covers no label drawn and no other badge.
    const labels = [...geometry.values()].filter((at) => at.placement && !at.placement.hidden).map((at) => at.placement!);
    clusterMarks.forEach((mark, index) => {
      for (const label of labels) expect(rectOverlapArea(mark.badge, label), `badge ${mark.number}`).toBe(0);
      for (const other of clusterMarks.slice(index + 1)) expect(rectOverlapArea(mark.badge, other.badge)).toBe(0);
    });
  });

  it('keeps labels off the arrows of a comparison, from the square where each point stood to its dot', () => {
    // Every point of the sample moved from a little lower and to the right: twelve arrows among the labels.
    const points = pointsOf(session);
    const trails = points.map((point) => ({
      candidateId: point.candidate.id,
      code: point.candidate.code,
      from: { impact: Math.max(1, point.impact - 0.9), complexity: Math.min(5, point.complexity + 0.9) },
      to: { impact: point.impact, complexity: point.complexity },
    }));
    const onArrows = (geometry: ReturnType<typeof layout>['geometry']) =>
      [...geometry].flatMap(([id, at]) => {
        const box = at.placement;
        if (!box || box.hidden) return [];
        return trails
          .filter((trail) => {
            const to = geometry.get(trail.candidateId)!;
            const drawn = trailGeometry({ x: xScale(trail.from.complexity), y: yScale(trail.from.impact) }, to, to.radius);
            return crosses(box, drawn.from, drawn.drawsArrow ? drawn.tip : drawn.from);
          })
          .map((trail) => `${id} on ${trail.code}’s arrow`);
      });
    // Told of no arrows, labels sit on some (so the check below can see one).
    expect(onArrows(layout('interactive', points).geometry).length).toBeGreaterThan(0);
    const told = layout('interactive', points, 1, trails);
    expect(onArrows(told.geometry)).toEqual([]);
    for (const [id, at] of told.geometry) expect(at.placement?.hidden, id).toBe(false);
  });

  it('lets labels cross arrows rather than leave a point without its label', () => {
    const crowded = Array.from({ length: 6 }, (_, copy) => pointsOf(session).map((point) => ({ ...point, candidate: { ...point.candidate, id: `${point.candidate.id}-${copy}`, code: `${point.candidate.code}.${copy}` } }))).flat();
    const trails = crowded.map((point) => ({ candidateId: point.candidate.id, code: point.candidate.code, from: { impact: 1, complexity: 5 }, to: { impact: point.impact, complexity: point.complexity } }));
    const unnamed = (geometry: ReturnType<typeof layout>['geometry']) => [...geometry.values()].filter((at) => at.placement?.hidden).length;
    expect(unnamed(layout('interactive', crowded, 1, trails).geometry)).toBeLessThanOrEqual(unnamed(layout('interactive', crowded).geometry));
  });
});
