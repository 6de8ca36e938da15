import { decisionRecordHtml, sampleSession, type Session } from '../../../shared';
import { expect, test } from '../fixtures';

// The decision record is printed on a page of fixed width: a long word in a title, a pasted
// address in the evidence or a compound word in another language must wrap inside its column,
// never push a table past the page's edge, where the printer cuts it off.

const LONG_TITLE = 'Produktempfehlungsberechnung für Stammkundschaftsbindungsmaßnahmen';
const ADDRESS = 'https://wiki.northwind.example/data-platform/loyalty/retention-model-evaluation-2025-q1-final';

function withLongWords(session: Session): Session {
  return {
    ...session,
    candidates: session.candidates.map((candidate) =>
      candidate.id === 'cand-churn'
        ? { ...candidate, title: LONG_TITLE, readiness: candidate.readiness.map((entry) => ({ ...entry, evidence: ADDRESS })) }
        : candidate.id === 'cand-demand'
          ? { ...candidate, title: 'Nachfrageprognoseverbesserungsinitiative' }
          : candidate,
    ),
    decision: { ...session.decision, rationale: `${session.decision.rationale} See ${ADDRESS}.` },
  };
}

test('the decision record keeps long words and addresses inside the page', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.setContent(decisionRecordHtml(withLongWords(sampleSession), { chartImageDataUrl: null, generatedAt: new Date(2025, 5, 12, 16, 5) }));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(LONG_TITLE).first()).toBeVisible();
  const beyond = await page.evaluate(() => {
    const main = document.querySelector('main')!.getBoundingClientRect();
    return [...document.querySelectorAll('main *')]
      .filter((element) => element.getBoundingClientRect().right > main.right + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}: ${(element.textContent ?? '').slice(0, 60)}`);
  });
  expect(beyond).toEqual([]);
});
