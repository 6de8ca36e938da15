import { describe, expect, it } from 'vitest';
import {
  computeCandidateResults,
  matrixPoints,
  participantsStillScoring,
  rankCandidates,
  scoresSealed,
  sealedExportRefusal,
  sessionAsRoomSees,
  weightSensitivity,
  widestGaps,
} from '../../../shared/workshop';
import { backlogToCsv } from '../../../shared/export';
import type { Session } from '../../../shared/session/schema';
import { candidate, participant, scores, session, settings, STANDARD_CRITERIA } from './workshop-fixtures';

// Blind scoring's promise: until the reveal, nothing computed from the scores reaches the
// room. The rule is one function, sessionAsRoomSees; every result the room is shown is
// computed from what it returns.

const room = [participant('p1', 'business', 'Ann'), participant('p2', 'technical', 'Bo'), participant('p3', 'data', 'Cy')];
const beforeAnyScore = session({
  participants: room,
  criteria: STANDARD_CRITERIA,
  candidates: [candidate('a'), candidate('b', { override: { impact: 5, complexity: 1 } }), candidate('c')],
});
const afterTwoTurns: Session = {
  ...beforeAnyScore,
  participants: room.map((p) => (p.id === 'p3' ? p : { ...p, scoringDone: true })),
  scores: [
    ...scores('p1', 'a', { i1: 5, i2: 4, c1: 1, c2: 2 }),
    ...scores('p1', 'b', { i1: 1, i2: 1, c1: 5, c2: 5 }),
    ...scores('p2', 'a', { i1: 1, i2: 2, c1: 5, c2: 4 }),
    ...scores('p2', 'c', { i1: 3, i2: 3, c1: 3, c2: 3 }),
  ],
};
const revealed = (s: Session): Session => ({ ...s, settings: { ...s.settings, revealed: true } });

/** Everything the room can be shown about the scores, as plain data. */
function whatTheRoomSees(s: Session) {
  const seen = sessionAsRoomSees(s);
  const results = computeCandidateResults(seen);
  const ranking = rankCandidates(seen, results);
  return {
    results: [...results.values()],
    ranking,
    gaps: widestGaps(results, 5),
    points: matrixPoints(seen, results, weightSensitivity(seen, undefined, results)),
    csv: backlogToCsv(seen, { bom: false, delimiter: ',' }, 'en'),
  };
}

describe('sealed blind scores', () => {
  it('are sealed in blind mode until the reveal, and never in consensus mode', () => {
    expect(scoresSealed(afterTwoTurns)).toBe(true);
    expect(scoresSealed(revealed(afterTwoTurns))).toBe(false);
    expect(scoresSealed({ settings: settings({ scoringMode: 'consensus' }) })).toBe(false);
  });

  it('show the room exactly what it saw before anyone scored: no position, aggregate, gap, ranking or CSV value', () => {
    expect(whatTheRoomSees(afterTwoTurns)).toEqual(whatTheRoomSees(beforeAnyScore));
    const seen = whatTheRoomSees(afterTwoTurns);
    expect(seen.points).toEqual([]);
    expect(seen.gaps).toEqual([]);
    expect(seen.ranking.ranked).toEqual([]);
    expect(seen.results.every((result) => result.position.source === 'none' && result.perParticipant.size === 0)).toBe(true);
    // Nothing else can be read from them either: the room's session holds no score at all.
    expect(sessionAsRoomSees(afterTwoTurns).scores).toEqual([]);
  });

  it('hide a placement made at an earlier reveal too, while the room scores again', () => {
    expect(sessionAsRoomSees(afterTwoTurns).candidates.find((c) => c.id === 'b')?.override).toBeNull();
    // The session itself keeps it: the seal is a view, not an edit.
    expect(afterTwoTurns.candidates.find((c) => c.id === 'b')?.override).toEqual({ impact: 5, complexity: 1 });
  });

  it('once revealed, the room sees the session itself (the same object, so memoised results stay valid)', () => {
    const open = revealed(afterTwoTurns);
    expect(sessionAsRoomSees(open)).toBe(open);
    expect(whatTheRoomSees(open).points.map((point) => point.candidate.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuse the chart and the record with a message that says how to reveal, only while sealed', () => {
    expect(sealedExportRefusal(afterTwoTurns, 'chart', 'en')).toMatch(/^The chart cannot be exported yet: .*hidden until the reveal.*Reveal all scores/);
    expect(sealedExportRefusal(afterTwoTurns, 'decisionRecord', 'en')).toMatch(/^The decision record cannot be exported yet: /);
    expect(sealedExportRefusal(afterTwoTurns, 'mlBrief', 'en')).toMatch(/^The ML brief cannot be exported yet: /);
    expect(sealedExportRefusal(revealed(afterTwoTurns), 'chart', 'en')).toBeNull();
  });

  it('name who has not finished, in the room’s order', () => {
    expect(participantsStillScoring(afterTwoTurns).map((p) => p.name)).toEqual(['Cy']);
    expect(participantsStillScoring(beforeAnyScore).map((p) => p.name)).toEqual(['Ann', 'Bo', 'Cy']);
  });
});
