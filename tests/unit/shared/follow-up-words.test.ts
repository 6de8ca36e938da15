import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildMlBrief,
  createSampleSession,
  decisionRecordHtml,
  decisionRecordMarkdown,
  followUpHeading,
  lastTimeSentence,
  mlBriefHtml,
  mlBriefMarkdown,
  ML_BRIEF_BUDGETS,
  startFollowUp,
  updateFollowUpOutcome,
  type FollowUp,
  type Session,
} from '../../../shared';

// What a follow-up says of the earlier focus (shared/workshop/follow-up-words.ts), the same in
// the decision record (Markdown and PDF) and the ML brief.

const AT = new Date(2025, 5, 12, 16, 5);
const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const SENTENCE = 'Last time we chose Churn prediction for loyalty members; the metric moved from 78% retained to 80% retained; target from 78% to 81% retained by the end of 2025.';

function focusOf(change: Partial<NonNullable<FollowUp['focus']>> = {}): Pick<FollowUp, 'focus' | 'outcome'> {
  return {
    focus: { candidateId: 'c', title: 'Churn prediction', keyMetric: 'Retention', baseline: '78%', target: '81%', ...change },
    outcome: { status: 'unknown', metricNow: '', learned: '' },
  };
}

describe('lastTimeSentence', () => {
  it('says what the room chose, how the metric moved and the target', () => {
    const words = focusOf();
    expect(lastTimeSentence({ ...words, outcome: { ...words.outcome, metricNow: '80%' } }, 'en')).toBe('Last time we chose Churn prediction; the metric moved from 78% to 80%; target 81%.');
  });

  it('starts a value typed with a capital small, mid-sentence, but not an abbreviation', () => {
    const words = focusOf({ baseline: 'About 78%', target: 'From 78% to 81% by June' });
    expect(lastTimeSentence({ ...words, outcome: { ...words.outcome, metricNow: 'NPS 41' } }, 'en')).toBe('Last time we chose Churn prediction; the metric moved from about 78% to NPS 41; target from 78% to 81% by June.');
  });

  it('reads each value without the spaces typed around it', () => {
    const words = focusOf({ title: ' Churn prediction ', baseline: ' 78% ', target: ' 81% ' });
    expect(lastTimeSentence({ ...words, outcome: { ...words.outcome, metricNow: ' 80% ' } }, 'en')).toBe('Last time we chose Churn prediction; the metric moved from 78% to 80%; target 81%.');
    expect(followUpHeading({ title: 'Q1 workshop', date: ' 2025-03-12 ' }, 'en')).toBe('Follow-up of “Q1 workshop”, 2025-03-12');
  });

  it('says which value is missing rather than leaving a blank', () => {
    const now = (metricNow: string) => ({ status: 'unknown' as const, metricNow, learned: '' });
    expect(lastTimeSentence({ ...focusOf(), outcome: now('') }, 'en')).toBe('Last time we chose Churn prediction; the metric stood at 78%, and its value now is not recorded yet; target 81%.');
    expect(lastTimeSentence({ ...focusOf({ baseline: ' ' }), outcome: now('80%') }, 'en')).toBe('Last time we chose Churn prediction; the metric is now 80%, with no baseline recorded; target 81%.');
    expect(lastTimeSentence({ ...focusOf({ baseline: '', target: '' }), outcome: now('') }, 'en')).toBe('Last time we chose Churn prediction; no value of the metric is recorded yet; no target was set.');
    expect(lastTimeSentence({ focus: null, outcome: now('') }, 'en')).toBe('Last time the room chose no focus problem.');
  });
});

describe('followUpHeading', () => {
  it('names the earlier session by its title and date, or whichever it has', () => {
    expect(followUpHeading({ title: 'Q1 workshop', date: '2025-03-12' }, 'en')).toBe('Follow-up of “Q1 workshop”, 2025-03-12');
    expect(followUpHeading({ title: ' Q1 workshop ', date: '' }, 'en')).toBe('Follow-up of “Q1 workshop”');
    expect(followUpHeading({ title: '', date: '2025-03-12' }, 'en')).toBe('Follow-up of the session of 2025-03-12');
    expect(followUpHeading({ title: '', date: '' }, 'en')).toBe('Follow-up of an earlier session');
  });
});

