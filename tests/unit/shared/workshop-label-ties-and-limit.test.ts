// Pins two parts of the label rule: among equally good positions the earlier one in
// LABEL_POSITIONS wins, and a label is hidden once the markers it covers exceed the allowed
// share of its own area.
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelPoint } from '../../../shared/workshop';

// A strip exactly one label high: only 'right' and 'left' fit. Markers (radius 4, so 8×8)
// sit in the middle of both boxes, so each covers 64 px² of the 30×12 = 360 px² label.
const strip = { x: 0, y: 94, width: 400, height: 12 };
const points: LabelPoint[] = [
  { id: 'a', x: 100, y: 100, width: 30, height: 12 },
  { id: 'right-neighbour', x: 125, y: 100, width: 0, height: 0 },
  { id: 'left-neighbour', x: 75, y: 100, width: 0, height: 0 },
];

describe('label positions that cost the same', () => {
  it('go to the earlier position: right before left', () => {
    const [a] = placeLabels(points, strip, { maxPointOverlap: 1 });
    expect(a).toMatchObject({ hidden: false, position: 'right', x: 107, y: 94 });
  });
});

describe('the marker-overlap limit', () => {
  it('is a share of the label’s own area: 64 of 360 px² is within 20 % and beyond 10 %', () => {
    expect(placeLabels(points, strip, { maxPointOverlap: 0.2 })[0]).toMatchObject({ hidden: false, position: 'right' });
    expect(placeLabels(points, strip, { maxPointOverlap: 0.1 })[0]).toMatchObject({ hidden: true, position: null });
  });
});
