import { describe, expect, test } from 'vitest';
import {
  buildDecisionRecord,
  chooseFocus,
  createSampleSession,
  decisionRecordMissing,
  decisionRecordSections,
  DECISION_RECORD_TOP_COUNT,
  decisionRecordHtml,
  decisionRecordMarkdown,
  escapeMarkdownBlock,
  escapeMarkdownCell,
  escapeMarkdownInline,
  rankCandidates,
  rankingRuleText,
  type Session,
} from '../../../shared';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

const AT = new Date(2025, 2, 12, 16, 5);
const SECTION_TITLES = Object.values(decisionRecordSections('en'));
const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function markdown(s: Session, chart: string | null = 'chart.png'): string {
  return decisionRecordMarkdown(s, { chartImageFileName: chart, generatedAt: AT }, 'en');
}

function html(s: Session, chart: string | null = TINY_PNG): string {
  return decisionRecordHtml(s, { chartImageDataUrl: chart, generatedAt: AT }, 'en');
}

/** The part of a record from one heading to the next (the 80/20 after the top candidates has a table too). */
function between(text: string, from: string, to: string): string {
  return text.slice(text.indexOf(from), text.indexOf(to));
}

/** A session whose user text is hostile to Markdown and HTML. */
function hostile(): Session {
  const title = 'Fraud | <script>alert(1)</script> & "R&D" *bold* [link](x)';
  const s = session({
    frame: { title: 'Q2 <b>review</b> | & co', date: '2025-03-12', team: 'Data & AI <team>', businessGoal: '# Not a heading\n- a list\n<img src=x onerror=alert(1)>', goalMetrics: ['a | b'] },
    participants: [participant('p1', 'business', 'Ann <admin>'), participant('p2', 'technical', 'Bo | Li')],
    criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
    candidates: [
      candidate('a', { code: 'C1', title, nonMlAlternative: '' }),
      candidate('b', { code: 'C2', title: 'Line one\nline two | pipe' }),
      candidate('n', { code: 'C3', title: 'SQL <job>', betterWithoutMl: true, nonMlAlternative: 'NTILE(5) & a <report>' }),
    ],
    scores: [...scores('p1', 'a', { i: 5, c: 1 }), ...scores('p2', 'a', { i: 4, c: 2 }), ...scores('p1', 'b', { i: 3, c: 4 })],
  });
  const withFocus = chooseFocus(s, 'a');
  return { ...withFocus, decision: { ...withFocus.decision, rationale: 'Because | <script>x</script>\n\n1. first\n---', runnersUp: [{ candidateId: 'b', whyNotNow: 'Later | <i>now</i>\nreally' }] } };
}

