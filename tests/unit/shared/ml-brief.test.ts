import { beforeEach, describe, expect, test } from 'vitest';
import {
  briefCandidates,
  buildMlBrief,
  createSampleSession,
  defaultBriefCandidate,
  LIMITS,
  ML_BRIEF_BUDGETS,
  mlBriefMissing,
  mlBriefSections,
  mlBriefShortenedNote,
  mlBriefHtml,
  mlBriefMarkdown,
  mlBriefRefusal,
  paperFor,
  rankCandidates,
  type Session,
} from '../../../shared';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

const AT = new Date(2025, 2, 12, 16, 5);
const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const SECTION_TITLES = Object.values(mlBriefSections('en'));

function markdown(s: Session, id: string): string {
  return mlBriefMarkdown(s, id, { chartImageFileName: 'brief-chart.png', generatedAt: AT }, 'en');
}

function html(s: Session, id: string, level = 0): string {
  return mlBriefHtml(s, id, { chartImageDataUrl: TINY_PNG, generatedAt: AT, paper: 'a4', level }, 'en');
}

/** Every text of a candidate, the plan and the checklist at the schema's limits. */
function atTheLimits(): Session {
  const long = (word: string) => `${word} `.repeat(LIMITS.longText).slice(0, LIMITS.longText);
  const short = (word: string) => `${word} `.repeat(LIMITS.shortText).slice(0, LIMITS.shortText);
  const items = Array.from({ length: LIMITS.readinessItems }, (_, index) => ({ id: `item-${index}`, name: short(`item${index}`), question: short(`question${index}`) }));
  const answers = ['missing', 'unknown', 'partly', 'ready'] as const;
  const full = candidate('a', {
    code: 'C100000000',
    title: short('title'),
    problem: long('problem'),
    owner: short('owner'),
    keyMetric: short('metric'),
    baseline: short('baseline'),
    measurement: short('measured'),
    nonMlAlternative: long('sql'),
    wrongPredictionCost: long('cost'),
    readiness: items.map((item, index) => ({ itemId: item.id, answer: answers[index % 4]!, evidence: short('evidence'), owner: short('person') })),
  });
  const s = session({
    frame: { title: short('workshop'), date: '2025-03-12', team: short('team'), businessGoal: '', goalMetrics: [] },
    participants: Array.from({ length: LIMITS.participants }, (_, index) => participant(`p${index}`, 'business', short(`name${index}`))),
    criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
    readinessItems: items,
    candidates: [full, candidate('b', { title: short('runner') }), candidate('c', { title: short('other') })],
    scores: [...scores('p0', 'a', { i: 5, c: 1 }), ...scores('p0', 'b', { i: 4, c: 2 }), ...scores('p0', 'c', { i: 3, c: 2 })],
    settings: { revealed: true },
  });
  return {
    ...s,
    decision: {
      focusCandidateId: 'a',
      rationale: long('because'),
      target: short('target'),
      firstVersion: long('first'),
      horizon: long('horizon'),
      runnersUp: [{ candidateId: 'b', whyNotNow: long('later') }, { candidateId: 'c', whyNotNow: long('later') }],
    },
  };
}

let sample: Session;
beforeEach(() => {
  sample = createSampleSession();
});

