// @ts-check
// The mutation check `npm test` runs (README, "Mutation testing"): a few small, stable rule
// files, mutated against only their own rule tests, so it finishes in a few minutes and fails
// when a change to these rules is no longer pinned by a test. `npm run mutate` does all three
// folders.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['shared/workshop/quadrant.ts', 'shared/workshop/scale.ts', 'shared/workshop/statistics.ts'],
  vitest: { configFile: 'vitest.stryker-ci.config.mts' },
  // A fresh clone has no earlier run to reuse; every mutant is tried each time.
  incremental: false,
  // Against the rule tests only, a module-level mutant is cheap to try: try them all.
  ignoreStatic: false,
  reporters: ['clear-text'],
  clearTextReporter: { allowColor: false, logTests: false, reportTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 100, low: 100, break: 100 },
};