describe('decisionRecordMarkdown', () => {
  test('has a title and every section, in order, each with its heading', () => {
    const md = markdown(createSampleSession());
    expect(md.startsWith('# Northwind Retail — ML opportunities workshop\n')).toBe(true);
    const headings = md.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    expect(headings).toEqual(SECTION_TITLES);
    expect(md).toContain('**Date:** 2025-03-12 · **Team:** Northwind Retail, Digital \\& Data'.replace('\\&', '&'));
    expect(md).toContain('2025-03-12 16:05');
  });

  test('says what the sample session decided', () => {
    const sample = createSampleSession();
    const md = markdown(sample);
    expect(md).toContain('Grow repeat purchases by loyalty members');
    expect(md).toContain('- Repeat-purchase rate');
    expect(md).toContain('- Maria Lopez (business)');
    expect(md).toContain('![Impact versus complexity matrix](chart.png)');
    expect(md).toContain('**C5 · Churn prediction for loyalty members** (Quick wins)');
    expect(md).toContain('**Key metric:** 12-month retention of loyalty members');
    expect(md).toContain(`**How it is measured:** ${sample.candidates.find((each) => each.id === 'cand-churn')!.measurement}`);
    expect(md).toContain('**Target:** From 78% to 81% retained by the end of 2025');
    expect(md).toContain('**Readiness:**\n\n- Data available: **Ready** — Four years of loyalty-card history in the warehouse.\n- Data quality and labels: **Ready**');
    expect(md).toContain('- Access rights and personal data: **Partly** — Consent covers CRM marketing; scoring for it needs a note from legal. (owner: Maria Lopez)');
    expect(md).toContain('- Monitoring: **Unknown** — Nobody owns win-back results yet. (owner: Tom Becker)');
    expect(md).toContain('Next-best-action per member');
    expect(md).toContain('The ticketing tool is replaced in Q3');
    expect(md).toContain('- **C8 · Quantile bucketing of customers by spend** — A nightly SQL job');
    expect(md).toContain(`_Ranking rule: ${rankingRuleText(sample.settings.quadrantNames, 'en')}_`);
  });

  test('lists the top candidates in ranking order with their scores, spread and dots', () => {
    const sample = createSampleSession();
    const ranked = rankCandidates(sample).ranked.slice(0, DECISION_RECORD_TOP_COUNT);
    const rows = between(markdown(sample), '## Top candidates', '## 80/20')
      .split('\n')
      .filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(DECISION_RECORD_TOP_COUNT);
    rows.forEach((line, i) => {
      const row = ranked[i]!;
      const cells = line.split(' | ').map((cell) => cell.replace(/^\| |\s\|$/g, ''));
      expect(cells[0]).toBe(String(row.rank));
      expect(cells[1]).toBe(row.candidate.code);
      expect(cells[2]).toBe(row.candidate.title);
      expect(cells[4]).toBe(row.impact.toFixed(1));
      expect(cells[5]).toBe(row.complexity.toFixed(1));
      expect(cells[7]).toBe(String(row.votes));
    });
    expect(rows[0]).toBe('| 1 | C5 | Churn prediction for loyalty members | Quick wins | 4.3 | 1.9 | 1.0 | 5 |');
  });

  test('escapes pipes, line breaks, HTML and Markdown in user text', () => {
    const md = markdown(hostile(), 'my chart (2x).png');
    // Every angle bracket is escaped, so no viewer renders raw HTML.
    expect(md).not.toMatch(/(?<!\\)[<>]/);
    expect(md.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '# Q2 \\<b\\>review\\</b\\> \\| & co',
      ...SECTION_TITLES.map((t) => `## ${t}`),
    ]);
    const tableRows = between(md, '## Top candidates', '## 80/20').split('\n').filter((line) => /^\| \d+ \|/.test(line));
    // Every row keeps 8 cells: escaped pipes are not cell borders; so do the 80/20's rows, with 7.
    for (const row of tableRows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(8);
    const paretoRows = between(md, '## 80/20', '## Focus problem').split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(paretoRows).toHaveLength(1);
    for (const row of paretoRows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(7);
    expect(tableRows.some((row) => row.includes('Fraud \\| \\<script\\>alert(1)\\</script\\> & "R&D" \\*bold\\* \\[link\\](x)'))).toBe(true);
    expect(tableRows.some((row) => row.includes('Line one line two \\| pipe'))).toBe(true);
    expect(md).toContain('\\# Not a heading  \n\\- a list');
    expect(md).toContain('![Impact versus complexity matrix](my%20chart%20%282x%29.png)');
  });

  test('escape helpers', () => {
    expect(escapeMarkdownCell('a|b\nc')).toBe('a\\|b c');
    expect(escapeMarkdownCell('')).toBe(' ');
    expect(escapeMarkdownCell('&amp; & AT&T')).toBe('\\&amp; & AT&T');
    expect(escapeMarkdownBlock('1. one\n2) two\n\n\n+ plus\n===')).toBe('1\\. one  \n2\\) two\n\n\\+ plus  \n\\===');
  });

  test('says plainly what is missing', () => {
    const empty = session({ frame: { title: '', date: '', team: '', businessGoal: '', goalMetrics: [] } });
    const md = markdown(empty, null);
    expect(md.startsWith(`# ${decisionRecordMissing('en').title}\n`)).toBe(true);
    for (const key of ['goal', 'goalMetrics', 'room', 'chart', 'topCandidates', 'focus', 'withoutMl'] as const) {
      expect(md, key).toContain(decisionRecordMissing('en')[key]);
    }
    expect(md.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3))).toEqual(SECTION_TITLES);
  });

  test('a chosen focus with nothing written says what is missing', () => {
    const s = chooseFocus(session({ candidates: [candidate('a', { code: 'C1', title: 'Alpha', keyMetric: '' })] }), 'a');
    const md = markdown(s);
    for (const key of ['rationale', 'keyMetric', 'target', 'firstVersion', 'horizon', 'runnersUp'] as const) {
      expect(md, key).toContain(decisionRecordMissing('en')[key]);
    }
  });
});

