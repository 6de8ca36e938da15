import { expect, test } from '../fixtures';
import type { Locator, Page } from '@playwright/test';
import { focusSeen } from '../support/focus-seen';

// Focus always lands somewhere sensible (renderer/src/focus-after.ts): after every action of a
// workshop, done as a typist does it, focus is on a control the page shows, never on the page
// body, and on the one the rule names.

/** After an action: focus is on a shown control (not the body), and on `where` when it says. */
async function focusLanded(page: Page, where?: Locator): Promise<void> {
  await expect.poll(() => page.evaluate(focusSeen), { message: 'focus after the action' }).toMatchObject({ onBody: false, shown: true });
  if (where) await expect(where).toBeFocused();
}

const phaseButton = (page: Page, phase: string) => page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('button', { name: phase });

test('Frame and Collect: the skip link, adding and removing, a phase switch, the details under their row and Esc', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New' }).waitFor();

  // The skip link is the first stop of Tab, and leads into the workshop.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the workshop' });
  await focusLanded(page, skip);
  await page.keyboard.press('Enter');
  await focusLanded(page, page.getByLabel('Session title'));

  // Add participant: the next one is typed in the same field, by button or by Enter.
  const name = page.getByLabel('New participant’s name');
  for (const [person, how] of [['Ana', 'button'], ['Ben', 'Enter'], ['Cleo', 'button'], ['Dan', 'Enter']] as const) {
    await name.fill(person);
    if (how === 'button') await page.getByRole('button', { name: 'Add participant' }).click();
    else await name.press('Enter');
    await expect(page.getByLabel(`Name of ${person}`)).toHaveValue(person);
    await focusLanded(page, name);
  }
  // Remove: the row that takes its place, else the one before.
  await page.getByRole('button', { name: 'Remove Ben' }).click();
  await focusLanded(page, page.getByLabel('Name of Cleo'));
  await page.getByRole('button', { name: 'Remove Dan' }).click();
  await focusLanded(page, page.getByLabel('Name of Cleo'));

  // Ctrl+2: Collect, where the work starts: the capture line.
  await page.keyboard.press('Control+2');
  const capture = page.getByLabel('New candidate');
  await focusLanded(page, capture);
  for (const [title, how] of [['Churn prediction', 'Enter'], ['Invoice matching', 'button'], ['Demand forecast', 'Enter']] as const) {
    await capture.fill(title);
    if (how === 'button') await page.getByRole('button', { name: 'Add', exact: true }).click();
    else await capture.press('Enter');
    await focusLanded(page, capture);
  }

  // Details open under their row: focus on the first field; the panel follows its row in Tab order.
  const details = page.getByRole('button', { name: 'Details of C2 Invoice matching' });
  await details.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Details of C2' });
  await focusLanded(page, panel.getByLabel('Problem statement'));
  await page.getByRole('button', { name: 'Delete C2 Invoice matching' }).focus();
  await page.keyboard.press('Tab');
  await focusLanded(page, panel.getByRole('button', { name: 'ML brief…' }));
  // Close: back to the row's Details.
  await panel.getByRole('button', { name: 'Close details' }).click();
  await expect(panel).toHaveCount(0);
  await focusLanded(page, details);
  // Esc, even from inside a field, closes the details too, and focus goes back the same way.
  await page.keyboard.press('Enter');
  await panel.getByLabel('Owner', { exact: true }).fill('Finance');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await focusLanded(page, details);

  // Merge a duplicate: the merge field again.
  await page.getByRole('button', { name: 'Details of C1 Churn prediction' }).click();
  const c1 = page.getByRole('region', { name: 'Details of C1' });
  await c1.getByLabel('Same problem as another candidate?').selectOption({ label: 'C3 · Demand forecast' });
  await c1.getByRole('button', { name: 'Merge into C1' }).click();
  await expect(page.getByTestId('candidate-row')).toHaveCount(2);
  await focusLanded(page, c1.getByLabel('Same problem as another candidate?'));

  // Delete: the row that takes its place; the last one gone, the capture line.
  await page.getByRole('button', { name: 'Delete C1 Churn prediction' }).click();
  await focusLanded(page, page.getByLabel('Title of C2'));
  await page.getByRole('button', { name: 'Delete C2 Invoice matching' }).click();
  await focusLanded(page, capture);

  // Ctrl+1 from anywhere: Frame's first control; a phase's own button leads into it the same way.
  await page.keyboard.press('Control+1');
  await focusLanded(page, page.getByLabel('Session title'));
  await phaseButton(page, 'Collect').focus();
  await page.keyboard.press('Enter');
  await focusLanded(page, capture);
});

