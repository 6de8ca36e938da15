import { describe, expect, it } from 'vitest';
import {
  QUADRANT_ORDER,
  clampToScale,
  defaultThresholds,
  isHighImpact,
  isLowComplexity,
  quadrantOf,
  quadrantRank,
  rescale,
  scaleMidpoint,
  snapToScale,
} from '../../../shared/workshop';

const t5 = { impact: 3, complexity: 3 };
const t10 = { impact: 5.5, complexity: 5.5 };

describe('quadrantOf', () => {
  it('names the four quadrants at the corners of 1–5', () => {
    expect(quadrantOf({ impact: 5, complexity: 1 }, t5)).toBe('quick-wins');
    expect(quadrantOf({ impact: 5, complexity: 5 }, t5)).toBe('big-bets');
    expect(quadrantOf({ impact: 1, complexity: 1 }, t5)).toBe('fill-ins');
    expect(quadrantOf({ impact: 1, complexity: 5 }, t5)).toBe('money-pits');
  });

  it('on the impact line counts as high impact', () => {
    expect(quadrantOf({ impact: 3, complexity: 1 }, t5)).toBe('quick-wins');
    expect(quadrantOf({ impact: 2.999, complexity: 1 }, t5)).toBe('fill-ins');
  });

  it('on the complexity line counts as high complexity', () => {
    expect(quadrantOf({ impact: 5, complexity: 3 }, t5)).toBe('big-bets');
    expect(quadrantOf({ impact: 5, complexity: 2.999 }, t5)).toBe('quick-wins');
    expect(quadrantOf({ impact: 1, complexity: 3 }, t5)).toBe('money-pits');
  });

  it('exactly on both lines is a big bet', () => {
    expect(quadrantOf({ impact: 3, complexity: 3 }, t5)).toBe('big-bets');
    expect(quadrantOf({ impact: 5.5, complexity: 5.5 }, t10)).toBe('big-bets');
  });

  it('works on 1–10 corners and at moved thresholds', () => {
    expect(quadrantOf({ impact: 10, complexity: 1 }, t10)).toBe('quick-wins');
    expect(quadrantOf({ impact: 1, complexity: 10 }, t10)).toBe('money-pits');
    expect(quadrantOf({ impact: 5.5, complexity: 5.4 }, t10)).toBe('quick-wins');
    expect(quadrantOf({ impact: 5.4, complexity: 5.4 }, t10)).toBe('fill-ins');
    expect(quadrantOf({ impact: 4, complexity: 2 }, { impact: 4, complexity: 2 })).toBe('big-bets');
    expect(quadrantOf({ impact: 4, complexity: 2 }, { impact: 4.5, complexity: 2.5 })).toBe('fill-ins');
  });

  it('exposes the boundary predicates and the order', () => {
    expect(isHighImpact(3, 3)).toBe(true);
    expect(isLowComplexity(3, 3)).toBe(false);
    expect(QUADRANT_ORDER).toEqual(['quick-wins', 'big-bets', 'fill-ins', 'money-pits']);
    expect(quadrantRank('fill-ins')).toBe(2);
  });
});

describe('scale', () => {
  it('midpoint and default thresholds', () => {
    expect(scaleMidpoint(5)).toBe(3);
    expect(scaleMidpoint(10)).toBe(5.5);
    expect(defaultThresholds(5)).toEqual({ impact: 3, complexity: 3 });
    expect(defaultThresholds(10)).toEqual({ impact: 5.5, complexity: 5.5 });
  });

  it('clampToScale keeps values in 1..scale; non-finite goes to the midpoint', () => {
    expect(clampToScale(0.2, 5)).toBe(1);
    expect(clampToScale(7, 5)).toBe(5);
    expect(clampToScale(3.7, 5)).toBe(3.7);
    expect(clampToScale(11, 10)).toBe(10);
    expect(clampToScale(Number.NaN, 5)).toBe(3);
    expect(clampToScale(Number.POSITIVE_INFINITY, 10)).toBe(5.5);
  });

  it('snapToScale clamps and rounds to the nearest whole step, halves up', () => {
    expect(snapToScale(2.49, 5)).toBe(2);
    expect(snapToScale(2.5, 5)).toBe(3);
    expect(snapToScale(0.2, 5)).toBe(1);
    expect(snapToScale(-4, 5)).toBe(1);
    expect(snapToScale(7, 5)).toBe(5);
    expect(snapToScale(9.6, 10)).toBe(10);
    expect(snapToScale(5.5, 10)).toBe(6);
    expect(snapToScale(Number.NaN, 10)).toBe(6);
  });

  it('rescale maps 1..from onto 1..to linearly', () => {
    expect(rescale(3, 5, 10)).toBe(5.5);
    expect(rescale(1, 5, 10)).toBe(1);
    expect(rescale(5, 5, 10)).toBe(10);
    expect(rescale(10, 10, 5)).toBe(5);
    expect(rescale(5.5, 10, 5)).toBe(3);
    expect(rescale(4, 5, 5)).toBe(4);
  });
});
