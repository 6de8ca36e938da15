// Two sessions compared (issue 16): per matched candidate, where it stood then and now, what
// changed and why (comparison-reasons.ts); the new and the dropped candidates; the thresholds
// and criteria that changed. Every number comes from the rules the app already shows with:
// computeCandidateResults (points, quadrants), rankCandidates (ranks), compareRanked.
//
// - The earlier session is the one compared against; the current one is the session open in the app.
// - An earlier session scored on the other scale (1–5 against 1–10) is read on today's scale:
//   its points, placements and thresholds are rescaled linearly (scale.ts), as a scale change
//   in the app would move them, so that before and after are in the same units.
// - Sealed scores stay sealed: when either session is in blind scoring and not revealed
//   (blind-scoring.ts), nothing is computed from any score or placement of either session; the
//   result says which session is sealed, in words, with the pairs (titles are not secret).
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import type { Candidate, Session, Settings } from '../session/schema';
import { scoresSealed, sessionAsRoomSees } from './blind-scoring';
import { criteriaChanges, reweighedAggregates, type CriterionChange } from './comparison-criteria';
import { applyMatchPlan, proposeMatches, type CandidateMatching, type MatchBasis, type MatchPlan } from './comparison-matching';
import { moveReasons, pointMoved, sameThresholds, standingChanged, type MoveReason, type Standing } from './comparison-reasons';
import type { AxisValues } from './disagreement';
import { compareRanked, isBetterWithoutMl, rankCandidates, type RankedCandidate } from './ranking';
import { rescale } from './scale';
import { computeCandidateResults, type CandidateResult } from './scoring';
import { tidyNumber } from './statistics';

/** One matched candidate: where it stood then and now, the changes, and why. */
export interface CandidateDelta {
  earlier: Candidate;
  current: Candidate;
  matchedBy: MatchBasis;
  before: Standing;
  after: Standing;
  /** after − before on each axis; null unless it has a point on both sides. */
  impactChange: number | null;
  complexityChange: number | null;
  moved: boolean;
  /** Its point, quadrant, rank or set-aside state changed: the row says what and why. */
  changed: boolean;
  reasons: MoveReason[];
}

/** Two sessions compared. */
export interface ComparedSessions {
  kind: 'compared';
  matching: CandidateMatching;
  /** One per pair, in the pairs' order (the current session's order). */
  deltas: CandidateDelta[];
  added: { candidate: Candidate; after: Standing }[];
  dropped: { candidate: Candidate; before: Standing }[];
  /** The earlier thresholds (on today's scale) and today's. */
  thresholds: { before: Settings['thresholds']; after: Settings['thresholds']; moved: boolean };
  criteria: CriterionChange[];
  /** The earlier session's scale when it differs from today's (its values are shown on today's); else null. */
  rescaledFrom: Settings['scale'] | null;
}

/** Which session's scores are still sealed; nothing computed from scores is in this result. */
export interface SealedComparison {
  kind: 'sealed';
  matching: CandidateMatching;
  sealed: ('earlier' | 'current')[];
  message: string;
}

/** The facilitator's pairs could not be used: why, in words. */
export interface RefusedComparison {
  kind: 'refused';
  message: string;
  problems: string[];
}

/** What comparing two sessions gives: the comparison, or why there is none to show. */
export type SessionComparison = ComparedSessions | SealedComparison | RefusedComparison;

/** What a comparison says while scores are sealed, by the sides sealed (at least one). */
export function sealedComparisonMessage(sealed: SealedComparison['sealed'], language: Language): string {
  return textsIn(language)(`rules:comparison.sealed.${sealed.length === 2 ? 'both' : sealed[0] === 'earlier' ? 'earlier' : 'current'}`);
}

/** One session's results, ranking and rescaling, computed once for all its candidates. */
interface Side {
  session: Session;
  results: Map<string, CandidateResult>;
  rows: Map<string, RankedCandidate>;
  ranked: readonly RankedCandidate[];
  order: Map<string, number>;
  onToday: (value: number) => number;
}

function sideOf(session: Session, onToday: (value: number) => number): Side {
  const results = computeCandidateResults(session);
  const { ranked } = rankCandidates(session, results);
  return {
    session,
    results,
    rows: new Map(ranked.map((row) => [row.candidate.id, row])),
    ranked,
    order: new Map(session.candidates.map((candidate, i) => [candidate.id, i])),
    onToday,
  };
}

function standingOf(side: Side, candidate: Candidate): Standing {
  const result = side.results.get(candidate.id);
  const position = result?.position;
  const quadrant = result?.quadrant;
  const placed = position !== undefined && position.source !== 'none' && quadrant !== undefined;
  return {
    point: placed ? { impact: side.onToday(position.impact), complexity: side.onToday(position.complexity) } : null,
    quadrant: placed ? quadrant : null,
    rank: side.rows.get(candidate.id)?.rank ?? null,
    placedByRoom: candidate.override !== null,
    withoutMl: isBetterWithoutMl(candidate),
    votes: result?.votes ?? 0,
  };
}

function scoresPoint(values: AxisValues | undefined, onToday: (value: number) => number): AxisValues {
  return {
    impact: values?.impact === undefined ? undefined : onToday(values.impact),
    complexity: values?.complexity === undefined ? undefined : onToday(values.complexity),
  };
}

/**
 * The rank a ranked row would have among today's ranked candidates other than `self`: one
 * more than those the ranking rule puts before it, an exact tie going by today's session
 * order. Today's ranking is sorted by that same order, so the count is a binary search
 * (a comparison of thousands of candidates stays quick).
 */
