import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { createSampleSession, serializeSession } from '../../../shared';
import { expect, test } from '../fixtures';
import { SCREENSHOT_FOLDER, shootAll } from '../support/screenshots';
import { bigBoardSession } from '../support/big-board';

// Pictures of every phase for people to look at (not compared automatically): written to
// test-results/screenshots at projector and laptop size, in both themes.
const phases = ['Frame', 'Collect', 'Score', 'Map', 'Decide'] as const;

test('every phase of the sample session, at projector and laptop size, in both themes', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  for (const phase of phases) {
    await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: phase }).click();
    await expect(page.getByRole('main')).toHaveAccessibleName(phase);
    await shootAll(page, `phase-${phase.toLowerCase()}`);
  }
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Collect' }).click();
  await page.getByTestId('candidate-row').first().getByRole('button', { name: /^Details/ }).click();
  await shootAll(page, 'collect-details');
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Score' }).click();
  await page.getByRole('button', { name: 'Hide scores and score again' }).click();
  await shootAll(page, 'score-blind-room');
  await page.getByRole('button', { name: /^(Start|Change) .*’s turn|scores$/ }).first().click();
  await expect(page.getByTestId('scoring-turn')).toBeVisible();
  await shootAll(page, 'score-turn');
});

test('readiness: Before committing, the focus’s checklist in Decide and a candidate’s in its details', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Decide' }).click();
  await page.getByRole('region', { name: 'The room and the checklist disagree' }).scrollIntoViewIfNeeded();
  await shootAll(page, 'decide-before-committing');
  await page.getByRole('region', { name: 'Readiness of the focus' }).getByRole('radiogroup', { name: 'Monitoring: answer' }).scrollIntoViewIfNeeded();
  await shootAll(page, 'decide-focus-readiness');
  // The walk through the quick wins' and big bets' checklists, as the keyboard meets it; the
  // keys pressed give C5 the answers it already has, so the shots after are the sample's.
  await page.getByRole('button', { name: 'Fill in the readiness checklists' }).focus();
  await shootAll(page, 'decide-skip-to-checklists');
  await page.keyboard.press('Enter');
  for (const key of ['r', 'r', 'p']) await page.keyboard.press(key);
  await expect(page.getByRole('region', { name: 'Readiness of C5' }).getByRole('radiogroup', { name: 'Infrastructure: answer' }).locator('input:focus')).toHaveCount(1);
  await shootAll(page, 'decide-readiness-checklists', () => page.evaluate(() => document.activeElement?.scrollIntoView({ block: 'center' })));
  const candidate = page.getByRole('combobox', { name: 'Candidate' });
  await candidate.selectOption({ label: '3. C7 · Support-ticket routing (Quick wins)' });
  await shootAll(page, 'decide-readiness-checklists-c7', () => page.getByRole('heading', { name: 'Readiness checklists' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' })));
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Collect' }).click();
  await page.getByRole('button', { name: /^Details of C7 / }).click();
  await page.getByRole('region', { name: 'Readiness of C7' }).getByRole('radiogroup', { name: 'Infrastructure: answer' }).scrollIntoViewIfNeeded();
  await shootAll(page, 'collect-details-readiness');
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Score' }).click();
  await page.getByTestId('result-row').filter({ hasText: 'Support-ticket routing' }).scrollIntoViewIfNeeded();
  await shootAll(page, 'score-readiness-flag');
  await page.getByRole('list', { name: 'Readiness items' }).scrollIntoViewIfNeeded();
  await shootAll(page, 'score-readiness-items');
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Map' }).click();
  await page.getByTestId('matrix-point').filter({ hasText: 'C7' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('readiness-flag-note')).toBeVisible();
  await shootAll(page, 'map-readiness-flag');
  await page.getByRole('button', { name: 'Show table' }).click();
  await shootAll(page, 'map-table-readiness-flag');
  await page.getByRole('button', { name: 'Show chart' }).click();
  await page.keyboard.press('F11');
  await shootAll(page, 'presentation-readiness-flag');
});

test('the matrix with 12 and with 60 candidates, and in presentation mode', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Map' }).click();
  await shootAll(page, 'matrix-12');
  await page.keyboard.press('F11');
  await page.keyboard.press('ArrowRight');
  await shootAll(page, 'presentation-12');
  await page.keyboard.press('Escape');

  const file = join(app.folder, 'big-board.pickwise');
  await writeFile(file, serializeSession(bigBoardSession(60)));
  await app.answerUnsavedPrompt('discard');
  await app.answerOpenDialog(file);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle('big-board.pickwise — Pickwise');
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Map' }).click();
  await expect(page.getByTestId('matrix-point')).toHaveCount(55);
  await shootAll(page, 'matrix-60');
  await page.keyboard.press('F11');
  await shootAll(page, 'presentation-60');
});

test('the export dialog, a 2× PNG export and the Share phase', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Share' }).click();
  await shootAll(page, 'phase-share');
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Map' }).click();
  await page.getByRole('button', { name: 'Export image…' }).click();
  await expect(page.getByTestId('chart-export-preview')).toBeVisible();
  await shootAll(page, 'export-dialog');
  const file = join(SCREENSHOT_FOLDER, 'export-2x.png');
  await app.answerExportDialog(file);
  await page.getByTestId('chart-export-dialog').getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByTestId('chart-export-dialog')).toBeHidden();
});

