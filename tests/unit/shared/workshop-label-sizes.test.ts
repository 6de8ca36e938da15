// Pins the parts of the label rule that give a label several sizes (its whole title, wrapped,
// shortened, the code alone) and let it go further out: every point first reserves its smallest
// label, then trades it for the first larger size that fits; a smallest label that fits nowhere
// beside its point goes out ring by ring.
import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { describe, expect, it } from 'vitest';
import { labelBox, labelOverlapArea, placeLabels, rectInside, rectOverlapArea, type LabelPoint, type PixelRect } from '../../../shared/workshop';

const bounds = { x: 0, y: 0, width: 400, height: 300 };
const CODE = { width: 20, height: 10 };
const WIDE = { width: 120, height: 10 };
const TALL = { width: 60, height: 20 };

/** A point whose label is WIDE, then TALL, then the CODE alone. */
const titled = (id: string, x: number, y: number, radius = 4): LabelPoint => ({ id, x, y, radius, ...WIDE, fallbacks: [TALL, CODE] });

describe('a label of several sizes', () => {
  it('takes its own size where that fits, beside its point (the reserved code does not stand in its way)', () => {
    const [a] = placeLabels([titled('a', 100, 100)], bounds);
    expect(a).toEqual({ id: 'a', hidden: false, position: 'right', size: 0, ring: 0, x: 107, y: 95, width: 120, height: 10 });
  });

  it('takes the first smaller size that fits where its own fits nowhere', () => {
    // A wall left of the point stops WIDE and TALL there and above and below; one 63 px to its
    // right stops WIDE but not TALL (60 px) on the right.
    const walls: PixelRect[] = [
      { x: 38, y: 0, width: 10, height: 300 },
      { x: 170, y: 0, width: 10, height: 300 },
    ];
    const [a] = placeLabels([titled('a', 100, 100)], bounds, { obstacles: walls });
    expect(a).toMatchObject({ hidden: false, position: 'right', size: 1, ring: 0, x: 107, y: 90, width: 60, height: 20 });
  });

  it('is the code alone where nothing larger fits', () => {
    const walls: PixelRect[] = [
      { x: 70, y: 0, width: 10, height: 300 },
      { x: 135, y: 0, width: 10, height: 300 },
    ];
    const [a] = placeLabels([titled('a', 100, 100)], bounds, { obstacles: walls });
    expect(a).toMatchObject({ hidden: false, position: 'right', size: 2, width: 20, height: 10 });
  });
});

describe('the smallest label first', () => {
  it('keeps a later point’s only place for its code from an earlier point’s larger label', () => {
    // b sits in a pocket: walls above, below and left of it leave one place for its code, to its
    // right, which a's wide label (a comes first) would cover if it were placed first.
    const pocket: PixelRect[] = [
      { x: 150, y: 120, width: 60, height: 8 },
      { x: 150, y: 152, width: 60, height: 8 },
      { x: 150, y: 120, width: 8, height: 40 },
    ];
    const a = titled('a', 100, 140);
    const b: LabelPoint = { id: 'b', x: 170, y: 140, radius: 4, ...CODE };
    const [first, second] = placeLabels([a, b], bounds, { obstacles: pocket });
    expect(second).toMatchObject({ hidden: false, position: 'right', size: 0, x: 177, y: 135 });
    expect(first!.hidden).toBe(false);
    expect(rectOverlapArea(first!, second!)).toBe(0);
  });

  it('lets go of the reserved code when a larger label is placed: a later point may use its place', () => {
    // A strip one label high: only right and left fit. a's code is reserved on its right, b's on
    // its right; a's larger label cannot go right (b's code is there) and goes left, letting go of
    // its code; b's larger label cannot go right (a wall) and goes left, where a's code was.
    const strip = { x: 0, y: 90, width: 400, height: 20 };
    const a: LabelPoint = { id: 'a', x: 100, y: 100, radius: 4, width: 60, height: 20, fallbacks: [CODE] };
    const b: LabelPoint = { id: 'b', x: 150, y: 100, radius: 4, width: 40, height: 10, fallbacks: [CODE] };
    const wall = { x: 180, y: 90, width: 10, height: 20 };
    // The same with boxes filed before the labels (a's code is then not the grid's first or second box).
    const elsewhere = [
      { x: 300, y: 90, width: 10, height: 20 },
      { x: 330, y: 90, width: 10, height: 20 },
    ];
    for (const obstacles of [[wall], [...elsewhere, wall]]) {
      const [first, second] = placeLabels([a, b], strip, { obstacles });
      expect(first).toMatchObject({ hidden: false, position: 'left', size: 0, x: 33 });
      expect(second, `${obstacles.length} obstacles`).toMatchObject({ hidden: false, position: 'left', size: 0, x: 103, y: 95 });
      expect(rectOverlapArea(second!, labelBox({ x: 100, y: 100, ...CODE }, 'right', 7))).toBeGreaterThan(0);
    }
  });

  it('gives a point with no place even for its code no label at all, the smallest size named', () => {
    const cage: PixelRect[] = [{ x: 50, y: 50, width: 100, height: 100 }];
    const [a] = placeLabels([titled('a', 100, 100)], bounds, { obstacles: cage, farRings: 2 });
    expect(a).toMatchObject({ hidden: true, position: null, size: 2, ring: 0, width: 20, height: 10 });
  });

  it('refuses a point whose fallback has no finite size', () => {
    const [a] = placeLabels([{ ...titled('a', 100, 100), fallbacks: [{ width: Number.NaN, height: 10 }] }], bounds);
    expect(a!.hidden).toBe(true);
  });
});

