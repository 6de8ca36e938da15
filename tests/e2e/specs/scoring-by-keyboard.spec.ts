import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { changeScale, createSampleSession, serializeSession, type Session } from '../../../shared';
import { expect, test } from '../fixtures';
import type { AppUnderTest } from '../harness/app-under-test';
import { gotoPhase, saveAndRead } from './session-page';

// Scoring at the speed of typing (shared/workshop/score-keys.ts): a whole turn of 12
// candidates × 7 criteria takes one key per score, plus the key that starts the turn and the
// one that ends it, and focus is never left on the page itself on the way.

const CRITERIA = ['Business value / ROI', 'Reach of the key metric', 'Urgency', 'Data readiness', 'Technical difficulty', 'Production effort', 'Know-how gap'];
const CANDIDATES = 12;

/** The sample room (4 participants, 7 criteria) with all 12 candidates up for scoring and nobody's scores yet. */
function freshRoom(change: Partial<Session['settings']> = {}): Session {
  const sample = createSampleSession();
  const room: Session = {
    ...sample,
    candidates: sample.candidates.map((candidate) => ({ ...candidate, betterWithoutMl: false, status: 'open', override: null })),
    scores: [],
    consensusScores: [],
    votes: [],
    decision: { ...sample.decision, focusCandidateId: null, runnersUp: [] },
    participants: sample.participants.map((participant) => ({ ...participant, scoringDone: false })),
    settings: { ...sample.settings, revealed: false },
  };
  const scaled = change.scale === 10 ? changeScale(room, 10) : room;
  return { ...scaled, settings: { ...scaled.settings, ...change } };
}

async function openRoom(app: AppUnderTest, session: Session, name: string): Promise<string> {
  const file = join(app.folder, `${name}.pickwise`);
  await writeFile(file, serializeSession(session));
  await app.answerOpenDialog(file);
  await app.sendMenuCommand('file.open');
  await expect(app.page).toHaveTitle(`${name}.pickwise — Pickwise`);
  await gotoPhase(app.page, 'Score');
  return file;
}

/** A spread of scores on 1–5, so a score landing on the wrong criterion shows. */
const scoreOf = (candidate: number, criterion: number) => 1 + ((candidate * 3 + criterion * 2 + Math.floor(candidate / 5)) % 5);

/** Presses keys and counts them; after each, focus must be on a control, never on the page itself. */
function keyCounter(page: Page) {
  let pressed = 0;
  return {
    get pressed() {
      return pressed;
    },
    /** `leaving`: the key ends the turn; where focus goes in the room is the room's to say (blind-room.tsx). */
    async press(key: string, leaving = false): Promise<void> {
      await page.keyboard.press(key);
      pressed += 1;
      if (leaving) return;
      const focus = await page.evaluate(() => {
        const active = document.activeElement;
        return !active || active === document.body ? 'the page itself' : (active.closest('[role="radiogroup"]')?.getAttribute('aria-label') ?? active.textContent ?? active.tagName);
      });
      expect(focus, `focus after key ${pressed} (${key})`).not.toBe('the page itself');
    },
    /** The radio group focus is in, by its name ("C3 Urgency"). */
    focusedCriterion: () => page.evaluate(() => document.activeElement?.closest('[role="radiogroup"]')?.getAttribute('aria-label') ?? null),
  };
}

/** Counts each time focus leaves an element for nowhere (the page itself), between keys too. */
async function watchFocusLoss(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const watched = window as unknown as { focusLost: number };
    watched.focusLost = 0;
    document.addEventListener('focusout', (event) => {
      if (event.relatedTarget === null) watched.focusLost += 1;
    });
  });
  return () => page.evaluate(() => (window as unknown as { focusLost: number }).focusLost);
}

