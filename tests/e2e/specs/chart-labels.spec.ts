import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { computeCandidateResults, createSampleSession, isBetterWithoutMl, serializeSession, type Session } from '../../../shared';
import type { AppUnderTest } from '../harness/app-under-test';
import { expect, test } from '../fixtures';
import { chartOverlaps, type ChartOverlaps } from '../support/chart-overlaps';
import { pdfText } from '../support/pdf-text';
import { realisticBoardSession } from '../support/realistic-board';
import { gotoPhase } from './session-page';

// Every label readable: on boards of 12, 60 and 300 candidates with titles as rooms write them,
// on the Map and in presentation mode, at laptop and projector size, no label covers another
// label, a point, a whisker, a threshold line's handle or a quadrant name (counted on the drawn
// SVG's boxes, support/chart-overlaps.ts). Where nobody can hover (presentation, exported
// pictures, the decision record) no title is shortened: a label that does not fit is its code,
// and the key beside the chart gives its whole title. Every point is named: by its label, or, where
// no label fits, as a member of a numbered cluster (its badge counts as a label), which lists it
// when opened on the Map and under its number in the key when presenting.

const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

async function openBoard(app: AppUnderTest, session: Session, name: string): Promise<void> {
  const { page } = app;
  const file = join(app.folder, `${name}.pickwise`);
  await writeFile(file, serializeSession(session));
  await app.answerOpenDialog(file);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle(`${name}.pickwise — Pickwise`);
  await gotoPhase(page, 'Map');
  await expect(page.getByTestId('matrix-point').first()).toBeVisible();
}

/** What covers what on the chart, once every point is drawn and the picture has settled. */
async function measured(page: Page, root: string, points: number): Promise<ChartOverlaps> {
  await expect(page.locator(root).getByTestId('matrix-point')).toHaveCount(points);
  // The key beside the presentation narrows the chart once it is known: read until two frames agree.
  const frames = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  let seen = await page.evaluate(chartOverlaps, root);
  for (let tries = 0; tries < 10; tries += 1) {
    await frames();
    const again = await page.evaluate(chartOverlaps, root);
    if (JSON.stringify(again) === JSON.stringify(seen)) break;
    seen = again;
  }
  return seen;
}

