import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppUnderTest } from '../harness/app-under-test';
import { expect } from '../fixtures';

/** Share's "Export as Markdown…", saved as record.md in the spec's folder; its text once written. */
export async function exportRecordMarkdown(app: AppUnderTest): Promise<string> {
  const markdownFile = join(app.folder, 'record.md');
  await app.answerExportDialog(markdownFile);
  await app.page.getByRole('button', { name: 'Export as Markdown…' }).click();
  await expect.poll(() => readFile(markdownFile, 'utf8').then((body) => body.length, () => 0)).toBeGreaterThan(100);
  return readFile(markdownFile, 'utf8');
}
