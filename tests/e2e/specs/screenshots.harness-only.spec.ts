import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures';

// Pictures of the app for people to look at (not compared automatically): written to
// test-results/screenshots at projector and laptop size, in both themes.
const sizes = [
  { name: 'projector', width: 1280, height: 720 },
  { name: 'laptop', width: 1920, height: 1080 },
] as const;
const themes = ['light', 'dark'] as const;
const folder = join(__dirname, '../../../test-results/screenshots');

test('the sample session, at projector and laptop size, in both themes', async ({ app }) => {
  const { page } = app;
  await mkdir(folder, { recursive: true });
  await page.getByRole('button', { name: 'Sample session' }).click();
  await expect(page.getByTestId('candidate-row')).toHaveCount(12);
  for (const size of sizes) {
    for (const theme of themes) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: theme });
      await page.screenshot({ path: join(folder, `sample-${size.name}-${theme}.png`) });
    }
  }
});
