import { describe, expect, it } from 'vitest';
import { beforeAfter, comparisonNotes, comparisonSummary, criterionChangeWords, matchingCounts, unchangedRow, type Candidate } from '../../../shared';
import { candidate } from './workshop-fixtures';

// The comparison's words about the whole board (comparison-notes.ts), each sentence exactly as
// the panel under the Map and the decision record's "Since …" section print it.

const LABELS = { impact: 'Value', complexity: 'Effort' };
const STILL = { impact: 3, complexity: 3 };

describe('criterionChangeWords', () => {
  it('says a criterion was added, removed, moved to the other axis or reweighted', () => {
    expect(criterionChangeWords({ name: 'Urgency', before: null, after: { axis: 'impact', weight: 2 } }, 'en')).toBe('Urgency added (impact, weight 2)');
    expect(criterionChangeWords({ name: 'Reach', before: { axis: 'impact', weight: 1 }, after: null }, 'en')).toBe('Reach removed (was impact, weight 1)');
    expect(criterionChangeWords({ name: 'Data', before: { axis: 'impact', weight: 1 }, after: { axis: 'complexity', weight: 3 } }, 'en')).toBe('Data moved from impact to complexity (weight 1 → 3)');
    expect(criterionChangeWords({ name: 'Data', before: { axis: 'complexity', weight: 1 }, after: { axis: 'complexity', weight: 3 } }, 'en')).toBe('Data: weight 1 → 3');
  });
});

describe('comparisonNotes', () => {
  it('says nothing when the lines, the criteria and the scale stayed', () => {
    expect(comparisonNotes({ thresholds: { before: STILL, after: STILL, moved: false }, criteria: [], rescaledFrom: null }, LABELS, 'en')).toEqual([]);
  });

  it('says each of them in one sentence, with the axes by the session’s own titles', () => {
    const notes = comparisonNotes(
      {
        thresholds: { before: STILL, after: { impact: 3.5, complexity: 2.25 }, moved: true },
        criteria: [
          { name: 'Urgency', before: null, after: { axis: 'impact', weight: 2 } },
          { name: 'Data', before: { axis: 'complexity', weight: 1 }, after: { axis: 'complexity', weight: 3 } },
        ],
        rescaledFrom: 10,
      },
      LABELS, 'en',
    );
    expect(notes).toEqual([
      'Thresholds moved: Value 3.0 → 3.5, Effort 3.0 → 2.3.',
      'Criteria changed: Urgency added (impact, weight 2); Data: weight 1 → 3.',
      'The earlier session scored on 1–10; its numbers are shown on this session’s scale.',
    ]);
  });
});

describe('beforeAfter', () => {
  it('gives the value alone when it stayed, a dash for none, and an arrow between two', () => {
    expect(beforeAfter(3, 3)).toBe('3');
    expect(beforeAfter(null, null)).toBe('–');
    expect(beforeAfter(null, 'Quick wins')).toBe('– → Quick wins');
    expect(beforeAfter(2, null)).toBe('2 → –');
    expect(beforeAfter('Big bets', 'Quick wins')).toBe('Big bets → Quick wins');
  });
});

describe('comparisonSummary and unchangedRow', () => {
  const row = (status: 'matched' | 'new' | 'dropped', quadrantBefore: string | null, quadrantAfter: string | null, reasons: string[] = []) => ({ status, quadrantBefore, quadrantAfter, reasons }) as never;

  it('counts the pairs by what changed, and the new and the dropped apart', () => {
    const rows = [
      row('matched', 'Big bets', 'Quick wins', ['scores']),
      row('matched', 'Quick wins', 'Quick wins', ['others']),
      row('matched', 'Fill-ins', 'Fill-ins'),
      row('new', null, 'Quick wins'),
      row('dropped', 'Money pits', null),
    ];
    expect(comparisonSummary(rows, 'en')).toBe('3 candidates compared: 1 changed quadrant, 1 changed rank or position only, 1 unchanged; 1 new, 1 dropped.');
    expect(comparisonSummary([row('matched', 'Fill-ins', 'Fill-ins')], 'en')).toBe('1 candidate compared: 0 changed quadrant, 0 changed rank or position only, 1 unchanged; 0 new, 0 dropped.');
  });

  it('counts a row unchanged only when it was matched and has no reason', () => {
    expect(unchangedRow({ status: 'matched', reasons: [] })).toBe(true);
    expect(unchangedRow({ status: 'matched', reasons: ['votes'] })).toBe(false);
    expect(unchangedRow({ status: 'new', reasons: [] })).toBe(false);
  });
});

describe('matchingCounts', () => {
  const named = (code: string, title: string): Candidate => candidate(code.toLowerCase() || 'x', { code, title });

  it('counts the pairs, the new and the dropped, and names each dropped one by code and title', () => {
    const pairs = [{}, {}] as never[];
    expect(matchingCounts({ pairs, added: [named('C9', 'New')], dropped: [named('C4', 'Video feed'), named('', 'Untitled idea')] }, 'en')).toBe('2 paired · 1 new · 2 dropped: C4 Video feed, Untitled idea');
    expect(matchingCounts({ pairs, added: [], dropped: [] }, 'en')).toBe('2 paired · 0 new · 0 dropped');
  });
});
