import type { Page } from '@playwright/test';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { textsIn } from '../../../shared/i18n/texts';
import '../harness/catalogues';
import { expect, test } from '../fixtures';
import { shootAll } from '../support/screenshots';

// Pictures of every phase of the sample session in German (the longest words) and French, at
// projector and laptop size, in both themes, for people to look at (test-results/screenshots).

const PHASES = ['frame', 'collect', 'score', 'map', 'decide', 'share'] as const;

async function shootPhases(page: Page, language: Language): Promise<void> {
  const t = textsIn(language);
  await page.getByRole('button', { name: t('common:documentBar.sampleSession') }).click();
  for (const phase of PHASES) {
    await page.getByRole('navigation', { name: t('common:phases.navigation') }).getByRole('button', { name: t(`common:phases.${phase}`) }).click();
    await expect(page.getByRole('main')).toHaveAccessibleName(t(`common:phases.${phase}`));
    await shootAll(page, `${language}-phase-${phase}`);
  }
}

for (const language of LANGUAGES.filter((each) => each === 'de' || each === 'fr')) {
  test.describe(`in ${language}`, () => {
    test.use({ systemLocales: [language] });
    test(`every phase of the sample session in ${language}`, async ({ app }) => {
      test.setTimeout(180_000);
      await shootPhases(app.page, language);
    });
    test(`a new session's starting words in ${language}: its criteria, checklist and quadrants`, async ({ app }) => {
      const t = textsIn(language);
      for (const phase of ['score', 'map'] as const) {
        await app.page.getByRole('navigation', { name: t('common:phases.navigation') }).getByRole('button', { name: t(`common:phases.${phase}`) }).click();
        await shootAll(app.page, `${language}-new-session-${phase}`);
      }
    });
  });
}