describe('buildDecisionRecord', () => {
  test('runners-up: the next three after the focus, plus any other with a reason, in ranking order', () => {
    const sample = createSampleSession();
    const record = buildDecisionRecord(sample, AT, [], [], null, 'en');
    expect(record.runnersUp.map((r) => r.code)).toEqual(['C6', 'C7', 'C12']);
    expect(record.runnersUp[2]!.reason).not.toBe('');
    // One ranked just below the focus with no reason written is still shown, without one.
    const unreasoned = { ...sample, decision: { ...sample.decision, runnersUp: sample.decision.runnersUp.filter((r) => r.candidateId !== 'cand-search') } };
    expect(buildDecisionRecord(unreasoned, AT, [], [], null, 'en').runnersUp.map((r) => [r.code, r.reason === ''])).toEqual([['C6', false], ['C7', false], ['C12', true]]);
    const moved = { ...sample, decision: { ...sample.decision, runnersUp: [...sample.decision.runnersUp, { candidateId: 'cand-fraud', whyNotNow: 'Too big now.' }] } };
    expect(buildDecisionRecord(moved, AT, [], [], null, 'en').runnersUp.map((r) => r.code)).toEqual(['C6', 'C7', 'C12', 'C1']);
  });

  test('the focus’s key metric is the focus candidate’s own', () => {
    const s = chooseFocus(session({ candidates: [candidate('a', { keyMetric: 'Churn rate' })] }), 'a');
    expect(buildDecisionRecord(s, AT, [], [], null, 'en').focus?.keyMetric).toBe('Churn rate');
  });
});

