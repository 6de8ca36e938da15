import { describe, expect, it } from 'vitest';
import { candidatesToScore, consensusProgress, criteriaFor, scoresVisibleTo, scoringProgress } from '../../../shared/workshop';
import { candidate, criterion, participant, scores, session, STANDARD_CRITERIA } from './workshop-fixtures';

const s = session({
  participants: [participant('p1', 'domain'), participant('p2', 'business'), participant('p3', 'technical')],
  criteria: [...STANDARD_CRITERIA, criterion('off', 'impact', 0)],
  candidates: [candidate('a'), candidate('b'), candidate('n', { betterWithoutMl: true })],
  scores: [
    ...scores('p1', 'a', { i1: 1, i2: 2, c1: 3, c2: 4 }),
    ...scores('p1', 'b', { i1: 1, c1: 3, off: 2 }),
    ...scores('p1', 'n', { i1: 1 }),
    ...scores('p2', 'a', { i1: 5, c1: 5 }),
  ],
});

describe('scoresVisibleTo', () => {
  it('before the reveal a participant sees only their own scores', () => {
    const mine = scoresVisibleTo(s, 'p2');
    expect(mine).toHaveLength(2);
    expect(mine.every((x) => x.participantId === 'p2')).toBe(true);
    expect(scoresVisibleTo(s, null)).toEqual([]);
    expect(scoresVisibleTo(s, 'stranger')).toEqual([]);
  });

  it('after the reveal everyone sees everything (the same array)', () => {
    const revealed = { ...s, settings: { ...s.settings, revealed: true } };
    expect(scoresVisibleTo(revealed, 'p2')).toBe(revealed.scores);
    expect(scoresVisibleTo(revealed, null)).toBe(revealed.scores);
  });
});

describe('criteriaFor', () => {
  it('everyone scores every weighted criterion by default', () => {
    expect(criteriaFor(participant('x', 'business'), s.criteria, false).map((c) => c.id)).toEqual(['i1', 'i2', 'c1', 'c2']);
  });
  it('with scoreByBackground: business impact, technical complexity, others both', () => {
    expect(criteriaFor(participant('x', 'business'), s.criteria, true).map((c) => c.id)).toEqual(['i1', 'i2']);
    expect(criteriaFor(participant('x', 'technical'), s.criteria, true).map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(criteriaFor(participant('x', 'data'), s.criteria, true).map((c) => c.id)).toEqual(['i1', 'i2', 'c1', 'c2']);
  });
});

describe('scoringProgress', () => {
  it('counts done over candidates to score × the participant’s criteria', () => {
    expect(candidatesToScore(s).map((c) => c.id)).toEqual(['a', 'b']);
    expect(scoringProgress(s)).toEqual(
      new Map([
        ['p1', { done: 6, total: 8 }], // a: 4, b: 2 (the weight-0 score and the without-ML candidate do not count)
        ['p2', { done: 2, total: 8 }],
        ['p3', { done: 0, total: 8 }],
      ]),
    );
  });

  it('follows scoreByBackground', () => {
    const byBackground = { ...s, settings: { ...s.settings, scoreByBackground: true } };
    expect(scoringProgress(byBackground).get('p2')).toEqual({ done: 1, total: 4 });
    expect(scoringProgress(byBackground).get('p3')).toEqual({ done: 0, total: 4 });
  });

  it('consensusProgress counts the room’s scores', () => {
    const c = {
      ...s,
      consensusScores: [
        { candidateId: 'a', criterionId: 'i1', value: 3 },
        { candidateId: 'a', criterionId: 'off', value: 3 },
        { candidateId: 'n', criterionId: 'i1', value: 3 },
      ],
    };
    expect(consensusProgress(c)).toEqual({ done: 1, total: 8 });
  });
});
