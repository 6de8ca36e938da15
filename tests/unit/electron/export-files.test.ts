import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chartBesideRecord, confirmedPath, createExportFiles, exportFileType, withExportExtension } from '../../../electron/main/services/export-files';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pickwise-export-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('export files', () => {
  it('gives exports their extension and puts the record’s chart beside it', () => {
    expect(withExportExtension('/tmp/chart', 'png')).toBe('/tmp/chart.png');
    expect(withExportExtension('/tmp/chart.PNG', 'png')).toBe('/tmp/chart.PNG');
    expect(withExportExtension('/tmp/record.pdf', 'markdown')).toBe('/tmp/record.pdf.md');
    expect(chartBesideRecord('/tmp/Northwind record.md')).toBe('/tmp/Northwind record-chart.png');
  });

  it('writes every file of an export', async () => {
    const files = createExportFiles(fs);
    expect(await files.write([{ path: join(folder, 'a.png'), data: new Uint8Array([1, 2]) }, { path: join(folder, 'a.md'), data: '# Record\n' }])).toEqual({ ok: true });
    expect((await readdir(folder)).sort()).toEqual(['a.md', 'a.png']);
  });

  it('a failed export says why and leaves no file it created behind', async () => {
    const files = createExportFiles(fs);
    await writeFile(join(folder, 'kept.png'), 'old picture');
    const result = await files.write([
      { path: join(folder, 'new-chart.png'), data: 'chart' },
      { path: join(folder, 'kept.png'), data: 'new picture' },
      { path: join(folder, 'missing-folder', 'record.md'), data: '# Record' },
    ]);
    expect(result).toMatchObject({ ok: false, error: { fileName: 'record.md', code: 'ENOENT' } });
    if (!result.ok) expect(result.error.message).toMatch(/“record\.md” could not be written/);
    // The file the export created is gone; a file that was there before is not deleted.
    expect((await readdir(folder)).sort()).toEqual(['kept.png']);
  });

  it('reads a backlog in the encodings spreadsheets save, and refuses one too large', async () => {
    const files = createExportFiles(fs);
    await writeFile(join(folder, 'utf8.csv'), '\uFEFFTitle\nPrévision\n');
    expect(await files.readText(join(folder, 'utf8.csv'), 1000)).toEqual({ ok: true, text: 'Title\nPrévision\n', encoding: 'utf-8' });
    await writeFile(join(folder, 'excel.csv'), Buffer.from([0x54, 0x69, 0x74, 0x65, 0x6c, 0x0d, 0x0a, 0x4b, 0xfc, 0x6e, 0x64, 0x69, 0x67, 0x75, 0x6e, 0x67, 0x20, 0x80]));
    expect(await files.readText(join(folder, 'excel.csv'), 1000)).toEqual({ ok: true, text: 'Titel\r\nKündigung €', encoding: 'windows-1252' });
    await writeFile(join(folder, 'big.csv'), 'x'.repeat(2000));
    const big = await files.readText(join(folder, 'big.csv'), 1000);
    expect(big).toMatchObject({ ok: false, error: { code: 'too-large', fileName: 'big.csv' } });
    expect(await files.readText(join(folder, 'nope.csv'), 1000)).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
    expect(await readFile(join(folder, 'big.csv'), 'utf8')).toHaveLength(2000);
  });
});

describe('export files, the details', () => {
  it('asks before replacing a file the dialog did not ask about, saying why', async () => {
    const questions: unknown[] = [];
    const check = { exists: async () => true, confirmReplace: async (question: unknown) => (questions.push(question), false) };
    expect(await confirmedPath('/tmp/chart', exportFileType('png'), check)).toBeNull();
    expect(questions).toEqual([
      { fileName: 'chart.png', detail: 'The name “chart” was given without .png; Pickwise saves it as “chart.png”, which is already there.' },
    ]);
  });

  it('says what is wrong with a backlog it cannot read, in words', async () => {
    const files = createExportFiles(fs);
    expect(await files.readText(folder, 1000)).toEqual({
      ok: false,
      error: { code: 'not-a-file', fileName: folder.split('/').pop(), message: `“${folder.split('/').pop()}” could not be read. It is a folder, not a file.` },
    });
    await writeFile(join(folder, 'big.csv'), 'x'.repeat(3 * 1024 * 1024));
    expect(await files.readText(join(folder, 'big.csv'), 2 * 1024 * 1024)).toEqual({
      ok: false,
      error: { code: 'too-large', fileName: 'big.csv', message: '“big.csv” could not be read. It is larger than 2 MB.' },
    });
    // A file exactly at the limit is read.
    await writeFile(join(folder, 'full.csv'), 'y'.repeat(1000));
    expect(await files.readText(join(folder, 'full.csv'), 1000)).toMatchObject({ ok: true });
  });

  it('takes a file it cannot look at to be there, so it asks first', async () => {
    const lockedFs = { ...fs, stat: async () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) };
    expect(await createExportFiles(lockedFs as unknown as typeof fs).exists(join(folder, 'x.png'))).toBe(true);
    expect(await createExportFiles(fs).exists(join(folder, 'x.png'))).toBe(false);
    await writeFile(join(folder, 'x.png'), 'x');
    expect(await createExportFiles(fs).exists(join(folder, 'x.png'))).toBe(true);
  });

  it('names a failure without a system code as an input/output error', async () => {
    const failingFs = { ...fs, rename: async () => Promise.reject(new Error('the drive went away')) };
    const result = await createExportFiles(failingFs as unknown as typeof fs).write([{ path: join(folder, 'a.png'), data: 'x' }]);
    expect(result).toEqual({ ok: false, error: { code: 'io-error', fileName: 'a.png', message: '“a.png” could not be written. The system reported: the drive went away' } });
  });
});
