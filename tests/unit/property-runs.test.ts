import { afterEach, describe, expect, it, vi } from 'vitest';
import { propertyRuns } from './property-runs';

describe('propertyRuns', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('tries every case when no share is set (npm test)', () => {
    vi.stubEnv('PICKWISE_PROPERTY_SHARE', undefined);
    expect(propertyRuns(2000)).toBe(2000);
    expect(propertyRuns(10)).toBe(10);
  });

  it("tries the share Stryker's suite sets, never fewer than the floor, never more than asked", () => {
    vi.stubEnv('PICKWISE_PROPERTY_SHARE', '0.1');
    expect(propertyRuns(2000)).toBe(200);
    expect(propertyRuns(100)).toBe(25);
    expect(propertyRuns(10)).toBe(10);
    expect(propertyRuns(500, 200)).toBe(200);
  });

  it('refuses a share that is not a fraction up to one', () => {
    for (const share of ['0', '-0.5', '2', 'a tenth']) {
      vi.stubEnv('PICKWISE_PROPERTY_SHARE', share);
      expect(() => propertyRuns(100), share).toThrow(/PICKWISE_PROPERTY_SHARE/);
    }
  });
});