describe('the ML brief’s content', () => {
  test('the focus’s brief says the problem, its metric, the plan, why this one and the room', () => {
    const brief = buildMlBrief(sample, 'cand-churn', AT, 0, 'en');
    const churn = sample.candidates.find((each) => each.id === 'cand-churn')!;
    expect(brief.isFocus).toBe(true);
    expect(brief.code).toBe('C5');
    expect(brief.title).toBe(churn.title);
    expect(brief.problem).toBe(churn.problem.trim().replace(/\s+/g, ' '));
    expect(brief.owner).toBe(churn.owner);
    expect(brief.metric).toEqual({ keyMetric: churn.keyMetric, baseline: churn.baseline, target: sample.decision.target, measurement: churn.measurement });
    expect(brief.firstVersion).toBe(sample.decision.firstVersion.trim().replace(/\s+/g, ' '));
    expect(brief.horizon).toBe(sample.decision.horizon.trim().replace(/\s+/g, ' '));
    expect(brief.whyThis.rationale).toBe(sample.decision.rationale.trim().replace(/\s+/g, ' '));
    expect(brief.whyThis.focusElsewhere).toBeNull();
    expect(brief.whyThis.runnersUp.length).toBeGreaterThan(0);
    expect(brief.room.people).toEqual(['Maria Lopez (business)', 'Priya Nair (technical)', 'Tom Becker (domain)', 'Jonas Eriksen (data)']);
    expect(brief.generatedAt).toBe('2025-03-12 16:05');
    const place = rankCandidates(sample).ranked.find((row) => row.candidate.id === 'cand-churn')!;
    expect(brief.matrix).toEqual({ quadrant: 'Quick wins', rank: place.rank, of: rankCandidates(sample).ranked.length, impact: place.impact, complexity: place.complexity });
    expect(brief.readiness.rows).toHaveLength(sample.readinessItems.length);
    expect(brief.shortened).toBe(false);
  });

  test('any other candidate’s brief leaves the focus’s plan to the focus and names the focus', () => {
    const brief = buildMlBrief(sample, 'cand-tickets', AT, 0, 'en');
    expect(brief.isFocus).toBe(false);
    expect([brief.metric.target, brief.firstVersion, brief.horizon, brief.whyThis.rationale]).toEqual(['', '', '', '']);
    expect(brief.whyThis.runnersUp).toEqual([]);
    const churn = sample.candidates.find((each) => each.id === 'cand-churn')!;
    expect(brief.whyThis.focusElsewhere).toBe(`The room’s focus is C5 · ${churn.title}.`);
    const md = markdown(sample, 'cand-tickets');
    expect(md.split(mlBriefMissing('en').notFocusPlan).length - 1).toBe(3);
  });

  test('a candidate whose checklist disagrees with the room carries the flag’s sentence and the checklist’s suggestion', () => {
    const brief = buildMlBrief(sample, 'cand-tickets', AT, 0, 'en');
    expect(brief.effort.flag).toMatch(/^The room says 1\.6; the checklist says 4\.5: .+\.$/);
    expect(brief.effort.checklistSays).toBe(4.5);
    expect(markdown(sample, 'cand-tickets')).toContain('> The room says 1.6; the checklist says 4.5');
    expect(html(sample, 'cand-tickets')).toContain('<p class="flag">The room says 1.6; the checklist says 4.5');
  });

  test('the open questions are the unknown items, asked as their questions, with their owners', () => {
    const base = session({
      criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
      readinessItems: [
        { id: 'x', name: 'Infrastructure', question: 'Batch or real time?' },
        { id: 'y', name: 'Scaling', question: '' },
        { id: 'z', name: 'Security', question: 'Who signs off?' },
      ],
      candidates: [
        candidate('a', {
          readiness: [
            { itemId: 'x', answer: 'unknown', evidence: '', owner: 'Priya' },
            { itemId: 'z', answer: 'ready', evidence: 'ISO 27001', owner: '' },
          ],
        }),
      ],
    });
    const brief = buildMlBrief(base, 'a', AT, 0, 'en');
    expect(brief.openQuestions).toEqual([
      { question: 'Batch or real time?', owner: 'Priya' },
      { question: 'Scaling', owner: '' },
    ]);
    expect(markdown(base, 'a')).toContain(`- Scaling — _${mlBriefMissing('en').noOwner}_`);
    expect(brief.readiness.rows.map((row) => row.answer)).toEqual(['Unknown', 'Unknown', 'Ready']);
  });

  test('the data is the checklist’s answer on data availability with its evidence', () => {
    const base = session({
      readinessItems: [{ id: 'data-available', name: 'Data available', question: '' }],
      candidates: [candidate('a', { dataAvailability: 'partly', readiness: [{ itemId: 'data-available', answer: 'partly', evidence: 'Two years of orders', owner: '' }] })],
    });
    expect(buildMlBrief(base, 'a', AT, 0, 'en').data).toBe('Partly — Two years of orders');
    // Without the item, the quick field answers.
    expect(buildMlBrief({ ...base, readinessItems: [] }, 'a', AT, 0, 'en').data).toBe('Partly');
  });
});

