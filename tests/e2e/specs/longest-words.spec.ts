import type { Page } from '@playwright/test';
import { textsIn } from '../../../shared/i18n/texts';
import '../harness/catalogues';
import { expect, test } from '../fixtures';

// German has the interface's longest words. At projector and laptop size every phase of the sample session
// shows each of Pickwise's own texts whole: nothing cut off by its box (an overflow that hides
// or an ellipsis) and nothing spilling out of a button. The session's own content may be cut
// with an ellipsis by design (a long title in a narrow column), so only elements without it count.

const PHASES = ['frame', 'collect', 'score', 'map', 'decide', 'share'] as const;

/** Elements whose text is cut or spills, described by tag, class and text. */
function clippedTexts(page: Page, sessionTexts: string[]): Promise<string[]> {
  return page.evaluate((own) => {
    const found: string[] = [];
    const main = document.querySelector('main') ?? document.body;
    for (const element of [...main.querySelectorAll<HTMLElement>('*'), ...document.querySelectorAll<HTMLElement>('header *, nav *')]) {
      // Text for screen readers alone is clipped to a pixel on purpose.
      if (!element.checkVisibility() || element.closest('svg, .visually-hidden')) continue;
      const text = (element.innerText ?? '').trim();
      if (!text || own.some((content) => text.includes(content))) continue;
      const style = getComputedStyle(element);
      const hides = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      const spills = element.tagName === 'BUTTON' && style.overflowX === 'visible';
      if ((hides || spills) && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${element.tagName.toLowerCase()}.${element.className}: “${text.slice(0, 60)}” (${element.scrollWidth} px in ${element.clientWidth})`);
      }
    }
    return [...new Set(found)];
  }, sessionTexts);
}

/** Every phase at projector and laptop size: what is cut or spills, named with its size and phase. */
async function clippedInEveryPhase(page: Page, sessionTexts: string[]): Promise<string[]> {
  const t = textsIn('de');
  const clipped: string[] = [];
  for (const size of [{ width: 1920, height: 1080 }, { width: 1366, height: 768 }]) {
    await page.setViewportSize(size);
    for (const phase of PHASES) {
      await page.getByRole('navigation', { name: t('common:phases.navigation') }).getByRole('button', { name: t(`common:phases.${phase}`) }).click();
      await expect(page.getByRole('main')).toHaveAccessibleName(t(`common:phases.${phase}`));
      for (const text of await clippedTexts(page, sessionTexts)) clipped.push(`${size.width} × ${size.height}, ${phase}: ${text}`);
    }
  }
  return clipped;
}

test.describe('in German', () => {
  test.use({ systemLocales: ['de-DE'] });

  test('at projector and laptop size no phase of the sample session cuts off or spills any of Pickwise’s own texts', async ({ app }) => {
    test.setTimeout(120_000);
    const t = textsIn('de');
    await app.page.getByRole('button', { name: t('common:documentBar.sampleSession') }).click();
    // The sample's own words (titles, names, notes): English, never translated, and some are cut by design.
    const sessionTexts = await app.page.evaluate(() => [...document.querySelectorAll('input, textarea')].map((field) => (field as HTMLInputElement).value).filter(Boolean));
    expect(await clippedInEveryPhase(app.page, sessionTexts)).toEqual([]);
  });

  test('nor does a new session, whose criteria, checklist and quadrants start in German', async ({ app }) => {
    test.setTimeout(120_000);
    const t = textsIn('de');
    await app.page.getByRole('navigation', { name: t('common:phases.navigation') }).getByRole('button', { name: t('common:phases.score') }).click();
    await expect(app.page.getByRole('textbox', { name: t('score:criteriaEditor.name', { name: t('starter:criteria.value.name') }) })).toBeVisible();
    expect(await clippedInEveryPhase(app.page, [])).toEqual([]);
  });
});
