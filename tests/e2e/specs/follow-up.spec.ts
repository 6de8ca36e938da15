import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSampleSession, parseSession, sinceHeading } from '../../../shared';
import { expect, test } from '../fixtures';
import { exportRecordMarkdown } from '../support/record-export';
import { pdfText } from '../support/pdf-text';
import { gotoPhase } from './session-page';

// Issue 16, start a follow-up: the sample with a focus chosen and saved; File ▸ Start Follow-up
// Session… asks what became of that focus; Frame and the decision record (Markdown and PDF) say
// "Last time we chose …" with the values typed; the follow-up saved beside the earlier file is
// compared with it when it is opened again, and not when the earlier file is not beside it.

const EARLIER_TITLE = createSampleSession().frame.title;
const SENTENCE = 'Last time we chose Support-ticket routing; the metric moved from 26 hours to 9 hours; target under 8 hours by September.';

test('a follow-up carries the earlier focus’s outcome into Frame and the decision record, and is compared with the earlier file beside it', async ({ app }) => {
  const { page } = app;
  const earlierFile = join(app.folder, 'Q1 workshop.pickwise');
  const followUpFile = join(app.folder, 'Q2 workshop.pickwise');

  // The earlier session: the sample with support-ticket routing chosen as the focus, saved.
  await page.getByRole('button', { name: 'Sample session' }).click();
  await gotoPhase(page, 'Decide');
  await page.getByRole('button', { name: 'Choose C7 Support-ticket routing as the focus' }).click();
  await page.getByLabel('Target').fill('Under 8 hours by September');
  await app.answerSaveDialog(earlierFile);
  await page.getByRole('button', { name: 'Save As…' }).click();
  await expect(page).toHaveTitle('Q1 workshop.pickwise — Pickwise');

  // The follow-up: a new untitled session that asks about that focus first.
  await app.sendMenuCommand('file.followUp');
  const dialog = page.getByTestId('follow-up-dialog');
  await expect(dialog).toBeVisible();
  await expect(page).toHaveTitle('● Untitled — Pickwise');
  const status = dialog.getByRole('group', { name: 'What became of “Support-ticket routing”?' });
  await expect(status.getByRole('radio', { name: 'Not started' })).toBeFocused();
  await expect(dialog.getByLabel('Set last time')).toHaveText('Baseline26 hoursTargetUnder 8 hours by September');
  await status.getByRole('radio', { name: 'Shipped' }).check();
  await dialog.getByLabel('Median time to first answer now').fill('9 hours');
  await dialog.getByLabel('What we learned').fill('Routing by product line alone got most of the gain.');
  await dialog.getByRole('button', { name: 'Save answers' }).click();
  await expect(dialog).toBeHidden();

  // Frame says it, and edits the same answers: focus is on them.
  await expect(page.getByRole('main')).toHaveAccessibleName('Frame');
  const panel = page.getByRole('region', { name: `Follow-up of “${EARLIER_TITLE}”, 2025-03-12` });
  await expect(panel.getByRole('radio', { name: 'Shipped' })).toBeFocused();
  await expect(panel).toContainText(`${SENTENCE} From “Q1 workshop.pickwise”.`);
  await expect(panel.getByRole('radio', { name: 'Shipped' })).toBeChecked();
  await expect(panel.getByLabel('What we learned')).toHaveValue('Routing by product line alone got most of the gain.');

  // Compared with the earlier session from the start: every candidate paired with itself.
  await gotoPhase(page, 'Map');
  const comparison = page.getByRole('region', { name: sinceHeading(createSampleSession().frame, 'en') });
  await expect(comparison).toContainText('This session follows up “Q1 workshop.pickwise”, so it is compared with it.');

  // The room scores again; once revealed, the record says what became of last time's focus.
  await gotoPhase(page, 'Score');
  await page.getByRole('button', { name: 'Reveal all scores' }).click();
  await page.getByTestId('reveal-early-dialog').getByRole('button', { name: 'Reveal now' }).click();
  await gotoPhase(page, 'Share');
  const markdown = await exportRecordMarkdown(app);
  expect(markdown.slice(markdown.indexOf('## Follow-up of'), markdown.indexOf('## The matrix'))).toBe(
    `## Follow-up of “${EARLIER_TITLE}”, 2025-03-12\n\n${SENTENCE}\n\nStatus: Shipped.\n\n**What we learned:**\n\nRouting by product line alone got most of the gain.\n\n`,
  );
  const pdfFile = join(app.folder, 'record.pdf');
  await app.answerExportDialog(pdfFile);
  await page.getByRole('button', { name: 'Export as PDF…' }).click();
  await expect.poll(() => readFile(pdfFile).then((bytes) => bytes.length, () => 0)).toBeGreaterThan(1000);
  const text = await pdfText(new Uint8Array(await readFile(pdfFile)));
  expect(text).toContain(SENTENCE);
  expect(text).toContain('Status: Shipped.');

  // Saved beside the earlier file, the follow-up is compared with it when opened again.
  await app.answerSaveDialog(followUpFile);
  await page.getByRole('button', { name: 'Save As…' }).click();
  await expect(page).toHaveTitle('Q2 workshop.pickwise — Pickwise');
  const saved = parseSession(await readFile(followUpFile, 'utf8'), 'en');
  expect(saved.ok && saved.session.followUp).toEqual({
    earlier: { sessionId: createSampleSession().id, title: EARLIER_TITLE, date: '2025-03-12', fileName: 'Q1 workshop.pickwise' },
    focus: { candidateId: 'cand-tickets', title: 'Support-ticket routing', keyMetric: 'Median time to first answer', baseline: '26 hours', target: 'Under 8 hours by September' },
    outcome: { status: 'shipped', metricNow: '9 hours', learned: 'Routing by product line alone got most of the gain.' },
  });
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page).toHaveTitle('Untitled — Pickwise');
  await app.answerOpenDialog(followUpFile);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle('Q2 workshop.pickwise — Pickwise');
  await gotoPhase(page, 'Map');
  await expect(comparison).toContainText('This session follows up “Q1 workshop.pickwise”, so it is compared with it.');
  await expect(page.getByTestId('comparison-row')).toHaveCount(createSampleSession().candidates.length);

  // Alone in another folder, it opens without a comparison.
  const elsewhere = join(app.folder, 'elsewhere');
  await mkdir(elsewhere);
  await copyFile(followUpFile, join(elsewhere, 'Q2 workshop.pickwise'));
  await app.answerOpenDialog(join(elsewhere, 'Q2 workshop.pickwise'));
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle('Q2 workshop.pickwise — Pickwise');
  await gotoPhase(page, 'Frame');
  await expect(panel).toBeVisible();
  await gotoPhase(page, 'Map');
  await expect(page.getByRole('region', { name: sinceHeading(createSampleSession().frame, 'en') })).toHaveCount(0);
  expect(await app.fileErrors()).toEqual([]);
  expect(await app.unexpectedDialogs()).toEqual([]);
});