describe('one page whatever was typed', () => {
  test('every budget level is tighter than the one before', () => {
    for (let level = 1; level < ML_BRIEF_BUDGETS.length; level += 1) {
      for (const [key, value] of Object.entries(ML_BRIEF_BUDGETS[level]!)) {
        expect(value, `${key} at level ${level}`).toBeLessThanOrEqual(ML_BRIEF_BUDGETS[level - 1]![key as keyof (typeof ML_BRIEF_BUDGETS)[number]]);
      }
    }
  });

  test('texts over their budget are shortened at a word, end in “…”, and the brief says so', () => {
    const full = atTheLimits();
    for (let level = 0; level < ML_BRIEF_BUDGETS.length; level += 1) {
      const budget = ML_BRIEF_BUDGETS[level]!;
      const brief = buildMlBrief(full, 'a', AT, level, 'en');
      expect(brief.shortened).toBe(true);
      for (const text of [brief.problem, brief.withoutMl, brief.firstVersion, brief.horizon, brief.wrongPrediction, brief.whyThis.rationale]) {
        expect(text.length).toBeLessThanOrEqual(budget.longText);
        expect(text).toMatch(/\S…$/);
        // Cut at a word: what stays before "…" is whole words of the text.
        expect(text.slice(0, -1).split(' ').slice(0, -1).every((word) => /^[a-z]+$/.test(word))).toBe(true);
      }
      expect(brief.title.length).toBeLessThanOrEqual(budget.title);
      expect(brief.readiness.rows.length).toBeLessThanOrEqual(budget.checklistRows);
      expect(brief.openQuestions.length).toBeLessThanOrEqual(budget.questions);
      expect(brief.whyThis.runnersUp.length).toBeLessThanOrEqual(budget.runnersUp);
      expect(brief.room.people.length + brief.room.more).toBe(LIMITS.participants);
    }
    expect(html(full, 'a', 2)).toContain(mlBriefShortenedNote('en'));
    expect(markdown(full, 'a')).toContain(mlBriefShortenedNote('en'));
    expect(html(sample, 'cand-churn')).not.toContain(mlBriefShortenedNote('en'));
  });

  test('a checklist longer than the page names what stands in the way first and counts the rest', () => {
    const full = atTheLimits();
    const brief = buildMlBrief(full, 'a', AT, 2, 'en');
    const shown = brief.readiness.rows.map((row) => row.answer);
    expect(shown.every((answer) => answer === 'Missing' || answer === 'Unknown')).toBe(true);
    // 30 items, a quarter each missing, unknown, partly, ready (8, 8, 7, 7): 7 shown.
    expect(brief.readiness.others).toMatch(/^Also 1 missing, 8 unknown, 7 partly, 7 ready: /);
    expect(brief.moreQuestions + brief.openQuestions.length).toBe(8);
  });
});

