// How robust each candidate's quadrant is to the weights the room chose.
//
// Rule: each criterion in turn has its weight multiplied by 1.25 ('up') and by 0.75 ('down'),
// the other weights unchanged, and the candidate's position is recomputed with the same
// scores, aggregation, mode and thresholds. A candidate is unstable when any such variant puts
// it in another quadrant; `flips` lists each variant that does, in criterion order, up before
// down. Criteria with weight 0 stay at 0 and cannot flip anything. A candidate placed by the
// room (override) is stable by definition: weights do not move an override. A candidate with
// no position is stable with no flips (there is nothing to move).
import type { Criterion, Quadrant, Session } from '../session/schema';
import { quadrantOf } from './quadrant';
import { computeCandidateResults, criteriaByAxis, axisAggregate, indexScores, scoringContext, type CandidateResult, type ScoreIndex } from './scoring';

/** The relative weight change tried in each direction (±25 %). */
export const WEIGHT_NUDGE = 0.25;

/** One weight change that moves a candidate to another quadrant. */
export interface WeightFlip {
  criterionId: string;
  direction: 'up' | 'down';
  /** The quadrant the candidate lands in under that change. */
  quadrant: Quadrant;
}

/** A candidate's sensitivity to the weights. */
export interface WeightSensitivity {
  unstable: boolean;
  flips: WeightFlip[];
}

/**
 * Every candidate's sensitivity, keyed by candidate id in session order. Reuses the score index
 * and the baseline results when given; only the nudged criterion's axis is recomputed, and
 * only for candidates that have a score on that criterion (otherwise nothing can change).
 */
export function weightSensitivity(
  session: Session,
  index: ScoreIndex = indexScores(session),
  results: ReadonlyMap<string, CandidateResult> = computeCandidateResults(session, index),
): Map<string, WeightSensitivity> {
  const ctx = scoringContext(session, index);
  const base = criteriaByAxis(session.criteria);
  const thresholds = session.settings.thresholds;
  const consensus = session.settings.scoringMode === 'consensus';
  const out = new Map<string, WeightSensitivity>();
  const movable: CandidateResult[] = [];
  for (const c of session.candidates) {
    out.set(c.id, { unstable: false, flips: [] });
    const r = results.get(c.id);
    if (r !== undefined && r.position.source === 'scores') movable.push(r);
  }

  for (const criterion of session.criteria) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; a weight-0 criterion is not in base[axis], so nudging it changes nothing.
    if (!(criterion.weight > 0)) continue;
    const axis = criterion.axis;
    for (const direction of ['up', 'down'] as const) {
      const factor = direction === 'up' ? 1 + WEIGHT_NUDGE : 1 - WEIGHT_NUDGE;
      const nudged: Criterion[] = base[axis].map((c) => (c.id === criterion.id ? { ...c, weight: c.weight * factor } : c));
      for (const r of movable) {
        const id = r.candidate.id;
        // Stryker disable next-line ConditionalExpression: a shortcut; without a score on the criterion its weight moves nothing.
        if (!hasScoreOn(ctx.scores, ctx.consensus, consensus, id, criterion.id)) continue;
        const value = axisAggregate(ctx, id, axis, nudged);
        // Stryker disable next-line all: narrows the types only; a movable candidate is placed by scores on both axes.
        if (value === undefined || r.position.source === 'none') continue;
        const point = axis === 'impact' ? { impact: value, complexity: r.position.complexity } : { impact: r.position.impact, complexity: value };
        const quadrant = quadrantOf(point, thresholds);
        if (quadrant !== r.quadrant) {
          const entry = out.get(id)!;
          entry.unstable = true;
          entry.flips.push({ criterionId: criterion.id, direction, quadrant });
        }
      }
    }
  }
  return out;
}

// A shortcut for weightSensitivity: answering "yes" where the answer is "no" only does the
// work the shortcut saves (the mutants disabled below all do that); "no" for "yes" is caught.
function hasScoreOn(
  scores: ScoreIndex,
  consensusScores: Map<string, Map<string, number>>,
  consensus: boolean,
  candidateId: string,
  criterionId: string,
): boolean {
  // Stryker disable next-line OptionalChaining,BooleanLiteral: a movable candidate in consensus mode has consensus scores; "yes" only skips the shortcut.
  if (consensus) return consensusScores.get(candidateId)?.has(criterionId) ?? false;
  const byParticipant = scores.get(candidateId);
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: a movable candidate has scores; "yes" only skips the shortcut.
  if (byParticipant === undefined) return false;
  // Stryker disable next-line ConditionalExpression: "yes" only skips the shortcut.
  for (const byCriterion of byParticipant.values()) if (byCriterion.has(criterionId)) return true;
  // Stryker disable next-line BooleanLiteral: "yes" only skips the shortcut.
  return false;
}
