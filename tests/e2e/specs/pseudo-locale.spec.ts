import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createEmptySession, LANGUAGE_NAMES } from '../../../shared';
import { expect, test } from '../fixtures';
import { addParticipantIn, captureCandidateIn, gotoPhaseIn, pseudoTexts, scoreTurnIn } from './session-page-languages';

// The pseudo-locale disguises every text of the catalogues letter by letter ("Save" reads
// "Šàṽé"), so a text on screen with plain letters in it either is the session's own or was
// written outside the catalogues, which no translation reaches. This walk goes through every
// phase and the dialogs a few clicks away, gathers every visible text (text nodes, placeholders,
// titles, accessible labels, the options of visible selects, the window's title) and lets
// plain letters through only where the allowlist below says why.

test.use({ pseudoLocale: true });

const say = pseudoTexts();

/** What this spec types: the session's own content, shown as typed, never translated. */
const TYPED = {
  title: 'Northwind pilot',
  goal: 'Grow repeat purchases',
  participants: [
    { name: 'Maria Lopez', background: 'business' },
    { name: 'Priya Nair', background: 'technical' },
    { name: 'Jonas Eriksen', background: 'data' },
  ],
  candidates: ['Churn prediction', 'Demand forecasting', 'Support routing'],
  rationale: 'Data we already have',
  /** A spreadsheet's block pasted for the import preview: its header (German, read in any language) and a title. */
  pastedHeader: 'Bezeichnung',
  pastedTitle: 'Invoice matching',
} as const;

/**
 * What a new session holds before anyone types: its criteria, readiness items, axis labels and
 * quadrant names are written into it as its own content (editable, saved in the file, and so,
 * like everything a session says, never translated).
 */
function newSessionContent(): string[] {
  const session = createEmptySession('en');
  return [
    ...session.criteria.flatMap((criterion) => [criterion.name, criterion.description]),
    ...session.readinessItems.flatMap((item) => [item.name, item.question]),
    ...Object.values(session.settings.axisLabels),
    ...Object.values(session.settings.quadrantNames),
  ];
}

/** Texts that may have plain letters in them, each with the reason. */
const ALLOWED: readonly { why: string; texts: readonly string[] }[] = [
  {
    why: 'the session’s own content, as this spec typed it',
    texts: [TYPED.title, TYPED.goal, ...TYPED.participants.map((participant) => participant.name), ...TYPED.candidates, TYPED.rationale, TYPED.pastedHeader, TYPED.pastedTitle],
  },
  { why: 'the session’s own content, as a new session has it', texts: newSessionContent() },
  { why: 'the brand', texts: ['Pickwise'] },
  { why: 'each language listed by its own name in the language chooser (README, Languages)', texts: Object.values(LANGUAGE_NAMES) },
];

const ALLOWED_TEXTS = ALLOWED.flatMap((entry) => entry.texts)
  .sort((a, b) => b.length - a.length)
  .map((text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'giu'));

/** A candidate's code ("C12"): the session's, made by Pickwise from its order, the same in every language. */
const CANDIDATE_CODE = /(?<![\p{L}\d])C\d+(?![\p{L}\d])/gu;

/**
 * Key names, in shortcuts only (a <kbd> or a button's title): the menus' key names stay as the
 * platform writes them, in English (README, Languages): "Ctrl+Shift+Z", "F11", "Esc", "Backspace".
 */
const KEY_NAME = '(?:Ctrl|Alt|Shift|Cmd|Esc|Enter|Tab|Backspace|Delete|Space|Plus|Up|Down|Left|Right|PageUp|PageDown|Home|End|F\\d{1,2}|[A-Z0-9])';
const KEYS = new RegExp(`(?<![\\p{L}\\d])${KEY_NAME}(?:\\+${KEY_NAME})*(?![\\p{L}\\d])`, 'gu');

interface Found {
  text: string;
  /** Where: a text node's element, or the attribute it is in. */
  where: string;
  /** In a <kbd> or a title attribute: where shortcuts are written. */
  shortcut: boolean;
}

