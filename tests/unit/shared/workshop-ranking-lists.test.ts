// Pins the Decide lists at their edges: unscored candidates by code whatever the session
// order, a candidate added after the results were computed, and the ranking sentence with
// renamed quadrants (blank names, acronyms).
import { describe, expect, it } from 'vitest';
import { computeCandidateResults, rankCandidates, rankingRuleText } from '../../../shared/workshop';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

const names = { 'quick-wins': 'Quick wins', 'big-bets': 'Big bets', 'fill-ins': 'Fill-ins', 'money-pits': 'Money pits' };

describe('the Decide lists', () => {
  it('list unscored candidates by code, whatever their order in the session', () => {
    const s = session({ candidates: [candidate('z', { code: 'C10' }), candidate('y', { code: 'C2' }), candidate('x', { code: 'C1' })] });
    expect(rankCandidates(s).unscored.map((c) => c.id)).toEqual(['x', 'y', 'z']);
  });

  it('count a candidate the results do not know yet as unscored', () => {
    const s = session({ participants: [participant('p')], criteria: [criterion('i', 'impact'), criterion('c', 'complexity')], candidates: [candidate('a')], scores: scores('p', 'a', { i: 4, c: 2 }) });
    const results = computeCandidateResults(s);
    const later = { ...s, candidates: [...s.candidates, candidate('new', { override: { impact: 5, complexity: 1 } })] };
    const ranking = rankCandidates(later, results);
    expect(ranking.ranked.map((row) => row.candidate.id)).toEqual(['a']);
    expect(ranking.unscored.map((c) => c.id)).toEqual(['new']);
  });
});

describe('the ranking sentence', () => {
  it('falls back to the quadrant’s own name when a renamed one is blank, and trims names', () => {
    expect(rankingRuleText({ ...names, 'quick-wins': '   ', 'big-bets': ' Bets ' }, 'en')).toMatch(/^quick-wins first, then bets, fill-ins and money pits;/);
  });

  it('keeps an acronym as written mid-sentence', () => {
    expect(rankingRuleText({ ...names, 'big-bets': 'AI Ideas' }, 'en')).toMatch(/^Quick wins first, then AI Ideas, fill-ins and money pits;/);
  });
});
