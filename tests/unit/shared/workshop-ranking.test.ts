import { describe, expect, it } from 'vitest';
import {
  compareCandidates,
  compareNatural,
  computeCandidateResults,
  isBetterWithoutMl,
  rankCandidates,
  rankingRuleText,
} from '../../../shared/workshop';
import { candidate, participant, scores, session } from './workshop-fixtures';

const at = (impact: number, complexity: number) => ({ override: { impact, complexity } });

describe('rankCandidates', () => {
  const s = session({
    participants: [participant('p1'), participant('p2')],
    candidates: [
      candidate('a', { code: 'C2', ...at(4, 2) }), // quick win, priority 2, no votes
      candidate('b', { code: 'C3', ...at(5, 2) }), // quick win, priority 3
      candidate('c', { code: 'C4', ...at(5, 5) }), // big bet, 0
      candidate('d', { code: 'C5', ...at(2, 1) }), // fill-in, 1
      candidate('e', { code: 'C6', ...at(1, 5) }), // money pit, −4
      candidate('f', { code: 'C7', ...at(4, 2) }), // quick win, priority 2, 2 votes
      candidate('g', { code: 'C8', ...at(5, 1), betterWithoutMl: true }),
      candidate('h', { code: 'C9' }), // unscored
      candidate('i', { code: 'C1', status: 'non-ml' }),
      candidate('j', { code: 'C10', ...at(4, 2) }), // ties with a; C2 before C10
      candidate('k', { code: 'C11' }), // scored from scores: impact 3, complexity 3 → big bet, 0
      candidate('l', { code: 'C12' }), // impact only → unscored
    ],
    scores: [...scores('p1', 'k', { i1: 3, i2: 3, c1: 3, c2: 3 }), ...scores('p1', 'l', { i1: 5 })],
    votes: [
      { participantId: 'p1', candidateId: 'f', dots: 2 },
      { participantId: 'p2', candidateId: 'c', dots: 1 },
    ],
  });

  it('orders quick wins, big bets, fill-ins, money pits; then priority, votes, code', () => {
    const { ranked } = rankCandidates(s);
    expect(ranked.map((r) => r.candidate.code)).toEqual(['C3', 'C7', 'C2', 'C10', 'C4', 'C11', 'C5', 'C6']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ranked.map((r) => r.quadrant)).toEqual([
      'quick-wins',
      'quick-wins',
      'quick-wins',
      'quick-wins',
      'big-bets',
      'big-bets',
      'fill-ins',
      'money-pits',
    ]);
    expect(ranked.map((r) => r.priority)).toEqual([3, 2, 2, 2, 0, 0, 1, -4]);
    expect(ranked[1]!.votes).toBe(2);
    expect(ranked[4]!.votes).toBe(1); // C4 has a vote, so it beats C11 at equal priority
  });

  it('sets apart candidates better solved without ML (flag or status), and unscored ones', () => {
    const { withoutMl, unscored } = rankCandidates(s);
    expect(withoutMl.map((c) => c.code)).toEqual(['C1', 'C8']);
    expect(unscored.map((c) => c.code)).toEqual(['C9', 'C12']);
  });

  it('accepts precomputed results', () => {
    const results = computeCandidateResults(s);
    expect(rankCandidates(s, results).ranked[0]!.result).toBe(results.get('b'));
  });

  it('explains itself', () => {
    expect(rankingRuleText(s.settings.quadrantNames, 'en')).toBe(
      'Quick wins first, then big bets, fill-ins and money pits; within each, the higher impact minus complexity comes first; ties go to more dot votes, then to the code. Candidates better solved without ML and unscored candidates are listed separately.',
    );
    expect(rankingRuleText({ 'quick-wins': 'Go', 'big-bets': 'Bets', 'fill-ins': 'Later', 'money-pits': 'Never' }, 'en')).toMatch(
      /^Go first, then bets, later and never;/,
    );
    // German writes its nouns with a capital, so the room's names stay as written.
    expect(rankingRuleText({ 'quick-wins': 'Schnelle Erfolge', 'big-bets': 'Große Wetten', 'fill-ins': 'Lückenfüller', 'money-pits': 'Geldgräber' }, 'de')).toMatch(
      /^Schnelle Erfolge zuerst, dann Große Wetten, Lückenfüller und Geldgräber;/,
    );
  });

  it('isBetterWithoutMl', () => {
    expect(isBetterWithoutMl({ betterWithoutMl: true, status: 'open' })).toBe(true);
    expect(isBetterWithoutMl({ betterWithoutMl: false, status: 'non-ml' })).toBe(true);
    expect(isBetterWithoutMl({ betterWithoutMl: false, status: 'focus' })).toBe(false);
  });
});

describe('candidate order', () => {
  it('compares naturally and case-insensitively', () => {
    const codes = ['C10', 'c2', 'C1', 'B7', 'C02', 'C2a'];
    expect([...codes].sort(compareNatural)).toEqual(['B7', 'C1', 'C02', 'c2', 'C2a', 'C10']);
  });
  it('puts empty codes last, then falls back to title, and never to the id', () => {
    const list = [
      { id: 'z', code: '', title: 'Alpha' },
      { id: 'y', code: 'C1', title: 'Beta' },
      { id: 'x', code: 'C1', title: 'Alpha' },
      { id: 'w', code: 'C1', title: 'Alpha' },
    ];
    // x and w tie: the stable sort keeps them in the order given (the session's).
    expect([...list].sort(compareCandidates).map((c) => c.id)).toEqual(['x', 'w', 'y', 'z']);
    expect(compareCandidates(list[2]!, list[3]!)).toBe(0);
  });
});
