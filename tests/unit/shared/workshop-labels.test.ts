import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { describe, expect, it } from 'vitest';
import {
  LABEL_DEFAULTS,
  LABEL_POSITIONS,
  labelBox,
  labelOverlapArea,
  placeLabels,
  rectInside,
  rectOverlapArea,
  type LabelPlacement,
  type LabelPoint,
} from '../../../shared/workshop';

const bounds = { x: 0, y: 0, width: 400, height: 300 };
const label = (id: string, x: number, y: number, width = 30, height = 12): LabelPoint => ({ id, x, y, width, height });

function checkPlacements(placements: LabelPlacement[], b = bounds): void {
  expect(labelOverlapArea(placements)).toBe(0);
  for (const p of placements) {
    if (p.hidden) expect(p.position).toBeNull();
    else expect(rectInside(p, b)).toBe(true);
  }
}

// Deterministic pseudo-random points.
function crowd(n: number, area: { x: number; y: number; width: number; height: number }, seed = 7): LabelPoint[] {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  return Array.from({ length: n }, (_, i) => label(`p${i}`, area.x + rnd() * area.width, area.y + rnd() * area.height, 20 + Math.floor(rnd() * 30), 12));
}

describe('rect helpers', () => {
  it('overlap area', () => {
    expect(rectOverlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(25);
    expect(rectOverlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(0); // touching
    expect(rectOverlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 30, y: 30, width: 1, height: 1 })).toBe(0);
  });

  it('labelOverlapArea sums pairwise overlaps of visible labels only', () => {
    const a: LabelPlacement = { id: 'a', hidden: false, position: 'right', size: 0, ring: 0, x: 0, y: 0, width: 10, height: 10 };
    const b: LabelPlacement = { id: 'b', hidden: false, position: 'right', size: 0, ring: 0, x: 5, y: 0, width: 10, height: 10 };
    const c: LabelPlacement = { id: 'c', hidden: true, position: null, size: 0, ring: 0, x: 0, y: 0, width: 10, height: 10 };
    expect(labelOverlapArea([a, b, c])).toBe(50);
  });

  it('labelBox puts each position around the point at the given distance', () => {
    const p = { x: 100, y: 100, width: 30, height: 10 };
    expect(labelBox(p, 'right', 7)).toEqual({ x: 107, y: 95, width: 30, height: 10 });
    expect(labelBox(p, 'left', 7)).toEqual({ x: 63, y: 95, width: 30, height: 10 });
    expect(labelBox(p, 'above', 7)).toEqual({ x: 85, y: 83, width: 30, height: 10 });
    expect(labelBox(p, 'below', 7)).toEqual({ x: 85, y: 107, width: 30, height: 10 });
    expect(LABEL_POSITIONS).toHaveLength(8);
  });
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its point, radius + gap away', () => {
    const [p] = placeLabels([label('a', 100, 100)], bounds);
    const d = LABEL_DEFAULTS.pointRadius + LABEL_DEFAULTS.gap;
    expect(p).toEqual({ id: 'a', hidden: false, position: 'right', size: 0, ring: 0, x: 100 + d, y: 94, width: 30, height: 12 });
  });

  it('moves a label left at the right edge and below at the top edge', () => {
    const [r, t] = placeLabels([label('r', 395, 150), label('t', 200, 2)], bounds);
    expect(r!.position).toBe('left');
    expect(t!.position).toBe('below');
  });

  it('avoids an earlier label: the second of two neighbours goes elsewhere', () => {
    const out = placeLabels([label('a', 100, 100), label('b', 100, 106)], bounds);
    expect(out[0]!.position).toBe('right');
    expect(out[1]!.hidden).toBe(false);
    expect(out[1]!.position).not.toBe('right');
    checkPlacements(out);
  });

  it('avoids covering other points’ markers', () => {
    // A point sits where the right-hand label of 'a' would go.
    const out = placeLabels([label('a', 100, 100), label('b', 120, 100, 0, 0)], bounds);
    expect(out[0]!.position).toBe('left');
  });

  it('hides what cannot fit, keeping input order and ids', () => {
    const out = placeLabels([label('a', 100, 100), label('b', 100, 100), label('c', 100, 100), label('d', 100, 100), label('e', 100, 100)], bounds, {
      maxPointOverlap: 1,
    });
    expect(out.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    checkPlacements(out);
    expect(out.filter((p) => !p.hidden).length).toBeGreaterThanOrEqual(4);
  });

  it('hides a label with non-finite coordinates or one too big for the plot', () => {
    const out = placeLabels([label('nan', Number.NaN, 10), label('huge', 200, 150, 500, 12)], bounds);
    expect(out.map((p) => p.hidden)).toEqual([true, true]);
  });

  it('60 points in a small area: no two visible labels overlap, all inside the bounds', () => {
    const b = { x: 40, y: 20, width: 240, height: 180 };
    const points = crowd(60, { x: 120, y: 80, width: 80, height: 60 });
    const out = placeLabels(points, b);
    checkPlacements(out, b);
    const visible = out.filter((p) => !p.hidden).length;
    expect(visible).toBeGreaterThan(5);
    expect(visible).toBeLessThan(60);
    expect(placeLabels(points, b)).toEqual(out); // deterministic
  });

  it('respects the marker-overlap limit for every visible label', () => {
    const points = crowd(80, { x: 50, y: 50, width: 200, height: 150 }, 3);
    const out = placeLabels(points, bounds);
    out.forEach((p, i) => {
      if (p.hidden) return;
      let covered = 0;
      points.forEach((q, j) => {
        if (j === i) return;
        const r = LABEL_DEFAULTS.pointRadius;
        covered += rectOverlapArea(p, { x: q.x - r, y: q.y - r, width: 2 * r, height: 2 * r });
      });
      expect(covered).toBeLessThanOrEqual(LABEL_DEFAULTS.maxPointOverlap * p.width * p.height + 1e-6);
    });
  });

  it('handles 5,000 points on a large plot', () => {
    const big = { x: 0, y: 0, width: 1600, height: 1000 };
    const out = placeLabels(crowd(5000, big, 11), big);
    expect(out).toHaveLength(5000);
    checkPlacements(out.filter((p) => !p.hidden).slice(0, 600), big);
  });

  it('property: visible labels never overlap and stay inside the bounds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: -20, max: 320, noNaN: true }),
            y: fc.double({ min: -20, max: 220, noNaN: true }),
            width: fc.integer({ min: 0, max: 80 }),
            height: fc.integer({ min: 0, max: 20 }),
            radius: fc.integer({ min: 0, max: 10 }),
          }),
          { maxLength: 60 },
        ),
        (raw) => {
          const b = { x: 0, y: 0, width: 300, height: 200 };
          const out = placeLabels(
            raw.map((r, i) => ({ id: `p${i}`, ...r })),
            b,
          );
          expect(out).toHaveLength(raw.length);
          checkPlacements(out, b);
        },
      ),
      { numRuns: propertyRuns(200) },
    );
  });
});

describe('obstacles', () => {
  it('keeps every label off the obstacles (the quadrant names), moving it elsewhere or hiding it', () => {
    const name = { x: 0, y: 0, width: 120, height: 24 };
    const points = Array.from({ length: 12 }, (_, index) => ({ id: `p${index}`, x: 20 + index * 30, y: 30 + (index % 3) * 6, width: 70, height: 16 }));
    const placements = placeLabels(points, bounds, { obstacles: [name] });
    const without = placeLabels(points, bounds);
    expect(without.some((placement) => !placement.hidden && rectOverlapArea(placement, name) > 0)).toBe(true);
    for (const placement of placements) if (!placement.hidden) expect(rectOverlapArea(placement, name)).toBe(0);
  });
});