test('Collect: the brainstorm’s time running out while Pause has focus (it greys out as Start) leaves focus on +1 min', async ({ app }) => {
  const { page } = app;
  await page.clock.install();
  await page.keyboard.press('Control+2');
  await page.getByLabel('Brainstorm length in minutes').fill('1');
  await page.getByRole('button', { name: 'Start' }).click();
  await focusLanded(page, page.getByRole('button', { name: 'Pause' }));
  await page.clock.runFor(61_000);
  await expect(page.getByTestId('timer-clock')).toHaveText('0:00');
  await focusLanded(page, page.getByRole('button', { name: '+1 min' }));
});

test('Score: phase switch, criteria and readiness items, turns, I’m done, the reveal, re-scoring and the scoring mode', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await page.keyboard.press('Control+3');
  // Revealed: the first Re-score, where the discussion starts (the widest gap).
  const gaps = page.getByRole('list', { name: 'Widest gaps' });
  await focusLanded(page, gaps.getByRole('button', { name: /^Re-score / }).first());

  // Re-score opens the room's re-scoring (focus inside); Done goes back to the Re-score pressed.
  const rescoreC = page.getByRole('table', { name: 'Aggregated scores' }).getByRole('button', { name: /^Re-score / }).nth(2);
  await rescoreC.focus();
  await page.keyboard.press('Enter');
  const rescorePanel = page.locator('.rescore-panel');
  await expect(rescorePanel).toBeVisible();
  await focusLanded(page);
  await expect(rescorePanel.getByRole('radiogroup').first().locator('input:focus')).toHaveCount(1);
  await rescorePanel.getByRole('button', { name: 'Done' }).click();
  await focusLanded(page, rescoreC);

  // Criteria and readiness items: a new one's name, chosen; removing goes to the next.
  await page.getByRole('button', { name: 'Add impact criterion' }).click();
  const fresh = page.getByLabel('Name of criterion New impact criterion');
  await focusLanded(page, fresh);
  expect(await fresh.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([0, 'New impact criterion'.length]);
  await page.getByRole('button', { name: 'Remove criterion New impact criterion' }).click();
  // The row before's name: its weight is a text field too (typed in the interface's language).
  await focusLanded(page, page.getByRole('list', { name: 'Impact criteria' }).getByRole('textbox', { name: /^Name of criterion / }).last());
  await page.getByRole('button', { name: 'Add readiness item' }).click();
  await focusLanded(page, page.getByLabel('Name of readiness item New readiness item'));
  await page.getByRole('button', { name: 'Remove readiness item New readiness item' }).click();
  await focusLanded(page, page.getByRole('list', { name: 'Readiness items' }).getByRole('textbox', { name: /^Name of / }).last());

  // Hide the scores: the first turn.
  await page.getByRole('button', { name: 'Hide scores and score again' }).click();
  const turns = page.getByRole('list', { name: 'Scoring turns' });
  const turnButtons = turns.getByRole('button');
  await focusLanded(page, turnButtons.first());
  const names = (await turns.getByTestId('turn-row').locator('.turn-name').allTextContents()).map((each) => each.trim());

  // A turn: focus inside it; Back to the room: the same participant's button.
  await page.keyboard.press('Enter');
  const turn = page.getByTestId('scoring-turn');
  await expect(turn).toBeVisible();
  await focusLanded(page);
  await expect(turn.locator(':focus')).toHaveCount(1);
  await turn.getByRole('button', { name: 'Back to the room' }).click();
  await focusLanded(page, page.getByRole('button', { name: `Start ${names[0]}’s turn` }));

  // I'm done: the next participant's turn, and after the last one Reveal.
  for (const [index, person] of names.entries()) {
    await page.getByRole('button', { name: `Start ${person}’s turn` }).click();
    await expect(turn).toBeVisible();
    await focusLanded(page);
    await expect(turn.locator(':focus')).toHaveCount(1);
    await turn.getByRole('button', { name: 'I’m done' }).first().click();
    const next = names[index + 1];
    await focusLanded(page, next ? page.getByRole('button', { name: `Start ${next}’s turn` }) : page.getByRole('button', { name: 'Reveal all scores' }));
  }
  // Reveal: the widest gap's Re-score.
  await page.keyboard.press('Enter');
  await focusLanded(page, gaps.getByRole('button', { name: /^Re-score / }).first());

  // A reveal before the end asks first (Keep waiting has focus); Reveal now lands as Reveal does.
  await page.getByRole('button', { name: 'Hide scores and score again' }).click();
  await focusLanded(page, turnButtons.first());
  await page.getByRole('button', { name: 'Reveal all scores' }).click();
  await focusLanded(page, page.getByRole('button', { name: 'Keep waiting' }));
  await page.getByRole('button', { name: 'Keep waiting' }).click();
  await focusLanded(page, page.getByRole('button', { name: 'Reveal all scores' }));
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Reveal now' }).click();
  await focusLanded(page, gaps.getByRole('button', { name: /^Re-score / }).first());

  // The scoring mode redraws the phase: focus stays on the Mode field.
  const mode = page.getByLabel('Mode');
  await mode.selectOption('consensus');
  await focusLanded(page, mode);
  await mode.selectOption('blind');
  await focusLanded(page, mode);

  // Going to Score from another phase during blind scoring: the next turn.
  await page.getByRole('button', { name: 'Hide scores and score again' }).click();
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+3');
  await focusLanded(page, turnButtons.first());
});

