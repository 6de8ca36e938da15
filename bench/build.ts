import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(__dirname, '..');
const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const SOURCES = ['renderer', 'shared', 'electron', 'electron.vite.config.ts', 'package.json'];

function newestIn(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, name)));
  return newest;
}

/** Whether out/ is missing, or older than a source it is built from. */
function buildIsStale(): boolean {
  const outputs = OUTPUTS.map((path) => join(ROOT, path));
  if (outputs.some((path) => !existsSync(path))) return true;
  const built = Math.min(...outputs.map((path) => statSync(path).mtimeMs));
  return SOURCES.some((path) => newestIn(join(ROOT, path)) > built);
}

/** Runs `electron-vite build` when out/ is missing or stale; returns whether it built. */
export function ensureBuilt(force = false): boolean {
  if (!force && !buildIsStale()) return false;
  console.log('Building the app (electron-vite build)…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`electron-vite build failed (exit ${result.status ?? result.signal})`);
  return true;
}

export interface BundleSize {
  files: { name: string; bytes: number; gzipped: number }[];
  bytes: number;
  /** Every file together, each language's catalogue included. */
  gzipped: number;
  /**
   * What a start loads at most: every file but the catalogues of the languages it does not
   * speak. English is in the entry chunk; another language adds its own chunk (the largest here).
   */
  startGzipped: number;
}

/** A language's own catalogue chunk (`de-….js`): loaded only when that language is spoken. */
const LANGUAGE_CHUNK = /^(de|fr|es|pt)-[\w-]+\.js$/u;

/** The renderer's JavaScript as shipped: every out/renderer/assets/*.js, gzipped one by one. */
export function rendererBundleSize(root = join(ROOT, 'out/renderer/assets')): BundleSize {
  const files = readdirSync(root)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(root, name));
      return { name, bytes: bytes.byteLength, gzipped: gzipSync(bytes, { level: 9 }).byteLength };
    });
  const gzipped = files.reduce((sum, file) => sum + file.gzipped, 0);
  const languages = files.filter((file) => LANGUAGE_CHUNK.test(file.name)).map((file) => file.gzipped);
  return {
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipped,
    startGzipped: gzipped - languages.reduce((sum, size) => sum + size, 0) + Math.max(0, ...languages),
  };
}

/** Builds the Start figure's baseline page (bench/baseline: an empty React page) into `outDir`. */
export async function buildBaselinePage(outDir: string): Promise<void> {
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  await build({
    root: join(ROOT, 'bench/baseline'),
    base: './',
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
}
