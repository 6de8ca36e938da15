import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { computeCandidateResults, widestGaps, type Session } from '../../../shared';
import { expect, test } from '../fixtures';
import { addParticipant, captureCandidate, gotoPhase, saveAndRead, setSessionTitle } from './session-page';

const PARTICIPANTS = [
  { name: 'Maria Lopez', background: 'Business' },
  { name: 'Priya Nair', background: 'Technical' },
  { name: 'Tom Becker', background: 'Domain' },
  { name: 'Jonas Eriksen', background: 'Data' },
] as const;

const CANDIDATES = [
  'Fraud detection for payments',
  'E-commerce recommendations',
  'Freight distribution channel optimisation',
  'Video feed personalisation',
  'Churn prediction',
  'Demand forecasting',
  'Support-ticket routing',
  'Quantile bucketing of customers',
];

const CRITERIA = ['Business value / ROI', 'Reach of the key metric', 'Urgency', 'Data readiness', 'Technical difficulty', 'Production effort', 'Know-how gap'];

/** A spread of scores: each participant sees each candidate a little differently. */
function scoreFor(participant: number, candidate: number, criterion: number): number {
  const base = criterion < 3 ? 5 - (candidate % 4) : 1 + ((candidate * 2) % 5);
  const lean = candidate === 2 ? (participant % 2 === 0 ? 2 : -2) : participant === 3 ? 1 : 0;
  return Math.min(5, Math.max(1, base + lean));
}

async function scoreTurn(page: Page, participant: number): Promise<void> {
  const name = PARTICIPANTS[participant]!.name;
  const turn = page.getByTestId('scoring-turn');
  for (let candidate = 0; candidate < CANDIDATES.length; candidate += 1) {
    for (let criterion = 0; criterion < CRITERIA.length; criterion += 1) {
      const group = turn.getByRole('radiogroup', { name: `C${candidate + 1} ${CRITERIA[criterion]}`, exact: true });
      await group.getByRole('radio', { name: String(scoreFor(participant, candidate, criterion)), exact: true }).check();
    }
  }
  await expect(turn.locator('input:checked')).toHaveCount(CANDIDATES.length * CRITERIA.length);
  await turn.getByRole('button', { name: 'I’m done' }).click();
  await expect(page.getByTestId('turn-row').filter({ hasText: name })).toContainText('Finished');
}