test('Map, presentation, Decide, Share and the shortcuts dialog', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();

  await page.keyboard.press('Control+4');
  await expect(page.getByRole('main')).toHaveAccessibleName('Map');
  await focusLanded(page, page.getByLabel('Colour by'));

  // A point: Enter selects it (focus stays); Close and Esc go back to it.
  const point = page.getByTestId('matrix-point').first();
  await point.focus();
  await page.keyboard.press('Enter');
  const selected = page.getByTestId('selected-candidate');
  await expect(selected).toBeVisible();
  await focusLanded(page, point);
  await selected.getByRole('button', { name: 'Clear selection' }).click();
  await focusLanded(page, point);
  await page.keyboard.press('Enter');
  await selected.getByRole('button', { name: 'Clear selection' }).focus();
  await page.keyboard.press('Escape');
  await expect(selected).toHaveCount(0);
  await focusLanded(page, point);

  // Presentation: it takes focus; leaving it, focus is on the point shown last.
  await page.keyboard.press('F11');
  await focusLanded(page, page.getByTestId('presentation'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const shown = await page.getByTestId('presentation-caption').locator('strong').textContent();
  const code = /\d+\. (C\d+) ·/.exec(shown ?? '')?.[1];
  expect(code).toBeDefined();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await focusLanded(page, page.getByTestId('matrix-point').filter({ hasText: new RegExp(`^${code}\\b`) }));
  // Leaving before any point was shown: the Present button.
  await page.getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('Escape');
  await focusLanded(page, page.getByRole('button', { name: 'Present' }));

  // Filters: clearing them takes their button away; focus is on the filters' summary.
  const filters = page.locator('summary', { hasText: 'Filters' });
  await filters.click();
  await page.getByRole('group', { name: 'Quadrant' }).getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await focusLanded(page, filters);

  // Decide: choosing the focus by its row, then why.
  await page.keyboard.press('Control+5');
  await expect(page.getByRole('main')).toHaveAccessibleName('Decide');
  await focusLanded(page);
  await page.getByRole('button', { name: /^Choose .* as the focus$/ }).first().click();
  await focusLanded(page, page.getByLabel('Why this one'));

  // Dot voting: a candidate's last dot taken back goes to its +; a voter's last dot placed, to the next voter.
  const voters = page.getByRole('group', { name: 'Who is voting' }).getByRole('button');
  await voters.first().click();
  await focusLanded(page, voters.first());
  const demand = page.getByTestId('vote-row').filter({ hasText: 'Demand forecasting' });
  await demand.getByRole('button', { name: /^Remove a dot/ }).click();
  await focusLanded(page, demand.getByRole('button', { name: /^Add a dot/ }));
  await page.getByTestId('vote-row').last().getByRole('button', { name: /^Add a dot/ }).click();
  await focusLanded(page, voters.nth(1));

  // Share: its first control. The shortcuts dialog opens on Close, and gives focus back.
  await page.keyboard.press('Control+6');
  await expect(page.getByRole('main')).toHaveAccessibleName('Share');
  await focusLanded(page);
  const before = await page.evaluate(() => document.activeElement?.outerHTML);
  await page.keyboard.press('Control+/');
  await focusLanded(page, page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: 'Close' }));
  await page.keyboard.press('Escape');
  await focusLanded(page);
  expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
});
