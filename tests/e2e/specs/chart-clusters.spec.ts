import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeSession } from '../../../shared';
import { expect, test } from '../fixtures';
import { realisticBoardSession } from '../support/realistic-board';
import { gotoPhase, openSessionFile } from './session-page';

// A numbered cluster names the points whose label found no room: on the Map it opens by mouse,
// Enter or Space, lists its members' codes and whole titles, each selecting its point, and closes
// with Esc (focus back on its badge) or a press elsewhere.

test('a cluster on a crowded Map opens by mouse and by keyboard, lists its members and selects one', async ({ app }) => {
  test.slow();
  const { page } = app;
  const session = realisticBoardSession(300);
  const byCode = new Map(session.candidates.map((candidate) => [candidate.code, candidate]));
  const file = join(app.folder, 'board-300.pickwise');
  await writeFile(file, serializeSession(session));
  await openSessionFile(app, file);
  await gotoPhase(page, 'Map');
  await page.setViewportSize({ width: 1280, height: 800 });
  const badges = page.locator('.matrix-frame [data-testid="matrix-cluster"]');
  await expect(badges.first()).toBeVisible();
  const list = page.getByTestId('cluster-list');

  // By mouse: the list names each member by code and whole title, as many as the badge says.
  const first = badges.first();
  const count = Number(await first.locator('.cluster-count').textContent());
  await expect(first).toHaveAccessibleName(new RegExp(`^Cluster 1: ${count} candidates?$`));
  await first.locator('.cluster-badge').click();
  await expect(list).toBeVisible();
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await expect(list.getByRole('heading')).toHaveText(`Cluster 1 · ${count} candidate${count === 1 ? '' : 's'}`);
  const members = list.getByTestId('cluster-member');
  await expect(members).toHaveCount(count);
  for (const text of await members.allTextContents()) {
    const code = text.split(' ')[0]!;
    expect(text).toBe(`${code} ${byCode.get(code)!.title}`);
  }
  await expect(members.first()).toBeFocused();
  // A press elsewhere closes it.
  await page.mouse.click(5, 5);
  await expect(list).toBeHidden();
  await expect(first).toHaveAttribute('aria-expanded', 'false');

  // By keyboard: Enter opens, focus on the first member; Esc closes, focus back on the badge; Space opens.
  const last = badges.last();
  const lastNumber = Number(await last.getAttribute('data-cluster-number'));
  await last.focus();
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
  await expect(list.getByRole('heading')).toHaveText(new RegExp(`^Cluster ${lastNumber} · `));
  await expect(members.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(last).toBeFocused();
  await page.keyboard.press(' ');
  await expect(list).toBeVisible();
  // Enter on a member selects its point and closes the list.
  const chosen = (await members.first().getAttribute('data-candidate-id'))!;
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(page.locator(`[data-testid="matrix-point"][data-candidate-id="${chosen}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(last).toBeFocused();
});
