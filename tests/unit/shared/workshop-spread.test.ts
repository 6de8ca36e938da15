// Pins how crowded points are spread apart (shared/workshop/spread.ts): the points that matter
// most keep their exact position, the others go to the nearest free spot, never covering each
// other, a quadrant name or leaving their quadrant.
import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { describe, expect, it } from 'vitest';
import { discTouchesRect, SPREAD_DEFAULTS, spreadPoints, type SpreadPoint } from '../../../shared/workshop';

const at = (id: string, x: number, y: number, radius = 5, within?: SpreadPoint['within']): SpreadPoint => (within ? { id, x, y, radius, within } : { id, x, y, radius });

function apart(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

describe('spreading points', () => {
  it('leaves points that do not touch where they are', () => {
    expect(spreadPoints([at('a', 100, 100), at('b', 112, 100)])).toEqual([
      { id: 'a', x: 100, y: 100, moved: false },
      { id: 'b', x: 112, y: 100, moved: false },
    ]);
  });

  it('moves the later of two points on one spot straight up, one disc plus the gap away', () => {
    // Ring 1 is radius + gap/2 out (6 px), too close; ring 2 (12 px) is the first free one, straight above.
    const [a, b] = spreadPoints([at('a', 100, 100), at('b', 100, 100)]);
    expect(a).toEqual({ id: 'a', x: 100, y: 100, moved: false });
    expect(b!.moved).toBe(true);
    expect(b!.x).toBeCloseTo(100, 9);
    expect(b!.y).toBeCloseTo(88, 9);
  });

  it('keeps every pair of a crowd apart by their radii and the gap, and is the same every time', () => {
    const crowd = Array.from({ length: 40 }, (_, index) => at(`p${index}`, 200 + (index % 3), 150, 4 + (index % 4)));
    // Forty on one spot need more rings than the eight a chart searches.
    expect(spreadPoints(crowd).some((placed, index) => index > 0 && !placed.moved)).toBe(true);
    const out = spreadPoints(crowd, { maxRings: 20 });
    out.forEach((one, i) => {
      out.slice(i + 1).forEach((other, k) => {
        expect(apart(one, other)).toBeGreaterThanOrEqual(crowd[i]!.radius + crowd[i + 1 + k]!.radius + SPREAD_DEFAULTS.gap - 1e-6);
      });
    });
    expect(out[0]).toMatchObject({ x: 200, y: 150, moved: false });
    expect(spreadPoints(crowd, { maxRings: 20 })).toEqual(out);
  });

  it('takes the gap it is given', () => {
    const [, b] = spreadPoints([at('a', 100, 100), at('b', 100, 100)], { gap: 10 });
    expect(apart(b!, { x: 100, y: 100 })).toBeGreaterThanOrEqual(20);
  });

  it('keeps a moved point inside its box, edges included, and lets a point stay where it is outside it', () => {
    // The points sit on the top right corner of their box: straight up is out of it.
    const quadrant = { x: 0, y: 100, width: 100, height: 100 };
    const [a, b, c] = spreadPoints([at('a', 100, 100, 5, quadrant), at('b', 100, 100, 5, quadrant), at('c', 300, 300, 5, quadrant)]);
    expect(a).toMatchObject({ x: 100, y: 100, moved: false });
    expect(b!.moved).toBe(true);
    expect(b!.x).toBeLessThanOrEqual(100 + 1e-9);
    expect(b!.y).toBeGreaterThanOrEqual(100 - 1e-9);
    expect(apart(a!, b!)).toBeGreaterThanOrEqual(12 - 1e-6);
    expect(c).toEqual({ id: 'c', x: 300, y: 300, moved: false });
  });

  it('moves a point off an obstacle (a quadrant name) even when it is alone', () => {
    const name = { x: 0, y: 0, width: 120, height: 24 };
    const [corner] = spreadPoints([at('corner', 0, 0, 7)], { obstacles: [name] });
    expect(corner!.moved).toBe(true);
    expect(discTouchesRect(corner!.x, corner!.y, 7, name)).toBe(false);
    expect(apart(corner!, { x: 0, y: 0 })).toBeLessThan(40);
  });

  it('leaves a point where it is when no spot is free within the rings it may search', () => {
    const [, b] = spreadPoints([at('a', 100, 100, 20), at('b', 100, 100, 20)], { maxRings: 1 });
    expect(b).toEqual({ id: 'b', x: 100, y: 100, moved: false });
    expect(spreadPoints([at('a', 100, 100, 20), at('b', 100, 100, 20)], { maxRings: 2 })[1]!.moved).toBe(true);
  });

  it('passes over a point that cannot be drawn: it stays as given and blocks nothing', () => {
    const [nan, b] = spreadPoints([at('nan', Number.NaN, 100), at('b', 100, 100)]);
    expect(nan).toMatchObject({ id: 'nan', y: 100, moved: false });
    expect(Number.isNaN(nan!.x)).toBe(true);
    expect(b).toEqual({ id: 'b', x: 100, y: 100, moved: false });
  });

  it('spreads points of radius 0 too, and keeps all in input order', () => {
    const out = spreadPoints([at('a', 10, 10, 0), at('b', 10, 10, 0), at('c', 50, 50, 3)]);
    expect(out.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(out[1]!.moved).toBe(true);
    expect(apart(out[0]!, out[1]!)).toBeGreaterThanOrEqual(SPREAD_DEFAULTS.gap - 1e-6);
  });

  it('finds spots for points far from the origin and on either side of it alike', () => {
    for (const [dx, dy] of [
      [-5000, -3000],
      [5000, 3000],
    ] as const) {
      const out = spreadPoints([at('a', dx, dy), at('b', dx, dy), at('c', dx, dy)]);
      expect(apart(out[1]!, out[0]!)).toBeGreaterThanOrEqual(12 - 1e-6);
      expect(apart(out[2]!, out[0]!)).toBeGreaterThanOrEqual(12 - 1e-6);
      expect(apart(out[2]!, out[1]!)).toBeGreaterThanOrEqual(12 - 1e-6);
    }
  });

  it('property: moved points never cover a point placed before them, nor an obstacle, nor leave their box', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 120 }), y: fc.integer({ min: 0, max: 80 }), radius: fc.integer({ min: 1, max: 9 }) }), { maxLength: 40 }),
        (raw) => {
          const box = { x: 0, y: 0, width: 300, height: 200 };
          const name = { x: 0, y: 0, width: 40, height: 12 };
          const points = raw.map((r, i) => at(`p${i}`, r.x, r.y, r.radius, box));
          const out = spreadPoints(points, { obstacles: [name] });
          out.forEach((p, i) => {
            if (!p.moved) return;
            expect(discTouchesRect(p.x, p.y, points[i]!.radius, name)).toBe(false);
            expect(p.x).toBeGreaterThanOrEqual(-1e-6);
            expect(p.y).toBeGreaterThanOrEqual(-1e-6);
            for (let k = 0; k < i; k++) expect(apart(p, out[k]!)).toBeGreaterThanOrEqual(points[i]!.radius + points[k]!.radius + SPREAD_DEFAULTS.gap - 1e-6);
          });
        },
      ),
      { numRuns: propertyRuns(120) },
    );
  });
});

