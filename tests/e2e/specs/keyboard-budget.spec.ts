import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { readSessionFile } from './session-page';
import { focusSeen } from '../support/focus-seen';

// The budget, measured (issue 14): the small workshop of the issue — 4 participants (two from
// business, two technical), 4 candidates, the 7 default criteria — run by keyboard alone, from
// an empty window to a saved file. Every key that is not typed text counts (Tab, Enter, the
// arrows, Escape, a digit given as a score, a shortcut); the characters typed into fields do
// not. After every key, focus is on a control the page shows, never on the page body.

const BUDGET = 250;

const PARTICIPANTS = [
  { name: 'Ana Weber', background: 'business' },
  { name: 'Ben Okafor', background: 'business' },
  { name: 'Cleo Marsh', background: 'technical' },
  { name: 'Dan Ito', background: 'technical' },
] as const;
const CANDIDATES = ['Churn prediction', 'Invoice matching', 'Demand forecast', 'Ticket routing'];
const CRITERIA = 7;

/** A spread of scores on 1–5 by participant, candidate and criterion, so a score landing elsewhere shows. */
const scoreOf = (person: number, candidate: number, criterion: number) => 1 + ((person * 2 + candidate * 3 + criterion) % 5);

/** Presses keys and counts them by phase; types text without counting it. */
function keyBudget(page: Page) {
  const counts = new Map<string, number>();
  let phase = '';
  const press = async (key: string): Promise<void> => {
    await page.keyboard.press(key);
    counts.set(phase, (counts.get(phase) ?? 0) + 1);
    const total = [...counts.values()].reduce((sum, each) => sum + each, 0);
    await expect
      .poll(() => page.evaluate(focusSeen), { message: `focus after key ${total} (${key}, in ${phase})` })
      .toMatchObject({ onBody: false, shown: true });
  };
  const isFocused = (where: Locator) => where.evaluate((element) => element === document.activeElement);
  return {
    counts,
    phase(name: string): void {
      phase = name;
      counts.set(name, 0);
    },
    press,
    /** Typed text: it does not count. */
    type: (text: string) => page.keyboard.type(text),
    /** Tab, or Shift+Tab when `where` comes before focus, until it has focus, as a typist does; each press counts. */
    async tabTo(where: Locator, most = 40): Promise<void> {
      const before = await where.evaluate((element) => {
        const active = document.activeElement;
        return active !== null && active !== document.body && (element.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      const key = before ? 'Shift+Tab' : 'Tab';
      for (let pressed = 0; !(await isFocused(where)); pressed += 1) {
        expect(pressed, `${key} presses to reach ${where.toString()}`).toBeLessThan(most);
        await press(key);
      }
    },
    total: () => [...counts.values()].reduce((sum, each) => sum + each, 0),
  };
}

test(`the small workshop of the issue by keyboard alone, from an empty window to a saved file, in at most ${BUDGET} keys`, async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.getByRole('button', { name: 'New' }).waitFor();
  const keys = keyBudget(page);

  // Frame: the skip link leads to the title; then the room, two from business and two technical.
  keys.phase('Frame');
  await keys.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the workshop' })).toBeFocused();
  await keys.press('Enter');
  await expect(page.getByLabel('Session title')).toBeFocused();
  await keys.type('Northwind ML workshop');
  const newName = page.getByLabel('New participant’s name');
  await keys.tabTo(newName);
  for (const [index, person] of PARTICIPANTS.entries()) {
    if (index > 0 && person.background !== PARTICIPANTS[index - 1]!.background) {
      // The background is kept from one participant to the next: changed once, for the technical two.
      await keys.press('Tab');
      await keys.press('ArrowDown');
      await expect(page.getByLabel('New participant’s background')).toHaveValue('technical');
      await keys.press('Shift+Tab');
    }
    await keys.type(person.name);
    await keys.press('Enter');
    await expect(page.getByLabel(`Name of ${person.name}`)).toHaveValue(person.name);
    await expect(newName).toBeFocused();
  }

  // Collect: the capture line, one Enter per candidate.
  keys.phase('Collect');
  await keys.press('Control+2');
  const capture = page.getByLabel('New candidate');
  await expect(capture).toBeFocused();
  for (const title of CANDIDATES) {
    await keys.type(title);
    await keys.press('Enter');
  }
  await expect(page.getByTestId('candidate-row')).toHaveCount(CANDIDATES.length);

  // Score: blind, each participant's turn in one go — Enter, one digit per score, Enter on "I'm done".
  keys.phase('Score');
  await keys.press('Control+3');
  const turn = page.getByTestId('scoring-turn');
  const typed = new Map<string, number>();
  for (const [person, { name }] of PARTICIPANTS.entries()) {
    await expect(page.getByRole('button', { name: `Start ${name}’s turn` })).toBeFocused();
    await keys.press('Enter');
    await expect(turn.getByRole('heading', { name: `${name}’s scores` })).toBeVisible();
    for (let candidate = 0; candidate < CANDIDATES.length; candidate += 1) {
      for (let criterion = 0; criterion < CRITERIA; criterion += 1) {
        const where = await page.evaluate(() => document.activeElement?.closest('[role="radiogroup"]')?.getAttribute('aria-label') ?? null);
        expect(where, `the score to give: ${name}, candidate ${candidate + 1}, criterion ${criterion + 1}`).toMatch(new RegExp(`^C${candidate + 1} `));
        typed.set(`${name} · ${where}`, scoreOf(person, candidate, criterion));
        await keys.press(String(scoreOf(person, candidate, criterion)));
      }
    }
    await expect(turn.locator('.turn-end').getByRole('button', { name: 'I’m done' })).toBeFocused();
    await keys.press('Enter');
    await expect(turn).toBeHidden();
  }
  expect(typed.size).toBe(PARTICIPANTS.length * CANDIDATES.length * CRITERIA);
  await expect(page.getByRole('button', { name: 'Reveal all scores' })).toBeFocused();
  await keys.press('Enter');
  await expect(page.getByRole('list', { name: 'Widest gaps' }).getByRole('button', { name: /^Re-score / }).first()).toBeFocused();

  // Decide: dot voting (each voter two dots on one candidate, one on another), then the focus.
  keys.phase('Decide');
  await keys.press('Control+5');
  await expect(page.getByRole('main')).toHaveAccessibleName('Decide');
  const voters = page.getByRole('group', { name: 'Who is voting' }).getByRole('button');
  const addDot = (code: string) => page.getByRole('button', { name: `Add a dot to ${code}` });
  const dotsGiven: [string, string, string][] = [
    ['C1', 'C1', 'C3'],
    ['C1', 'C1', 'C2'],
    ['C3', 'C3', 'C1'],
    ['C2', 'C2', 'C1'],
  ];
  await keys.tabTo(voters.first());
  for (const [voter, dots] of dotsGiven.entries()) {
    await expect(voters.nth(voter)).toBeFocused();
    await keys.press('Enter');
    await expect(voters.nth(voter)).toHaveAttribute('aria-pressed', 'true');
    for (const code of dots) {
      await keys.tabTo(addDot(code));
      await keys.press('Enter');
    }
  }
  // The last voter's last dot leaves focus on that voter; the ranking's first row is chosen as the focus.
  const top = page.getByTestId('ranked-row').first();
  const focusTitle = (await top.locator('th').textContent())!.replace(/^C\d+\s*/, '').trim();
  await keys.tabTo(top.getByRole('button', { name: /^Choose .* as the focus$/ }));
  await keys.press('Enter');
  const decision = page.locator('.focus-decision');
  await expect(decision.getByLabel('Why this one')).toBeFocused();
  await keys.type('Two of three voters, and the data is there.');
  await keys.press('Tab');
  await expect(decision.getByLabel(/key metric/i)).toBeFocused();
  await keys.type('Monthly churn rate');
  await keys.press('Tab');
  await expect(decision.getByLabel('Target')).toBeFocused();
  await keys.type('−2 points of churn in 6 months');

  // Save: Ctrl+S, answering Save As.
  keys.phase('Save');
  const file = join(app.folder, 'budget.pickwise');
  await app.answerSaveDialog(file);
  await keys.press('Control+s');
  await expect(page).toHaveTitle('budget.pickwise — Pickwise');

  const perPhase = [...keys.counts].map(([phase, count]) => `${phase} ${count}`).join(', ');
  const total = keys.total();
  test.info().annotations.push({ type: 'keys per phase', description: perPhase }, { type: 'keys in all', description: `${total} (budget ${BUDGET})` });
  console.log(`The small workshop by keyboard: ${total} key presses besides typed text (${perPhase}).`);

  // What was saved is what was typed.
  const saved = await readSessionFile(file);
  expect(saved.frame.title).toBe('Northwind ML workshop');
  expect(saved.participants.map(({ name, background }) => ({ name, background }))).toEqual(PARTICIPANTS.map(({ name, background }) => ({ name, background })));
  expect(saved.candidates.map((candidate) => candidate.title)).toEqual(CANDIDATES);
  const person = (id: string) => saved.participants.find((each) => each.id === id)!.name;
  const code = (id: string) => saved.candidates.find((each) => each.id === id)!.code;
  const criterion = (id: string) => saved.criteria.find((each) => each.id === id)!.name;
  expect(saved.criteria).toHaveLength(CRITERIA);
  expect(new Map(saved.scores.map((score) => [`${person(score.participantId)} · ${code(score.candidateId)} ${criterion(score.criterionId)}`, score.value]))).toEqual(typed);
  expect(saved.participants.every((each) => each.scoringDone)).toBe(true);
  expect(saved.settings.revealed).toBe(true);
  const votes = new Map(saved.votes.map((vote) => [`${person(vote.participantId)} · ${code(vote.candidateId)}`, vote.dots]));
  const expectedVotes = new Map<string, number>();
  for (const [voter, dots] of dotsGiven.entries()) for (const each of dots) expectedVotes.set(`${PARTICIPANTS[voter]!.name} · ${each}`, (expectedVotes.get(`${PARTICIPANTS[voter]!.name} · ${each}`) ?? 0) + 1);
  expect(votes).toEqual(expectedVotes);
  const focus = saved.candidates.find((each) => each.id === saved.decision.focusCandidateId);
  expect(focus?.title).toBe(focusTitle);
  expect(focus?.keyMetric).toBe('Monthly churn rate');
  expect(saved.decision.rationale).toBe('Two of three voters, and the data is there.');
  expect(saved.decision.target).toBe('−2 points of churn in 6 months');

  expect(total).toBeLessThanOrEqual(BUDGET);
});
