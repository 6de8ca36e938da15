import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit tests run under plain Node; files under tests/unit/renderer opt into jsdom.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
