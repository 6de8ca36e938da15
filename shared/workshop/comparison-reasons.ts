// Why a candidate moved between two sessions (issue 16): the attribution of a move.
//
// Terms, for one pair (an earlier candidate and the current candidate it became), every value
// on today's scale (comparison.ts rescales an earlier session scored on the other scale):
// - its point: where the matrix puts it (the room's placement, else its scores' aggregate;
//   none without both axes), before and after;
// - three scores points (impact, complexity; either may be missing):
//     S0 = the earlier scores under the earlier criteria (where the earlier session put it),
//     S1 = the earlier scores under today's criteria (comparison-criteria.ts),
//     S2 = today's scores under today's criteria;
//   so S0 → S1 is what the weights and criteria did, S1 → S2 what the scores did;
// - moved: it has a point on one side only, or its points differ on either axis;
// - its rank: its place in the ranking (ranking.ts), none when set aside as better without ML
//   or not placed on the matrix.
// Values closer than SAME_WITHIN count as equal.
//
// Reasons, each decided on its own (a move may have several), listed in REASON_ORDER:
// - 'scores'     it moved, its point today is its scores' (not placed by the room today), and
//                S1 ≠ S2. Scores here are everything about the room's scores: the values, who
//                scored, mean or median, blind or consensus. A criterion new today has no
//                earlier scores to reweigh, so what its scores do shows here.
// - 'weights'    it moved, its point today is its scores', and S0 ≠ S1: a criterion was
//                reweighted, removed or moved to the other axis, or renamed beyond recognition.
//                (Placed by the room today, the placement alone says where it is: what the
//                scores did underneath is no reason for the move.)
// - 'placement'  it moved, and the room's placement differs: set, moved or removed.
// - 'thresholds' its quadrant changed (both sides have one), the thresholds differ, and its
//                point today would lie in another quadrant under the earlier thresholds: the
//                lines moved across it. When the point did not move, this alone explains the
//                new quadrant (the row says the point stayed).
// - 'set-aside'  it was set aside as better without ML on one side only (it then has a rank on
//                one side only).
// - 'votes'      its rank changed (ranked on both sides), its dot votes changed, and with its
//                earlier dot votes today's ranking would place it elsewhere (dots break ties).
// - 'others'     its rank changed (ranked on both sides), and its earlier standing (quadrant,
//                impact − complexity, dot votes) would rank elsewhere among today's other
//                candidates than it did among the earlier ones: others moved, came or went
//                around it. (A tie decided by a changed code also counts here.)
// A pair that neither moved, changed quadrant, rank nor its set-aside state has no reason.
import type { Override, Quadrant, Settings } from '../session/schema';
import type { AxisValues } from './disagreement';
import { quadrantOf, type MatrixPoint } from './quadrant';

/** Why a candidate moved, in one word each; see the rules at the top of this file. */
export type MoveReason = 'scores' | 'weights' | 'thresholds' | 'placement' | 'set-aside' | 'votes' | 'others';

/** The order reasons are listed in: the candidate's own scores and weights first, the room's choices, then the field around it. */
export const REASON_ORDER: readonly MoveReason[] = ['scores', 'weights', 'thresholds', 'placement', 'set-aside', 'votes', 'others'];

/** Below this, two values are one (far finer than a score step, far coarser than rounding noise). */
export const SAME_WITHIN = 1e-6;

/** A candidate's place in one session, as the comparison reads it (values on today's scale). */
export interface Standing {
  /** Its point on the matrix; null when it has none (not scored on both axes, not placed). */
  point: MatrixPoint | null;
  quadrant: Quadrant | null;
  /** 1-based rank in the session's ranking; null when set aside as better without ML or not placed. */
  rank: number | null;
  placedByRoom: boolean;
  withoutMl: boolean;
  votes: number;
}

/** Everything the reasons are decided from, for one pair. */
export interface MoveFacts {
  before: Standing;
  after: Standing;
  earlierPlacement: Override | null;
  currentPlacement: Override | null;
  /** S0, S1, S2 of the rules above. */
  scoresBefore: AxisValues;
  scoresReweighed: AxisValues;
  scoresAfter: AxisValues;
  thresholdsBefore: Settings['thresholds'];
  thresholdsAfter: Settings['thresholds'];
  /** The rank its earlier standing would have among today's other candidates (null unless ranked on both sides). */
  rankAsBeforeToday: number | null;
  /** Its rank today with its earlier dot votes (null unless ranked on both sides). */
  rankWithEarlierVotes: number | null;
}

/** Whether two values are one, within SAME_WITHIN; a missing value equals only a missing one. */
export function sameValue(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  return Math.abs(a - b) < SAME_WITHIN;
}

/** Whether two points (or two scores points, or placements) are the same on both axes. */
export function samePoint(
  a: { impact: number | undefined; complexity: number | undefined } | null,
  b: { impact: number | undefined; complexity: number | undefined } | null,
): boolean {
  if (a === null || b === null) return a === b;
  return sameValue(a.impact, b.impact) && sameValue(a.complexity, b.complexity);
}

/** Whether the quadrant lines are where they were, on both axes. */
export function sameThresholds(a: Settings['thresholds'], b: Settings['thresholds']): boolean {
  return sameValue(a.impact, b.impact) && sameValue(a.complexity, b.complexity);
}

/** Whether the point moved: placed on one side only, or placed elsewhere. */
export function pointMoved(before: Standing, after: Standing): boolean {
  return !samePoint(before.point, after.point);
}

/** Whether anything about the candidate's standing changed (what the reasons explain). */
export function standingChanged(before: Standing, after: Standing): boolean {
  return pointMoved(before, after) || before.quadrant !== after.quadrant || before.rank !== after.rank || before.withoutMl !== after.withoutMl;
}

/** The reasons for one pair's move, by the rules at the top of this file, in REASON_ORDER. */
export function moveReasons(facts: MoveFacts): MoveReason[] {
  const { before, after } = facts;
  const reasons = new Set<MoveReason>();
  if (pointMoved(before, after)) {
    const scoresCount = !after.placedByRoom;
    if (scoresCount && !samePoint(facts.scoresReweighed, facts.scoresAfter)) reasons.add('scores');
    if (scoresCount && !samePoint(facts.scoresBefore, facts.scoresReweighed)) reasons.add('weights');
    if (!samePoint(facts.earlierPlacement, facts.currentPlacement)) reasons.add('placement');
  }
  if (
    before.quadrant !== null &&
    after.quadrant !== null &&
    after.point !== null &&
    before.quadrant !== after.quadrant &&
    !sameThresholds(facts.thresholdsBefore, facts.thresholdsAfter) &&
    quadrantOf(after.point, facts.thresholdsBefore) !== after.quadrant
  ) {
    reasons.add('thresholds');
  }
  if (before.withoutMl !== after.withoutMl) reasons.add('set-aside');
  if (before.rank !== null && after.rank !== null && before.rank !== after.rank) {
    if (before.votes !== after.votes && facts.rankWithEarlierVotes !== null && facts.rankWithEarlierVotes !== after.rank) reasons.add('votes');
    if (facts.rankAsBeforeToday !== null && facts.rankAsBeforeToday !== before.rank) reasons.add('others');
  }
  return REASON_ORDER.filter((reason) => reasons.has(reason));
}
