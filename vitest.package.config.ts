import { defineConfig } from 'vitest/config';

// The packaging test: builds the unpacked app with electron-builder from the built out/ and
// inspects it. Run after `npm run build` (npm test does), apart from the fast unit tests.
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
