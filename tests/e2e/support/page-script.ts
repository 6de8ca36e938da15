import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const ROOT = join(__dirname, '../../..');

/**
 * A module of the renderer with no imports as a script for the page, its exports on
 * `window[globalName]`: a spec or the bench calls the app's own code in the page (through
 * page.evaluate, which the page's Content Security Policy does not govern), not a copy of it.
 */
export function pageScript(modulePath: string, globalName: string): string {
  const { code } = transformSync(readFileSync(join(ROOT, modulePath), 'utf8'), { loader: 'ts', format: 'iife', globalName, target: 'es2022' });
  // An init script may run inside a function of its own: the global is set, not only declared.
  return `${code}\nglobalThis[${JSON.stringify(globalName)}] = ${globalName};\n`;
}
