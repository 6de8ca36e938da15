import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { gotoPhase, type PhaseName } from './session-page';

const THEMES = ['light', 'dark'] as const;

/** axe-core's serious and critical findings on the page as it is now, in a readable form. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself; the app has no frames, and no blank helper page is needed.
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
}

const SCREENS: { name: string; open: (page: Page) => Promise<void> }[] = [
  ...(['Frame', 'Collect', 'Score', 'Map', 'Decide', 'Share'] as PhaseName[]).map((phase) => ({ name: phase, open: (page: Page) => gotoPhase(page, phase) })),
  {
    name: 'Collect with details open',
    open: async (page) => {
      await gotoPhase(page, 'Collect');
      await page.getByRole('button', { name: /^Details of C1 / }).click();
    },
  },
  {
    name: 'Map, as a table',
    open: async (page) => {
      await gotoPhase(page, 'Map');
      await page.getByRole('button', { name: 'Show table' }).click();
    },
  },
  {
    name: 'Map, presentation mode',
    open: async (page) => {
      await page.getByRole('button', { name: 'Present' }).click();
      await page.keyboard.press('ArrowRight');
    },
  },
  {
    name: 'Share, the chart export dialog',
    open: async (page) => {
      await page.keyboard.press('Escape');
      await gotoPhase(page, 'Share');
      await page.getByRole('button', { name: 'Export chart image…' }).click();
      await page.getByTestId('chart-export-preview').waitFor();
    },
  },
  {
    name: 'Score, a participant’s turn',
    open: async (page) => {
      await page.keyboard.press('Escape');
      await gotoPhase(page, 'Score');
      await page.getByRole('button', { name: 'Hide scores and score again' }).click();
      await page.getByRole('button', { name: /Maria Lopez’s (turn|scores)/ }).click();
    },
  },
];

for (const theme of THEMES) {
  test(`no serious or critical accessibility violation on any screen, ${theme} theme`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: theme });
    await page.getByRole('button', { name: 'Sample session' }).click();
    for (const screen of SCREENS) {
      await screen.open(page);
      expect(await seriousViolations(page), `${screen.name}, ${theme}`).toEqual([]);
    }
  });
}