/** In the page: every visible text, placeholder, title and label, the visible selects' options and the window's title. */
function visibleTexts(): Found[] {
  const found: Found[] = [];
  const describe = (element: Element) => {
    const tag = element.tagName.toLowerCase();
    const id = element.id ? `#${element.id}` : '';
    const classes = typeof element.className === 'string' && element.className.trim() !== '' ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    const testId = element.getAttribute('data-testid');
    return `${tag}${id}${classes}${testId ? `[data-testid=${testId}]` : ''}`;
  };
  const isShortcut = (element: Element) => element.closest('kbd') !== null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    let parent = node.parentElement;
    if (text === '' || parent === null || parent.closest('script, style, noscript, option') !== null) continue;
    // An SVG <title> is never drawn itself: it shows as the tooltip of the shape it is in.
    if (parent.tagName.toLowerCase() === 'title' && parent.parentElement) parent = parent.parentElement;
    if (!parent.checkVisibility({ visibilityProperty: true })) continue;
    found.push({ text, where: describe(parent), shortcut: isShortcut(parent) });
  }
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    for (const attribute of ['placeholder', 'title', 'aria-label', 'alt', 'aria-valuetext', 'aria-roledescription', 'aria-description']) {
      const text = element.getAttribute(attribute)?.replace(/\s+/g, ' ').trim() ?? '';
      if (text !== '') found.push({ text, where: `${describe(element)} @${attribute}`, shortcut: attribute === 'title' });
    }
    if (element instanceof HTMLSelectElement) {
      for (const option of Array.from(element.options)) {
        const text = option.text.replace(/\s+/g, ' ').trim();
        if (text !== '') found.push({ text, where: `${describe(element)} > option`, shortcut: false });
      }
    }
  }
  found.push({ text: document.title, where: 'the window’s title', shortcut: false });
  return found;
}

/** What is left of `text` once every allowed part is taken out: plain letters left are a text no catalogue wrote. */
function unexplained(found: Found): string {
  let rest = found.text;
  // Longest first, and in any case: a session's word may be written lower-case mid-sentence.
  for (const text of ALLOWED_TEXTS) rest = rest.replace(text, ' ');
  rest = rest.replace(CANDIDATE_CODE, ' ');
  if (found.shortcut) rest = rest.replace(KEYS, ' ');
  return rest;
}

/**
 * Every text of the page in `phase` with plain letters no allowlist entry explains, as
 * "phase: text (where)". `seen`: a text of the session the walk must find there, so that it
 * is known to see plain text where the page shows some.
 */
async function textsOutsideCatalogues(page: Page, phase: string, seen?: string): Promise<string[]> {
  const found = await page.evaluate(visibleTexts);
  expect(found.length, `texts found in ${phase}`).toBeGreaterThan(5);
  if (seen !== undefined) expect(found.map((each) => each.text), `the session’s own texts found in ${phase}`).toContain(seen);
  const offending = found.filter((each) => /[A-Za-z]/u.test(unexplained(each))).map((each) => `${phase}: “${each.text}” (${each.where})`);
  return [...new Set(offending)];
}

