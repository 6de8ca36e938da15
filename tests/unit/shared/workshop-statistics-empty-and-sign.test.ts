// Pins the edges of the room's statistics: no values means "not scored" (never 0 or NaN),
// and float noise never leaves a negative zero behind in a result the app prints or compares.
import { describe, expect, it } from 'vitest';
import { medianOf, meanOf, spreadOf, standardDeviationOf, tidyNumber } from '../../../shared/workshop';

describe('statistics of no values', () => {
  it('are undefined, so an unscored axis never reads as 0 or NaN', () => {
    expect(meanOf([])).toBeUndefined();
    expect(medianOf([])).toBeUndefined();
    expect(standardDeviationOf([])).toBeUndefined();
    expect(spreadOf([])).toBeUndefined();
  });
});

describe('statistics of one value', () => {
  it('have no spread and no deviation', () => {
    expect(spreadOf([4])).toBe(0);
    expect(standardDeviationOf([4])).toBe(0);
  });
});

describe('the population standard deviation', () => {
  it('divides by the number of values (the room, not a sample)', () => {
    expect(standardDeviationOf([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(standardDeviationOf([1, 3])).toBe(1);
  });
});

describe('tidyNumber', () => {
  it('never returns negative zero, from -0 itself or from noise below the kept decimals', () => {
    expect(Object.is(tidyNumber(-0), 0)).toBe(true);
    expect(Object.is(tidyNumber(-1e-12), 0)).toBe(true);
    expect(Object.is(tidyNumber(3 - 3.0000000000004), 0)).toBe(true);
  });

  it('keeps nine decimals and drops the float noise below them', () => {
    expect(tidyNumber(2.9999999999999996)).toBe(3);
    expect(tidyNumber(1.2345678914)).toBe(1.234567891);
  });
});