/** The candidates the chart shows, most important first (the order labels are placed in). */
function shownByPriority(session: Session): Session['candidates'] {
  const results = computeCandidateResults(session);
  return session.candidates
    .filter((candidate) => !isBetterWithoutMl(candidate) && results.get(candidate.id)?.quadrant !== undefined)
    .sort((a, b) => (results.get(b.id)!.priority ?? 0) - (results.get(a.id)!.priority ?? 0));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Opens each cluster on the Map by its badge and reads its list: the members' codes by cluster number, and its heading. */
async function clusterLists(page: Page): Promise<Map<number, { heading: string; codes: string[] }>> {
  const lists = new Map<number, { heading: string; codes: string[] }>();
  const badges = page.locator('.matrix-frame [data-testid="matrix-cluster"]');
  for (let index = 0; index < (await badges.count()); index += 1) {
    const badge = badges.nth(index);
    const number = Number(await badge.getAttribute('data-cluster-number'));
    await badge.locator('.cluster-badge').click();
    const list = page.getByTestId('cluster-list');
    await expect(list).toBeVisible();
    const codes = await list.getByTestId('cluster-member').evaluateAll((members) => members.map((member) => member.querySelector('strong')?.textContent ?? ''));
    lists.set(number, { heading: (await list.locator('h3').textContent()) ?? '', codes });
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
  }
  return lists;
}

for (const count of [12, 60, 300]) {
  test(`${count} candidates: no label covers a label, a point, a whisker, a threshold line or a quadrant name, on the Map and presenting, at laptop and projector size`, async ({ app }) => {
    test.slow();
    const { page } = app;
    const session = realisticBoardSession(count);
    const shown = shownByPriority(session);
    const byCode = new Map(session.candidates.map((candidate) => [candidate.code, candidate]));
    await openBoard(app, session, `board-${count}`);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const map = await measured(page, '.matrix-frame', shown.length);
      const where = `${size.name} Map, ${count} candidates`;
      test.info().annotations.push({ type: where, description: `${map.labels} of ${map.points} points labelled, ${map.overlaps.length} overlaps` });
      expect(map.overlaps, `${where}: overlaps`).toEqual([]);
      // Every point without a label of its own is listed by exactly one cluster, whose badge shows how many it holds.
      const lists = await clusterLists(page);
      expect([...lists.values()].flatMap((list) => list.codes).sort(), `${where}: points without a label, each in one cluster's list`).toEqual([...map.unlabelled].sort());
      expect(map.clusters.map((cluster) => cluster.number), `${where}: clusters numbered 1, 2, …`).toEqual(map.clusters.map((_, index) => index + 1));
      for (const cluster of map.clusters) {
        const listed = lists.get(cluster.number)!.codes.length;
        expect(cluster.text, `${where}: cluster ${cluster.number}'s badge`).toBe(String(listed));
        expect(cluster.name).toBe(`Cluster ${cluster.number}: ${listed} candidate${listed === 1 ? '' : 's'}`);
        expect(lists.get(cluster.number)!.heading).toBe(`Cluster ${cluster.number} · ${listed} candidate${listed === 1 ? '' : 's'}`);
      }
      test.info().annotations.push({ type: `${where}, clusters`, description: `${map.clusters.length} clusters name ${map.unlabelled.length} points` });

      await page.keyboard.press('F11');
      await expect(page.getByTestId('presentation')).toBeVisible();
      const presenting = await measured(page, '[data-testid="presentation"]', shown.length);
      const there = `${size.name} presentation, ${count} candidates`;
      test.info().annotations.push({ type: there, description: `${presenting.labels} of ${presenting.points} points labelled, ${presenting.overlaps.length} overlaps` });
      expect(presenting.overlaps, `${there}: overlaps`).toEqual([]);
      // No title is shortened: a label is the whole title (on one line or two) or the code, and
      // each code alone has its whole title in the key beside the chart.
      const entries = await page.getByTestId('chart-key-entry').evaluateAll((all) =>
        all.map((entry) => ({ code: entry.querySelector('dt')?.textContent ?? '', title: entry.querySelector('dd')?.textContent ?? '', cluster: entry.getAttribute('data-cluster-number') })),
      );
      const key = entries.filter((entry) => entry.cluster === null);
      // A point without a label is listed in the key under the number its cluster's badge shows.
      const clustered = entries.filter((entry) => entry.cluster !== null);
      expect(clustered.map((entry) => entry.code).sort(), `${there}: points without a label, each under one cluster in the key`).toEqual([...presenting.unlabelled].sort());
      expect(presenting.clusters.map((cluster) => cluster.text), `${there}: badges show their numbers`).toEqual(presenting.clusters.map((_, index) => String(index + 1)));
      expect([...new Set(clustered.map((entry) => Number(entry.cluster)))], `${there}: the key's clusters`).toEqual(presenting.clusters.map((cluster) => cluster.number));
      const headings = await page.getByTestId('chart-key-cluster').allTextContents();
      expect(headings).toEqual(presenting.clusters.map((cluster) => `Cluster ${cluster.number}`));
      for (const entry of clustered) expect(entry.title, `${there}: ${entry.code} in the key`).toBe(byCode.get(entry.code)!.title);
      const coded: string[] = [];
      for (const [code, text] of Object.entries(presenting.texts)) {
        const title = squash(byCode.get(code)!.title);
        if (text === code) coded.push(code);
        else expect(squash(text), `${there}: the label of ${code}`).toBe(`${code} ${title}`);
      }
      expect(key.map((entry) => entry.code).sort(), `${there}: the key lists the points drawn by their code`).toEqual(coded.sort());
      for (const entry of key) expect(entry.title, `${there}: ${entry.code} in the key`).toBe(byCode.get(entry.code)!.title);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('presentation')).toBeHidden();
    }
  });
}

test('the top quick win in the corner, under the quadrant’s name, still has its label', async ({ app }) => {
  const { page } = app;
  const sample = createSampleSession();
  const top = shownByPriority(sample)[0]!;
  // Placed by the room in the very corner: complexity 1, impact 5.
  const cornered: Session = { ...sample, candidates: sample.candidates.map((candidate) => (candidate.id === top.id ? { ...candidate, override: { impact: 5, complexity: 1 } } : candidate)) };
  await openBoard(app, cornered, 'corner');
  const count = shownByPriority(cornered).length;
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const root of ['.matrix-frame', '[data-testid="presentation"]']) {
      if (root !== '.matrix-frame') await page.keyboard.press('F11');
      const seen = await measured(page, root, count);
      expect(seen.overlaps, `${size.name} ${root}`).toEqual([]);
      expect(seen.unlabelled, `${size.name} ${root}`).toEqual([]);
      expect(seen.texts[top.code], `${size.name} ${root}: the cornered point's label`).toMatch(new RegExp(`^${top.code}\\b`));
      if (root !== '.matrix-frame') await page.keyboard.press('Escape');
    }
  }
});

