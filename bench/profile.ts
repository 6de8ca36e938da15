import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { bigBoardSession } from '../tests/e2e/support/big-board';
import { ensureBuilt, ROOT } from './build';
import { gotoPhase, launchBrowser, openBoard, startApp, PROJECTOR } from './browser-figures';
import { print, profiled, type FrameProfile } from './profile-trace';

// `npm run bench:profile`: where the time of the bench's browser figures goes, not how long
// they take (that is `npm run bench`). Each figure's probe runs once under a Chrome trace and
// V8's sampling profiler, and the main thread's time is split into scripting (React's render,
// React's commit, the rest), style, layout, paint and compositing, plus the raster threads'
// work (the harness's Chromium draws in software). Run on an unminified build
// (PICKWISE_UNMINIFIED=1, which this script builds) so that the profile keeps React's and the
// app's function names; the bench itself always measures the minified one.
//
//   --only=drag,edit,start,export   which figures (all when absent)
//   --board=1000                     candidates on the drag, edit and export board
//   --out=path                       the summaries as JSON (default bench/profile.json)

function probe<T>(page: Page, name: string, options: unknown): Promise<T> {
  return page.evaluate(`window.__pickwiseBench.${name}(${JSON.stringify(options)})`) as Promise<T>;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = value('only')?.split(',') ?? ['drag', 'edit', 'start', 'export'];
  const board = Number(value('board') ?? 1000);
  if (!args.includes('--no-build')) {
    process.env['PICKWISE_UNMINIFIED'] = '1';
    ensureBuilt(true);
  }
  const browser = await launchBrowser();
  const profiles: FrameProfile[] = [];
  try {
    if (only.includes('drag') || only.includes('edit') || only.includes('export')) {
      const run = await startApp(browser, PROJECTOR);
      try {
        await openBoard(run, bigBoardSession(board));
        if (only.includes('drag') || only.includes('export')) {
          await gotoPhase(run.page, 'Map');
          await run.page.locator('[data-testid=matrix-point]').first().waitFor();
          if (only.includes('drag')) {
            await probe(run.page, 'drag', { moves: 10, idle: false });
            profiles.push(await profiled(browser, run.page, `Drag, ${board} candidates`, async () => (await probe<{ moves: number[] }>(run.page, 'drag', { moves: 100, idle: false })).moves.length));
          }
          if (only.includes('export')) {
            const options = { width: 1920, height: 1080, ratio: 4, empty: false };
            await probe(run.page, 'exportPng', options);
            profiles.push(
              await profiled(browser, run.page, `Export PNG 4× of 1920×1080, ${board} candidates`, async () => {
                for (let index = 0; index < 3; index += 1) await probe(run.page, 'exportPng', options);
                return 3;
              }),
            );
          }
        }
        if (only.includes('edit')) {
          await gotoPhase(run.page, 'Collect');
          await run.page.locator('[data-testid="candidate-row"] .candidate-title').first().waitFor();
          await probe(run.page, 'edit', { index: 0, edits: 5, idle: false });
          profiles.push(await profiled(browser, run.page, `Edit a title, ${board} candidates`, async () => (await probe<{ edits: number[] }>(run.page, 'edit', { index: 1, edits: 40, idle: false })).edits.length));
        }
      } finally {
        await run.close();
      }
    }
    if (only.includes('start')) {
      const run = await startApp(browser, { width: 1280, height: 800 });
      try {
        const once = async () => {
          await run.page.goto(`${run.page.url().split('?')[0]}?bench-start=app`, { waitUntil: 'commit' });
          await run.page.waitForFunction(() => (window as unknown as { __pickwiseBenchStart?: number }).__pickwiseBenchStart, undefined, { timeout: 60_000 });
        };
        await once();
        profiles.push(
          await profiled(browser, run.page, 'Start to sample chart', async () => {
            for (let index = 0; index < 3; index += 1) await once();
            return 3;
          }),
        );
      } finally {
        await run.close();
      }
    }
  } finally {
    await browser.close();
    // Leave out/ as the bench and the tests expect it: minified.
    if (!args.includes('--no-build')) {
      delete process.env['PICKWISE_UNMINIFIED'];
      ensureBuilt(true);
    }
  }
  for (const profile of profiles) print(profile);
  writeFileSync(value('out') ?? join(ROOT, 'bench/profile.json'), `${JSON.stringify(profiles, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
