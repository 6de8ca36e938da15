import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createSampleSession, decisionRecordSections, isPng, rankCandidates, serializeSession, type Session } from '../../../shared';
import { CHART_KEY_COLUMNS } from '../../../renderer/src/export/chart-image';
import { expect, test } from '../fixtures';
import { exportRecordMarkdown } from '../support/record-export';
import { pageScript } from '../support/page-script';
import { pdfText, pngSize } from '../support/pdf-text';
import { gotoPhase, saveAndRead, withoutSaveTime } from './session-page';

async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sample session' }).click();
  await gotoPhase(page, 'Map');
  await expect(page.getByTestId('matrix-point').first()).toBeVisible();
}

async function exportImage(page: Page, choose: (dialog: ReturnType<Page['getByTestId']>) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Export image…' }).click();
  const dialog = page.getByTestId('chart-export-dialog');
  await expect(dialog.getByTestId('chart-export-preview')).toBeVisible();
  await choose(dialog);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeHidden();
}

test('a 2× PNG is twice the 1× size, carries the session and reopens as the same session', async ({ app }) => {
  const { page } = app;
  await openSample(page);
  const original = withoutSaveTime(await saveAndRead(app, join(app.folder, 'original.pickwise')));

  const oneX = join(app.folder, 'chart-1x.png');
  await app.answerExportDialog(oneX);
  await exportImage(page, async (dialog) => {
    await dialog.getByLabel(/^1×/).check();
  });
  const twoX = join(app.folder, 'chart-2x');
  await app.answerExportDialog(twoX);
  await exportImage(page, async (dialog) => {
    await dialog.getByLabel(/^2×/).check();
  });
  const small = new Uint8Array(await readFile(oneX));
  const large = new Uint8Array(await readFile(`${twoX}.png`));
  expect(isPng(large)).toBe(true);
  const smallSize = pngSize(small);
  expect(pngSize(large)).toEqual({ width: smallSize.width * 2, height: smallSize.height * 2 });
  const chartBox = await page.locator('.matrix-frame svg.recharts-surface').boundingBox();
  // The picture is the chart as drawn on screen, framed by a 24-pixel margin on each side, with
  // the key beside it in whole columns when a point is drawn by its code alone.
  const beside = smallSize.width - (Math.round(chartBox!.width) + 48);
  expect(beside === 0 || (beside > 0 && (beside - CHART_KEY_COLUMNS.gap) % CHART_KEY_COLUMNS.width === 0), `${beside} px beside the chart`).toBe(true);

  await page.getByRole('button', { name: 'New', exact: true }).click();
  await app.answerOpenDialog(`${twoX}.png`);
  await page.getByRole('button', { name: 'Open…' }).click();
  // The session read out of the picture is in the window (the title alone cannot say so: New's
  // session is untitled too, and a phase chosen before the open lands would be reset by it).
  await expect(page.getByLabel('Session title')).toHaveValue(original.frame.title);
  // A session read out of a picture opens untitled: Save never writes over the picture.
  await expect(page).toHaveTitle('Untitled — Pickwise');
  await gotoPhase(page, 'Collect');
  await expect(page.getByTestId('candidate-row')).toHaveCount(12);
  // Saved again, the session read out of the picture is the session that was exported.
  const reopened = withoutSaveTime(await saveAndRead(app, join(app.folder, 'from-png.pickwise')));
  expect(reopened).toEqual(original);
});