test('a whole turn of 12 candidates × 7 criteria by keyboard alone: one key per score, one to start and one to finish', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const file = await openRoom(app, freshRoom(), 'twelve');
  const start = page.getByRole('button', { name: 'Start Tom Becker’s turn' });
  await start.focus();
  const keys = keyCounter(page);

  // The key that starts the turn: the room's list goes, and the turn opens with focus on the
  // first criterion, in the same task (no frame is drawn between).
  await keys.press('Enter');
  const lost = await watchFocusLoss(page);
  const turn = page.getByTestId('scoring-turn');
  await expect(turn.getByRole('heading', { name: 'Tom Becker’s scores' })).toBeVisible();
  await expect(turn.getByTestId('scores-to-go').first()).toHaveText(`${CANDIDATES * CRITERIA.length} scores to go`);
  const typed = new Map<string, number>();
  for (let candidate = 0; candidate < CANDIDATES; candidate += 1) {
    for (let criterion = 0; criterion < CRITERIA.length; criterion += 1) {
      const where = `C${candidate + 1} ${CRITERIA[criterion]}`;
      expect(await keys.focusedCriterion()).toBe(where);
      typed.set(where, scoreOf(candidate, criterion));
      await keys.press(String(scoreOf(candidate, criterion)));
    }
    if (candidate === 5) await expect(turn.getByTestId('scores-to-go').first()).toHaveText(`${(CANDIDATES - 6) * CRITERIA.length} scores to go`);
  }
  await expect(turn.getByTestId('scores-to-go').first()).toHaveText('All scores given');
  await expect(turn.getByTestId('scoring-progress')).toHaveText('All scores given.');
  // The last score leads to "I'm done" after the last card.
  await expect(turn.locator('.turn-end').getByRole('button', { name: 'I’m done' })).toBeFocused();
  expect(await lost()).toBe(0);

  await keys.press('Control+Enter', true);
  await expect(turn).toBeHidden();
  await expect(page.getByTestId('turn-row').filter({ hasText: 'Tom Becker' })).toContainText('Finished');
  const scores = CANDIDATES * CRITERIA.length;
  test.info().annotations.push({ type: 'keys', description: `${keys.pressed} key presses for ${scores} scores` });
  console.log(`A turn of ${CANDIDATES} × ${CRITERIA.length}: ${keys.pressed} key presses for ${scores} scores.`);
  expect(keys.pressed).toBeLessThanOrEqual(scores + 2);

  // What was saved is exactly what was typed, Tom's alone.
  const saved = await saveAndRead(app, file);
  const code = (id: string) => saved.candidates.find((candidate) => candidate.id === id)!.code;
  const name = (id: string) => saved.criteria.find((criterion) => criterion.id === id)!.name;
  expect(new Set(saved.scores.map((score) => score.participantId))).toEqual(new Set(['part-tom']));
  expect(new Map(saved.scores.map((score) => [`${code(score.candidateId)} ${name(score.criterionId)}`, score.value]))).toEqual(typed);
  expect(saved.participants.find((participant) => participant.id === 'part-tom')!.scoringDone).toBe(true);
});

test('consensus scores by keyboard: a digit gives the room’s score and goes on; Backspace takes back the last', async ({ app }) => {
  const { page } = app;
  const file = await openRoom(app, freshRoom({ scoringMode: 'consensus' }), 'consensus');
  await page.getByRole('radiogroup', { name: 'C1 Business value / ROI', exact: true }).getByRole('radio').first().focus();
  const lost = await watchFocusLoss(page);
  const keys = keyCounter(page);
  const cards = 3;
  const typed = new Map<string, number>();
  for (let candidate = 0; candidate < cards; candidate += 1) {
    for (let criterion = 0; criterion < CRITERIA.length; criterion += 1) {
      typed.set(`C${candidate + 1} ${CRITERIA[criterion]}`, scoreOf(candidate, criterion));
      await keys.press(String(scoreOf(candidate, criterion)));
    }
  }
  // A slip, taken back: the wrong digit, Backspace, the right one.
  await keys.press('5');
  await keys.press('Backspace');
  expect(await keys.focusedCriterion()).toBe('C4 Business value / ROI');
  await keys.press('2');
  typed.set('C4 Business value / ROI', 2);
  expect(keys.pressed).toBe(cards * CRITERIA.length + 3);
  expect(await keys.focusedCriterion()).toBe('C4 Reach of the key metric');
  await expect(page.getByTestId('scores-to-go')).toHaveText(`${CANDIDATES * CRITERIA.length - typed.size} scores to go`);
  expect(await lost()).toBe(0);

  const saved = await saveAndRead(app, file);
  const code = (id: string) => saved.candidates.find((candidate) => candidate.id === id)!.code;
  const name = (id: string) => saved.criteria.find((criterion) => criterion.id === id)!.name;
  expect(new Map(saved.consensusScores.map((score) => [`${code(score.candidateId)} ${name(score.criterionId)}`, score.value]))).toEqual(typed);
});

test('on a 1–10 scale, 0 gives 10 and 1 gives 1', async ({ app }) => {
  const { page } = app;
  await openRoom(app, freshRoom({ scale: 10 }), 'ten');
  await page.getByRole('button', { name: 'Start Maria Lopez’s turn' }).focus();
  const keys = keyCounter(page);
  for (const key of ['Enter', '0', '1', '9']) await keys.press(key);
  const turn = page.getByTestId('scoring-turn');
  const chosen = (criterion: string) => turn.getByRole('radiogroup', { name: `C1 ${criterion}`, exact: true }).locator('input:checked');
  await expect(chosen('Business value / ROI')).toHaveValue('10');
  await expect(chosen('Reach of the key metric')).toHaveValue('1');
  await expect(chosen('Urgency')).toHaveValue('9');
  expect(await keys.focusedCriterion()).toBe('C1 Data readiness');
  await expect(turn.getByTestId('scores-to-go').first()).toHaveText(`${CANDIDATES * CRITERIA.length - 3} scores to go`);
});
