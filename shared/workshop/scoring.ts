// How participants' scores become one point per candidate on the matrix.
//
// Rules (each pinned by tests/unit/shared/workshop-scoring.test.ts):
// - A participant's value on an axis is the weighted mean of their scores on that axis's
//   criteria. Weights are normalised over the criteria the participant actually scored, so a
//   missing score is ignored rather than read as 0; criteria with weight 0 are ignored; with no
//   score on the axis the value is undefined.
// - With settings.scoreByBackground, business participants' complexity scores and technical
//   participants' impact scores are ignored; domain and data participants count on both axes.
// - The candidate's value on an axis aggregates the participants who have a value on it:
//   'mean' = their mean, 'median' = their median (even count: mean of the two middle values).
// - In consensus mode the room's one score per criterion (session.consensusScores) is weighted
//   the same way and is the only input: no per-participant values, no disagreement.
// - The position is the room's override when set, else the aggregate when both axes have one,
//   else none (the candidate is not plotted or ranked).
// Scores from participants or for criteria no longer in the session are ignored; values are
// used as stored (rescaling on a scale change is done once, by whoever changes the scale).
import type { Axis, Background, Candidate, Criterion, Override, Participant, Quadrant, Session, Settings } from '../session/schema';
import { disagreementOf, type AxisValues, type Disagreement } from './disagreement';
import { quadrantOf } from './quadrant';
import { meanOf, medianOf, tidyNumber } from './statistics';
import { dotsByCandidate } from './votes';

/** Both axes, in display order; loops over axes use this instead of repeating literals. */
export const AXES: readonly Axis[] = ['impact', 'complexity'];

/** Scores looked up in O(1): candidate id → participant id → criterion id → value. */
export type ScoreIndex = Map<string, Map<string, Map<string, number>>>;

/** Consensus scores looked up in O(1): candidate id → criterion id → value. */
export type ConsensusIndex = Map<string, Map<string, number>>;

/** The criteria that count on each axis (weight above 0), in session order. */
export interface AxisCriteria {
  impact: readonly Criterion[];
  complexity: readonly Criterion[];
}

/** Where a candidate's point comes from: the room's drag, the scores, or nowhere yet. */
export type PositionSource = 'override' | 'scores' | 'none';

/**
 * A candidate's effective point. `scoredBy` counts participants with a value on at least one
 * axis (0 in consensus mode, where the room scores as one); it is reported even for overrides.
 */
export type CandidatePosition =
  | { source: 'override' | 'scores'; impact: number; complexity: number; scoredBy: number }
  | { source: 'none'; impact: number | undefined; complexity: number | undefined; scoredBy: number };

/** Everything the views need about one candidate, computed once per session change. */
export interface CandidateResult {
  candidate: Candidate;
  /** Each participant's axis values (blind mode only; participants with no value are absent). */
  perParticipant: Map<string, AxisValues>;
  /** The aggregate from scores (blind: across participants; consensus: the room's scores). */
  aggregate: AxisValues;
  scoredBy: number;
  /** Spread between participants; undefined with fewer than 2 values on both axes. */
  disagreement: Disagreement | undefined;
  position: CandidatePosition;
  /** The quadrant of the position; undefined when the candidate has no position. */
  quadrant: Quadrant | undefined;
  /** impact − complexity of the position (see ranking.ts); undefined without a position. */
  priority: number | undefined;
  /** Dot votes received. */
  votes: number;
}

/** The inputs of the axis computation, gathered once so that variants (sensitivity) reuse them. */
export interface ScoringContext {
  participants: readonly Participant[];
  scores: ScoreIndex;
  consensus: ConsensusIndex;
  settings: Pick<Settings, 'scoringMode' | 'aggregation' | 'scoreByBackground'>;
}

