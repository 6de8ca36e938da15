import { defineConfig } from 'vitest/config';
import stryker from './vitest.stryker.config.mjs';

// The tests `npm run mutate:ci` reruns per mutant: the workshop rules' own tests. (Spread,
// not mergeConfig, which would add this list to the full suite's instead of replacing it.)
export default defineConfig({ ...stryker, test: { ...stryker.test, include: ['tests/unit/shared/workshop-*.test.ts'] } });
