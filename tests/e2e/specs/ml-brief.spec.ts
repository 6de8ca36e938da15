import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSampleSession, isPng, LIMITS, mlBriefSections, mlBriefShortenedNote, serializeSession, type Session } from '../../../shared';
import { expect, test } from '../fixtures';
import { pdfPages } from '../support/pdf-text';
import { gotoPhase } from './session-page';

// The one-page ML brief: for the focus and for any candidate, as PDF on A4 or US Letter and as
// Markdown. A PDF of more than one page, or a section missing from it, fails here.

const SECTIONS = Object.values(mlBriefSections('en'));
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
/** Page sizes in PDF points. */
const PAPER_SIZES = { a4: { width: 595.92, height: 842.88 }, letter: { width: 612, height: 792 } } as const;

/** The sample with its focus's every field, the plan, the room, the checklist and a follow-up's answers at the schema's limits. */
function focusAtTheLimits(): Session {
  const sample = createSampleSession();
  const long = (word: string) => `${word} `.repeat(LIMITS.longText).slice(0, LIMITS.longText);
  const short = (word: string) => `${word} `.repeat(LIMITS.shortText).slice(0, LIMITS.shortText);
  const items = Array.from({ length: LIMITS.readinessItems }, (_, index) => ({ id: `item-${index}`, name: short(`Item${index}`), question: short(`Question${index}`) }));
  const answers = ['missing', 'unknown', 'partly', 'ready'] as const;
  const participants = Array.from({ length: LIMITS.participants }, (_, index) => ({ id: `part-${index}`, name: short(`Person${index}`), background: 'business' as const, scoringDone: true }));
  return {
    ...sample,
    frame: { ...sample.frame, title: short('Workshop'), team: short('Team') },
    participants: [...sample.participants, ...participants].slice(0, LIMITS.participants),
    readinessItems: items,
    candidates: sample.candidates.map((candidate) =>
      candidate.id !== sample.decision.focusCandidateId
        ? { ...candidate, title: short(`Runner${candidate.code}`), readiness: [] }
        : {
            ...candidate,
            code: 'C1234567890',
            title: short('Focus'),
            problem: long('Problem'),
            owner: short('Owner'),
            keyMetric: short('Metric'),
            baseline: short('Baseline'),
            measurement: short('Measured'),
            nonMlAlternative: long('Sql'),
            wrongPredictionCost: long('Cost'),
            readiness: items.map((item, index) => ({ itemId: item.id, answer: answers[index % 4]!, evidence: short('Evidence'), owner: short('Person') })),
          },
    ),
    decision: {
      ...sample.decision,
      rationale: long('Because'),
      target: short('Target'),
      firstVersion: long('First'),
      horizon: long('Horizon'),
      runnersUp: sample.candidates.filter((candidate) => candidate.id !== sample.decision.focusCandidateId).map((candidate) => ({ candidateId: candidate.id, whyNotNow: long('Later') })),
    },
    followUp: {
      earlier: { sessionId: 'session-earlier', title: short('Earlier'), date: '2025-03-12', fileName: short('File') },
      focus: { candidateId: 'cand-earlier', title: short('Chosen'), keyMetric: short('Metric'), baseline: short('Then'), target: short('Goal') },
      outcome: { status: 'in-progress', metricNow: short('Now'), learned: long('Learned') },
    },
  };
}

test('the focus’s brief filled to every limit is one page on A4 and on US Letter, every section on it', async ({ app }) => {
  // Four prints per paper on a machine shared with other work take their time.
  test.slow();
  const { page } = app;
  const file = join(app.folder, 'limits.pickwise');
  await writeFile(file, serializeSession(focusAtTheLimits()));
  await app.answerOpenDialog(file);
  await app.sendMenuCommand('file.open');
  await expect(page).toHaveTitle(/limits\.pickwise/);

  for (const paper of ['a4', 'letter'] as const) {
    await app.sendMenuCommand('file.export.brief');
    const dialog = page.getByRole('dialog', { name: 'Export the ML brief' });
    await expect(dialog.getByRole('combobox', { name: 'Candidate' })).toBeFocused();
    await expect(dialog.getByRole('combobox', { name: 'Candidate' }).locator('option:checked')).toHaveText(/^C1234567890 · Focus .*\(focus\)$/);
    await dialog.getByRole('radio', { name: paper === 'a4' ? 'A4' : 'US Letter' }).check();
    const pdfFile = join(app.folder, `brief-${paper}.pdf`);
    await app.answerExportDialog(pdfFile);
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    // Its texts fit only the tightest of the four levels: Pickwise prints and measures each one first.
    await expect(dialog).toBeHidden({ timeout: 90_000 });
    const pages = await pdfPages(new Uint8Array(await readFile(pdfFile)));
    expect(pages, paper).toHaveLength(1);
    expect(pages[0]!.width).toBeCloseTo(PAPER_SIZES[paper].width, 0);
    expect(pages[0]!.height).toBeCloseTo(PAPER_SIZES[paper].height, 0);
    const text = squash(pages[0]!.text);
    for (const section of SECTIONS) expect(text, `${paper}: ${section}`).toContain(section.toUpperCase());
    expect(text, `${paper}: the follow-up`).toContain('FOLLOW-UP OF “EARLIER EARLIER');
    expect(text, `${paper}: the follow-up`).toContain('Last time we chose Chosen Chosen');
    // pdf.js reads a ligature ("fi") as two words: compare without spaces.
    expect(text.replace(/ /g, '')).toContain(mlBriefShortenedNote('en').replace(/ /g, ''));
    // The readiness table's columns are all there: its last column (the owner) and evidence.
    expect(text).toMatch(/Item\d+.*(Missing|Unknown).*Evidence.*Person/);
  }
  expect(await app.fileErrors()).toEqual([]);
});

