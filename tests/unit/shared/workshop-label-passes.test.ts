// Pins parts of the label rule that only a crafted board shows: a larger label one or two rings
// out beats the smallest beside the point; a ring's step is the smallest label's height, whatever
// the number of sizes; trading a reserved label frees that label's box and no other; a point
// whose label has no size is still a marker other labels keep off; and the box named for a
// point that cannot be placed.
import { describe, expect, it } from 'vitest';
import { placeLabels, rectOverlapArea, type LabelPoint, type PixelRect } from '../../../shared/workshop';

const bounds = { x: 0, y: 0, width: 600, height: 400 };
const CODE = { width: 20, height: 10 };

describe('the second pass', () => {
  it('takes a larger label one ring out over the code beside the point', () => {
    // Right of the point, room for the code (307–327) but not for the title; left and the
    // diagonals blocked at ring 0; above, one ring out (20 px), clear for the title.
    const walls: PixelRect[] = [
      { x: 328, y: 188, width: 100, height: 24 },
      { x: 150, y: 188, width: 120, height: 24 },
    ];
    const point: LabelPoint = { id: 'a', x: 300, y: 200, radius: 4, width: 100, height: 10, fallbacks: [CODE] };
    const [a] = placeLabels([point], bounds, { obstacles: walls, farRings: 2 });
    expect(a).toMatchObject({ hidden: false, size: 0, ring: 1, position: 'above', x: 250, y: 170 });
    for (const wall of walls) expect(rectOverlapArea(a!, wall)).toBe(0);
  });

  it('steps out by the smallest label’s height, the last of its sizes, whatever their number', () => {
    // Ring 0 is walled off (the wall ends at 319.5); ring 1 is 7 + 10 + 3 = 20 px out, not
    // 7 + 30 + 3 (the label's own height) nor the first fallback's.
    const wall: PixelRect = { x: 270, y: 170, width: 49.5, height: 60 };
    const oneFallback: LabelPoint = { id: 'a', x: 300, y: 200, radius: 4, width: 40, height: 30, fallbacks: [CODE] };
    const twoFallbacks: LabelPoint = { ...oneFallback, fallbacks: [{ width: 30, height: 20 }, { width: 25, height: 14 }, CODE] };
    for (const point of [oneFallback, twoFallbacks]) {
      const [a] = placeLabels([point], bounds, { obstacles: [wall], farRings: 1 });
      expect(a, `${point.fallbacks!.length} fallbacks`).toMatchObject({ hidden: false, ring: 1, position: 'right', x: 320 });
    }
  });

  it('trading a reserved label frees that label’s box only: the obstacles placed before it still stand', () => {
    // The obstacles, then a's and b's codes. a trades its code for its title; b's title would
    // fit only over an obstacle, so b keeps its code, right of its point.
    const obstacles: PixelRect[] = [
      { x: 0, y: 0, width: 10, height: 10 },
      { x: 330, y: 150, width: 90, height: 110 },
      { x: 150, y: 150, width: 140, height: 110 },
    ];
    const a: LabelPoint = { id: 'a', x: 100, y: 100, radius: 4, width: 60, height: 10, fallbacks: [CODE] };
    const b: LabelPoint = { id: 'b', x: 300, y: 200, radius: 4, width: 100, height: 60, fallbacks: [CODE] };
    const placements = placeLabels([a, b], { x: 0, y: 0, width: 420, height: 260 }, { obstacles });
    expect(placements[0]).toMatchObject({ hidden: false, size: 0 });
    for (const placement of placements) for (const obstacle of obstacles) expect(rectOverlapArea(placement, obstacle), placement.id).toBe(0);
    expect(placements[1]).toMatchObject({ hidden: false, size: 1, position: 'right', x: 307 });
  });
});

describe('points without a label size', () => {
  it('are still markers: another label keeps off them', () => {
    // b's label has no size, but b is drawn: a's label keeps off b's dot rather than cover it.
    const a: LabelPoint = { id: 'a', x: 100, y: 100, radius: 4, width: 40, height: 10 };
    const b: LabelPoint = { id: 'b', x: 125, y: 100, radius: 4, width: Number.NaN, height: 10 };
    const [first, second] = placeLabels([a, b], bounds, { maxPointOverlap: 0 });
    expect(second).toMatchObject({ hidden: true });
    expect(first).toMatchObject({ hidden: false });
    expect(first!.position).not.toBe('right');
    expect(rectOverlapArea(first!, { x: 121, y: 96, width: 8, height: 8 })).toBe(0);
  });

  it('of no size at all are placed, covering nothing, even where obstacles cover the whole plot', () => {
    const [a] = placeLabels([{ id: 'a', x: 100, y: 100, radius: 4, width: 0, height: 0 }], bounds);
    expect(a).toMatchObject({ hidden: false, position: 'right', x: 107, y: 100, width: 0, height: 0 });
    const [b] = placeLabels([{ id: 'b', x: 100, y: 100, radius: 4, width: 30, height: 10, fallbacks: [{ width: 0, height: 0 }] }], bounds, { obstacles: [{ x: 0, y: 0, width: 600, height: 400 }] });
    expect(b).toMatchObject({ hidden: false, size: 1, position: 'right', x: 107, y: 100, width: 0, height: 0 });
  });

  it('get, hidden, an empty box at the bounds’ corner: no size of theirs, nor any box, is trusted', () => {
    const cases: LabelPoint[] = [
      { id: 'endless', x: 100, y: 100, width: Number.POSITIVE_INFINITY, height: 10 },
      { id: 'no-height', x: 100, y: 100, width: 40, height: Number.NaN },
      { id: 'bad-fallback', x: 100, y: 100, width: 40, height: 10, fallbacks: [{ width: 30, height: Number.NaN }, CODE] },
      { id: 'negative', x: 100, y: 100, width: -5, height: 10 },
    ];
    const inner = { x: 20, y: 30, width: 500, height: 300 };
    for (const point of cases) {
      expect(placeLabels([point], inner)[0], point.id).toMatchObject({ id: point.id, hidden: true, position: null, x: 20, y: 30, width: 0, height: 0 });
    }
  });
});
