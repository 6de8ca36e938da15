import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createSampleSession, serializeSession, type Session } from '../../../shared';
import { expect, test } from '../fixtures';
import { exportRecordMarkdown } from '../support/record-export';
import type { AppUnderTest } from '../harness/app-under-test';
import { AA_TEXT, contrastRatio, flatten, hex, parseColour, withOpacity } from '../support/contrast';
import { pdfText } from '../support/pdf-text';
import { gotoPhase } from './session-page';

// The 80/20 of a backlog computed by hand, end to end: scored blind, sealed until the reveal,
// then the sentence, the knee, the table and the decision record say what the arithmetic says.
//
// Eight candidates of the sample's room; every participant gives a candidate the same value on
// every impact criterion and the same on every complexity criterion, so its position is exactly
// those two values whatever the weights:
//
//   code  impact  complexity  ratio
//   P1    5       1           5
//   P2    4       2           2      ties with P3 on the ratio; the higher impact goes first
//   P3    2       1           2
//   P4    5       4           1.25
//   P5    3       3           1
//   P6    1       4           0.25
//   P7    better solved without ML (left out)
//   P8    not scored (left out)
//   totals: impact 20, complexity 15
//
//   after P1: 5/20 = 25 % of the impact for 1/15 = 6.7 % of the effort   (lead 0.183)
//   after P2: 9/20 = 45 %  for 3/15 = 20 %                               (lead 0.25)
//   after P3: 11/20 = 55 % for 4/15 = 26.7 % → 27 %                      (lead 0.283, the largest: the knee)
//   after P4: 16/20 = 80 % for 8/15 = 53.3 %                             (lead 0.267)
//   after P5: 19/20 = 95 % for 11/15 = 73.3 %                            (lead 0.217)
//   after P6: 100 % for 100 %

const SENTENCE = 'The first 3 candidates give 55 % of the backlog’s impact for 27 % of its effort.';
const LEFT_OUT = '1 candidate set aside as better without ML is left out. 1 candidate not placed on the matrix yet is left out.';

const BACKLOG: { code: string; title: string; impact?: number; complexity?: number; withoutMl?: true }[] = [
  { code: 'P6', title: 'Dynamic pricing', impact: 1, complexity: 4 },
  { code: 'P4', title: 'Demand forecasting', impact: 5, complexity: 4 },
  { code: 'P3', title: 'Duplicate supplier invoices', impact: 2, complexity: 1 },
  { code: 'P2', title: 'Churn prediction', impact: 4, complexity: 2 },
  { code: 'P1', title: 'Returns triage', impact: 5, complexity: 1 },
  { code: 'P5', title: 'Search ranking', impact: 3, complexity: 3 },
  { code: 'P7', title: 'Spend buckets', impact: 5, complexity: 1, withoutMl: true },
  { code: 'P8', title: 'Shelf-gap photos' },
];

/** The sample's room and criteria with the backlog above, scored blind, everyone finished, not revealed. */
function handExampleSession(): Session {
  const sample = createSampleSession();
  const template = sample.candidates[0]!;
  const candidates = BACKLOG.map((row, index) => ({
    ...template,
    id: `pareto-${index}`,
    code: row.code,
    title: row.title,
    status: row.withoutMl ? ('non-ml' as const) : ('open' as const),
    betterWithoutMl: row.withoutMl === true,
    override: null,
  }));
  const scores: Session['scores'] = [];
  for (const [index, row] of BACKLOG.entries()) {
    if (row.impact === undefined || row.complexity === undefined) continue;
    for (const person of sample.participants)
      for (const criterion of sample.criteria)
        scores.push({ participantId: person.id, candidateId: `pareto-${index}`, criterionId: criterion.id, value: criterion.axis === 'impact' ? row.impact : row.complexity });
  }
  return {
    ...sample,
    frame: { ...sample.frame, title: 'The 80/20 by hand' },
    participants: sample.participants.map((person) => ({ ...person, scoringDone: true })),
    candidates,
    scores,
    consensusScores: [],
    votes: [],
    settings: { ...sample.settings, scoringMode: 'blind', revealed: false },
    decision: { ...sample.decision, focusCandidateId: null, runnersUp: [] },
  };
}