test('exported SVG and the decision record carry every title whole: a code alone is in the key with its full title', async ({ app }) => {
  test.slow();
  const { page } = app;
  const session = realisticBoardSession(60);
  const byCode = new Map(session.candidates.map((candidate) => [candidate.code, candidate]));
  await openBoard(app, session, 'board-60');

  const svgFile = join(app.folder, 'chart.svg');
  await app.answerExportDialog(svgFile);
  await page.getByRole('button', { name: 'Export image…' }).click();
  const dialog = page.getByTestId('chart-export-dialog');
  await expect(dialog.getByTestId('chart-export-preview')).toBeVisible();
  await dialog.getByLabel(/^SVG/).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeHidden();
  const svg = await readFile(svgFile, 'utf8');
  const picture = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      labels: Array.from(document.querySelectorAll('[data-candidate-id]')).map((mark) => ({
        code: (mark.getAttribute('aria-label') ?? '').split(' ')[0] ?? '',
        text: mark.querySelector('.point-label')?.textContent ?? null,
      })),
      key: Array.from(document.querySelectorAll('.chart-key text')).map((line) => line.textContent ?? ''),
    };
  }, svg);
  expect(svg).not.toContain('…');
  const coded = picture.labels.filter((label) => label.text !== null && squash(label.text) === label.code).map((label) => label.code);
  expect(coded.length, 'points drawn by their code at 60 candidates').toBeGreaterThan(0);
  const keyText = squash(picture.key.join(' '));
  for (const label of picture.labels) {
    expect(label.text, `${label.code} has a label in the picture`).not.toBeNull();
    const title = squash(byCode.get(label.code)!.title);
    if (coded.includes(label.code)) expect(keyText, `${label.code} in the picture's key`).toContain(`${label.code} ${title}`);
    else expect(squash(label.text!)).toBe(`${label.code} ${title}`);
  }

  // The record's picture, asked for from the Map, is drawn at the same size: its key, after the
  // picture, lists the same points.
  const markdownFile = join(app.folder, 'record.md');
  await app.answerExportDialog(markdownFile);
  await app.sendMenuCommand('file.export.recordMarkdown');
  await expect.poll(() => readFile(markdownFile, 'utf8').then((body) => body.length, () => 0)).toBeGreaterThan(100);
  const markdown = await readFile(markdownFile, 'utf8');
  expect(markdown).not.toContain('…');
  const afterPicture = markdown.slice(markdown.indexOf('](record-chart.png)'));
  const keyLines = afterPicture.slice(afterPicture.indexOf('**Key:**'), afterPicture.indexOf('\n## ')).split('\n').filter((line) => line.startsWith('- **'));
  expect(keyLines.map((line) => /^- \*\*(.+?)\*\*/.exec(line)![1]).sort()).toEqual([...coded].sort());
  for (const line of keyLines) {
    const code = /^- \*\*(.+?)\*\*/.exec(line)![1]!;
    expect(line.replace(/\\/g, '')).toBe(`- **${code}** ${byCode.get(code)!.title}`);
  }
  // The PDF too: the key's titles, whole.
  const pdfFile = join(app.folder, 'record.pdf');
  await app.answerExportDialog(pdfFile);
  await app.sendMenuCommand('file.export.recordPdf');
  // Printing the record to PDF takes seconds on a busy machine: wait for the file longer than for a click.
  await expect.poll(() => readFile(pdfFile).then((bytes) => bytes.length, () => 0), { timeout: 30_000 }).toBeGreaterThan(1000);
  // Compared without spaces: the PDF's text comes apart at ligatures ("sta ff").
  const text = (await pdfText(new Uint8Array(await readFile(pdfFile)))).replace(/\s+/g, '');
  expect(text).not.toContain('…');
  for (const code of coded) expect(text, `${code} in the PDF's key`).toContain(`${code}${byCode.get(code)!.title}`.replace(/\s+/g, ''));
});