/** Builds the score index once so that no rule ever scans the flat score list per candidate. */
export function indexScores(session: Pick<Session, 'scores'>): ScoreIndex {
  const index: ScoreIndex = new Map();
  for (const s of session.scores) {
    let byParticipant = index.get(s.candidateId);
    if (byParticipant === undefined) {
      byParticipant = new Map();
      index.set(s.candidateId, byParticipant);
    }
    let byCriterion = byParticipant.get(s.participantId);
    if (byCriterion === undefined) {
      byCriterion = new Map();
      byParticipant.set(s.participantId, byCriterion);
    }
    // A duplicated (participant, candidate, criterion) keeps the last value in the file.
    byCriterion.set(s.criterionId, s.value);
  }
  return index;
}

/** Builds the consensus-score index once, for consensus mode. Duplicates keep the last value. */
export function indexConsensusScores(session: Pick<Session, 'consensusScores'>): ConsensusIndex {
  const index: ConsensusIndex = new Map();
  for (const s of session.consensusScores) {
    let byCriterion = index.get(s.candidateId);
    if (byCriterion === undefined) {
      byCriterion = new Map();
      index.set(s.candidateId, byCriterion);
    }
    byCriterion.set(s.criterionId, s.value);
  }
  return index;
}

/** Splits criteria by axis and drops those with weight 0 (or a non-finite weight): they count for nothing. */
export function criteriaByAxis(criteria: readonly Criterion[]): AxisCriteria {
  const impact: Criterion[] = [];
  const complexity: Criterion[] = [];
  for (const c of criteria) {
    if (!(Number.isFinite(c.weight) && c.weight > 0)) continue;
    (c.axis === 'impact' ? impact : complexity).push(c);
  }
  return { impact, complexity };
}

/** Whether a participant's scores on an axis count: always, unless scoreByBackground excludes them. */
export function scoresAxis(background: Background, axis: Axis, scoreByBackground: boolean): boolean {
  if (!scoreByBackground) return true;
  if (background === 'business') return axis === 'impact';
  if (background === 'technical') return axis === 'complexity';
  return true;
}

/**
 * The weighted mean of one set of scores over one axis's criteria, weights normalised over the
 * criteria that have a score; undefined when none has. E.g. weights 2 and 1, scores 4 and 1 →
 * (2·4 + 1·1) / 3 = 3; with the second score missing → 4.
 */
export function weightedAxisValue(scores: ReadonlyMap<string, number> | undefined, criteria: readonly Criterion[]): number | undefined {
  // Stryker disable next-line ConditionalExpression: a shortcut; no score leaves no weight, which gives undefined below.
  if (scores === undefined || scores.size === 0) return undefined;
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const v = scores.get(c.id);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a weight of 0 adds nothing to either sum (the schema allows no less).
    if (v === undefined || !(c.weight > 0)) continue;
    sum += c.weight * v;
    weights += c.weight;
  }
  return weights > 0 ? tidyNumber(sum / weights) : undefined;
}

/** Aggregates participants' axis values by the session's method ('mean' or 'median'). */
export function aggregateValues(values: readonly number[], method: Settings['aggregation']): number | undefined {
  return method === 'median' ? medianOf(values) : meanOf(values);
}

/** Gathers the indexes and settings the axis computation needs, reusing a score index if given. */
export function scoringContext(session: Session, index: ScoreIndex = indexScores(session)): ScoringContext {
  return {
    participants: session.participants,
    scores: index,
    consensus: indexConsensusScores(session),
    settings: session.settings,
  };
}

/** One participant's value on one axis for one candidate, honouring scoreByBackground. */
export function participantAxisValue(
  ctx: ScoringContext,
  candidateId: string,
  participant: Participant,
  axis: Axis,
  criteria: readonly Criterion[],
): number | undefined {
  if (!scoresAxis(participant.background, axis, ctx.settings.scoreByBackground)) return undefined;
  return weightedAxisValue(ctx.scores.get(candidateId)?.get(participant.id), criteria);
}

/**
 * A candidate's aggregate on one axis for a given set of that axis's criteria: the consensus
 * value in consensus mode, else the participants' values aggregated. Used with altered
 * weights by the sensitivity check, so it takes the criteria rather than the session's.
 */
