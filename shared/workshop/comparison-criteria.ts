// The earlier session's scores read with today's criteria, so that a comparison can tell a move
// caused by changed weights from one caused by changed scores (issue 16).
//
// Rule: each of today's criteria is the earlier criterion with the same id, else the earlier
// criterion on the same axis whose name reads the same (nameKey: case, accents and punctuation
// ignored), each earlier criterion standing for at most one of today's (the first, in today's
// order). Re-evaluated, the earlier session keeps everything of its own (participants, scores,
// scoring mode, mean or median, who scores which axis) except its criteria: today's criteria
// count, on today's axes with today's weights, over the earlier scores given on the criteria
// they stand for. A criterion of today with no earlier counterpart has no earlier scores, so it
// counts for nothing (a missing score is ignored, as in scoring.ts); an earlier criterion
// that is gone no longer counts.
import type { Axis, Criterion, Session } from '../session/schema';
import { nameKey } from './comparison-names';
import type { AxisValues } from './disagreement';
import { axisAggregate, criteriaByAxis, scoringContext } from './scoring';

/** One of today's criteria and the earlier criterion it stands for (null: none, it is new). */
export interface CriterionLink {
  current: Criterion;
  earlier: Criterion | null;
}

/** A criterion added, removed, reweighted or moved to the other axis since the earlier session. */
export interface CriterionChange {
  /** Today's name; the earlier name for a criterion that is gone. */
  name: string;
  before: { axis: Axis; weight: number } | null;
  after: { axis: Axis; weight: number } | null;
}

/** Today's criteria with their earlier counterparts, by the rule at the top of this file. */
export function linkCriteria(earlier: readonly Criterion[], current: readonly Criterion[]): CriterionLink[] {
  const byId = new Map(earlier.map((criterion) => [criterion.id, criterion]));
  // Stryker disable next-line MethodExpression: an id of today's that no earlier criterion has never meets an earlier one's.
  const used = new Set(current.filter((criterion) => byId.has(criterion.id)).map((criterion) => criterion.id));
  return current.map((criterion) => {
    const same = byId.get(criterion.id);
    if (same !== undefined) return { current: criterion, earlier: same };
    const key = nameKey(criterion.name);
    const named = earlier.find((each) => !used.has(each.id) && each.axis === criterion.axis && key !== '' && nameKey(each.name) === key);
    if (named === undefined) return { current: criterion, earlier: null };
    used.add(named.id);
    return { current: criterion, earlier: named };
  });
}

/** What changed in the criteria, today's order first, then the earlier criteria that are gone. */
export function criteriaChanges(earlier: readonly Criterion[], current: readonly Criterion[]): CriterionChange[] {
  const links = linkCriteria(earlier, current);
  const changes: CriterionChange[] = [];
  for (const { current: now, earlier: before } of links) {
    const after = { axis: now.axis, weight: now.weight };
    if (before === null) changes.push({ name: now.name, before: null, after });
    else if (before.weight !== now.weight || before.axis !== now.axis) changes.push({ name: now.name, before: { axis: before.axis, weight: before.weight }, after });
  }
  // Stryker disable next-line ArrayDeclaration: an entry for an unlinked one names no earlier criterion.
  const kept = new Set(links.flatMap((link) => (link.earlier === null ? [] : [link.earlier.id])));
  for (const gone of earlier) if (!kept.has(gone.id)) changes.push({ name: gone.name, before: { axis: gone.axis, weight: gone.weight }, after: null });
  return changes;
}

/**
 * Today's criteria as the earlier session's scores know them: each linked criterion under its
 * earlier id (where those scores are filed) with today's axis and weight; unlinked ones left
 * out, since no earlier score is filed under them.
 */
export function criteriaForEarlierScores(links: readonly CriterionLink[]): Criterion[] {
  return links.flatMap(({ current, earlier }) => (earlier === null ? [] : [{ ...current, id: earlier.id }]));
}

/**
 * The named earlier candidates' aggregates (impact, complexity) re-evaluated with today's
 * criteria, on the earlier session's scale; an axis is undefined where nothing counts on it.
 * Overrides play no part: these are where the scores alone would put each candidate.
 */
export function reweighedAggregates(earlier: Session, current: Pick<Session, 'criteria'>, candidateIds: Iterable<string>): Map<string, AxisValues> {
  const ctx = scoringContext(earlier);
  const axes = criteriaByAxis(criteriaForEarlierScores(linkCriteria(earlier.criteria, current.criteria)));
  const out = new Map<string, AxisValues>();
  for (const id of candidateIds) {
    out.set(id, { impact: axisAggregate(ctx, id, 'impact', axes.impact), complexity: axisAggregate(ctx, id, 'complexity', axes.complexity) });
  }
  return out;
}
