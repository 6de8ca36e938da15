import { describe, expect, it } from 'vitest';
import {
  buildDecisionRecord,
  candidateWarnings,
  computeCandidateResults,
  createId,
  gapExtremes,
  matrixPoints,
  rankCandidates,
  runnersUp,
  tagsInUse,
  weightSensitivity,
  widestGaps,
  type Session,
} from '../../../shared';
import { candidate, criterion, participant, scores, session } from './workshop-fixtures';

// Ids are random (createId), so no order may depend on them: the same session with its ids
// made anew must list everything in the same order, ties broken by the session's own order.

/**
 * The same session with every id replaced by makeId's, references included. The session's
 * lists keep their order; only the ids (and so any order derived from them) change.
 */
function withNewIds(base: Session, makeId: (prefix: string, index: number) => string): Session {
  const ids = new Map<string, string>();
  const renamed = <T extends { id: string }>(list: readonly T[], prefix: string): T[] =>
    list.map((item, index) => {
      const id = makeId(prefix, index);
      ids.set(item.id, id);
      return { ...item, id };
    });
  const participants = renamed(base.participants, 'part');
  const criteria = renamed(base.criteria, 'crit');
  const candidates = renamed(base.candidates, 'cand');
  const to = (id: string) => ids.get(id)!;
  return {
    ...base,
    participants,
    criteria,
    candidates,
    scores: base.scores.map((s) => ({ ...s, participantId: to(s.participantId), candidateId: to(s.candidateId), criterionId: to(s.criterionId) })),
    votes: base.votes.map((v) => ({ ...v, participantId: to(v.participantId), candidateId: to(v.candidateId) })),
    decision: {
      ...base.decision,
      focusCandidateId: base.decision.focusCandidateId === null ? null : to(base.decision.focusCandidateId),
      runnersUp: base.decision.runnersUp.map((r) => ({ ...r, candidateId: to(r.candidateId) })),
    },
  };
}

// Candidates that tie on everything a rule looks at: same code, same title, same scores.
const twin = (id: string, fields = {}) => candidate(id, { code: 'C1', title: 'Churn prediction', keyMetric: '', dataAvailability: 'no', ...fields });

const board = session({
  participants: ['ana', 'ben', 'chen', 'dana'].map((name) => participant(name, 'domain', name)),
  criteria: [criterion('i', 'impact'), criterion('c', 'complexity')],
  candidates: [
    candidate('focus', { code: 'C0', title: 'Fraud detection' }),
    twin('t1'),
    twin('t2'),
    twin('t3'),
    twin('u1', { code: 'C9', title: 'Not scored' }),
    twin('u2', { code: 'C9', title: 'Not scored' }),
    twin('w1', { code: 'C8', title: 'A SQL job', betterWithoutMl: true }),
    twin('w2', { code: 'C8', title: 'A SQL job', betterWithoutMl: true }),
  ],
  scores: [
    // On the focus, Ana alone scores highest; Ben, Chen and Dana share the lowest.
    ...['ana', 'ben', 'chen', 'dana'].flatMap((p) => scores(p, 'focus', { i: p === 'ana' ? 5 : 4, c: 1 })),
    // On every twin, Ana and Chen share the highest impact, Ben and Dana the lowest.
    ...['t1', 't2', 't3'].flatMap((c) => [
      ...scores('ana', c, { i: 5, c: 2 }),
      ...scores('ben', c, { i: 1, c: 2 }),
      ...scores('chen', c, { i: 5, c: 2 }),
      ...scores('dana', c, { i: 1, c: 2 }),
    ]),
  ],
  votes: [],
  decision: {
    focusCandidateId: 'focus',
    rationale: '',
    target: '',
    firstVersion: '',
    horizon: '',
    // Written in the reverse of the session's order, and for twins outside the top three.
    runnersUp: [
      { candidateId: 'u2', whyNotNow: 'Later' },
      { candidateId: 'u1', whyNotNow: 'Later' },
    ],
  },
  settings: { revealed: true },
});

/** Every order the rules produce, as positions in the session's lists (ids left out). */
function orders(s: Session) {
  const candidateAt = new Map(s.candidates.map((c, i) => [c.id, i]));
  const participantAt = new Map(s.participants.map((p, i) => [p.id, i]));
  const at = (id: string) => candidateAt.get(id);
  const results = computeCandidateResults(s);
  const gaps = widestGaps(results, 10);
  const ranking = rankCandidates(s, results);
  const record = buildDecisionRecord(s, new Date('2025-01-01T12:00:00Z'), [], [], null, 'en');
  return {
    gaps: gaps.map((g) => at(g.candidate.id)),
    gapExtremes: gaps.map((g) => {
      const extremes = gapExtremes(g)!;
      return [participantAt.get(extremes.high.participantId), participantAt.get(extremes.low.participantId)];
    }),
    ranked: ranking.ranked.map((row) => at(row.candidate.id)),
    withoutMl: ranking.withoutMl.map((c) => at(c.id)),
    unscored: ranking.unscored.map((c) => at(c.id)),
    runnersUp: runnersUp(s, ranking).map((c) => at(c.id)),
    warnings: candidateWarnings(s, 'en').map((w) => w.candidateIds?.map(at)),
    points: matrixPoints(s, results, weightSensitivity(s)).map((p) => at(p.candidate.id)),
    recordRanks: record.top.map((row) => row.rank),
  };
}

describe('ties are broken by the session’s own order, never by the random ids', () => {
  const expected = orders(board);

  it('names the first of the participants sharing the highest and the lowest score', () => {
    // Ana (0) and Chen (2) share the highest impact, Ben (1) and Dana (3) the lowest.
    expect(expected.gapExtremes).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
  });

  it('keeps twins in the session’s order in the gaps, the ranking, the runners-up and the warnings', () => {
    expect(expected.gaps).toEqual([1, 2, 3, 0]);
    expect(expected.ranked).toEqual([0, 1, 2, 3]);
    expect(expected.withoutMl).toEqual([6, 7]);
    expect(expected.unscored).toEqual([4, 5]);
    expect(expected.runnersUp).toEqual([1, 2, 3, 4, 5]);
    expect(expected.warnings).toEqual([
      [1, 2, 3, 6, 7, 4, 5],
      [1, 2, 3, 4, 5],
    ]);
    expect(expected.points).toEqual([0, 1, 2, 3]);
  });

  it.each([
    ['ascending ids', (prefix: string, i: number) => `${prefix}-${String(i).padStart(3, '0')}`],
    ['descending ids', (prefix: string, i: number) => `${prefix}-${String(999 - i).padStart(3, '0')}`],
  ])('gives the same orders with %s', (_name, makeId) => {
    expect(orders(withNewIds(board, makeId))).toEqual(expected);
  });

  it('gives the same orders on every one of 40 sessions with fresh random ids', () => {
    for (let run = 0; run < 40; run += 1) {
      expect(orders(withNewIds(board, (prefix) => createId(prefix))), `run ${run}`).toEqual(expected);
    }
  });

  it('sorts tags the same way whatever the machine’s locale', () => {
    const tagged = session({ candidates: [candidate('a', { tags: ['Ä-team', 'b', 'a10', 'a9', 'A'] })] });
    expect(tagsInUse(tagged)).toEqual(['A', 'a9', 'a10', 'b', 'Ä-team']);
  });
});
