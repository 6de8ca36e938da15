import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSampleSession, sinceHeading } from '../../../shared';
import { expect, test } from '../fixtures';
import { openTodayBesideLastQuarter } from '../support/compare-files';

// Issue 16, comparing two sessions: the sample saved a quarter ago, and today's session (the
// sample with two candidates rescored, one weight changed, one candidate added, one removed,
// one renamed) open in the app. File ▸ Compare with Another Session… reads the earlier file,
// the review step shows the pairs, and the Map's comparison gives exactly those moves and why.

test('the sample compared with a changed copy: the review step, then every row and its reasons', async ({ app }) => {
  const { page, earlierFile } = await openTodayBesideLastQuarter(app);
  const brokenFile = join(app.folder, 'broken.pickwise');
  await writeFile(brokenFile, '{"format": "pickwise-session", "version": 2, "candidates": [');

  // A file Open would refuse: Open's message, and nothing changes.
  await app.answerImportDialog(brokenFile);
  await app.sendMenuCommand('file.compare');
  await expect.poll(async () => (await app.fileErrors()).length).toBe(1);
  expect((await app.fileErrors())[0]?.message).toContain('broken.pickwise');
  await expect(page.getByTestId('compare-review')).toBeHidden();

  // From Share: Esc closes the review step and focus is back on the button that opened it.
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Share' }).click();
  const compareButton = page.getByRole('button', { name: 'Compare with another session…' });
  await app.answerImportDialog(earlierFile);
  await compareButton.click();
  const review = page.getByRole('dialog', { name: 'Compare with “last quarter.pickwise”' });
  await expect(review).toBeVisible();
  await expect(review.getByRole('button', { name: 'Compare' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(review).toBeHidden();
  await expect(compareButton).toBeFocused();

  await app.answerImportDialog(earlierFile);
  await compareButton.click();
  await expect(review).toBeVisible();
  await expect(review.getByTestId('review-pair')).toHaveCount(11);
  await expect(review.locator('[data-testid="review-pair"][data-matched-by="id"]')).toHaveCount(11);
  await expect(review.getByTestId('review-dropped')).toHaveCount(1);
  await expect(review.getByTestId('review-dropped')).toContainText('C4 Personalised video feed in the app');
  await expect(review.getByTestId('review-new')).toHaveText(['C13 Markdown pricing for seasonal stock']);

  // Unpair the renamed C7 by keyboard, then pair it again: it comes back as the facilitator's pair.
  const unpairTickets = review.getByRole('button', { name: 'Unpair C7 Support-ticket routing and C7 Routing support tickets to the right queue' });
  await unpairTickets.focus();
  await page.keyboard.press('Enter');
  await expect(review.getByTestId('review-pair')).toHaveCount(10);
  await expect(review.getByTestId('review-dropped')).toHaveCount(2);
  const ticketsRow = review.getByTestId('review-dropped').filter({ hasText: 'Support-ticket routing' });
  await ticketsRow.getByRole('combobox').selectOption({ label: 'C7 Routing support tickets to the right queue' });
  await ticketsRow.getByRole('button', { name: 'Pair' }).click();
  await expect(review.locator('[data-testid="review-pair"][data-matched-by="id"]')).toHaveCount(11);
  await review.getByRole('button', { name: 'Compare' }).click();
  await expect(review).toBeHidden();

  await expect(page.getByRole('main')).toHaveAccessibleName('Map');
  const panel = page.getByRole('region', { name: sinceHeading(createSampleSession().frame, 'en') });
  await expect(panel.getByRole('button', { name: 'Review pairs…' })).toBeFocused();
  await expect(panel.getByTestId('comparison-notes')).toHaveText('Criteria changed: Urgency: weight 1 → 3.');
  const rows = panel.getByTestId('comparison-row');
  const cells = await rows.evaluateAll((each) => each.map((row) => [...row.querySelectorAll('th, td')].slice(0, 3).map((cell) => cell.textContent).concat(row.querySelector('[data-testid="comparison-why"]')?.textContent ?? '')));
  expect(cells.map(([candidate, quadrant, rank, why]) => [candidate?.split(' ')[0], quadrant, rank, why])).toEqual([
    ['C5', 'Quick wins', '1', 'Weights or criteria changed'],
    ['C7', 'Quick wins', '3 → 2', 'Weights or criteria changed; other candidates moved, came or went'],
    ['C6', 'Quick wins', '2 → 3', 'Weights or criteria changed; other candidates moved, came or went'],
    ['C13', '– → Quick wins', '– → 4', 'New since then'],
    ['C2', 'Big bets → Quick wins', '6 → 5', 'Scores changed; weights or criteria changed'],
    ['C1', 'Big bets', '5 → 6', 'Weights or criteria changed; other candidates moved, came or went'],
    ['C11', 'Big bets', '7', 'Weights or criteria changed'],
    ['C10', 'Money pits → Big bets', '11 → 8', 'Scores changed; weights or criteria changed'],
    ['C3', 'Big bets', '8 → 9', 'Weights or criteria changed; other candidates moved, came or went'],
    ['C9', 'Fill-ins', '9 → 10', 'Other candidates moved, came or went'],
    ['C12', 'Quick wins → Fill-ins', '4 → 11', 'Weights or criteria changed; other candidates moved, came or went'],
    ['C8', 'Fill-ins', '–', 'Weights or criteria changed'],
    ['C4', 'Money pits → –', '10 → –', 'Dropped since then'],
  ]);
  await expect(rows.filter({ hasText: 'C7' }).first()).toContainText('was “Support-ticket routing”');
  await expect(rows.filter({ hasText: 'C13' })).toContainText('New');

  // The comparison is not part of the document: the title shows no unsaved change.
  await expect(page).toHaveTitle('today.pickwise — Pickwise');
  await panel.getByRole('button', { name: 'End comparison' }).click();
  await expect(page.getByTestId('comparison-row')).toHaveCount(0);
});
