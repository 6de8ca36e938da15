import { beforeEach, describe, expect, it } from 'vitest';
import { compareSessions, comparisonLegend, comparisonLegendLines, comparisonMarks, createSampleSession, type Session } from '../../../shared';
import { changedSample } from '../../e2e/support/changed-sample';

// What the Map draws of a comparison: arrows for the matched candidates whose point moved,
// from the earlier point to today's, and a mark on the new ones (issue 16).

describe('the arrows and new marks of the sample compared with its changed copy', () => {
  let earlier: Session;
  let current: Session;
  beforeEach(() => {
    earlier = createSampleSession();
    current = changedSample();
  });

  it('draws an arrow for each pair whose point moved, from the earlier point to today’s, in today’s order', () => {
    const comparison = compareSessions(earlier, current, undefined, 'en');
    if (comparison.kind !== 'compared') throw new Error(comparison.kind);
    const marks = comparisonMarks(comparison);
    const moved = comparison.deltas.filter((delta) => delta.moved);
    expect(marks?.trails.map((trail) => trail.code)).toEqual(moved.map((delta) => delta.current.code));
    const recs = marks?.trails.find((trail) => trail.code === 'C2');
    expect(recs).toEqual({ candidateId: 'cand-recs', code: 'C2', from: comparison.deltas.find((delta) => delta.current.code === 'C2')?.before.point, to: { impact: 3.1875, complexity: 2.285714286 } });
    expect(recs?.from).not.toEqual(recs?.to);
  });

  it('draws no arrow for a candidate the room placed (no weight moves it), nor for the dropped one', () => {
    const marks = comparisonMarks(compareSessions(earlier, current, undefined, 'en'));
    const codes = marks?.trails.map((trail) => trail.code);
    expect(codes).not.toContain('C9');
    expect(codes).not.toContain('C4');
    expect(codes).toContain('C12');
  });

  it('marks the new candidate, and only it', () => {
    expect([...(comparisonMarks(compareSessions(earlier, current, undefined, 'en'))?.added ?? [])]).toEqual(['cand-markdown']);
  });

  it('draws no arrow for a candidate that had no point then, and no mark for a new one without a point now', () => {
    earlier.scores = earlier.scores.filter((score) => score.candidateId !== 'cand-recs');
    current.scores = current.scores.filter((score) => score.candidateId !== 'cand-markdown');
    const marks = comparisonMarks(compareSessions(earlier, current, undefined, 'en'));
    expect(marks?.trails.map((trail) => trail.code)).not.toContain('C2');
    expect(marks?.added.size).toBe(0);
  });

  it('draws no arrow for a candidate that has no point today', () => {
    current.scores = current.scores.filter((score) => score.candidateId !== 'cand-recs');
    const comparison = compareSessions(earlier, current, undefined, 'en');
    if (comparison.kind !== 'compared') throw new Error(comparison.kind);
    expect(comparison.deltas.find((delta) => delta.current.code === 'C2')?.moved).toBe(true);
    expect(comparisonMarks(comparison)?.trails.map((trail) => trail.code)).not.toContain('C2');
  });

  it('draws nothing for a session compared with itself', () => {
    expect(comparisonMarks(compareSessions(earlier, createSampleSession(), undefined, 'en'))).toEqual({ trails: [], added: new Set() });
  });

  it('draws nothing while either side is sealed, nor for pairs the rule refused, nor without a comparison', () => {
    const sealed = { ...current, settings: { ...current.settings, revealed: false } };
    expect(comparisonMarks(compareSessions(earlier, sealed, undefined, 'en'))).toBeNull();
    expect(comparisonMarks(compareSessions(earlier, current, { pairs: [{ earlierId: 'nobody', currentId: 'cand-recs' }] }, 'en'))).toBeNull();
    expect(comparisonMarks(null)).toBeNull();
  });
});

describe('what the arrows and rings mean, in the legend', () => {
  it('names the earlier session as the Since heading does, mid-sentence', () => {
    expect(comparisonLegend({ title: 'Spring backlog', date: '2026-03-05' }, 'en')).toEqual({
      moved: 'Arrow from □: moved since “Spring backlog”, 2026-03-05',
      added: 'Ringed: new since “Spring backlog”, 2026-03-05',
    });
    expect(comparisonLegend({ title: '', date: '' }, 'en').moved).toBe('Arrow from □: moved since the earlier session');
  });

  it('says each line only while the chart draws its mark, and none without marks or an earlier session', () => {
    const frame = { title: 'Spring backlog', date: '2026-03-05' };
    const trail = { candidateId: 'a', code: 'C1', from: { impact: 1, complexity: 1 }, to: { impact: 2, complexity: 2 } };
    const words = comparisonLegend(frame, 'en');
    expect(comparisonLegendLines({ trails: [trail], added: new Set(['b']) }, frame, 'en')).toEqual([
      { key: 'moved', text: words.moved },
      { key: 'added', text: words.added },
    ]);
    expect(comparisonLegendLines({ trails: [trail], added: new Set() }, frame, 'en')).toEqual([{ key: 'moved', text: words.moved }]);
    expect(comparisonLegendLines({ trails: [], added: new Set(['b']) }, frame, 'en')).toEqual([{ key: 'added', text: words.added }]);
    expect(comparisonLegendLines({ trails: [], added: new Set() }, frame, 'en')).toEqual([]);
    expect(comparisonLegendLines(null, frame, 'en')).toEqual([]);
    expect(comparisonLegendLines({ trails: [trail], added: new Set(['b']) }, undefined, 'en')).toEqual([]);
  });
});