describe('a follow-up in the decision record and the ML brief', () => {
  let followUp: Session;
  beforeEach(() => {
    const started = startFollowUp(createSampleSession(), { fileName: 'q1.pickwise' }, AT, (prefix) => `${prefix}-q2`);
    // The room has scored again: the record and the brief need a revealed board.
    followUp = updateFollowUpOutcome(
      { ...started, scores: createSampleSession().scores, settings: { ...started.settings, revealed: true } },
      { status: 'in-progress', metricNow: '80% retained', learned: 'Win-back works on the top decile <only> & no further.' },
    );
  });

  it('has its own section in the Markdown record, after the room and before the matrix', () => {
    const text = decisionRecordMarkdown(followUp, { chartImageFileName: null, generatedAt: AT }, 'en');
    const section = text.slice(text.indexOf('## Follow-up of'), text.indexOf('## The matrix'));
    expect(text.indexOf('## The room')).toBeLessThan(text.indexOf('## Follow-up of'));
    expect(section).toBe(
      [
        '## Follow-up of “Northwind Retail — ML opportunities workshop”, 2025-03-12',
        '',
        SENTENCE,
        '',
        'Status: In progress.',
        '',
        '**What we learned:**',
        '',
        'Win-back works on the top decile \\<only\\> & no further.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('says the same in the PDF’s page, escaped', () => {
    const page = decisionRecordHtml(followUp, { chartImageDataUrl: TINY_PNG, generatedAt: AT }, 'en');
    expect(page).toContain('<h2>Follow-up of “Northwind Retail — ML opportunities workshop”, 2025-03-12</h2>');
    expect(page).toContain(`<p>${SENTENCE}</p><p>Status: In progress.</p>`);
    expect(page).toContain('Win-back works on the top decile &lt;only&gt; &amp; no further.');
    expect(page.indexOf('Follow-up of')).toBeLessThan(page.indexOf('<h2>The matrix</h2>'));
  });

  it('asks nothing and says so when the earlier session had no focus', () => {
    const noFocus = { ...followUp, followUp: { ...followUp.followUp!, focus: null } };
    const text = decisionRecordMarkdown(noFocus, { chartImageFileName: null, generatedAt: AT }, 'en');
    expect(text.slice(text.indexOf('## Follow-up of'), text.indexOf('## The matrix'))).toBe(
      '## Follow-up of “Northwind Retail — ML opportunities workshop”, 2025-03-12\n\nLast time the room chose no focus problem.\n\n',
    );
  });

  it('says nothing written yet when the room has not said what it learned', () => {
    const blank = updateFollowUpOutcome(followUp, { learned: '  ' });
    expect(decisionRecordMarkdown(blank, { chartImageFileName: null, generatedAt: AT }, 'en')).toContain('**What we learned:**\n\nNothing written yet about what was learned.\n');
    expect(decisionRecordHtml(blank, { chartImageDataUrl: null, generatedAt: AT }, 'en')).toContain('<span class="missing">Nothing written yet about what was learned.</span>');
  });

  it('has no such section in a session that follows up nothing', () => {
    const plain = { ...followUp, followUp: null };
    expect(decisionRecordMarkdown(plain, { chartImageFileName: null, generatedAt: AT }, 'en')).not.toContain('Follow-up of');
    expect(decisionRecordHtml(plain, { chartImageDataUrl: null, generatedAt: AT }, 'en')).not.toContain('Follow-up of');
    expect(buildMlBrief(plain, 'cand-churn', AT, 0, 'en').followUp).toBeNull();
  });

  it('is in the brief of any candidate, in the record’s words, Markdown and PDF', () => {
    for (const candidateId of ['cand-churn', 'cand-demand']) {
      const text = mlBriefMarkdown(followUp, candidateId, { chartImageFileName: null, generatedAt: AT }, 'en');
      expect(text).toContain(`## Follow-up of “Northwind Retail — ML opportunities workshop”, 2025-03-12\n\n${SENTENCE}\n\nStatus: In progress.\n\n**What we learned:** Win-back works`);
      const page = mlBriefHtml(followUp, candidateId, { chartImageDataUrl: TINY_PNG, generatedAt: AT, paper: 'a4', level: 0 }, 'en');
      expect(page).toContain(`<p>${SENTENCE}</p><p>Status: In progress.</p>`);
    }
  });

  it('is shortened in the brief to the fit level’s budgets, and the brief says so', () => {
    const long = updateFollowUpOutcome(followUp, { learned: 'word '.repeat(4000) });
    const tightest = ML_BRIEF_BUDGETS.length - 1;
    const brief = buildMlBrief(long, 'cand-churn', AT, tightest, 'en');
    expect(brief.followUp?.learned?.length).toBeLessThanOrEqual(ML_BRIEF_BUDGETS[tightest]!.reason);
    expect(brief.followUp?.learned?.endsWith('…')).toBe(true);
    expect(brief.shortened).toBe(true);
  });
});