test('a PNG without a session is refused with a clear message, and changes nothing', async ({ app }) => {
  const { page } = app;
  await openSample(page);
  const plain = join(app.folder, 'holiday.png');
  // A 1×1 PNG, as any other program would write it.
  await writeFile(plain, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
  await app.answerUnsavedPrompt('discard');
  await app.answerOpenDialog(plain);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect.poll(async () => (await app.fileErrors()).length).toBe(1);
  const [error] = await app.fileErrors();
  expect(error?.message).toContain('holiday.png');
  expect(error?.message).toMatch(/picture without a Pickwise session/);
  await gotoPhase(page, 'Collect');
  await expect(page.getByTestId('candidate-row')).toHaveCount(12);
});

test('SVG exports as well-formed SVG with every candidate of the chart in it', async ({ app }) => {
  const { page } = app;
  await openSample(page);
  const file = join(app.folder, 'chart.svg');
  await app.answerExportDialog(file);
  await exportImage(page, async (dialog) => {
    await dialog.getByLabel(/^SVG/).check();
  });
  const svg = await readFile(file, 'utf8');
  const parsed = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      broken: document.getElementsByTagName('parsererror').length > 0,
      root: document.documentElement.nodeName,
      labels: Array.from(document.querySelectorAll('[aria-label]')).map((element) => element.getAttribute('aria-label') ?? ''),
      texts: Array.from(document.querySelectorAll('text')).map((element) => element.textContent ?? ''),
    };
  }, svg);
  expect(parsed.broken).toBe(false);
  expect(parsed.root).toBe('svg');
  const shown = await page.getByTestId('matrix-point').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label')));
  expect(shown.length).toBeGreaterThan(0);
  for (const label of shown) expect(parsed.labels).toContain(label);
  expect(parsed.texts).toContain(createSampleSession().frame.title);
});

/**
 * In the page: `svg` copied by the app's own export code (renderer/src/export/inline-styles.ts,
 * installed by the spec), serialised and parsed as a file holds it, and shown in a shadow root
 * under a host that inherits nothing, so no style sheet of the app reaches it; then every
 * element's drawing properties compared with the original's. Returns what differs.
 */
function drawnAsOnScreen(svg: SVGSVGElement): { found: string[]; compared: number } {
  const shapeProperties = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity', 'paint-order', 'visibility'];
  const textProperties = ['font-family', 'font-size', 'font-weight', 'letter-spacing', 'text-anchor', 'dominant-baseline'];
  const copy = (window as unknown as { __pickwiseExportStyles: { cloneWithInlineStyles(svg: SVGSVGElement): SVGSVGElement } }).__pickwiseExportStyles.cloneWithInlineStyles(svg);
  const parsed = new DOMParser().parseFromString(new XMLSerializer().serializeToString(copy), 'image/svg+xml').documentElement;
  const host = document.createElement('div');
  host.style.all = 'initial';
  document.body.append(host);
  host.attachShadow({ mode: 'open' }).append(document.importNode(parsed, true));
  const shown = host.shadowRoot!.firstElementChild!;
  // What the screen draws: every element but those not displayed (the copy leaves those out).
  const hidden = (element: Element) => {
    for (let at: Element | null = element; at && at !== svg.parentElement; at = at.parentElement) if (getComputedStyle(at).display === 'none') return true;
    return false;
  };
  const drawn = [svg, ...Array.from(svg.querySelectorAll('*'))].filter((element) => !hidden(element));
  const copies = [shown, ...Array.from(shown.querySelectorAll('*'))];
  const found: string[] = [];
  if (drawn.length !== copies.length) found.push(`${drawn.length} elements drawn, ${copies.length} in the copy`);
  drawn.forEach((element, index) => {
    const other = copies[index];
    if (!other || other.localName !== element.localName) return;
    const isText = ['text', 'tspan', 'textPath'].includes(element.localName);
    const screen = getComputedStyle(element);
    const file = getComputedStyle(other);
    for (const property of isText ? [...shapeProperties, ...textProperties] : shapeProperties) {
      if (screen.getPropertyValue(property) !== file.getPropertyValue(property)) {
        found.push(`${element.localName}.${element.getAttribute('class') ?? ''} ${property}: screen ${screen.getPropertyValue(property)}, file ${file.getPropertyValue(property)}`);
      }
    }
  });
  host.remove();
  return { found, compared: drawn.length };
}

for (const theme of ['light', 'dark'] as const) {
  test(`${theme} theme: the exported chart, shown with no style sheet at all, draws every element as the screen does`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: theme });
    await openSample(page);
    // A selected point and a focused one, drawn differently from the rest.
    await page.getByTestId('matrix-point').nth(2).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('matrix-point').nth(4).focus();
    await page.evaluate(pageScript('renderer/src/export/inline-styles.ts', '__pickwiseExportStyles'));
    const chart = await page.locator('.matrix-frame svg.recharts-surface').evaluate(drawnAsOnScreen);
    expect(chart.compared).toBeGreaterThan(100);
    expect(chart.found).toEqual([]);
  });
}

