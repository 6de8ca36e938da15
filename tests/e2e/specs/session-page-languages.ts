import { expect, type Page } from '@playwright/test';
import { createEmptySession, type Background } from '../../../shared';
import { disguise } from '../../../shared/i18n/pseudo';
import { textsIn, type Texts } from '../../../shared/i18n/texts';
import type { Language } from '../../../shared/i18n/languages';
import '../harness/catalogues';

// How a spec does what a facilitator does, in the words of the screen in any language: every
// name a locator looks for is read from the catalogue of the language the app speaks (`say`),
// so a screen showing a raw key, English or nothing where that language has a text fails it.
// session-page.ts does the same in English words.

/** The texts of a language, as the spec's locators name things. */
export function textsOf(language: Language): Texts {
  return textsIn(language);
}

/** The texts of the pseudo-locale: English's, disguised letter by letter as the app shows them (values too). */
export function pseudoTexts(): Texts {
  const en = textsIn('en');
  return ((...args: Parameters<Texts>) => disguise(String((en as unknown as (...all: unknown[]) => unknown)(...args)))) as unknown as Texts;
}

export type Phase = 'frame' | 'collect' | 'score' | 'map' | 'decide' | 'share';

export async function gotoPhaseIn(page: Page, say: Texts, phase: Phase): Promise<void> {
  const name = say(`common:phases.${phase}`);
  await page.getByRole('navigation', { name: say('common:phases.navigation') }).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('main')).toHaveAccessibleName(name);
}

export async function addParticipantIn(page: Page, say: Texts, name: string, background: Background): Promise<void> {
  await page.getByLabel(say('frame:participantsEditor.newName'), { exact: true }).fill(name);
  await page.getByLabel(say('frame:participantsEditor.newBackground'), { exact: true }).selectOption({ label: say(`fields:backgrounds.${background}`) });
  await page.getByRole('button', { name: say('frame:participantsEditor.addParticipant'), exact: true }).click();
  await expect(page.getByLabel(say('frame:participantsEditor.nameOf', { name }), { exact: true })).toHaveValue(name);
  await expect(page.getByLabel(say('frame:participantsEditor.backgroundOf', { name }), { exact: true })).toHaveValue(background);
}

export async function captureCandidateIn(page: Page, say: Texts, title: string): Promise<void> {
  const before = await page.getByTestId('candidate-row').count();
  const capture = page.getByLabel(say('collect:captureLine.newCandidate'), { exact: true });
  await capture.fill(title);
  await capture.press('Enter');
  await expect(page.getByTestId('candidate-row')).toHaveCount(before + 1);
  await expect(page.getByLabel(say('collect:candidateRow.titleOf', { code: `C${before + 1}` }), { exact: true })).toHaveValue(title);
}

/** The axis of each criterion a new session scores on, in the order a turn walks them. */
const NEW_SESSION_AXES = createEmptySession('en').criteria.map((criterion) => criterion.axis);

/**
 * One participant's blind turn, scored by keyboard as the turn invites (a digit scores the
 * criterion with focus and walks on): `valueOf` gives each candidate's score on each axis.
 * Ends with "I'm done" and checks the room shows the participant as finished.
 */
export async function scoreTurnIn(page: Page, say: Texts, name: string, candidates: number, valueOf: (candidate: number, axis: 'impact' | 'complexity') => number): Promise<void> {
  await page.getByRole('button', { name: say('score:blindRoom.startTurn', { name }), exact: true }).click();
  const turn = page.getByTestId('scoring-turn');
  await expect(turn.getByRole('heading', { name: say('score:scoringTurn.heading', { name }), exact: true })).toBeVisible();
  // The turn opens with focus on its first score.
  await expect(turn.locator('input[type="radio"]').first()).toBeFocused();
  for (let candidate = 0; candidate < candidates; candidate += 1) {
    for (const axis of NEW_SESSION_AXES) await page.keyboard.press(String(valueOf(candidate, axis)));
  }
  await expect(turn.locator('input:checked')).toHaveCount(candidates * NEW_SESSION_AXES.length);
  await expect(turn.getByTestId('scores-to-go').first()).toHaveText(say('rules:allScoresGiven'));
  await turn.getByRole('button', { name: doneButtonName(say), exact: true }).first().click();
  await expect(page.getByTestId('turn-row').filter({ hasText: name })).toContainText(say('score:blindRoom.finished'));
}

/** "I'm done" as the button is named: the catalogue's text without its keys, which are hidden from the name. */
function doneButtonName(say: Texts): string {
  return say('score:scoringTurn.done', { keys: '' })
    .replace(/<kbd>.*<\/kbd>/u, '')
    .trim();
}

/**
 * The visible texts of `region` that look like a catalogue key left unresolved ("map.legend.title",
 * "decide:focusDecision.title") or hold a placeholder never filled in ("{{name}}").
 */
export async function rawKeysIn(page: Page, selector = 'main'): Promise<string[]> {
  const { read, found } = await page.locator(selector).evaluate((region) => {
    const found: string[] = [];
    let read = 0;
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (text === '' || !parent || !parent.checkVisibility()) continue;
      read += 1;
      if (/^[a-z][a-zA-Z-]*([.:][a-zA-Z_-]+)+$/u.test(text) || text.includes('{{') || text.includes('}}')) found.push(text);
    }
    for (const element of Array.from(region.querySelectorAll('[placeholder], [title], [aria-label]'))) {
      if (!element.checkVisibility()) continue;
      for (const attribute of ['placeholder', 'title', 'aria-label']) {
        const text = element.getAttribute(attribute)?.trim() ?? '';
        if (/^[a-z][a-zA-Z-]*([.:][a-zA-Z_-]+)+$/u.test(text) || text.includes('{{')) found.push(`${attribute}="${text}"`);
      }
    }
    return { read, found };
  });
  // A region read with no text in it would find no key either: it has some, or the search saw nothing.
  expect(read, `visible texts read in ${selector}`).toBeGreaterThan(3);
  return found;
}
