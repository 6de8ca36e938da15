import { defineConfig } from 'vitest/config';

// Unit tests run under plain Node; a file that needs a DOM says so in its first line
// (`// @vitest-environment jsdom`). TSX is compiled by Vite itself (tsconfig's react-jsx).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    setupFiles: ['tests/unit/setup.ts'],
  },
});