describe('further out', () => {
  // A ring of obstacles round the point, 18 px out: nothing fits beside it.
  const fence = (x: number, y: number): PixelRect[] => [
    { x: x - 18, y: y - 18, width: 36, height: 4 },
    { x: x - 18, y: y + 14, width: 36, height: 4 },
    { x: x - 18, y: y - 18, width: 4, height: 36 },
    { x: x + 14, y: y - 18, width: 4, height: 36 },
  ];

  it('sets a smallest label one ring out at a time, a ring being the smallest label’s height plus the gap', () => {
    const point: LabelPoint = { id: 'a', x: 200, y: 150, radius: 4, ...CODE };
    expect(placeLabels([point], bounds, { obstacles: fence(200, 150) })[0]!.hidden).toBe(true);
    const [a] = placeLabels([point], bounds, { obstacles: fence(200, 150), farRings: 3 });
    // Beside it: 4 + 3 = 7 px; ring 1: 7 + 10 + 3 = 20 px, past the fence (18 px) on the right.
    expect(a).toMatchObject({ hidden: false, ring: 1, position: 'right', x: 220, y: 145 });
  });

  it('goes no further than farRings', () => {
    // The fence stops ring 0 and a frame 19–32 px out stops ring 1; ring 2 (33 px) is clear.
    const frame: PixelRect[] = [
      { x: 168, y: 118, width: 64, height: 13 },
      { x: 168, y: 169, width: 64, height: 13 },
      { x: 168, y: 118, width: 13, height: 64 },
      { x: 219, y: 118, width: 13, height: 64 },
    ];
    const point: LabelPoint = { id: 'a', x: 200, y: 150, radius: 4, ...CODE };
    const obstacles = [...fence(200, 150), ...frame];
    expect(placeLabels([point], bounds, { obstacles, farRings: 1 })[0]).toMatchObject({ hidden: true, ring: 0 });
    expect(placeLabels([point], bounds, { obstacles, farRings: 2 })[0]).toMatchObject({ hidden: false, ring: 2, position: 'right', x: 233 });
  });

  it('lets a point that matters more go further out before a later point takes that place beside itself', () => {
    // a (first) is fenced in; its first place one ring out, on its right, is also b's only place
    // beside b (on b's left): a gets it, and b has to look further out.
    const a: LabelPoint = { id: 'a', x: 100, y: 150, radius: 4, ...CODE };
    const b: LabelPoint = { id: 'b', x: 150, y: 150, radius: 4, ...CODE };
    const roundB: PixelRect[] = [
      { x: 146, y: 120, width: 60, height: 23 },
      { x: 146, y: 157, width: 60, height: 23 },
      { x: 157, y: 140, width: 40, height: 20 },
    ];
    const [first, second] = placeLabels([a, b], bounds, { obstacles: [...fence(100, 150), ...roundB], farRings: 1 });
    expect(first).toMatchObject({ hidden: false, ring: 1, position: 'right', x: 120 });
    expect(second!.ring === 1 || second!.hidden).toBe(true);
    // In the other order, b keeps its place beside it and a goes elsewhere.
    const [firstB, secondA] = placeLabels([b, a], bounds, { obstacles: [...fence(100, 150), ...roundB], farRings: 1 });
    expect(firstB).toMatchObject({ hidden: false, ring: 0, position: 'left', x: 123 });
    expect(secondA).toMatchObject({ hidden: false, ring: 1, position: 'left', x: 60 });
  });

  it('lets a larger label go at most two rings out; beyond, the code stays', () => {
    const deep: PixelRect[] = [
      { x: 130, y: 135, width: 8, height: 30 },
      { x: 150, y: 90, width: 4, height: 120 },
    ];
    const point: LabelPoint = { id: 'a', x: 110, y: 150, radius: 4, width: 30, height: 10, fallbacks: [CODE] };
    const [a] = placeLabels([point], { x: 100, y: 140, width: 300, height: 20 }, { obstacles: deep, farRings: 6 });
    expect(a!.size).toBe(1);
  });
});

describe('property: sizes and rings', () => {
  it('never lets visible labels overlap each other or an obstacle, keeps them inside, and gives each the size it names', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.double({ min: 0, max: 300, noNaN: true }), y: fc.double({ min: 0, max: 200, noNaN: true }), title: fc.integer({ min: 30, max: 140 }) }), { maxLength: 40 }),
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 200 }), width: fc.integer({ min: 1, max: 120 }), height: fc.integer({ min: 1, max: 30 }) }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 4 }),
        (raw, obstacles, farRings) => {
          const b = { x: 0, y: 0, width: 300, height: 200 };
          const points: LabelPoint[] = raw.map((r, i) => ({ id: `p${i}`, x: r.x, y: r.y, radius: 5, width: r.title, height: 12, fallbacks: [{ width: r.title / 2, height: 24 }, { width: 22, height: 12 }] }));
          const out = placeLabels(points, b, { obstacles, farRings, maxPointOverlap: 0 });
          expect(labelOverlapArea(out)).toBe(0);
          out.forEach((placement, i) => {
            const sizes = [points[i]!, ...points[i]!.fallbacks!];
            if (placement.hidden) return expect(placement.size).toBe(2);
            expect(rectInside(placement, b)).toBe(true);
            expect({ width: placement.width, height: placement.height }).toEqual({ width: sizes[placement.size]!.width, height: sizes[placement.size]!.height });
            expect(placement.ring).toBeLessThanOrEqual(placement.size === 2 ? farRings : Math.min(farRings, 2));
            for (const obstacle of obstacles) expect(rectOverlapArea(placement, obstacle)).toBe(0);
          });
        },
      ),
      { numRuns: propertyRuns(150) },
    );
  });
});
