// @ts-check
// Mutation testing of the rules: `npm run mutate` (all three folders, incremental) and
// `npm run mutate:ci` (the small subset npm test runs). See README, "Mutation testing".
// The folders whose score the README promises (at least 85 % each) are listed once, in
// scripts/mutation-folders.json, for this file and for scripts/mutation-summary.ts.

import mutatedFolders from './scripts/mutation-folders.json' with { type: 'json' };

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.mts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: mutatedFolders.map((folder) => `${folder}/**/*.ts`),
  coverageAnalysis: 'perTest',
  // A mutant in module-level code (the field table, the sample, word lists) would rerun the
  // whole suite: hours per folder. Those tables are pinned by tests of their own (README).
  ignoreStatic: true,
  // Two cores, shared with whatever else runs: one test process each.
  concurrency: 2,
  timeoutMS: 10_000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
