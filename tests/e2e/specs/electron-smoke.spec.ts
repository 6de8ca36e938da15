import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSampleSession, serializeSession, type Session } from '../../../shared';
import { expect, test, ELECTRON_PROJECT } from '../fixtures';
import { findElectronBinary } from '../harness/electron-binary';
import { launchInElectron } from '../harness/electron-app';
import { captureCandidate, gotoPhase, leaveTextFields } from './session-page';

// A short smoke suite that only a real Electron can run: the app launched with a file on its
// command line, the native menu reaching the window, save, and closing with the prompt. The
// harness runs the same flows (desktop-menus.spec.ts) without Electron.

test.describe('electron smoke', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== ELECTRON_PROJECT, 'electron-only smoke suite; the harness covers the same flows in desktop-menus.spec.ts');
    const binary = findElectronBinary();
    test.skip('missing' in binary, `electron smoke suite skipped: ${'missing' in binary ? binary.missing : ''}`);
  });

  test('launches with a file from the command line, menus reach the window, saves, closes with the prompt', async () => {
    const binary = findElectronBinary();
    if ('missing' in binary) return;
    const folder = await mkdtemp(join(tmpdir(), 'pickwise-smoke-'));
    const file = join(folder, 'Smoke workshop.pickwise');
    await writeFile(file, serializeSession(createSampleSession()));
    const { app, electronApp } = await launchInElectron(binary.path, folder, {
      systemLocales: ['en-US'],
      pseudoLocale: false,
      relaunch: async () => {
        throw new Error('The smoke suite does not relaunch.');
      },
      extraArgs: [file],
    });
    try {
      const { page } = app;
      // `pickwise "Smoke workshop.pickwise"` opens the file in the first window.
      await expect(page).toHaveTitle('Smoke workshop.pickwise — Pickwise');

      // The real application menu, built from the table, with its platform's sections.
      const sections = await electronApp.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
      expect(sections).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));

      // A menu item reaches the window.
      await app.sendMenuCommand('view.phase.collect');
      await expect(page.getByRole('main')).toHaveAccessibleName('Collect');
      await expect(page.getByTestId('candidate-row')).toHaveCount(12);

      // Edit, then File ▸ Save writes the file.
      await captureCandidate(page, 'Smoke-test candidate');
      await leaveTextFields(page);
      await expect(page).toHaveTitle('● Smoke workshop.pickwise — Pickwise');
      await app.sendMenuCommand('file.save');
      await expect(page).toHaveTitle('Smoke workshop.pickwise — Pickwise');
      const saved = JSON.parse(await readFile(file, 'utf8')) as Session;
      expect(saved.candidates.map((candidate) => candidate.title)).toContain('Smoke-test candidate');
      expect((await app.recentMenu()).map((item) => item.label)).toContain('Smoke workshop.pickwise');

      // Closing with unsaved work asks first; Don't Save closes.
      await gotoPhase(page, 'Collect');
      await captureCandidate(page, 'Unsaved idea');
      await app.answerUnsavedPrompt('discard');
      await app.requestClose();
      await expect.poll(() => app.unsavedPrompts()).toEqual(['Smoke workshop.pickwise']);
      await expect.poll(() => app.isClosed()).toBe(true);
      expect(await app.unexpectedDialogs()).toEqual([]);
    } finally {
      await electronApp.close().catch(() => undefined);
      await rm(folder, { recursive: true, force: true });
    }
  });
});