test('any candidate’s brief, from the Share phase, as PDF and as Markdown with its chart beside it', async ({ app }) => {
  const { page } = app;
  const sample = createSampleSession();
  const tickets = sample.candidates.find((candidate) => candidate.id === 'cand-tickets')!;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await gotoPhase(page, 'Share');
  await page.getByRole('button', { name: 'Export ML brief…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the ML brief' });
  await dialog.getByRole('combobox', { name: 'Candidate' }).selectOption({ label: `${tickets.code} · ${tickets.title}` });

  const pdfFile = join(app.folder, 'tickets.pdf');
  await app.answerExportDialog(pdfFile);
  await dialog.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(dialog).toBeHidden();
  const [onePage, ...more] = await pdfPages(new Uint8Array(await readFile(pdfFile)));
  expect(more).toEqual([]);
  const text = squash(onePage!.text);
  expect(text).toContain(squash(tickets.title));
  expect(text).toContain('The room says 1.6; the checklist says 4.5');
  expect(text).not.toContain(mlBriefShortenedNote('en'));

  await page.getByRole('button', { name: 'Export ML brief…' }).click();
  // The dialog offers the focus first each time it opens.
  await expect(dialog.getByRole('combobox', { name: 'Candidate' }).locator('option:checked')).toContainText('(focus)');
  await dialog.getByRole('combobox', { name: 'Candidate' }).selectOption({ label: `${tickets.code} · ${tickets.title}` });
  const markdownFile = join(app.folder, 'tickets.md');
  await app.answerExportDialog(markdownFile);
  await dialog.getByRole('button', { name: 'Export Markdown…' }).click();
  await expect(dialog).toBeHidden();
  const markdown = await readFile(markdownFile, 'utf8');
  expect(markdown.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3))).toEqual(SECTIONS);
  expect(markdown).toContain('](tickets-chart.png)');
  expect(isPng(new Uint8Array(await readFile(join(app.folder, 'tickets-chart.png'))))).toBe(true);
  expect(await app.fileErrors()).toEqual([]);
});

test('a candidate’s details in Collect open the brief on that candidate; File ▸ Export ▸ ML Brief… on the selected one', async ({ app }) => {
  const { page } = app;
  const sample = createSampleSession();
  const demand = sample.candidates.find((candidate) => candidate.id === 'cand-demand')!;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await gotoPhase(page, 'Collect');
  await page.getByRole('button', { name: new RegExp(`^Details of ${demand.code} `) }).click();
  await page.getByRole('region', { name: `Details of ${demand.code}` }).getByRole('button', { name: 'ML brief…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the ML brief' });
  await expect(dialog.getByRole('combobox', { name: 'Candidate' }).locator('option:checked')).toHaveText(`${demand.code} · ${demand.title}`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The details stay open, so the candidate is still the selected one: the menu offers it too.
  await app.sendMenuCommand('file.export.brief');
  await expect(dialog.getByRole('combobox', { name: 'Candidate' }).locator('option:checked')).toHaveText(`${demand.code} · ${demand.title}`);
  const markdownFile = join(app.folder, 'demand.md');
  await app.answerExportDialog(markdownFile);
  await dialog.getByRole('button', { name: 'Export Markdown…' }).click();
  await expect(dialog).toBeHidden();
  expect(await readFile(markdownFile, 'utf8')).toContain(`# ML brief: **${demand.code} · ${demand.title}**`);
});
