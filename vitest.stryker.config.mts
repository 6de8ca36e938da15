import { defineConfig } from 'vitest/config';

// The unit suite as Stryker reruns it for each mutant, without the tests whose cost is time
// rather than assertions about one rule: the kill test, the fuzzers and the CSV round-trip
// property (thousands of generated inputs per run), the PNG export (image
// rendering, and a timing check that fails on a loaded machine), the benchmark smoke and the
// packaging checks. They all still run in `npm run test:unit`, as does the purity check,
// left out here because it reads the source text that Stryker rewrites, and the no-eval check,
// which imports the session modules inside a test: Stryker then credits all their module-level
// code to that one test, runs those mutants against it alone and reports them as survivors.
export const leftOut = [
  'node_modules/**',
  'tests/unit/electron/save-kill.test.ts',
  'tests/unit/**/*fuzz*.test.{ts,tsx}',
  'tests/unit/shared/export-csv-roundtrip.test.ts',
  'tests/unit/shared/export-png.test.ts',
  'tests/unit/bench/**',
  'tests/unit/packaging/**',
  'tests/unit/shared/workshop-purity.test.ts',
  'tests/unit/shared/session-no-eval.test.ts',
];

// Loading each test file's modules afresh was four fifths of a mutant's time (Stryker reruns
// every file holding a test that covers the mutant), so the files share their modules. These
// replace a module with vi.mock, which only holds for a file loaded on its own.
export const replacingModules = [
  'tests/unit/shared/session-parser-fault.test.ts',
  'tests/unit/shared/session-migration-fault.test.ts',
  'tests/unit/shared/session-json-scan-disagrees.test.ts',
  'tests/unit/electron/reader-fault-log.test.ts',
];

// The property tests try a tenth of their generated cases (tests/unit/property-runs.ts): they
// were two thirds of the time each mutant of the session rules took.
// setupFiles: the catalogues of all five languages, as in `npm run test:unit` (vitest.config.mts).
const common = { environment: 'node', testTimeout: 30_000, setupFiles: ['tests/unit/setup.ts'] as string[], env: { PICKWISE_PROPERTY_SHARE: '0.1' } } as const;

export default defineConfig({
  test: {
    projects: [
      { test: { ...common, name: 'own-modules', include: replacingModules, isolate: true } },
      { test: { ...common, name: 'shared-modules', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: [...leftOut, ...replacingModules], isolate: false } },
    ],
  },
});