async function openHandExample(app: AppUnderTest): Promise<void> {
  const file = join(app.folder, 'pareto.pickwise');
  await writeFile(file, serializeSession(handExampleSession()));
  await app.answerOpenDialog(file);
  await app.page.getByRole('button', { name: 'Open…' }).click();
  await expect(app.page).toHaveTitle('pareto.pickwise — Pickwise');
}

async function reveal(page: Page): Promise<void> {
  await gotoPhase(page, 'Score');
  await page.getByRole('button', { name: 'Reveal all scores' }).click();
  await expect(page.getByRole('heading', { name: 'Scores revealed' })).toBeVisible();
}

const paretoPanel = (page: Page) => page.getByRole('region', { name: '80/20' });

test('the 80/20 of a hand-computed backlog: sealed until the reveal, then the sentence, the knee, the table and the decision record', async ({ app }) => {
  // Printing the record to PDF takes a while on a loaded machine.
  test.slow();
  const { page } = app;
  await openHandExample(app);

  // Before the reveal: Decide says the 80/20 is sealed, and shows nothing of it.
  await gotoPhase(page, 'Decide');
  await expect(paretoPanel(page).getByTestId('sealed-scores')).toHaveText(/^The 80\/20 stays empty until the scores are revealed\./);
  await expect(page.getByTestId('pareto-sentence')).toHaveCount(0);
  await expect(page.getByTestId('pareto-point')).toHaveCount(0);

  await reveal(page);
  await gotoPhase(page, 'Decide');
  const panel = paretoPanel(page);
  await expect(panel.getByTestId('pareto-sentence')).toHaveText(SENTENCE);
  await expect(panel.getByTestId('pareto-left-out')).toHaveText(LEFT_OUT);

  // The chart: a point per scored ML candidate in the 80/20 order, named; the knee at the third.
  const points = panel.getByTestId('pareto-point');
  await expect(points).toHaveCount(6);
  expect(await points.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label')))).toEqual([
    '1. P1 Returns triage: 25 % of the impact for 7 % of the effort so far',
    '2. P2 Churn prediction: 45 % of the impact for 20 % of the effort so far',
    '3. P3 Duplicate supplier invoices: 55 % of the impact for 27 % of the effort so far',
    '4. P4 Demand forecasting: 80 % of the impact for 53 % of the effort so far',
    '5. P5 Search ranking: 95 % of the impact for 73 % of the effort so far',
    '6. P6 Dynamic pricing: 100 % of the impact for 100 % of the effort so far',
  ]);
  const knee = panel.getByTestId('pareto-knee');
  await expect(knee).toHaveText('Knee: the first 3 candidates55 % of the impact, 27 % of the effort');
  const ring = await knee.locator('circle').boundingBox();
  const third = await points.nth(2).boundingBox();
  expect(Math.abs(ring!.x + ring!.width / 2 - (third!.x + third!.width / 2))).toBeLessThan(1);
  expect(Math.abs(ring!.y + ring!.height / 2 - (third!.y + third!.height / 2))).toBeLessThan(1);

  // The table says the same.
  await panel.getByRole('button', { name: 'Show table' }).click();
  const rows = panel.getByRole('table', { name: '80/20 table' }).getByTestId('pareto-row');
  expect(await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('th, td'), (cell) => cell.textContent)))).toEqual([
    ['1', 'P1 Returns triage', '5.0', '1.0', '5.00', '25 %', '7 %', ''],
    ['2', 'P2 Churn prediction', '4.0', '2.0', '2.00', '45 %', '20 %', ''],
    ['3', 'P3 Duplicate supplier invoices', '2.0', '1.0', '2.00', '55 %', '27 %', 'Knee'],
    ['4', 'P4 Demand forecasting', '5.0', '4.0', '1.25', '80 %', '53 %', ''],
    ['5', 'P5 Search ranking', '3.0', '3.0', '1.00', '95 %', '73 %', ''],
    ['6', 'P6 Dynamic pricing', '1.0', '4.0', '0.25', '100 %', '100 %', ''],
  ]);
  await panel.getByRole('button', { name: 'Show chart' }).click();
  await expect(points).toHaveCount(6);

  // The decision record carries the sentence and the candidates up to the knee.
  await gotoPhase(page, 'Share');
  const markdown = await exportRecordMarkdown(app);
  const section = markdown.slice(markdown.indexOf('## 80/20'), markdown.indexOf('## Focus problem'));
  expect(section).toContain(`${SENTENCE} ${LEFT_OUT}`);
  expect(section).toContain('| 1 | P1 | Returns triage | 5.0 | 1.0 | 25 % | 7 % |\n| 2 | P2 | Churn prediction | 4.0 | 2.0 | 45 % | 20 % |\n| 3 | P3 | Duplicate supplier invoices | 2.0 | 1.0 | 55 % | 27 % |\n\n');

  const pdfFile = join(app.folder, 'record.pdf');
  await app.answerExportDialog(pdfFile);
  await page.getByRole('button', { name: 'Export as PDF…' }).click();
  await expect.poll(() => readFile(pdfFile).then((bytes) => bytes.length, () => 0), { timeout: 60_000 }).toBeGreaterThan(1000);
  // The PDF's text comes out with ligatures split ("fi rst", "e ff ort"): compared without spaces.
  const unspaced = (value: string) => value.replace(/\s+/g, '');
  const text = unspaced(await pdfText(new Uint8Array(await readFile(pdfFile))));
  expect(text).toContain(unspaced(`80/20${SENTENCE} ${LEFT_OUT}`));
  expect(text).toContain(unspaced('3 P3 Duplicate supplier invoices 2.0 1.0 55 % 27 %'));
  expect(await app.fileErrors()).toEqual([]);
});

