import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { leftOut, replacingModules } from '../../../vitest.stryker.config.mjs';

// Stryker credits a mutant to the tests that run its code. A test that imports the mutated
// modules itself (a dynamic import, or modules reset and loaded again) runs all their
// module-level code inside that one test, so Stryker tries those mutants against it alone and
// reports them as survivors: about 350 in shared/session once, 280 another time. Such a test
// belongs in its own file, left out of Stryker's suite (vitest.stryker.config.mts), or loads
// its modules the usual way, with a hoisted vi.mock where it needs one.

const root = fileURLToPath(new URL('../../../', import.meta.url));
const LOADS_IN_A_TEST = /\bawait import\(|\bvi\.resetModules\(|\bvi\.doMock\(/;
// The suite's files share their modules (loading them afresh per file was most of a mutant's
// time); a module replaced with vi.mock would then stay replaced for the files after it.
const REPLACES_A_MODULE = /\bvi\.mock\(/;

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

describe('the suite Stryker reruns for each mutant', () => {
  it('has no test that loads modules inside itself', () => {
    const loading = testFiles(join(root, 'tests/unit'))
      // This file names the patterns, as text.
      .filter((file) => !leftOut.includes(file) && file !== 'tests/unit/shared/mutation-suite.test.ts')
      .filter((file) => LOADS_IN_A_TEST.test(readFileSync(join(root, file), 'utf8')));
    expect(loading).toEqual([]);
  });

  it('loads a module replaced with vi.mock only in the files loaded on their own', () => {
    const replacing = testFiles(join(root, 'tests/unit'))
      .filter((file) => !leftOut.includes(file) && file !== 'tests/unit/shared/mutation-suite.test.ts')
      .filter((file) => REPLACES_A_MODULE.test(readFileSync(join(root, file), 'utf8')));
    expect(replacing.filter((file) => !replacingModules.includes(file))).toEqual([]);
    // Each file listed still replaces a module: a stale entry would only cost time, but says the list is not read.
    expect(replacingModules.filter((file) => !replacing.includes(file))).toEqual([]);
  });

  it('would notice one', () => {
    expect(LOADS_IN_A_TEST.test("const { parseSession } = await import('../../../shared/session/parse');")).toBe(true);
    expect(LOADS_IN_A_TEST.test('vi.resetModules();')).toBe(true);
    expect(LOADS_IN_A_TEST.test("vi.doMock('../../../shared/session/migrations', () => ({}));")).toBe(true);
    expect(LOADS_IN_A_TEST.test("vi.mock('../../../shared/session/integrity', () => ({}));")).toBe(false);
  });
});
