import type { Page } from '@playwright/test';
import { decisionRecordHtml, sampleSession, type Session } from '../../../shared';
import { mlBriefHtml } from '../../../shared/export/ml-brief-html';
import { expect, test } from '../fixtures';

// The decision record and the ML brief are printed on a page of fixed width: a long word in a title, a pasted
// file name in the evidence or a compound word in another language must wrap inside its column,
// never push a table past the page's edge, where the printer cuts it off.

const LONG_TITLE = 'Produktempfehlungsberechnung für Stammkundschaftsbindungsmaßnahmen';
// A file name with underscores: no place to break it but anywhere.
const FILE_NAME = 'Kundenbindungsmassnahmen_Auswertung_Stammkunden_Retention_2025_Q1_final_v3.xlsx';

function withLongWords(session: Session): Session {
  return {
    ...session,
    candidates: session.candidates.map((candidate) =>
      candidate.id === 'cand-churn'
        ? { ...candidate, title: LONG_TITLE, readiness: candidate.readiness.map((entry) => ({ ...entry, evidence: FILE_NAME })) }
        : candidate.id === 'cand-demand'
          ? { ...candidate, title: 'Nachfrageprognoseverbesserungsinitiative' }
          : candidate,
    ),
    decision: { ...session.decision, rationale: `${session.decision.rationale} See ${FILE_NAME}.` },
  };
}

/** What, laid out for print, reaches past the right edge of the page's content, or whose text spills out of its box. */
async function pastTheEdge(page: Page, html: string): Promise<string[]> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.setContent(html);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(LONG_TITLE).first()).toBeVisible();
  return page.evaluate(() => {
    const main = document.querySelector('main')!.getBoundingClientRect();
    const spills = (element: Element) => getComputedStyle(element).display !== 'inline' && element.scrollWidth > element.clientWidth + 1;
    return [...document.querySelectorAll('main *')]
      .filter((element) => element.getBoundingClientRect().right > main.right + 0.5 || spills(element))
      .map((element) => `${element.tagName.toLowerCase()}: ${(element.textContent ?? '').slice(0, 60)}`);
  });
}

test('the decision record keeps long words and file names inside the page', async ({ app }) => {
  const html = decisionRecordHtml(withLongWords(sampleSession), { chartImageDataUrl: null, generatedAt: new Date(2025, 5, 12, 16, 5) }, 'en');
  expect(await pastTheEdge(app.page, html)).toEqual([]);
});

test('the ML brief keeps them inside the page too, on either paper', async ({ app }) => {
  for (const paper of ['a4', 'letter'] as const) {
    const html = mlBriefHtml(withLongWords(sampleSession), 'cand-churn', { chartImageDataUrl: null, generatedAt: new Date(2025, 5, 12, 16, 5), paper, level: 0 }, 'en');
    expect(await pastTheEdge(app.page, html), paper).toEqual([]);
  }
});
