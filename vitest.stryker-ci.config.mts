import { defineConfig } from 'vitest/config';
import { leftOut } from './vitest.stryker.config.mjs';

// The tests `npm run mutate:ci` reruns per mutant: the workshop rules' own tests, sharing their
// modules and trying a tenth of each property's cases, as in Stryker's full suite
// (vitest.stryker.config.mts). None of them replaces a module. Written out rather than taken
// from that file, whose projects would each bring their own list of files.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    // The catalogues of all five languages, as in `npm run test:unit` (vitest.config.mts).
    setupFiles: ['tests/unit/setup.ts'],
    env: { PICKWISE_PROPERTY_SHARE: '0.1' },
    include: ['tests/unit/shared/workshop-*.test.ts'],
    exclude: leftOut,
    isolate: false,
  },
});
