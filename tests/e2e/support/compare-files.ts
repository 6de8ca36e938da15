import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createSampleSession, serializeSession } from '../../../shared';
import type { AppUnderTest } from '../harness/app-under-test';
import { expect } from '../fixtures';
import { changedSample } from './changed-sample';

/**
 * Issue 16's two files side by side: the sample saved a quarter ago ("last quarter.pickwise")
 * and today's session, the sample changed since (changedSample), opened in the app. Returns the
 * page and the earlier file, for a spec to compare with.
 */
export async function openTodayBesideLastQuarter(app: AppUnderTest): Promise<{ page: Page; earlierFile: string }> {
  const { page } = app;
  const earlierFile = join(app.folder, 'last quarter.pickwise');
  const todayFile = join(app.folder, 'today.pickwise');
  await writeFile(earlierFile, serializeSession(createSampleSession()));
  await writeFile(todayFile, serializeSession(changedSample()));
  await app.answerOpenDialog(todayFile);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle('today.pickwise — Pickwise');
  return { page, earlierFile };
}

/** Today's session compared with last quarter's through File ▸ Compare with Another Session…, Pickwise's pairs confirmed as proposed. */
export async function compareTodayWithLastQuarter(app: AppUnderTest): Promise<Page> {
  const { page, earlierFile } = await openTodayBesideLastQuarter(app);
  await app.answerImportDialog(earlierFile);
  await app.sendMenuCommand('file.compare');
  const review = page.getByTestId('compare-review');
  await review.getByRole('button', { name: 'Compare' }).click();
  await expect(review).toBeHidden();
  return page;
}