/** Opens every closed <details> of the page's main region (filters, settings) by its summary. */
async function openDetails(page: Page): Promise<void> {
  const closed = page.locator('main details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

test('in the pseudo-locale, every text on every phase and its dialogs comes from the catalogues or is the session’s own', async ({ app }) => {
  const { page } = app;
  const outside: string[] = [];
  const check = async (phase: string, seen?: string) => outside.push(...(await textsOutsideCatalogues(page, phase, seen)));

  // The disguise is on: the document bar's Save reads "Šàṽé".
  await expect(page.getByRole('button', { name: say('common:documentBar.save'), exact: true })).toBeVisible();
  expect(say('common:documentBar.save')).toBe('Šàṽé');
  await check('Frame, empty');

  await gotoPhaseIn(page, say, 'frame');
  await page.getByLabel(say('frame:frameView.title'), { exact: true }).fill(TYPED.title);
  await page.getByLabel(say('frame:frameView.businessGoal'), { exact: true }).fill(TYPED.goal);
  for (const participant of TYPED.participants) await addParticipantIn(page, say, participant.name, participant.background);
  await check('Frame');

  await app.sendMenuCommand('help.shortcuts');
  const shortcuts = page.getByRole('dialog', { name: say('common:shortcuts.title'), exact: true });
  await expect(shortcuts).toBeVisible();
  await check('Help ▸ Keyboard shortcuts', 'Ctrl+Shift+Z');
  await shortcuts.getByRole('button', { name: say('common:close'), exact: true }).click();
  await expect(shortcuts).toBeHidden();

  await gotoPhaseIn(page, say, 'collect');
  for (const title of TYPED.candidates) await captureCandidateIn(page, say, title);
  await check('Collect');
  await page.getByRole('button', { name: say('collect:candidateRow.detailsOf', { code: 'C1', title: TYPED.candidates[0] }), exact: true }).click();
  await expect(page.getByRole('region', { name: say('collect:candidateDetails.detailsOf', { code: 'C1' }), exact: true })).toBeVisible();
  await check('Collect, a candidate’s details');
  await page.getByRole('button', { name: say('collect:candidateDetails.closeDetails'), exact: true }).click();

  await gotoPhaseIn(page, say, 'score');
  await check('Score, before the turns');
  await page.getByRole('button', { name: say('score:blindRoom.startTurn', { name: TYPED.participants[0].name }), exact: true }).click();
  await expect(page.getByTestId('scoring-turn')).toBeVisible();
  await check('Score, a participant’s turn', TYPED.candidates[0]);
  await page.getByRole('button', { name: say('score:scoringTurn.backToRoom'), exact: true }).click();
  for (const [index, participant] of TYPED.participants.entries()) {
    await scoreTurnIn(page, say, participant.name, TYPED.candidates.length, (candidate, axis) => (axis === 'impact' ? [5, 3, 2][candidate]! : [2, 4, 3][candidate]!) - (index === 1 ? 1 : 0));
    if (index === 1) {
      // The reveal before everyone has finished asks first.
      await page.getByRole('button', { name: say('score:blindRoom.revealAll'), exact: true }).click();
      const early = page.getByRole('dialog', { name: say('score:revealEarly.title'), exact: true });
      await expect(early).toBeVisible();
      await check('Score, reveal before the end');
      await early.getByRole('button', { name: say('score:revealEarly.keepWaiting'), exact: true }).click();
      await expect(early).toBeHidden();
    }
  }
  await page.getByRole('button', { name: say('score:blindRoom.revealAll'), exact: true }).click();
  await expect(page.getByTestId('result-row')).toHaveCount(3);
  await check('Score, revealed', TYPED.candidates[0]);

  await gotoPhaseIn(page, say, 'map');
  await expect(page.getByTestId('matrix-point')).toHaveCount(3);
  await openDetails(page);
  await check('Map');
  // A point selected as the keyboard does it (focus, Enter): its details beside the chart.
  await page.getByTestId('matrix-point').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('selected-candidate').getByRole('button', { name: say('map:selected.clear'), exact: true })).toBeVisible();
  await check('Map, a selected candidate');
  await page.getByRole('button', { name: say('map:controls.showTable'), exact: true }).click();
  await expect(page.getByRole('table', { name: say('map:table.title'), exact: true })).toBeVisible();
  await check('Map, as a table');
  await page.getByRole('button', { name: say('map:controls.showChart'), exact: true }).click();

  await gotoPhaseIn(page, say, 'decide');
  const voters = page.getByRole('group', { name: say('decide:dotVoting.whoIsVoting'), exact: true });
  await voters.getByRole('button', { name: new RegExp(`^${TYPED.participants[0].name} `) }).click();
  await page.getByRole('button', { name: say('decide:dotVoting.addDot', { code: 'C1' }), exact: true }).click();
  await page.getByRole('button', { name: say('decide:rankedList.chooseAsFocusLabel', { code: 'C1', title: TYPED.candidates[0] }), exact: true }).click();
  await page.getByLabel(say('decide:focusDecision.whyThisOne'), { exact: true }).fill(TYPED.rationale);
  await openDetails(page);
  await check('Decide', TYPED.candidates[0]);

  await gotoPhaseIn(page, say, 'share');
  await check('Share');
  await page.getByRole('button', { name: say('share:shareView.chartImage.export'), exact: true }).click();
  const chart = page.getByTestId('chart-export-dialog');
  await expect(chart.getByTestId('chart-export-preview')).toBeVisible();
  await check('Share, the chart image’s options');
  await chart.getByRole('button', { name: say('share:cancel'), exact: true }).click();
  await expect(chart).toBeHidden();

  await page.getByRole('button', { name: say('share:shareView.mlBrief.export'), exact: true }).click();
  const brief = page.getByTestId('brief-dialog');
  await expect(brief.getByRole('heading', { name: say('share:briefDialog.title'), exact: true })).toBeVisible();
  await check('Share, the ML brief’s options');
  await brief.getByRole('button', { name: say('share:cancel'), exact: true }).click();
  await expect(brief).toBeHidden();

  await page.getByLabel(say('share:shareView.importCandidates.pasteHere'), { exact: true }).fill(`${TYPED.pastedHeader}\n${TYPED.pastedTitle}`);
  await page.getByRole('button', { name: say('share:shareView.importCandidates.previewPasted'), exact: true }).click();
  const preview = page.getByTestId('import-dialog');
  await expect(preview.getByTestId('import-row')).toHaveCount(1);
  await check('Share, the import preview');
  await preview.getByRole('button', { name: say('share:cancel'), exact: true }).click();
  await expect(preview).toBeHidden();

  const recordFile = join(app.folder, 'record.md');
  await app.answerExportDialog(recordFile);
  await page.getByRole('button', { name: say('share:shareView.decisionRecord.exportMarkdown'), exact: true }).click();
  await expect.poll(() => readFile(recordFile, 'utf8').then((body) => body.includes(TYPED.rationale), () => false), { message: 'the decision record is written' }).toBe(true);
  await check('Share, after an export');

  expect(outside, `texts with plain letters no catalogue wrote:\n${outside.join('\n')}\n`).toEqual([]);
});
