import { expect, test } from '../fixtures';
import { gotoPhase } from './session-page';

// Presentation mode really goes full screen: main puts the window full screen (the page's own
// requestFullscreen is refused by the deny-all permission handler), and back as it was after.

test('presentation mode puts the window full screen through main, and Esc puts it back', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await gotoPhase(page, 'Map');
  expect(await app.isFullScreen()).toBe(false);

  await page.keyboard.press('F11');
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expect.poll(() => app.isFullScreen()).toBe(true);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect.poll(() => app.isFullScreen()).toBe(false);

  // The menu's Presentation Mode does the same.
  await app.sendMenuCommand('view.presentation');
  await expect.poll(() => app.isFullScreen()).toBe(true);
  await app.sendMenuCommand('view.presentation');
  await expect.poll(() => app.isFullScreen()).toBe(false);
});
