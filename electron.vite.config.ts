import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for the three parts of the app. Every library is a devDependency and is bundled,
// so the packaged app carries no node_modules at all.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload must be one CommonJS file that requires nothing but `electron`.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified by default: 1.9 MB, 415 kB gzipped.
      // Minified it is well inside the bundle budget of the benchmark (npm run bench).
      // PICKWISE_UNMINIFIED=1 keeps the names for a profile (npm run bench:profile).
      minify: process.env['PICKWISE_UNMINIFIED'] !== '1',
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