describe('decisionRecordHtml', () => {
  test('is a self-contained page: no scripts, no external resources, A4 print CSS', () => {
    const page = html(createSampleSession());
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('@page { size: A4;');
    expect(page).not.toMatch(/<script|<link|@import|url\(|https?:\/\//i);
    expect(page).toContain(`<img src="${TINY_PNG}"`);
    // The only resource is the inlined chart.
    expect(page.match(/src=/g)).toHaveLength(1);
  });

  test('has every section heading and the sample session’s decision', () => {
    const page = html(createSampleSession());
    for (const title of SECTION_TITLES) expect(page).toContain(`<h2>${title}</h2>`);
    expect(page).toContain('<h1>Northwind Retail — ML opportunities workshop</h1>');
    expect(page).toContain('Churn prediction for loyalty members');
    expect(page).toContain('12-month retention of loyalty members');
    expect(page).toContain('<dt>Readiness</dt><dd><ul class="checklist"><li><strong>Data available:</strong> Ready — Four years of loyalty-card history in the warehouse.</li>');
    expect(page).toContain('<li><strong>Monitoring:</strong> Unknown — Nobody owns win-back results yet. <span class="small">(owner: Tom Becker)</span></li>');
  });

  test('lists the top candidates in ranking order', () => {
    const sample = createSampleSession();
    const page = between(html(sample), '<h2>Top candidates</h2>', '<h2>80/20</h2>');
    const titles = [...page.matchAll(/<tr><td class="num">\d+<\/td><td>[^<]*<\/td><td>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(titles).toEqual(rankCandidates(sample).ranked.slice(0, DECISION_RECORD_TOP_COUNT).map((row) => row.candidate.title));
  });

  test('escapes every user string', () => {
    const page = html(hostile());
    expect(page).not.toMatch(/<script>|<b>|<img src=x|<i>now|<admin>|<team>|<job>|<report>/);
    expect(page).toContain('Fraud | &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;R&amp;D&quot; *bold* [link](x)');
    expect(page).toContain('<title>Q2 &lt;b&gt;review&lt;/b&gt; | &amp; co — decision record</title>');
    expect(page).toContain('Ann &lt;admin&gt;');
    expect(page).toContain('NTILE(5) &amp; a &lt;report&gt;');
  });

  test('leaves out a chart that is not a base64 image data URL', () => {
    for (const bad of ['https://example.com/x.png', 'javascript:alert(1)', 'data:text/html;base64,PGI+', `${TINY_PNG}" onload="alert(1)`]) {
      const page = html(createSampleSession(), bad);
      expect(page).not.toContain('<img');
      expect(page).toContain(decisionRecordMissing('en').chart);
    }
  });

  test('says plainly what is missing', () => {
    const page = html(session({ frame: { title: '', date: '', team: '', businessGoal: '', goalMetrics: [] } }), null);
    for (const key of ['title', 'goal', 'room', 'chart', 'topCandidates', 'focus', 'withoutMl'] as const) {
      expect(page, key).toContain(decisionRecordMissing('en')[key]);
    }
  });
});

describe('the decision record: before committing', () => {
  test('names where the room and a checklist disagree, and what each quick win and big bet must still find out, with owners', () => {
    const sample = createSampleSession();
    const md = markdown(sample);
    expect(md).toContain('## Before committing');
    expect(md).toMatch(/- \*\*C7 · Support-ticket routing\*\* — The room says 1\.\d; the checklist says 4\.5: infrastructure missing, availability missing, compatibility missing and 6 more\./);
    expect(md).toContain('- **C5 · Churn prediction for loyalty members** (Quick wins)\n  - How will we know when the model degrades? — Tom Becker\n');
    expect(md).toContain('  - May we use this data for this purpose, personal data included? — no owner yet');
    expect(md).toContain('- **C1 · Fraud detection for card payments** (Big bets) — its readiness checklist is not started.');
    const page = html(sample);
    expect(page).toContain('<h2>Before committing</h2>');
    expect(page).toContain('<li>How will we know when the model degrades? — Tom Becker</li>');
    expect(page).toContain('<span class="missing">no owner yet</span>');
  });

  test('says the checklists raise no question when there are no readiness items', () => {
    const bare = { ...createSampleSession(), readinessItems: [], candidates: createSampleSession().candidates.map((c) => ({ ...c, readiness: [] })) };
    expect(markdown(bare)).toContain(`## Before committing\n\n${decisionRecordMissing('en').beforeCommitting}\n`);
    expect(html(bare)).toContain(decisionRecordMissing('en').beforeCommitting);
  });
});

describe('the chart’s key in the decision record', () => {
  // The chart draws C11 and C2 by their code alone (and names an id no candidate has): the record lists the two after the picture.
  const keyed = () => ({ sample: createSampleSession(), coded: ['cand-pricing', 'gone', 'cand-recs'] });

  test('Markdown lists each coded candidate’s whole title right after the picture, in code order, unknown ids left out', () => {
    const { sample, coded } = keyed();
    const md = decisionRecordMarkdown(sample, { chartImageFileName: 'chart.png', generatedAt: AT, chartKey: coded }, 'en');
    const recs = sample.candidates.find((each) => each.id === 'cand-recs')!;
    const price = sample.candidates.find((each) => each.id === 'cand-pricing')!;
    expect(md).toContain(`![Impact versus complexity matrix](chart.png)\n\n**Key:**\n\n- **${recs.code}** ${recs.title}\n- **${price.code}** ${price.title}\n\n`);
    expect(buildDecisionRecord(sample, AT, coded, [], null, 'en').chartKey).toEqual([
      { code: recs.code, title: recs.title },
      { code: price.code, title: price.title },
    ]);
  });

  test('HTML lists them after the picture too, escaped; without a picture, or with nothing coded, there is no key', () => {
    const { sample, coded } = keyed();
    const withKey = decisionRecordHtml(hostile(), { chartImageDataUrl: TINY_PNG, generatedAt: AT, chartKey: ['a'] }, 'en');
    expect(withKey).toContain('<p class="small"><strong>Key</strong></p><ul class="chart-key"><li><strong>C1</strong> Fraud | &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;R&amp;D&quot; *bold* [link](x)</li></ul>');
    expect(withKey.indexOf('class="chart-key"')).toBeGreaterThan(withKey.indexOf('<img src='));
    expect(decisionRecordHtml(sample, { chartImageDataUrl: null, generatedAt: AT, chartKey: coded }, 'en')).not.toContain('class="chart-key"');
    expect(html(sample)).not.toContain('class="chart-key"');
    expect(decisionRecordMarkdown(sample, { chartImageFileName: null, generatedAt: AT, chartKey: coded }, 'en')).not.toContain('**Key:**');
    expect(markdown(sample)).not.toContain('**Key:**');
  });

  test('Markdown escapes a coded title so it reads as typed', () => {
    const md = decisionRecordMarkdown(hostile(), { chartImageFileName: 'chart.png', generatedAt: AT, chartKey: ['a'] }, 'en');
    expect(md).toContain(`**Key:**\n\n- **C1** ${escapeMarkdownInline('Fraud | <script>alert(1)</script> & "R&D" *bold* [link](x)')}\n`);
  });
});