export function axisAggregate(ctx: ScoringContext, candidateId: string, axis: Axis, criteria: readonly Criterion[]): number | undefined {
  if (ctx.settings.scoringMode === 'consensus') {
    return weightedAxisValue(ctx.consensus.get(candidateId), criteria);
  }
  const byParticipant = ctx.scores.get(candidateId);
  if (byParticipant === undefined) return undefined;
  const values: number[] = [];
  for (const p of ctx.participants) {
    if (!scoresAxis(p.background, axis, ctx.settings.scoreByBackground)) continue;
    const v = weightedAxisValue(byParticipant.get(p.id), criteria);
    if (v !== undefined) values.push(v);
  }
  return aggregateValues(values, ctx.settings.aggregation);
}

/** The effective point: the override if set, else the aggregate if both axes have one, else none. */
export function candidatePosition(override: Override | null, aggregate: AxisValues, scoredBy: number): CandidatePosition {
  if (override !== null) {
    return { source: 'override', impact: override.impact, complexity: override.complexity, scoredBy };
  }
  if (aggregate.impact !== undefined && aggregate.complexity !== undefined) {
    return { source: 'scores', impact: aggregate.impact, complexity: aggregate.complexity, scoredBy };
  }
  return { source: 'none', impact: aggregate.impact, complexity: aggregate.complexity, scoredBy };
}

/**
 * Every candidate's result in one pass (O(candidates × participants × criteria)), keyed by
 * candidate id in session order; the one call a view memoises on the session.
 */
export function computeCandidateResults(session: Session, index: ScoreIndex = indexScores(session)): Map<string, CandidateResult> {
  const ctx = scoringContext(session, index);
  const axisCriteria = criteriaByAxis(session.criteria);
  const dots = dotsByCandidate(session);
  const { thresholds, scoringMode, aggregation, scoreByBackground } = session.settings;
  const results = new Map<string, CandidateResult>();

  for (const candidate of session.candidates) {
    const perParticipant = new Map<string, AxisValues>();
    let aggregate: AxisValues;
    if (scoringMode === 'consensus') {
      const scores = ctx.consensus.get(candidate.id);
      aggregate = {
        impact: weightedAxisValue(scores, axisCriteria.impact),
        complexity: weightedAxisValue(scores, axisCriteria.complexity),
      };
    } else {
      const byParticipant = index.get(candidate.id);
      const impacts: number[] = [];
      const complexities: number[] = [];
      if (byParticipant !== undefined) {
        for (const p of session.participants) {
          const scores = byParticipant.get(p.id);
          // Stryker disable next-line ConditionalExpression: a shortcut; weightedAxisValue gives undefined for no scores, and the next check skips it.
          if (scores === undefined) continue;
          const impact = scoresAxis(p.background, 'impact', scoreByBackground) ? weightedAxisValue(scores, axisCriteria.impact) : undefined;
          const complexity = scoresAxis(p.background, 'complexity', scoreByBackground)
            ? weightedAxisValue(scores, axisCriteria.complexity)
            : undefined;
          if (impact === undefined && complexity === undefined) continue;
          perParticipant.set(p.id, { impact, complexity });
          if (impact !== undefined) impacts.push(impact);
          if (complexity !== undefined) complexities.push(complexity);
        }
      }
      aggregate = { impact: aggregateValues(impacts, aggregation), complexity: aggregateValues(complexities, aggregation) };
    }
    const scoredBy = perParticipant.size;
    const position = candidatePosition(candidate.override, aggregate, scoredBy);
    const placed = position.source !== 'none';
    results.set(candidate.id, {
      candidate,
      perParticipant,
      aggregate,
      scoredBy,
      disagreement: disagreementOf(perParticipant),
      position,
      quadrant: placed ? quadrantOf(position, thresholds) : undefined,
      priority: placed ? tidyNumber(position.impact - position.complexity) : undefined,
      votes: dots.get(candidate.id) ?? 0,
    });
  }
  return results;
}
