import { existsSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, build, Platform, type Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// electron-builder builds the real unpacked Linux app from out/, with a stand-in for the
// Electron distribution (which cannot be downloaded here). The stand-in carries Electron's
// fuse wire in its default state, so the fuses are really flipped and read back.

const ROOT = join(__dirname, '..', '..');
// The packaging files are CommonJS, as electron-builder loads them.
const load = createRequire(__filename);
const config = load(join(ROOT, 'electron-builder.config.cjs')) as Configuration;
const { fuses } = load(join(ROOT, 'build', 'electron-fuses.cjs')) as { fuses: Record<string, boolean> };

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's default fuse wire: version 1, eight fuses, as a fresh binary has them. */
const DEFAULT_WIRE = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from('10110001')]);

let work: string;
let appDir: string;
let asarPath: string;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) throw new Error('Build the app first (npm run build): the package is made from out/.');
  work = await mkdtemp(join(tmpdir(), 'pickwise-package-'));
  const standIn = join(work, 'electron-dist');
  await mkdir(standIn);
  await writeFile(join(standIn, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n# stand-in for the Electron binary\nexit 0\n'), DEFAULT_WIRE]));
  await chmod(join(standIn, 'electron'), 0o755);
  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    config: { ...config, electronDist: standIn, directories: { ...config.directories, output: join(work, 'dist') } },
    publish: 'never',
  });
  appDir = join(work, 'dist', 'linux-unpacked');
  asarPath = join(appDir, 'resources', 'app.asar');
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packaged app', () => {
  it('has the built main, preload and renderer in app.asar, and nothing else', () => {
    const entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
    expect(entries).toEqual(expect.arrayContaining(['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']));
    expect(entries.some((entry) => /^\/out\/renderer\/assets\/.+\.js$/.test(entry))).toBe(true);
    const unwanted = entries.filter(
      (entry) =>
        /\.(ts|tsx|map)$/.test(entry) ||
        /^\/(node_modules|tests|electron|renderer|shared|scripts|build|test-results|dist)(\/|$)/.test(entry) ||
        /\/node_modules\//.test(entry),
    );
    expect(unwanted).toEqual([]);
    const size = statSync(asarPath).size;
    console.log(`[pickwise package] app.asar: ${(size / 1024).toFixed(0)} KiB, ${entries.length} entries`);
    expect(size).toBeLessThan(20 * 1024 * 1024);
  });

  it('starts from the built main process', () => {
    const packaged = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as { main: string; productName: string; scripts?: unknown };
    expect(packaged.main).toBe('out/main/index.js');
    expect(packaged.productName).toBe('Pickwise');
    expect(packaged.scripts).toBeUndefined();
  });

  it('names the executable for Linux and has the production fuses flipped in it', async () => {
    const executable = join(appDir, 'pickwise');
    expect(existsSync(executable)).toBe(true);
    const wire = await getCurrentFuseWire(executable);
    const expected: [FuseV1Options, boolean][] = [
      [FuseV1Options.RunAsNode, fuses['runAsNode']!],
      [FuseV1Options.EnableCookieEncryption, fuses['enableCookieEncryption']!],
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable, fuses['enableNodeOptionsEnvironmentVariable']!],
      [FuseV1Options.EnableNodeCliInspectArguments, fuses['enableNodeCliInspectArguments']!],
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, fuses['enableEmbeddedAsarIntegrityValidation']!],
      [FuseV1Options.OnlyLoadAppFromAsar, fuses['onlyLoadAppFromAsar']!],
      [FuseV1Options.GrantFileProtocolExtraPrivileges, fuses['grantFileProtocolExtraPrivileges']!],
    ];
    for (const [option, enabled] of expected) {
      expect(String.fromCharCode(wire[option] as number), FuseV1Options[option]).toBe(enabled ? '1' : '0');
    }
    expect(await readFile(executable)).not.toEqual(await readFile(join(work, 'electron-dist', 'electron')));
  });
});