test('the export writes a style wherever an element would otherwise draw differently: over its own attribute, and on text whose font comes from round it', async ({ app }) => {
  const { page } = app;
  await openSample(page);
  await page.evaluate(pageScript('renderer/src/export/inline-styles.ts', '__pickwiseExportStyles'));
  const drawing = await page.evaluateHandle(() => {
    const NS = 'http://www.w3.org/2000/svg';
    const make = (name: string, parent: Element, attributes: Record<string, string> = {}, style: Record<string, string> = {}) => {
      const element = document.createElementNS(NS, name) as SVGElement;
      for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
      for (const [key, value] of Object.entries(style)) element.style.setProperty(key, value);
      parent.append(element);
      return element;
    };
    const svg = make('svg', document.body, { width: '300', height: '100' }) as SVGSVGElement;
    const group = make('g', svg, {}, { fill: 'rgb(200, 0, 0)', 'font-size': '20px', 'font-family': 'serif' });
    // Its fill attribute says blue; its style, the same red as its group's, wins on screen.
    make('circle', group, { cx: '20', cy: '20', r: '10', fill: 'blue' }, { fill: 'rgb(200, 0, 0)' });
    // Its font comes from its group, which writes none (no text there).
    make('text', group, { x: '40', y: '30' }).textContent = 'Inherited';
    // The initial size, inside a text of another size.
    const text = make('text', group, { x: '40', y: '70' }, { 'font-size': '12px' });
    text.append('Outer ');
    make('tspan', text, {}, { 'font-size': '16px' }).textContent = 'inner';
    // The initial size, in a group whose font-size attribute says otherwise.
    const sized = make('g', svg, { 'font-size': '30' });
    make('text', sized, { x: '200', y: '30' }, { 'font-size': '16px' }).textContent = 'Own size';
    return svg;
  });
  const result = await drawing.evaluate(drawnAsOnScreen);
  expect(result.compared).toBe(8);
  expect(result.found).toEqual([]);
});

