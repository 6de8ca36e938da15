import { describe, expect, it } from 'vitest';
import { contrastRatio, flatten, hex, over, parseColour, relativeLuminance, withOpacity } from '../../e2e/support/contrast';

// The arithmetic the chart-text contrast spec trusts: checked against pairs whose ratios are
// published (WebAIM's contrast checker gives #777 on white 4.48:1, #767676 4.54:1).

const white = parseColour('rgb(255, 255, 255)');
const black = parseColour('rgb(0, 0, 0)');

describe('reading computed colours', () => {
  it('reads the forms getComputedStyle writes', () => {
    expect(parseColour('rgb(28, 29, 31)')).toEqual({ r: 28, g: 29, b: 31, a: 1 });
    expect(parseColour('rgba(27, 127, 75, 0.08)')).toEqual({ r: 27, g: 127, b: 75, a: 0.08 });
    expect(parseColour('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseColour('color(srgb 1 0.5 0 / 0.25)')).toEqual({ r: 255, g: 127.5, b: 0, a: 0.25 });
    expect(parseColour('none').a).toBe(0);
    expect(parseColour('transparent').a).toBe(0);
  });

  it('refuses what it cannot read, rather than pass it', () => {
    for (const value of ['#777777', 'var(--text)', 'url(#gradient)', 'rgb(1, 2)', 'rgb(a, b, c)', 'color(display-p3 1 0 0)']) {
      expect(() => parseColour(value), value).toThrow(/colour/);
    }
  });
});

describe('compositing', () => {
  it('paints a translucent colour over what is under it', () => {
    const tinted = over(parseColour('rgba(0, 0, 255, 0.5)'), white);
    expect(tinted).toEqual({ r: 127.5, g: 127.5, b: 255, a: 1 });
    expect(over(withOpacity(black, 0.25), white).r).toBeCloseTo(191.25);
  });

  it('flattens layers given top first, down to the first opaque one', () => {
    const layers = [parseColour('rgba(255, 0, 0, 0.5)'), parseColour('rgba(0, 0, 0, 0)'), white, black];
    expect(flatten(layers)).toEqual({ r: 255, g: 127.5, b: 127.5, a: 1 });
    expect(flatten([parseColour('rgba(0, 0, 0, 0.5)')]).a).toBe(0.5);
  });

  it('multiplies opacities into alpha', () => {
    expect(withOpacity(parseColour('rgba(1, 2, 3, 0.5)'), 0.5).a).toBe(0.25);
  });
});

describe('contrast ratio', () => {
  it('gives the published ratios', () => {
    expect(contrastRatio(black, white)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, black)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, white)).toBe(1);
    expect(contrastRatio(parseColour('rgb(119, 119, 119)'), white)).toBeCloseTo(4.48, 2);
    expect(contrastRatio(parseColour('rgb(118, 118, 118)'), white)).toBeCloseTo(4.54, 2);
    // recharts' default greys on the app's light and dark surfaces (the issue's figures).
    expect(contrastRatio(parseColour('rgb(128, 128, 128)'), white)).toBeCloseTo(3.95, 2);
    expect(contrastRatio(parseColour('rgb(102, 102, 102)'), parseColour('rgb(32, 34, 37)'))).toBeCloseTo(2.8, 1);
  });

  it('composites translucent text over the background first', () => {
    expect(contrastRatio(withOpacity(black, 0.5), white)).toBeCloseTo(contrastRatio(parseColour('rgb(127.5, 127.5, 127.5)'), white), 10);
  });

  it('refuses a background that is not opaque', () => {
    expect(() => contrastRatio(black, parseColour('rgba(255, 255, 255, 0.5)'))).toThrow(/not opaque/);
  });

  it('weighs green most and blue least, as the eye does', () => {
    expect(relativeLuminance(parseColour('rgb(0, 255, 0)'))).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance(parseColour('rgb(0, 0, 255)'))).toBeCloseTo(0.0722, 4);
    expect(relativeLuminance(parseColour('rgb(255, 0, 0)'))).toBeCloseTo(0.2126, 4);
  });

  it('is linear for the darkest channels (10/255 and under) and a 2.4 power above', () => {
    expect(relativeLuminance(parseColour('rgb(10, 10, 10)'))).toBeCloseTo(10 / 255 / 12.92, 8);
    expect(relativeLuminance(parseColour('rgb(32, 34, 37)'))).toBeCloseTo(0.01585, 4);
  });
});

describe('naming colours in messages', () => {
  it('writes #rrggbb, rounded', () => {
    expect(hex({ r: 127.5, g: 0, b: 255, a: 1 })).toBe('#8000ff');
  });
});