/** Every text the 80/20 chart draws, with its fill and what is painted behind it (the panel). */
async function chartText(chart: Locator): Promise<{ text: string; fill: string; opacity: number; behind: string[] }[]> {
  return chart.evaluate((svg) => {
    const behind: string[] = [];
    for (let layer = svg.parentElement; layer; layer = layer.parentElement) behind.push(getComputedStyle(layer).backgroundColor);
    return Array.from(svg.querySelectorAll('text')).map((text) => {
      let opacity = Number(getComputedStyle(text).fillOpacity);
      for (let layer: Element | null = text; layer; layer = layer.parentElement) opacity *= Number(getComputedStyle(layer).opacity);
      return { text: text.textContent ?? '', fill: getComputedStyle(text).fill, opacity, behind };
    });
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`${theme} theme: every text of the 80/20 chart measures at least ${AA_TEXT}:1 on the panel`, async ({ app }) => {
    const { page } = app;
    await openHandExample(app);
    await reveal(page);
    await gotoPhase(page, 'Decide');
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const chart = paretoPanel(page).locator('svg.recharts-surface');
    await expect(chart.getByTestId('pareto-point')).toHaveCount(6);
    const texts = await chartText(chart);
    // Axis titles, twelve axis numbers, the knee's label and the three codes up to it.
    expect(texts.map((each) => each.text)).toEqual(
      expect.arrayContaining(['0 %', '100 %', 'Impact so far →', 'Effort so far (share of all complexity) →', 'P1', 'P2', 'P3']),
    );
    expect(texts.length).toBe(12 + 2 + 1 + 3);
    const failing = texts
      .map((each) => {
        const text = withOpacity(parseColour(each.fill), each.opacity);
        const background = flatten(each.behind.map((colour) => parseColour(colour)));
        return { what: each.text, ratio: contrastRatio(text, background), colours: `${hex(text)} on ${hex(background)}` };
      })
      .filter((each) => !(each.ratio >= AA_TEXT))
      .map((each) => `“${each.what}” measures ${each.ratio.toFixed(2)}:1, ${each.colours}`);
    expect(failing).toEqual([]);
  });
}