test('the chart goes to the clipboard as a PNG', async ({ app }) => {
  const { page } = app;
  await openSample(page);
  await page.getByRole('button', { name: 'Export image…' }).click();
  const dialog = page.getByTestId('chart-export-dialog');
  await expect(dialog.getByTestId('chart-export-preview')).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect.poll(async () => (await app.clipboardImages()).length).toBe(1);
  expect(isPng((await app.clipboardImages())[0]!)).toBe(true);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('the decision record as PDF names the focus, its metric and every top candidate; as Markdown it has every section', async ({ app }) => {
  const { page } = app;
  await openSample(page);
  const sample = createSampleSession();
  const focus = sample.candidates.find((candidate) => candidate.id === sample.decision.focusCandidateId)!;
  const top = rankCandidates(sample).ranked.slice(0, 5);
  await gotoPhase(page, 'Share');

  const pdfFile = join(app.folder, 'record.pdf');
  await app.answerExportDialog(pdfFile);
  await page.getByRole('button', { name: 'Export as PDF…' }).click();
  await expect.poll(() => readFile(pdfFile).then((bytes) => bytes.length, () => 0)).toBeGreaterThan(1000);
  const text = await pdfText(new Uint8Array(await readFile(pdfFile)));
  const squash = (value: string) => value.replace(/\s+/g, ' ');
  expect(text).toContain(squash(focus.title));
  expect(text).toContain(squash(focus.keyMetric));
  for (const row of top) expect(text).toContain(squash(row.candidate.title));

  const markdown = await exportRecordMarkdown(app);
  for (const section of Object.values(decisionRecordSections('en'))) expect(markdown).toContain(`## ${section}`);
  expect(markdown).toContain('](record-chart.png)');
  expect(isPng(new Uint8Array(await readFile(join(app.folder, 'record-chart.png'))))).toBe(true);
});

test('CSV round trip: export the backlog, import it into a new session, the candidates are the same, checklists included', async ({ app }) => {
  const { page } = app;
  await openSample(page);
  // A readiness item of this room's own, which a new session does not have.
  await gotoPhase(page, 'Score');
  await page.getByRole('button', { name: 'Add readiness item' }).click();
  const items = page.getByRole('list', { name: 'Readiness items' });
  await items.getByLabel('Name of readiness item New readiness item').fill('Carbon footprint');
  await items.getByLabel('Name of readiness item Carbon footprint').press('Tab');
  // C10's details: how its metric is measured, and checklist answers with the cell's own
  // separators, quotes and non-Latin text in them.
  await gotoPhase(page, 'Collect');
  await page.getByRole('button', { name: /^Details of C10 / }).click();
  await page.getByLabel('How the key metric is measured').fill('Repair log — owner: fleet; "monthly"');
  const checklist = page.getByRole('region', { name: 'Readiness of C10' });
  await checklist.getByRole('radiogroup', { name: 'Scaling: answer' }).getByRole('radio', { name: 'Missing' }).check();
  await checklist.getByLabel('Scaling: evidence').fill('GPS logs — owner: nobody; "2024" only');
  await checklist.getByLabel(/^Scaling: owner/).fill('Jonas Eriksen, 李');
  await checklist.getByRole('radiogroup', { name: 'Carbon footprint: answer' }).getByRole('radio', { name: 'Partly' }).check();
  await checklist.getByLabel('Carbon footprint: evidence').fill(' diesel only ');
  const before = await saveAndRead(app, join(app.folder, 'before.pickwise'));
  expect(before.candidates.find((candidate) => candidate.code === 'C10')!.readiness).toHaveLength(2);

  await gotoPhase(page, 'Share');
  const csv = join(app.folder, 'backlog.csv');
  await app.answerExportDialog(csv);
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect.poll(() => readFile(csv).then((bytes) => bytes.length, () => 0)).toBeGreaterThan(100);
  expect((await readFile(csv)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const text = await readFile(csv, 'utf8');
  expect(text).toContain('Readiness: Carbon footprint');
  // The cell as a spreadsheet shows it: Missing — "GPS logs — owner: nobody; ""2024"" only" — owner: Jonas Eriksen, 李
  expect(text).toContain('"Missing — ""GPS logs — owner: nobody; """"2024"""" only"" — owner: Jonas Eriksen, 李"');

  await app.answerImportDialog(csv);
  await page.getByRole('button', { name: 'Import from a file…' }).click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-row')).toHaveCount(12);
  await dialog.getByLabel('Start a new session with them').check();
  await expect(dialog.getByTestId('import-note')).toContainText([
    '11 readiness columns answer items of this session, matched by name.',
    '“Carbon footprint” is not a readiness item of this session: importing adds it, with the answers in its column.',
    'Where “Data available” and “Readiness: Data available” disagree, Data available wins and the checklist takes its answer; each such row says so.',
  ]);
  await dialog.getByLabel('Leave out duplicates').uncheck();
  await dialog.getByRole('button', { name: 'Import 12 candidates' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveTitle('● Untitled — Pickwise');
  const after = await saveAndRead(app, join(app.folder, 'after.pickwise'));
  // Every field, and every checklist answer on an item of the same name (the added item has an id of its own).
  const fields = (session: Session) => {
    const nameOf = new Map(session.readinessItems.map((item) => [item.id, item.name]));
    return session.candidates.map(({ id: _id, createdAt: _createdAt, readiness, ...rest }) => ({
      ...rest,
      readiness: readiness.map(({ itemId, ...entry }) => ({ item: nameOf.get(itemId), ...entry })),
    }));
  };
  expect(fields(after)).toEqual(fields(before));
  expect(after.readinessItems.map((item) => item.name)).toEqual(before.readinessItems.map((item) => item.name));
});

test('a CSV with quoted commas, newlines, a BOM, semicolons and non-Latin text imports right; a malformed one names the line', async ({ app }) => {
  const { page } = app;
  await gotoPhase(page, 'Share');
  const tricky = join(app.folder, 'tricky.csv');
  await writeFile(
    tricky,
    '\uFEFFTitle;Key metric;Notes\r\n' +
      '"Prévision de la demande, par magasin";Taux de rupture;"Ligne un\nligne deux"\r\n' +
      '需求预测;缺货率;\r\n' +
      'Прогноз оттока;"Отток; в месяц";"said ""hello"""\r\n',
  );
  await app.answerImportDialog(tricky);
  await page.getByRole('button', { name: 'Import from a file…' }).click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-row')).toHaveCount(3);
  await dialog.getByRole('button', { name: 'Import 3 candidates' }).click();
  const saved = await saveAndRead(app, join(app.folder, 'tricky.pickwise'));
  expect(saved.candidates.map((candidate) => [candidate.title, candidate.keyMetric, candidate.notes])).toEqual([
    ['Prévision de la demande, par magasin', 'Taux de rupture', 'Ligne un\nligne deux'],
    ['需求预测', '缺货率', ''],
    ['Прогноз оттока', 'Отток; в месяц', 'said "hello"'],
  ]);

  const broken = join(app.folder, 'broken.csv');
  await writeFile(broken, 'Title,Owner\nChurn prediction,Ana\n"Demand forecasting,Ben\nRouting,Cy\n');
  await app.answerImportDialog(broken);
  await page.getByRole('button', { name: 'Import from a file…' }).click();
  await expect(dialog.getByTestId('import-error')).toContainText('Line 3: a quoted field starts here and is never closed');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const unchanged = await readFile(join(app.folder, 'tricky.pickwise'), 'utf8');
  expect(JSON.parse(unchanged).candidates).toHaveLength(3);
  await gotoPhase(page, 'Collect');
  await expect(page.getByTestId('candidate-row')).toHaveCount(3);
});

test('pasted titles import into the current session as one undo step, duplicates left out', async ({ app }) => {
  const { page } = app;
  await openSample(page);
  await gotoPhase(page, 'Share');
  await page.getByLabel('Or paste here').fill('Support-ticket routing\nInvoice fraud at suppliers\nStore staffing forecast');
  await page.getByRole('button', { name: 'Preview pasted candidates' }).click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-row')).toHaveCount(3);
  await expect(dialog.getByTestId('import-row').first()).toContainText('Duplicate');
  await dialog.getByRole('button', { name: 'Import 2 candidates' }).click();
  await gotoPhase(page, 'Collect');
  await expect(page.getByTestId('candidate-row')).toHaveCount(14);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('candidate-row')).toHaveCount(12);
});

test('candidates from another room’s session merge in with their scores mapped to this room', async ({ app }) => {
  const { page } = app;
  await openSample(page);
  const other = createSampleSession();
  const otherRoom: Session = {
    ...other,
    id: 'other-room',
    candidates: other.candidates.slice(0, 2).map((candidate, index) => ({ ...candidate, title: `Second room idea ${index + 1}` })),
    scores: other.scores.filter((score) => other.candidates.slice(0, 2).some((candidate) => candidate.id === score.candidateId)),
    votes: [],
    decision: { ...other.decision, focusCandidateId: null, runnersUp: [] },
  };
  const file = join(app.folder, 'other-room.pickwise');
  await writeFile(file, serializeSession(otherRoom));
  await gotoPhase(page, 'Share');
  await app.answerImportDialog(file);
  await page.getByRole('button', { name: 'Choose a session file…' }).click();
  const dialog = page.getByTestId('merge-dialog');
  await expect(dialog.getByTestId('merge-candidate')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Merge 2 candidates' }).click();
  await expect(dialog).toBeHidden();
  const saved = await saveAndRead(app, join(app.folder, 'merged.pickwise'));
  const merged = saved.candidates.filter((candidate) => candidate.title.startsWith('Second room idea'));
  expect(merged.map((candidate) => candidate.code)).toEqual(['C13', 'C14']);
  // The same four people (matched by name) scored them in the other room: their scores come along.
  const mergedScores = saved.scores.filter((score) => merged.some((candidate) => candidate.id === score.candidateId));
  expect(mergedScores).toHaveLength(otherRoom.scores.length);
  expect(saved.participants).toHaveLength(other.participants.length);
});
