import { beforeEach, describe, expect, it } from 'vitest';
import {
  comparisonForExport,
  createSampleSession,
  decisionRecordSections,
  DECISION_RECORD_SINCE_COUNT,
  decisionRecordHtml,
  decisionRecordMarkdown,
  planOf,
  proposeMatches,
  sealedComparisonMessage,
  sinceHeading,
  type ComparisonRequest,
  type ExportComparison,
  type Session,
} from '../../../shared';
import { changedSample } from '../../e2e/support/changed-sample';

// Issue 16: the comparison goes into the decision record as a "Since …" section after the
// 80/20. The sample saved a quarter ago against today's changed copy (tests/e2e/support/
// changed-sample.ts; workshop-comparison-sample.test.ts works its moves out by hand): 11
// candidates compared, C2 and C10 rescored, urgency reweighted (C12 falls to Fill-ins), C13
// new, C4 dropped, C7 renamed.

const AT = new Date(2026, 2, 5, 9, 30);
const FILE = 'last quarter.pickwise';

function requestFor(earlier: Session, current: Session, fileName = FILE): ComparisonRequest {
  return { earlier, fileName, plan: planOf(proposeMatches(earlier, current)) };
}

function exportComparison(earlier: Session, current: Session): ExportComparison {
  const result = comparisonForExport(current, requestFor(earlier, current), 'en');
  if (!result.ok) throw new Error(result.message);
  return result.comparison;
}

const markdown = (session: Session, comparison: ExportComparison | null) => decisionRecordMarkdown(session, { chartImageFileName: 'chart.png', generatedAt: AT, comparison }, 'en');
const html = (session: Session, comparison: ExportComparison | null) => decisionRecordHtml(session, { chartImageDataUrl: null, generatedAt: AT, comparison }, 'en');

