import { beforeEach, describe, expect, test } from 'vitest';
import { buildDecisionRecord, decisionRecordHtml, decisionRecordMarkdown, paretoRuleText, type Session } from '../../../shared';
import { candidate, participant, session } from './workshop-fixtures';

const AT = new Date(2025, 2, 12, 16, 5);
const at = (impact: number, complexity: number) => ({ override: { impact, complexity } });

describe('the 80/20 in the decision record', () => {
  // Four ML candidates placed by the room, one better without ML:
  //   C1 5/1 (ratio 5), C2 4/2 (2), C3 2/2 (1), C4 1/5 (0.2); totals impact 12, complexity 10.
  //   After C1: 5/12 = 41.7 % of the impact for 1/10 = 10 % (lead 0.317);
  //   after C2: 9/12 = 75 % for 3/10 = 30 % (lead 0.45, the largest: the knee);
  //   after C3: 11/12 = 91.7 % for 5/10 = 50 % (lead 0.417).
  let s: Session;
  beforeEach(() => {
    s = session({
      participants: [participant('p1')],
      settings: { revealed: true },
      candidates: [
        candidate('c', { code: 'C3', title: 'Shelf gaps', ...at(2, 2) }),
        candidate('a', { code: 'C1', title: 'Returns | <triage>', ...at(5, 1) }),
        candidate('d', { code: 'C4', title: 'Dynamic pricing', ...at(1, 5) }),
        candidate('b', { code: 'C2', title: 'Churn', ...at(4, 2) }),
        candidate('n', { code: 'C5', title: 'Spend buckets', ...at(5, 1), betterWithoutMl: true }),
      ],
    });
  });

  test('the record carries the sentence and the candidates up to the knee', () => {
    expect(buildDecisionRecord(s, AT, [], [], null, 'en').pareto).toEqual({
      sentence: 'The first 2 candidates give 75 % of the backlog’s impact for 30 % of its effort. 1 candidate set aside as better without ML is left out.',
      upToKnee: [
        { rank: 1, code: 'C1', title: 'Returns | <triage>', impact: 5, complexity: 1, impactPercent: 42, effortPercent: 10 },
        { rank: 2, code: 'C2', title: 'Churn', impact: 4, complexity: 2, impactPercent: 75, effortPercent: 30 },
      ],
      moreUpToKnee: 0,
    });
  });

  test('Markdown: an 80/20 section after the top candidates, with the sentence, the table (escaped) and the rule', () => {
    const md = decisionRecordMarkdown(s, { chartImageFileName: null, generatedAt: AT }, 'en');
    const section = md.slice(md.indexOf('## 80/20'), md.indexOf('## Focus problem'));
    expect(md.indexOf('## Top candidates')).toBeLessThan(md.indexOf('## 80/20'));
    expect(section).toBe(
      [
        '## 80/20',
        '',
        'The first 2 candidates give 75 % of the backlog’s impact for 30 % of its effort. 1 candidate set aside as better without ML is left out.',
        '',
        '| # | Code | Candidate | Impact | Complexity | Impact so far | Effort so far |',
        '| ---: | --- | --- | ---: | ---: | ---: | ---: |',
        '| 1 | C1 | Returns \\| \\<triage\\> | 5.0 | 1.0 | 42 % | 10 % |',
        '| 2 | C2 | Churn | 4.0 | 2.0 | 75 % | 30 % |',
        '',
        `_${paretoRuleText('en')}_`,
        '',
        '',
      ].join('\n'),
    );
  });

  test('HTML: the sentence and the table, escaped', () => {
    const page = decisionRecordHtml(s, { chartImageDataUrl: null, generatedAt: AT }, 'en');
    expect(page).toContain('<h2>80/20</h2><p>The first 2 candidates give 75 % of the backlog’s impact for 30 % of its effort. 1 candidate set aside as better without ML is left out.</p>');
    expect(page).toContain('<td>C1</td><td>Returns | &lt;triage&gt;</td><td class="num">5.0</td><td class="num">1.0</td><td class="num">42 %</td><td class="num">10 %</td>');
    expect(page).toContain(`<p class="small">${paretoRuleText('en')}</p>`);
  });

  test('a knee beyond the eighth candidate: the record lists eight and says how many more', () => {
    // Ten candidates at 5/1 … then one at 1/5: the knee is the tenth (50/51 of the impact for 10/15 of the effort).
    s.candidates = [
      ...Array.from({ length: 10 }, (_, i) => candidate(`k${i}`, { code: `K${i + 1}`, title: `Quick ${i + 1}`, ...at(5, 1) })),
      candidate('z', { code: 'Z1', title: 'Slow', ...at(1, 5) }),
    ];
    const record = buildDecisionRecord(s, AT, [], [], null, 'en');
    expect(record.pareto.sentence).toBe('The first 10 candidates give 98 % of the backlog’s impact for 67 % of its effort.');
    expect(record.pareto.upToKnee.map((row) => row.code)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8']);
    expect(record.pareto.moreUpToKnee).toBe(2);
    const more = 'And 2 more candidates up to the knee (the 80/20 in Decide lists them all).';
    expect(decisionRecordMarkdown(s, { chartImageFileName: null, generatedAt: AT }, 'en')).toContain(`| 8 | K8 | Quick 8 | 5.0 | 1.0 | 78 % | 53 % |\n\n${more}\n\n_`);
    expect(decisionRecordHtml(s, { chartImageDataUrl: null, generatedAt: AT }, 'en')).toContain(`</table><p class="small">${more}</p>`);
    s.candidates.splice(1, 1);
    expect(buildDecisionRecord(s, AT, [], [], null, 'en').pareto.moreUpToKnee).toBe(1);
    expect(decisionRecordMarkdown(s, { chartImageFileName: null, generatedAt: AT }, 'en')).toContain('And 1 more candidate up to the knee');
  });

  test('without a knee, only the sentence: no table, no rule', () => {
    s.candidates = s.candidates.filter((c) => c.code === 'C1' || c.code === 'C5');
    const md = decisionRecordMarkdown(s, { chartImageFileName: null, generatedAt: AT }, 'en');
    const section = md.slice(md.indexOf('## 80/20'), md.indexOf('## Focus problem'));
    expect(section).toBe(
      '## 80/20\n\nOnly one ML candidate is placed on the matrix: it gives all of the backlog’s impact for all of its effort. 1 candidate set aside as better without ML is left out.\n\n',
    );
    const page = decisionRecordHtml(s, { chartImageDataUrl: null, generatedAt: AT }, 'en');
    expect(page).toContain('<h2>80/20</h2><p>Only one ML candidate is placed on the matrix');
    expect(page).not.toContain(paretoRuleText('en'));
  });
});