describe('the brief as HTML and Markdown', () => {
  test('the Markdown has a title and every section, in order', () => {
    const md = markdown(sample, 'cand-churn');
    expect(md.split('\n')[0]).toBe(`# ML brief: **C5 · ${sample.candidates.find((each) => each.id === 'cand-churn')!.title}**`);
    expect(md.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3))).toEqual(SECTION_TITLES);
    expect(md).toContain('(brief-chart.png)');
  });

  test('the page has every section, prints on the chosen paper, and runs nothing', () => {
    const page = html(sample, 'cand-churn');
    for (const title of SECTION_TITLES) expect(page).toContain(`<h2>${title.replace(/&/g, '&amp;')}</h2>`);
    expect(page).toContain('@page { size: A4;');
    expect(mlBriefHtml(sample, 'cand-churn', { chartImageDataUrl: null, generatedAt: AT, paper: 'letter', level: 0 }, 'en')).toContain('@page { size: letter;');
    expect(page).toContain(`<img src="${TINY_PNG}"`);
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<script/i);
  });

  test('user text reads as typed: no markup gets through in either form', () => {
    const hostile = session({
      frame: { title: 'Q2 <b>review</b>', date: '2025-03-12', team: '', businessGoal: '', goalMetrics: [] },
      candidates: [candidate('a', { title: 'Fraud | <script>alert(1)</script> *bold*', problem: '# Not a heading\n<img src=x onerror=alert(1)>', owner: 'Ann [link](x)' })],
    });
    const page = html(hostile, 'a');
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('Fraud | &lt;script&gt;alert(1)&lt;/script&gt; *bold*');
    const md = markdown(hostile, 'a');
    expect(md).toContain('Fraud \\| \\<script\\>alert(1)\\</script\\> \\*bold\\*');
    expect(md).toContain('\\# Not a heading \\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('Ann \\[link\\](x)');
    // A chart that is not an inlined image is left out, with a word.
    expect(mlBriefHtml(hostile, 'a', { chartImageDataUrl: 'https://example.com/x.png', generatedAt: AT, paper: 'a4', level: 0 }, 'en')).toContain(mlBriefMissing('en').chart);
  });
});

describe('which brief, and when', () => {
  test('is refused while the scores are sealed, and for a candidate no longer in the session', () => {
    const sealed = { ...sample, settings: { ...sample.settings, revealed: false }, participants: sample.participants.map((p, index) => ({ ...p, scoringDone: index === 0 })) };
    expect(mlBriefRefusal(sealed, 'cand-churn', 'en')).toMatch(/^The ML brief /);
    expect(mlBriefRefusal(sample, 'cand-gone', 'en')).toBe('The ML brief could not be made: its candidate is no longer in the session. Choose another candidate and export again.');
    expect(mlBriefRefusal(sample, 'cand-churn', 'en')).toBeNull();
    expect(() => buildMlBrief(sample, 'cand-gone', AT, 0, 'en')).toThrow(/cand-gone/);
  });

  test('is offered first for the candidate asked for, else the focus, else the top of the ranking', () => {
    expect(defaultBriefCandidate(sample, 'cand-tickets')).toBe('cand-tickets');
    expect(defaultBriefCandidate(sample, 'cand-gone')).toBe('cand-churn');
    const noFocus = { ...sample, decision: { ...sample.decision, focusCandidateId: null } };
    expect(defaultBriefCandidate(noFocus, null)).toBe(rankCandidates(noFocus).ranked[0]!.candidate.id);
    expect(defaultBriefCandidate(session(), null)).toBeNull();
    expect(briefCandidates(sample).map((each) => each.id).slice(0, 3)).toEqual(rankCandidates(sample).ranked.slice(0, 3).map((row) => row.candidate.id));
    expect(briefCandidates(sample)).toHaveLength(sample.candidates.length);
  });

  test('while sealed, the candidates are offered in the session’s order, which tells nothing', () => {
    const sealed = { ...sample, settings: { ...sample.settings, revealed: false }, participants: sample.participants.map((p) => ({ ...p, scoringDone: false })) };
    expect(briefCandidates(sealed).map((each) => each.id)).toEqual(sample.candidates.map((each) => each.id));
  });

  test('the paper follows the locale’s region: US Letter in the Americas that use it, A4 elsewhere', () => {
    const cases: [string, string][] = [
      ['en-US', 'letter'],
      ['es-MX', 'letter'],
      ['fr-CA', 'letter'],
      ['en_PH', 'letter'],
      ['en-GB', 'a4'],
      ['de-DE', 'a4'],
      ['pt-BR', 'a4'],
      ['zh-Hans-CN', 'a4'],
      ['en', 'a4'],
      ['', 'a4'],
      ['es-419', 'a4'],
    ];
    for (const [locale, paper] of cases) expect(paperFor(locale), locale).toBe(paper);
  });
});
