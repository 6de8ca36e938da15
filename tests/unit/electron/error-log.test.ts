import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ignoredUserDataNotice, installMainErrorHandlers, userDataFolder, type ErrorEvents } from '../../../electron/main/crash-guard';
import { createErrorLog, formatLogEntry, LOG_FILE_NAME, OLD_LOG_FILE_NAME } from '../../../electron/main/services/error-log';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-log-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the error log', () => {
  it('writes one readable entry per error: time, where, message, stack', () => {
    const entry = formatLogEntry({ source: 'main', message: 'disk\nfull', stack: 'Error: disk\n  at write (a.js:1:1)' }, new Date('2026-11-26T10:00:00Z'));
    expect(entry).toBe('2026-11-26T10:00:00.000Z [main] disk full\n    Error: disk\n    at write (a.js:1:1)\n');
  });

  it('rotates at its size limit, keeping one older file', async () => {
    const log = createErrorLog({ fs, folder: join(folder, 'logs'), maxBytes: 400 });
    for (let i = 0; i < 20; i += 1) await log.record({ source: 'renderer', message: `error number ${i} ${'x'.repeat(40)}` });
    const current = await readFile(join(folder, 'logs', LOG_FILE_NAME), 'utf8');
    const old = await readFile(join(folder, 'logs', OLD_LOG_FILE_NAME), 'utf8');
    expect(Buffer.byteLength(current)).toBeLessThanOrEqual(400);
    expect(current).toContain('error number 19');
    expect(old).not.toContain('error number 19');
  });

  it('keeps entries whole when errors arrive together', async () => {
    const log = createErrorLog({ fs, folder: join(folder, 'logs') });
    await Promise.all(Array.from({ length: 30 }, (_, i) => log.record({ source: 'main', message: `burst ${i}` })));
    const lines = (await readFile(log.path, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(30);
    expect(lines.every((line) => / \[main\] burst \d+$/.test(line))).toBe(true);
  });
});

describe('the crash guard', () => {
  it('logs uncaught errors and rejections in main and tells the windows', async () => {
    const listeners = new Map<string, (reason: unknown) => void>();
    const told: string[] = [];
    const log = createErrorLog({ fs, folder: join(folder, 'logs') });
    const events = { on: (event: string, listener: (reason: unknown) => void) => listeners.set(event, listener) } as ErrorEvents;
    installMainErrorHandlers(events, log, (message) => told.push(message));
    listeners.get('uncaughtException')?.(new Error('main went boom'));
    listeners.get('unhandledRejection')?.('a promise was rejected');
    expect(told).toEqual(['main went boom', 'a promise was rejected']);
    await expect.poll(async () => readFile(log.path, 'utf8').catch(() => '')).toMatch(/\[main\] main went boom[\s\S]*\[main\] a promise was rejected/);
  });

  it('uses PICKWISE_USER_DATA as the data folder when set in development, the platform’s otherwise', () => {
    const paths = { value: '/home/me/.config/Pickwise' };
    const app = { isPackaged: false, getPath: () => paths.value, setPath: (_name: 'userData', path: string) => void (paths.value = path) };
    expect(userDataFolder(app, {})).toBe('/home/me/.config/Pickwise');
    expect(userDataFolder(app, { PICKWISE_USER_DATA: '/tmp/run-1' })).toBe('/tmp/run-1');
    expect(ignoredUserDataNotice(app, { PICKWISE_USER_DATA: '/tmp/run-1' })).toBeNull();
  });

  it('an installed Pickwise ignores PICKWISE_USER_DATA, and says so in its log', () => {
    // docs/api/app.md: app.isPackaged is true in a packaged app.
    const paths = { value: '/home/me/.config/Pickwise' };
    const app = { isPackaged: true, getPath: () => paths.value, setPath: (_name: 'userData', path: string) => void (paths.value = path) };
    expect(userDataFolder(app, { PICKWISE_USER_DATA: '/tmp/elsewhere' })).toBe('/home/me/.config/Pickwise');
    expect(ignoredUserDataNotice(app, { PICKWISE_USER_DATA: '/tmp/elsewhere' })).toMatch(/PICKWISE_USER_DATA is set but ignored/);
    expect(ignoredUserDataNotice(app, {})).toBeNull();
  });
});

describe('the error log, the details', () => {
  const at = new Date('2026-11-26T10:00:00Z');

  it('writes a message on one line, squeezed and trimmed, and says when there was none', () => {
    expect(formatLogEntry({ source: 'renderer', message: '  two   spaces\t\tand tabs  ' }, at)).toBe('2026-11-26T10:00:00.000Z [renderer] two spaces and tabs\n');
    expect(formatLogEntry({ source: 'main', message: ' \n ' }, at)).toBe('2026-11-26T10:00:00.000Z [main] (no message)\n');
  });

  it('does not repeat the message as the first line of the stack', () => {
    expect(formatLogEntry({ source: 'main', message: 'boom', stack: 'boom\n    at a (a.js:1:1)\n\n' }, at)).toBe('2026-11-26T10:00:00.000Z [main] boom\n    at a (a.js:1:1)\n');
  });

  it('cuts an entry longer than 16 KiB, and says so', () => {
    const head = '2026-11-26T10:00:00.000Z [renderer] ';
    const fits = formatLogEntry({ source: 'renderer', message: 'x'.repeat(16 * 1024 - head.length - 1) }, at);
    expect(fits).toHaveLength(16 * 1024);
    expect(fits.endsWith('x\n')).toBe(true);
    const cut = formatLogEntry({ source: 'renderer', message: 'x'.repeat(20_000) }, at);
    expect(cut).toBe(`${head}${'x'.repeat(16 * 1024 - head.length)}… (cut)\n`);
  });

  it('rotates before an entry would take the log past its limit, never after', async () => {
    const logs = join(folder, 'logs');
    const entry = (i: number) => ({ source: 'main' as const, message: `entry ${i} ${'x'.repeat(60)}` });
    const size = Buffer.byteLength(formatLogEntry(entry(1), at));
    // Room for exactly three entries.
    const log = createErrorLog({ fs, folder: logs, maxBytes: 3 * size, now: () => at });
    for (const i of [1, 2, 3]) await log.record(entry(i));
    expect(await readFile(join(logs, OLD_LOG_FILE_NAME), 'utf8').catch(() => 'none')).toBe('none');
    expect(Buffer.byteLength(await readFile(log.path, 'utf8'))).toBe(3 * size);
    await log.record(entry(4));
    expect(await readFile(log.path, 'utf8')).toContain('entry 4');
    expect(await readFile(log.path, 'utf8')).not.toContain('entry 3');
    expect(await readFile(join(logs, OLD_LOG_FILE_NAME), 'utf8')).toContain('entry 3');
  });

  it('an entry larger than the whole limit does not rotate an empty log over the older one', async () => {
    const logs = join(folder, 'logs');
    await fs.mkdir(logs, { recursive: true });
    await fs.writeFile(join(logs, OLD_LOG_FILE_NAME), 'older entries\n');
    await fs.writeFile(join(logs, LOG_FILE_NAME), '');
    const log = createErrorLog({ fs, folder: logs, maxBytes: 10, now: () => at });
    await log.record({ source: 'main', message: 'far longer than ten bytes' });
    expect(await readFile(join(logs, OLD_LOG_FILE_NAME), 'utf8')).toBe('older entries\n');
  });
});
