import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ELECTRON_PROJECT, expect, test } from '../fixtures';
import { gotoPhase } from './session-page';

// A path from the page is checked in main: a drop of anything but a session file's own file is
// refused with a message naming it, and the window keeps what it shows.

test('a dropped folder or system file is refused in main with a message naming it', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === ELECTRON_PROJECT, 'a spec cannot fake a drag from the operating system in Electron; drops are tested in harness mode');
  const { page } = app;
  await page.getByRole('button', { name: 'Sample session' }).click();
  await expect(page).toHaveTitle('Untitled — Pickwise');
  const folder = join(app.folder, 'workshops.pickwise');
  await mkdir(folder);

  await app.dropFile(folder);
  await app.dropFile('/etc/passwd');
  await app.dropFile('/dev/zero');
  await expect.poll(async () => (await app.fileErrors()).map((error) => error.message)).toEqual([
    '“workshops.pickwise” could not be opened. It is a folder, not a session file.',
    '“passwd” could not be opened. Pickwise opens session files ending in .pickwise or .json, and chart images exported as .png.',
    '“zero” could not be opened. It is not a regular file (it is a device, a pipe or a socket).',
  ]);
  await expect(page).toHaveTitle('Untitled — Pickwise');
  await gotoPhase(page, 'Collect');
  await expect(page.getByTestId('candidate-row')).toHaveCount(12);
});