test('the ML brief dialog, and the focus’s brief and a flagged candidate’s as PDF (look with pdftoppm)', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Share' }).click();
  await page.getByRole('button', { name: 'Export ML brief…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the ML brief' });
  await shootAll(page, 'brief-dialog');
  for (const [candidate, paper] of [['C5', 'A4'], ['C7', 'US Letter']] as const) {
    if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Export ML brief…' }).click();
    const { title } = createSampleSession().candidates.find((each) => each.code === candidate)!;
    await dialog.getByRole('combobox', { name: 'Candidate' }).selectOption({ label: `${candidate} · ${title}${candidate === 'C5' ? ' (focus)' : ''}` });
    await dialog.getByRole('radio', { name: paper }).check();
    await app.answerExportDialog(join(SCREENSHOT_FOLDER, `brief-${candidate}.pdf`));
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    await expect(dialog).toBeHidden();
  }
});

test('focus shown: the skip link, the date field, a candidate’s details under their row, a point and a threshold line on the Map', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  // The pointer rests out of the way (a hovered button would look focused).
  await page.mouse.move(1, 400);
  // Each control is reached by keyboard (left and come back to), so it shows focus as a typist sees it.
  const reachByKeyboard = async (control: Locator) => {
    await control.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(control).toBeFocused();
  };
  const centreFocus = () => page.evaluate(() => document.activeElement?.scrollIntoView({ block: 'center' }));
  await reachByKeyboard(page.getByRole('link', { name: 'Skip to the workshop' }));
  await shootAll(page, 'focus-skip-link');
  await page.getByLabel('Session title').focus();
  await page.keyboard.press('Tab');
  await shootAll(page, 'focus-date', centreFocus);
  await page.keyboard.press('Control+2');
  await page.getByRole('button', { name: /^Details of C3 / }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details of C3' }).getByLabel('Problem statement')).toBeFocused();
  await shootAll(page, 'focus-collect-details', () => page.getByTestId('candidate-row').filter({ hasText: 'C3' }).evaluate((row) => window.scrollTo(0, row.getBoundingClientRect().top + window.scrollY - 120)));
  await page.keyboard.press('Control+4');
  await reachByKeyboard(page.getByTestId('matrix-point').filter({ hasText: /^C5\b/ }));
  await shootAll(page, 'focus-map-point');
  await reachByKeyboard(page.getByRole('slider', { name: /threshold$/ }).first());
  await shootAll(page, 'focus-map-threshold');
  await app.sendMenuCommand('help.shortcuts');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: 'Close' })).toBeFocused();
  await shootAll(page, 'shortcuts-overlay');
});

