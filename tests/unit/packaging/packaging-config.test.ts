import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

// The shape of the electron-builder configuration: targets per platform, the file
// association, icons at every size from the one SVG, and the fuses of a production build.

const ROOT = join(__dirname, '..', '..', '..');
// The packaging files are CommonJS, as electron-builder loads them.
const load = createRequire(__filename);
const config = load(join(ROOT, 'electron-builder.config.cjs')) as Configuration & Record<string, unknown>;
const fuseModule = load(join(ROOT, 'build', 'electron-fuses.cjs')) as {
  fuses: Record<string, boolean>;
  testFuses: Record<string, boolean>;
  fusesForBuild(env: Record<string, string | undefined>): Record<string, boolean>;
};
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  main: string;
};

const ICON_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const targetsOf = (platform: unknown) =>
  ((platform as { target: (string | { target: string; arch?: string[] })[] }).target ?? []).map((target) =>
    typeof target === 'string' ? { target, arch: undefined } : target,
  );

describe('the packaging configuration', () => {
  it('names the app and packs only the built app, in an asar', () => {
    expect(config.appId).toBe('app.pickwise.desktop');
    expect(config.productName).toBe('Pickwise');
    expect(config.files).toEqual(['out/**/*', 'package.json', '!**/*.map']);
    expect(config.asar).toBe(true);
    expect(config.directories).toMatchObject({ buildResources: 'build' });
    // Every library is bundled: there is nothing for the package to carry in node_modules.
    expect(packageJson.dependencies ?? {}).toEqual({});
    expect(packageJson.main).toBe('out/main/index.js');
    expect(packageJson.scripts['dist']).toContain('electron-builder --config electron-builder.config.cjs');
  });

  it('builds AppImage and deb for Linux, as an Office app that opens session files', () => {
    expect(targetsOf(config.linux).map((target) => target.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux).toMatchObject({
      category: 'Office',
      executableName: 'pickwise',
      mimeTypes: ['application/x-pickwise+json'],
      icon: 'build/icons',
    });
    expect(config.linux?.maintainer).toMatch(/.+<.+@.+>/);
    expect((config.linux?.desktop as { entry: Record<string, string> }).entry).toMatchObject({ Name: 'Pickwise' });
  });

  it('builds a per-user NSIS installer for Windows that lets the user pick the folder', () => {
    expect(targetsOf(config.win).map((target) => target.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
    expect(config.win?.icon).toBe('build/icon.ico');
  });

  it('builds a universal dmg for macOS with the hardened runtime and its entitlements', () => {
    expect(targetsOf(config.mac)).toEqual([{ target: 'dmg', arch: ['universal'] }]);
    expect(config.mac).toMatchObject({ category: 'public.app-category.productivity', hardenedRuntime: true, icon: 'build/icon.icns' });
    const entitlements = readFileSync(join(ROOT, config.mac?.entitlements as string), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
    expect(entitlements).not.toContain('com.apple.security.network');
  });

  it('associates .pickwise files with Pickwise as their editor, with an icon on every platform', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'pickwise', mimeType: 'application/x-pickwise+json', role: 'Editor', icon: 'icon' }),
    ]);
    for (const file of ['icon.icns', 'icon.ico', 'icon.png']) expect(existsSync(join(ROOT, 'build', file)), file).toBe(true);
  });

  it('has an icon at every size, each rendered from build/icon.svg', () => {
    const svg = readFileSync(join(ROOT, 'build', 'icon.svg'), 'utf8');
    for (const size of ICON_SIZES) {
      const path = join(ROOT, 'build', 'icons', `${size}x${size}.png`);
      expect(pngSize(path), path).toEqual({ width: size, height: size });
    }
    // The committed PNGs are what the SVG renders to now (npm run icons regenerates them).
    for (const size of [16, 256]) {
      const rendered = Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng());
      expect(rendered.equals(readFileSync(join(ROOT, 'build', 'icons', `${size}x${size}.png`))), `${size}px is stale: run npm run icons`).toBe(true);
    }
    expect(pngSize(join(ROOT, 'build', 'icon.png'))).toEqual({ width: 1024, height: 1024 });
    const ico = readFileSync(join(ROOT, 'build', 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1); // an icon resource
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(4); // several sizes in it
    expect(readFileSync(join(ROOT, 'build', 'icon.icns')).subarray(0, 4).toString('latin1')).toBe('icns');
  });

  it('flips the production fuses, and opens the inspector only in a test build', () => {
    expect(fuseModule.fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(fuseModule.testFuses).toEqual({ ...fuseModule.fuses, enableNodeCliInspectArguments: true });
    expect(fuseModule.fusesForBuild({})).toEqual(fuseModule.fuses);
    expect(fuseModule.fusesForBuild({ PICKWISE_TEST_BUILD: '1' })).toEqual(fuseModule.testFuses);
    if (process.env['PICKWISE_TEST_BUILD'] !== '1') expect(config.electronFuses).toEqual(fuseModule.fuses);
  });
});