/** The Markdown section from its heading to the next `## `. */
function sectionOf(text: string, heading: string): string {
  const start = text.indexOf(`## ${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const next = text.indexOf('\n## ', start + 3);
  return text.slice(start, next === -1 ? undefined : next);
}

const tableRows = (section: string) => section.split('\n').filter((line) => /^\| C\d/.test(line));

describe('the decision record with the sample compared with its changed copy', () => {
  let earlier: Session;
  let current: Session;
  let comparison: ExportComparison;
  let heading: string;
  beforeEach(() => {
    earlier = createSampleSession();
    current = changedSample();
    comparison = exportComparison(earlier, current);
    heading = sinceHeading(earlier.frame, 'en');
  });

  it('has a "Since …" section right after the 80/20, and every other section as before', () => {
    const headings = markdown(current, comparison)
      .split('\n')
      .filter((line) => line.startsWith('## '))
      .map((line) => line.slice(3));
    const sections = Object.values(decisionRecordSections('en'));
    const after = sections.indexOf(decisionRecordSections('en').pareto) + 1;
    expect(headings).toEqual([...sections.slice(0, after), 'Since “Northwind Retail — ML opportunities workshop”, 2025-03-12', ...sections.slice(after)]);
    expect(heading).toBe('Since “Northwind Retail — ML opportunities workshop”, 2025-03-12');
  });

  it('says the file, what moved in one sentence, and the criteria that changed', () => {
    const section = sectionOf(markdown(current, comparison), heading);
    expect(section).toContain('_Compared with “last quarter.pickwise”._');
    expect(section).toContain('11 candidates compared: 3 changed quadrant, 8 changed rank or position only, 0 unchanged; 1 new, 1 dropped.');
    expect(section).toContain('\n- Criteria changed: Urgency: weight 1 → 3.\n');
    expect(section).not.toContain('Thresholds moved');
  });

  it('lists the quadrant changes, the new and the dropped first when the table is capped, in the comparison’s order', () => {
    const rows = tableRows(sectionOf(markdown(current, comparison), heading));
    expect(rows).toHaveLength(DECISION_RECORD_SINCE_COUNT);
    expect(rows.map((row) => row.split(' | ')[0]!.slice(2))).toEqual(['C5', 'C7', 'C6', 'C13', 'C2', 'C10', 'C12', 'C4']);
    const row = (code: string) => rows.find((each) => each.startsWith(`| ${code} |`))!.split(' | ');
    expect(row('C2')).toEqual(['| C2', 'Product recommendations in the web shop', 'Big bets → Quick wins', '6 → 5', '3.4 → 3.2', '3.1 → 2.3', 'Scores changed; weights or criteria changed |']);
    expect(row('C10').slice(2, 4)).toEqual(['Money pits → Big bets', '11 → 8']);
    expect(row('C12').slice(2, 4)).toEqual(['Quick wins → Fill-ins', '4 → 11']);
    expect(row('C13').slice(1)).toEqual(['Markdown pricing for seasonal stock', '– → Quick wins', '– → 4', '– → 3.6', '– → 2.3', 'New since then |']);
    expect(row('C4').slice(2).map((cell) => cell.replace(/ \|$/, ''))).toEqual(['Money pits → –', '10 → –', expect.stringMatching(/^\d\.\d → –$/), expect.stringMatching(/^\d\.\d → –$/), 'Dropped since then']);
    expect(row('C7')[1]).toBe('Routing support tickets to the right queue (was “Support-ticket routing”)');
    const section = sectionOf(markdown(current, comparison), heading);
    expect(section).toContain('And 5 more candidates that changed (the comparison under the Map lists them all).');
    expect(section).not.toContain('did not change');
  });

  it('lists every changed candidate when they fit, and counts the unchanged ones without listing them', () => {
    // Only C2 rescored: the rest of the board stays where it was.
    const rescored = createSampleSession();
    rescored.scores = rescored.scores.map((score) => (score.candidateId === 'cand-recs' && score.criterionId === 'crit-production' ? { ...score, value: 1 } : score));
    const section = sectionOf(markdown(rescored, exportComparison(earlier, rescored)), heading);
    const rows = tableRows(section);
    expect(rows.map((row) => row.split(' | ')[0]!.slice(2))).toEqual(expect.arrayContaining(['C2']));
    expect(rows.length).toBeLessThan(DECISION_RECORD_SINCE_COUNT);
    const unchanged = 12 - rows.length;
    expect(section).toContain(`12 candidates compared: 1 changed quadrant, ${rows.length - 1} changed rank or position only, ${unchanged} unchanged; 0 new, 0 dropped.`);
    expect(section).toContain(`${unchanged} candidates compared did not change and are not listed.`);
    expect(section).not.toContain('And ');
  });

  it('has no table when nothing changed, only the count', () => {
    const section = sectionOf(markdown(earlier, exportComparison(earlier, createSampleSession())), heading);
    expect(tableRows(section)).toEqual([]);
    expect(section).toContain('12 candidates compared: 0 changed quadrant, 0 changed rank or position only, 12 unchanged; 0 new, 0 dropped.');
    expect(section).toContain('12 candidates compared did not change and are not listed.');
  });

  it('as HTML (the PDF): the same section, as wide as the page, between the 80/20 and the focus', () => {
    const page = html(current, comparison);
    const since = page.indexOf(`<h2>Since “Northwind Retail — ML opportunities workshop”, 2025-03-12</h2>`);
    expect(since).toBeGreaterThan(page.indexOf(`<h2>${decisionRecordSections('en').pareto}</h2>`));
    expect(since).toBeLessThan(page.indexOf(`<h2>${decisionRecordSections('en').focus}</h2>`));
    const section = page.slice(page.lastIndexOf('<section', since), page.indexOf('</section>', since));
    expect(section).toContain('class="wide since"');
    expect(section).toContain('Compared with “last quarter.pickwise”.');
    expect(section).toContain('11 candidates compared: 3 changed quadrant, 8 changed rank or position only, 0 unchanged; 1 new, 1 dropped.');
    expect(section).toContain('<li>Criteria changed: Urgency: weight 1 → 3.</li>');
    expect(section.match(/<tr class="since-/g)).toHaveLength(DECISION_RECORD_SINCE_COUNT);
    expect(section).toContain(
      '<tr class="since-matched"><td>C2</td><td>Product recommendations in the web shop</td><td>Big bets → Quick wins</td><td class="num">6 → 5</td><td class="num">3.4 → 3.2</td><td class="num">3.1 → 2.3</td><td>Scores changed; weights or criteria changed</td></tr>',
    );
    expect(section).toContain('<tr class="since-dropped"><td>C4</td>');
    expect(section).toContain('<tr class="since-new"><td>C13</td>');
    expect(section).toContain('And 5 more candidates that changed (the comparison under the Map lists them all).');
  });

  it('is left out without a comparison: the record is the one made without the option', () => {
    expect(markdown(current, null)).toBe(decisionRecordMarkdown(current, { chartImageFileName: 'chart.png', generatedAt: AT }, 'en'));
    expect(markdown(current, null)).not.toContain('Since');
    expect(html(current, null)).toBe(decisionRecordHtml(current, { chartImageDataUrl: null, generatedAt: AT }, 'en'));
    expect(html(current, null)).not.toContain('Since');
  });

  it('escapes the earlier title and the file name as every user text', () => {
    earlier.frame = { ...earlier.frame, title: 'Q1 <b>review</b> | *bold* [x](y)' };
    const hostile = exportComparison(earlier, current);
    const hostileFile = { ...hostile, fileName: '<img src=x>_q1_.pickwise' };
    const md = markdown(current, hostileFile);
    expect(md).toContain('## Since “Q1 \\<b\\>review\\</b\\> \\| \\*bold\\* \\[x\\](y)”, 2025-03-12\n');
    expect(md).toContain('_Compared with “\\<img src=x\\>\\_q1\\_.pickwise”._');
    const page = html(current, hostileFile);
    expect(page).toContain('<h2>Since “Q1 &lt;b&gt;review&lt;/b&gt; | *bold* [x](y)”, 2025-03-12</h2>');
    expect(page).toContain('Compared with “&lt;img src=x&gt;_q1_.pickwise”.');
    expect(page).not.toContain('<img src=x>');
  });
});

describe('a comparison that cannot give numbers', () => {
  let earlier: Session;
  let current: Session;
  beforeEach(() => {
    earlier = createSampleSession();
    current = changedSample();
  });

  it('with the earlier session sealed, the section says so in words, with the pairs counted and no number', () => {
    const sealedEarlier: Session = { ...earlier, settings: { ...earlier.settings, revealed: false } };
    const result = comparisonForExport(current, requestFor(sealedEarlier, current), 'en');
    expect(result.ok && result.comparison.result.kind).toBe('sealed');
    if (!result.ok) return;
    const md = markdown(current, result.comparison);
    const section = sectionOf(md, sinceHeading(earlier.frame, 'en'));
    expect(section).toBe(
      [
        '## Since “Northwind Retail — ML opportunities workshop”, 2025-03-12',
        '',
        '_Compared with “last quarter.pickwise”._',
        '',
        sealedComparisonMessage(['earlier'], 'en'),
        '',
        '11 paired · 1 new · 1 dropped: C4 Personalised video feed in the app',
        '',
      ].join('\n'),
    );
    const page = html(current, result.comparison);
    expect(page).toContain(`<p>${sealedComparisonMessage(['earlier'], 'en')}</p>`);
    expect(page).not.toMatch(/class="since-/);
  });

  it('with pairs that do not fit these sessions, there is no comparison: the message names the file and the problem', () => {
    const request = { ...requestFor(earlier, current), plan: { pairs: [{ earlierId: 'cand-gone', currentId: 'cand-recs' }] } };
    const result = comparisonForExport(current, request, 'en');
    expect(result).toEqual({
      ok: false,
      message:
        'The comparison with “last quarter.pickwise” cannot go into this export. These pairs cannot be compared: the earlier session has no candidate with the id “cand-gone”. Review the pairs under the Map, or end the comparison, then export again.',
    });
  });
});