test('while blind scores are sealed: the Map, presentation, Decide, Share, the export dialog and the early-reveal question', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  const nav = page.getByRole('navigation', { name: 'Workshop phases' });
  await nav.getByRole('button', { name: 'Score' }).click();
  await page.getByRole('button', { name: 'Hide scores and score again' }).click();
  for (const phase of ['Map', 'Decide', 'Share'] as const) {
    await nav.getByRole('button', { name: phase }).click();
    await expect(page.getByRole('main')).toHaveAccessibleName(phase);
    await shootAll(page, `sealed-${phase.toLowerCase()}`);
  }
  await app.sendMenuCommand('file.export.chart');
  await expect(page.getByTestId('chart-export-refusal')).toBeVisible();
  await shootAll(page, 'sealed-export-dialog');
  await page.keyboard.press('Escape');
  await page.keyboard.press('F11');
  await expect(page.getByTestId('sealed-scores')).toBeVisible();
  await shootAll(page, 'sealed-presentation');
  await page.keyboard.press('Escape');
  await nav.getByRole('button', { name: 'Score' }).click();
  await page.getByRole('button', { name: 'Reveal all scores' }).click();
  await expect(page.getByTestId('reveal-early-dialog')).toBeVisible();
  await shootAll(page, 'sealed-reveal-early');
});

test('a scoring turn by keyboard: the criterion being scored, the scores to go, and “I’m done” after the last card', async ({ app }) => {
  const { page } = app;
  // The sample room before Maria has scored: her turn starts at C1, with every score to go.
  const sample = createSampleSession();
  const room = {
    ...sample,
    scores: sample.scores.filter((score) => score.participantId !== 'part-maria'),
    participants: sample.participants.map((participant) => ({ ...participant, scoringDone: participant.id !== 'part-maria' })),
    settings: { ...sample.settings, revealed: false },
  };
  const file = join(app.folder, 'maria.pickwise');
  await writeFile(file, serializeSession(room));
  await app.answerOpenDialog(file);
  await app.sendMenuCommand('file.open');
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Score' }).click();
  await page.getByRole('button', { name: 'Start Maria Lopez’s turn' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('scoring-turn')).toBeVisible();
  await shootAll(page, 'score-turn-keys-start');
  // C1 scored and two of C2: focus on C2's third criterion.
  for (const key of ['4', '3', '5', '2', '4', '3', '2', '5', '4']) await page.keyboard.press(key);
  await expect(page.getByRole('radiogroup', { name: 'C2 Urgency', exact: true }).locator('input:focus')).toHaveCount(1);
  await shootAll(page, 'score-turn-keys-walking', () => page.evaluate(() => document.activeElement?.scrollIntoView({ block: 'center' })));
  // Further on, where focus itself scrolled the page (no settling): C5's fifth criterion.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let step = 0; step < 23; step += 1) await page.keyboard.press('3');
  await expect(page.getByRole('radiogroup', { name: 'C5 Technical difficulty', exact: true }).locator('input:focus')).toHaveCount(1);
  await shootAll(page, 'score-turn-keys-scrolled');
  await page.locator('.turn-end').getByRole('button', { name: 'I’m done' }).focus();
  await shootAll(page, 'score-turn-keys-end', () => page.evaluate(() => document.activeElement?.scrollIntoView({ block: 'end' })));
});

test('the 80/20 in Decide, as a chart and as a table, at projector (1920×1080) and laptop (1366×768) size', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: 'Decide' }).click();
  const panel = page.getByRole('region', { name: '80/20' });
  const shoot = (name: string) => shootAll(page, name, () => panel.evaluate((section) => section.scrollIntoView({ block: 'start' })));
  await expect(panel.getByTestId('pareto-point').first()).toBeVisible();
  await shoot('decide-pareto-chart');
  await panel.getByRole('button', { name: 'Show table' }).click();
  await shoot('decide-pareto-table');
});