describe('a disc against a box', () => {
  it('meets it only when they share area: touching edges do not', () => {
    const box = { x: 10, y: 10, width: 20, height: 20 };
    expect(discTouchesRect(5, 20, 5, box)).toBe(false);
    expect(discTouchesRect(5.5, 20, 5, box)).toBe(true);
    expect(discTouchesRect(20, 20, 1, box)).toBe(true);
    // Near a corner the distance is to the corner.
    expect(discTouchesRect(6, 6, 5, box)).toBe(false);
    expect(discTouchesRect(7, 7, 5, box)).toBe(true);
    expect(discTouchesRect(40, 35, 10, box)).toBe(false);
    expect(discTouchesRect(35, 35, 10, box)).toBe(true);
  });

  it('goes round clockwise from straight up: with the way up blocked, the next spot is up and to the right', () => {
    const above = { x: 95, y: 70, width: 10, height: 22 };
    const [, b] = spreadPoints([at('a', 100, 100), at('b', 100, 100)], { obstacles: [above] });
    expect(b!.moved).toBe(true);
    expect(b!.x).toBeGreaterThan(100);
    expect(b!.y).toBeLessThan(100);
  });

  it('leaves a point without a finite place or size where it is, and in nobody’s way', () => {
    const odd = [at('lost', Number.NaN, 100), at('far', 100, Number.POSITIVE_INFINITY), at('huge', 100, 100, Number.NaN), at('a', 100, 100)];
    expect(spreadPoints(odd).map((p) => p.moved)).toEqual([false, false, false, false]);
    expect(spreadPoints(odd)[3]).toEqual({ id: 'a', x: 100, y: 100, moved: false });
  });
});


describe('a spread point’s edges', () => {
  // A band above the points: straight up is never free, so the search goes round.
  const roof = { x: 0, y: 0, width: 400, height: 95 };

  it('moves a point to its right when that is the first free spot, and says it moved though its height is the same', () => {
    const [, second] = spreadPoints([at('a', 100, 100), at('b', 100, 100)], { obstacles: [roof] });
    expect(second!.moved).toBe(true);
    expect(second!.y).toBe(100);
    expect(second!.x).toBeCloseTo(112, 9);
  });

  it('never takes a spot below its box, though it is free: it stays where it is', () => {
    const box = { x: 99.9, y: 0, width: 0.2, height: 100 };
    const [, second] = spreadPoints([at('a', 100, 100, 5, box), at('b', 100, 100, 5, box)], { obstacles: [roof] });
    expect(second).toEqual({ id: 'b', x: 100, y: 100, moved: false });
    // Without the box, straight down is the first spot the search finds.
    const [, free] = spreadPoints([at('a', 100, 100), at('b', 100, 100, 5, { ...box, height: 200 })], { obstacles: [roof] });
    expect(free!.moved).toBe(true);
    expect(free!.y).toBeCloseTo(112, 9);
  });

  it('leaves a point of endless size where it is, beside another', () => {
    expect(spreadPoints([at('a', 100, 100), at('b', 102, 100, Infinity)])[1]).toEqual({ id: 'b', x: 102, y: 100, moved: false });
  });
});