function rankAmongToday(today: Side, self: Candidate, row: Pick<RankedCandidate, 'quadrant' | 'priority' | 'votes' | 'candidate'>): number {
  const selfOrder = today.order.get(self.id) ?? Infinity;
  const comesBefore = (other: RankedCandidate) => {
    const order = compareRanked(other, row);
    return order < 0 || (order === 0 && (today.order.get(other.candidate.id) ?? Infinity) < selfOrder);
  };
  let low = 0;
  let high = today.ranked.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (comesBefore(today.ranked[mid]!)) low = mid + 1;
    else high = mid;
  }
  const selfRow = today.rows.get(self.id);
  const selfBefore = selfRow !== undefined && comesBefore(selfRow) ? 1 : 0;
  return low - selfBefore + 1;
}

function change(before: number | undefined, after: number | undefined): number | null {
  return before === undefined || after === undefined ? null : tidyNumber(after - before);
}

function deltaOf(
  earlierSide: Side,
  today: Side,
  reweighed: Map<string, AxisValues>,
  pair: CandidateMatching['pairs'][number],
  thresholdsBefore: Settings['thresholds'],
): CandidateDelta {
  const { earlier, current } = pair;
  const before = standingOf(earlierSide, earlier);
  const after = standingOf(today, current);
  const earlierRow = earlierSide.rows.get(earlier.id);
  const currentRow = today.rows.get(current.id);
  const onToday = earlierSide.onToday;
  const reasons = moveReasons({
    before,
    after,
    earlierPlacement: earlier.override === null ? null : { impact: onToday(earlier.override.impact), complexity: onToday(earlier.override.complexity) },
    currentPlacement: current.override,
    scoresBefore: scoresPoint(earlierSide.results.get(earlier.id)?.aggregate, onToday),
    scoresReweighed: scoresPoint(reweighed.get(earlier.id), onToday),
    scoresAfter: scoresPoint(today.results.get(current.id)?.aggregate, today.onToday),
    thresholdsBefore,
    thresholdsAfter: today.session.settings.thresholds,
    rankAsBeforeToday:
      earlierRow !== undefined && currentRow !== undefined
        ? rankAmongToday(today, current, {
            candidate: current,
            quadrant: earlierRow.quadrant,
            priority: tidyNumber(onToday(earlierRow.impact) - onToday(earlierRow.complexity)),
            votes: earlierRow.votes,
          })
        : null,
    rankWithEarlierVotes: earlierRow !== undefined && currentRow !== undefined ? rankAmongToday(today, current, { ...currentRow, votes: earlierRow.votes }) : null,
  });
  return {
    earlier,
    current,
    matchedBy: pair.matchedBy,
    before,
    after,
    impactChange: change(before.point?.impact, after.point?.impact),
    complexityChange: change(before.point?.complexity, after.point?.complexity),
    moved: pointMoved(before, after),
    changed: standingChanged(before, after),
    reasons,
  };
}

function sealedSides(earlier: Session, current: Session): ('earlier' | 'current')[] {
  return [...(scoresSealed(earlier) ? (['earlier'] as const) : []), ...(scoresSealed(current) ? (['current'] as const) : [])];
}

/**
 * The earlier session compared with the current one, over the facilitator's pairs (a plan,
 * refused in words when it does not fit these sessions) or, without one, Pickwise's proposal.
 */
export function compareSessions(earlierFile: Session, currentFile: Session, plan: MatchPlan | undefined, language: Language): SessionComparison {
  // Sealed, a session's candidates are read without the placements of an earlier reveal, as
  // everywhere else in the app; unsealed, this is the session itself.
  const earlier = sessionAsRoomSees(earlierFile);
  const current = sessionAsRoomSees(currentFile);
  let matching: CandidateMatching;
  if (plan === undefined) {
    const { pairs, dropped, added } = proposeMatches(earlier, current);
    matching = { pairs, dropped, added };
  } else {
    const applied = applyMatchPlan(earlier, current, plan, language);
    if (!applied.ok) return { kind: 'refused', message: applied.message, problems: applied.problems };
    matching = applied.matching;
  }

  const sealed = sealedSides(earlier, current);
  if (sealed.length > 0) {
    return { kind: 'sealed', matching, sealed, message: sealedComparisonMessage(sealed, language) };
  }

  const from = earlier.settings.scale;
  const to = current.settings.scale;
  const onToday = (value: number) => (from === to ? value : tidyNumber(rescale(value, from, to)));
  const earlierSide = sideOf(earlier, onToday);
  const today = sideOf(current, (value) => value);
  const reweighed = reweighedAggregates(
    earlier,
    current,
    matching.pairs.map((pair) => pair.earlier.id),
  );
  const before = { impact: onToday(earlier.settings.thresholds.impact), complexity: onToday(earlier.settings.thresholds.complexity) };
  const after = current.settings.thresholds;
  return {
    kind: 'compared',
    matching,
    deltas: matching.pairs.map((pair) => deltaOf(earlierSide, today, reweighed, pair, before)),
    added: matching.added.map((candidate) => ({ candidate, after: standingOf(today, candidate) })),
    dropped: matching.dropped.map((candidate) => ({ candidate, before: standingOf(earlierSide, candidate) })),
    thresholds: { before, after, moved: !sameThresholds(before, after) },
    criteria: criteriaChanges(earlier.criteria, current.criteria),
    rescaledFrom: from === to ? null : from,
  };
}
