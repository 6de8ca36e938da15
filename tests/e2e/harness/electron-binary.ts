import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronPackage = join(__dirname, '../../../node_modules/electron');

/**
 * The Electron executable if one is installed, found without `require('electron')`, which
 * would try to download it. Returns the reason it is missing otherwise.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const pathFile = join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (override) {
    const candidate = join(override, relative ?? 'electron');
    return existsSync(candidate) ? { path: candidate } : { missing: `ELECTRON_OVERRIDE_DIST_PATH has no executable at ${candidate}` };
  }
  if (relative === null) {
    return { missing: 'no Electron binary is installed (node_modules/electron/path.txt is absent: installed with ELECTRON_SKIP_BINARY_DOWNLOAD)' };
  }
  const candidate = join(electronPackage, 'dist', relative);
  return existsSync(candidate) ? { path: candidate } : { missing: `the Electron binary ${candidate} is missing` };
}
