import { expect, test } from '../fixtures';
import { runBench, SMOKE } from '../../../bench/suite';

// `npm run bench` at tiny sizes (a couple of runs, no budgets) over the built renderer in
// Chromium, so the benchmark keeps working as the app changes. Figures are not judged here.

test('the benchmark runs end to end at tiny sizes and reports every figure', async () => {
  test.setTimeout(180_000);
  const result = await runBench({ ...SMOKE, only: [] });
  const ids = result.figures.map((each) => each.id);
  expect(ids).toEqual(['format.size', 'open', 'save', 'draft', 'drag.median', 'drag.p95', 'edit.median', 'edit.floor.median', 'start', 'export', 'size.bundle', 'size.heap']);
  for (const each of result.figures) {
    expect(Number.isFinite(each.summary.median), `${each.name} has a value`).toBe(true);
    expect(each.summary.median, `${each.name} is positive`).toBeGreaterThan(0);
    expect(each.met, `${each.name} is not judged in the smoke run`).toBeNull();
  }
  expect(result.figures.find((each) => each.id === 'export')?.details?.['pixels']).toEqual([3840, 2160]);
});
