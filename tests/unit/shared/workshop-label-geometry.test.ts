// Pins the geometry of label placement that the crowd tests leave open: where the diagonal
// positions sit, what counts as inside the plot, where a hidden label's box is kept, which
// points are refused as invalid, and that moving the whole plot moves every label with it.
import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, rectInside, type LabelPoint } from '../../../shared/workshop';

const bounds = { x: 0, y: 0, width: 400, height: 300 };
const label = (id: string, x: number, y: number, width = 30, height = 12, radius?: number): LabelPoint =>
  radius === undefined ? { id, x, y, width, height } : { id, x, y, width, height, radius };

describe('diagonal label positions', () => {
  it('touch the circle of the given distance with their nearest corner', () => {
    const p = { x: 100, y: 100, width: 30, height: 10 };
    const k = 10 * Math.SQRT1_2;
    expect(labelBox(p, 'above-right', 10)).toEqual({ x: 100 + k, y: 100 - k - 10, width: 30, height: 10 });
    expect(labelBox(p, 'below-right', 10)).toEqual({ x: 100 + k, y: 100 + k, width: 30, height: 10 });
    expect(labelBox(p, 'above-left', 10)).toEqual({ x: 100 - k - 30, y: 100 - k - 10, width: 30, height: 10 });
    expect(labelBox(p, 'below-left', 10)).toEqual({ x: 100 - k - 30, y: 100 + k, width: 30, height: 10 });
  });
});

describe('inside the plot', () => {
  it('includes boxes that touch an edge and excludes boxes that cross one', () => {
    const b = { x: 10, y: 20, width: 100, height: 50 };
    expect(rectInside({ x: 10, y: 20, width: 100, height: 50 }, b)).toBe(true);
    expect(rectInside({ x: 9, y: 30, width: 10, height: 10 }, b)).toBe(false);
    expect(rectInside({ x: 30, y: 19, width: 10, height: 10 }, b)).toBe(false);
    expect(rectInside({ x: 101, y: 30, width: 10, height: 10 }, b)).toBe(false);
    expect(rectInside({ x: 30, y: 61, width: 10, height: 10 }, b)).toBe(false);
  });
});

describe('hidden labels', () => {
  it('keep the right-hand box, radius + gap away, pulled inside the plot', () => {
    // Taller than the plot: no position fits. Its own radius (10) counts, not the default.
    const [tall] = placeLabels([label('tall', 100, 100, 30, 400, 10)], bounds);
    expect(tall).toEqual({ id: 'tall', hidden: true, position: null, size: 0, ring: 0, x: 113, y: 0, width: 30, height: 400 });
    const [wide] = placeLabels([label('wide', 390, 150, 500, 12)], bounds);
    expect(wide).toMatchObject({ hidden: true, x: 0, y: 144 });
  });

  it('sit at the plot’s corner, empty, for a point that cannot be drawn', () => {
    const b = { x: 40, y: 20, width: 200, height: 100 };
    const [nan] = placeLabels([label('nan', 100, Number.NaN)], b);
    expect(nan).toEqual({ id: 'nan', hidden: true, position: null, size: 0, ring: 0, x: 40, y: 20, width: 0, height: 0 });
  });

  it('stay inside the plot in a crowded corner', () => {
    const out = placeLabels(Array.from({ length: 9 }, (_, i) => label(`c${i}`, 395, 295)), bounds);
    const hidden = out.filter((p) => p.hidden);
    expect(hidden.length).toBeGreaterThan(0);
    for (const p of hidden) expect(p).toMatchObject({ x: 370, y: 288, width: 30, height: 12 });
  });
});

describe('invalid points', () => {
  it('are hidden whichever measure is not a finite size or place', () => {
    const out = placeLabels(
      [
        label('x', Number.NaN, 100),
        label('y', 100, Number.POSITIVE_INFINITY),
        label('w', 100, 100, Number.POSITIVE_INFINITY, 12),
        label('h', 100, 100, 30, Number.NaN),
        label('negative-width', 200, 100, -30, 12),
        label('negative-height', 300, 100, 30, -12),
        label('negative-width, no height', 200, 200, -30, 0),
        label('no width, negative height', 300, 200, 0, -12),
      ],
      bounds,
    );
    expect(out.map((p) => [p.id, p.hidden])).toEqual([
      ['x', true],
      ['y', true],
      ['w', true],
      ['h', true],
      ['negative-width', true],
      ['negative-height', true],
      ['negative-width, no height', true],
      ['no width, negative height', true],
    ]);
  });
});

describe('a label’s own marker', () => {
  it('never counts against it: in a corner, only a diagonal fits, and it shows even when no marker may be covered', () => {
    // With no gap a diagonal box reaches into the square around its own marker (radius 10, the
    // box's corner 7.07 px away on each axis); the limit is on other points' markers only.
    const [corner] = placeLabels([label('corner', 5, 5, 30, 12, 10)], bounds, { gap: 0, maxPointOverlap: 0 });
    expect(corner).toMatchObject({ hidden: false, position: 'below-right' });
  });
});

describe('moving the plot', () => {
  it('moves every label with it and changes nothing else, wherever the plot sits', () => {
    let seed = 11;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const points = Array.from({ length: 60 }, (_, i) => label(`p${i}`, 60 + rnd() * 200, 40 + rnd() * 150, 20 + Math.floor(rnd() * 30), 12));
    const here = placeLabels(points, bounds);
    // Far off to the right and below, and (a chart drawn around its centre) above and to the left.
    for (const [dx, dy] of [
      [5000, 3000],
      [-5000, -3000],
    ] as const) {
      const there = placeLabels(
        points.map((p) => ({ ...p, x: p.x + dx, y: p.y + dy })),
        { ...bounds, x: dx, y: dy },
      );
      expect(there.map((p) => [p.id, p.hidden, p.position])).toEqual(here.map((p) => [p.id, p.hidden, p.position]));
      there.forEach((p, i) => {
        expect(p.x - dx).toBeCloseTo(here[i]!.x, 6);
        expect(p.y - dy).toBeCloseTo(here[i]!.y, 6);
      });
    }
  });
});