test('a whole workshop: frame, collect, blind scoring in turn, reveal, votes, decision, save and reopen', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const file = join(app.folder, 'workshop.pickwise');

  // Frame
  await setSessionTitle(page, 'Northwind — ML opportunities');
  await page.getByLabel('Business goal').fill('Grow repeat purchases by 10% this year.');
  for (const participant of PARTICIPANTS) await addParticipant(page, participant.name, participant.background);
  await expect(page.getByTestId('warning-no-business')).toHaveCount(0);

  // Collect: eight candidates from the capture line, one of them set apart as non-ML later.
  for (const title of CANDIDATES) await captureCandidate(page, title);
  await expect(page.locator('.flag', { hasText: 'No key metric' })).toHaveCount(8);
  await page.getByRole('button', { name: 'Details of C5 Churn prediction' }).click();
  await page.getByLabel('Key metric', { exact: true }).fill('Monthly churn rate of loyalty members');
  await expect(page.locator('.flag', { hasText: 'No key metric' })).toHaveCount(7);

  // Score: each participant in turn, with nobody else's scores in the page.
  await gotoPhase(page, 'Score');
  for (let participant = 0; participant < PARTICIPANTS.length; participant += 1) {
    const name = PARTICIPANTS[participant]!.name;
    await page.getByRole('button', { name: `Start ${name}’s turn` }).click();
    const turn = page.getByTestId('scoring-turn');
    await expect(turn.getByRole('heading', { name: `${name}’s scores` })).toBeVisible();
    await expect(page.locator('input:checked')).toHaveCount(0);
    for (const other of PARTICIPANTS.filter((_, index) => index !== participant)) {
      await expect(page.getByText(other.name)).toHaveCount(0);
    }
    await expect(page.getByTestId('result-row')).toHaveCount(0);
    await expect(page.getByTestId('gap-row')).toHaveCount(0);
    await scoreTurn(page, participant);
  }
  await expect(page.getByText('4 of 4 finished')).toBeVisible();
  await expect(page.getByTestId('gap-row')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal all scores' }).click();

  // The disagreement list: the widest gaps first, as shared/ computes them.
  const saved = await saveAndRead(app, file);
  const expectedGaps = widestGaps(computeCandidateResults(saved), 5).map((gap) => gap.candidate.id);
  await expect(page.getByTestId('gap-row')).toHaveCount(expectedGaps.length);
  expect(await page.getByTestId('gap-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-candidate-id')))).toEqual(expectedGaps);
  await expect(page.getByTestId('gap-row').first()).toContainText('C3');

  // Decide: dot voting, then the focus with its plan.
  await gotoPhase(page, 'Decide');
  await expect(page.getByTestId('ranked-row')).toHaveCount(8);
  for (const [participant, candidates] of [
    ['Maria Lopez', ['C5', 'C5', 'C7']],
    ['Priya Nair', ['C5', 'C6', 'C7']],
  ] as const) {
    await page.getByRole('group', { name: 'Who is voting' }).getByRole('button', { name: new RegExp(participant) }).click();
    for (const code of candidates) await page.getByRole('button', { name: `Add a dot to ${code}`, exact: true }).click();
    await expect(page.getByRole('group', { name: 'Who is voting' }).getByRole('button', { name: new RegExp(participant) })).toContainText('0 left');
  }
  await expect(page.getByTestId('ranked-row').filter({ hasText: 'Churn prediction' })).toContainText('3');
  await page.getByRole('button', { name: 'Choose C5 Churn prediction as the focus' }).click();
  await page.getByLabel('Why this one').fill('A quick win with data we already have and a metric the board tracks.');
  await expect(page.getByLabel('Key metric', { exact: true })).toHaveValue('Monthly churn rate of loyalty members');
  await page.getByLabel('Target').fill('−2 points of monthly churn in six months');
  await page.getByLabel('First small version').fill('A weekly churn-risk list for the retention team, scored in a notebook.');
  const readiness = page.getByRole('region', { name: 'Readiness of the focus' });
  await readiness.getByRole('radiogroup', { name: 'Compatibility: answer' }).getByRole('radio', { name: 'Ready' }).check();
  await readiness.getByRole('radiogroup', { name: 'Security and compliance: answer' }).getByRole('radio', { name: 'Partly' }).check();
  await page.getByLabel('Long-term horizon').fill('Real-time risk scores feeding personalised offers.');
  const runnerUp = page.locator('.runners-up input').first();
  await runnerUp.fill('Needs store-level data we do not have yet.');

  // Save, start afresh, reopen: everything is there.
  const final = await saveAndRead(app, file);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page).toHaveTitle('Untitled — Pickwise');
  await app.answerOpenDialog(file);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle('workshop.pickwise — Pickwise');

  expectCompleteWorkshop(final);
  await gotoPhase(page, 'Frame');
  for (const participant of PARTICIPANTS) await expect(page.getByLabel(`Name of ${participant.name}`)).toHaveValue(participant.name);
  await gotoPhase(page, 'Decide');
  await expect(page.getByTestId('ranked-row').filter({ hasText: 'Churn prediction' })).toContainText('Focus');
  await expect(page.getByLabel('Why this one')).toHaveValue('A quick win with data we already have and a metric the board tracks.');
  await expect(page.getByRole('region', { name: 'Readiness of the focus' }).getByRole('radiogroup', { name: 'Compatibility: answer' }).getByRole('radio', { name: 'Ready' })).toBeChecked();
  await gotoPhase(page, 'Score');
  await expect(page.getByTestId('result-row')).toHaveCount(8);
});

function expectCompleteWorkshop(session: Session): void {
  expect(session.frame.title).toBe('Northwind — ML opportunities');
  expect(session.participants.map((participant) => participant.name)).toEqual(PARTICIPANTS.map((participant) => participant.name));
  expect(session.participants.every((participant) => participant.scoringDone)).toBe(true);
  expect(session.candidates.map((candidate) => candidate.title)).toEqual(CANDIDATES);
  expect(session.scores).toHaveLength(PARTICIPANTS.length * CANDIDATES.length * CRITERIA.length);
  expect(session.settings.revealed).toBe(true);
  expect(session.votes.reduce((total, vote) => total + vote.dots, 0)).toBe(6);
  const focus = session.candidates.find((candidate) => candidate.id === session.decision.focusCandidateId);
  expect(focus?.title).toBe('Churn prediction');
  expect(focus?.status).toBe('focus');
  expect(focus?.keyMetric).toBe('Monthly churn rate of loyalty members');
  expect(session.decision).toMatchObject({ target: '−2 points of monthly churn in six months' });
  expect(focus?.readiness.map((entry) => [entry.itemId, entry.answer])).toEqual([
    ['security', 'partly'],
    ['compatibility', 'ready'],
  ]);
  expect(session.decision.runnersUp).toHaveLength(1);
}
