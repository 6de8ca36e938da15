// How far apart the participants are on a candidate, and which gaps the room should discuss.
//
// Definition: per axis, over the participants who have a value on that axis (at least 2):
// spread = max − min of their axis values, and the population standard deviation. The
// candidate's overall disagreement is the larger of the two axes' spreads (and its overall
// standard deviation the larger of the two axes' standard deviations). An axis with fewer than
// 2 values has no spread; a candidate with no spread on either axis has no disagreement.
import type { CandidateResult, AxisValues } from './scoring';
import { compareCandidates } from './compare';
import { spreadOf, standardDeviationOf } from './statistics';

/** The spread on one axis between the participants who scored it. */
export interface AxisSpread {
  /** max − min of the participants' axis values, in scale points. */
  spread: number;
  /** Population standard deviation of the same values. */
  stdDev: number;
  /** How many participants' values it covers (at least 2). */
  count: number;
  min: number;
  max: number;
}

/** A candidate's disagreement: per axis, and overall = the larger axis. */
export interface Disagreement {
  impact: AxisSpread | undefined;
  complexity: AxisSpread | undefined;
  /** The larger of the two axes' spreads. */
  overall: number;
  /** The larger of the two axes' standard deviations. */
  stdDev: number;
  /** The axis with the larger spread (impact on a tie), for the discussion prompt. */
  axis: 'impact' | 'complexity';
}

/** The spread of one axis's values; undefined with fewer than 2 values (no one to disagree with). */
export function axisSpread(values: readonly number[]): AxisSpread | undefined {
  if (values.length < 2) return undefined;
  return {
    spread: spreadOf(values)!,
    stdDev: standardDeviationOf(values)!,
    count: values.length,
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** A candidate's disagreement from its per-participant axis values; undefined when no axis has 2 values. */
export function disagreementOf(perParticipant: ReadonlyMap<string, AxisValues>): Disagreement | undefined {
  if (perParticipant.size < 2) return undefined;
  const impacts: number[] = [];
  const complexities: number[] = [];
  for (const v of perParticipant.values()) {
    if (v.impact !== undefined) impacts.push(v.impact);
    if (v.complexity !== undefined) complexities.push(v.complexity);
  }
  const impact = axisSpread(impacts);
  const complexity = axisSpread(complexities);
  if (impact === undefined && complexity === undefined) return undefined;
  const i = impact?.spread ?? -1;
  const c = complexity?.spread ?? -1;
  return {
    impact,
    complexity,
    overall: Math.max(i, c),
    stdDev: Math.max(impact?.stdDev ?? 0, complexity?.stdDev ?? 0),
    axis: c > i ? 'complexity' : 'impact',
  };
}

/** A result known to have a disagreement (what widestGaps returns). */
export type DisagreementResult = CandidateResult & { disagreement: Disagreement };

/**
 * The candidates to put up for discussion: those with a disagreement, by overall spread
 * descending, ties by code and title, then in the order given (the session's: results come
 * from computeCandidateResults); at most `limit` of them.
 */
export function widestGaps(results: ReadonlyMap<string, CandidateResult> | Iterable<CandidateResult>, limit: number): DisagreementResult[] {
  if (!(limit > 0)) return [];
  const iterable = isMap(results) ? results.values() : results;
  const withGap: DisagreementResult[] = [];
  for (const r of iterable) {
    if (r.disagreement !== undefined) withGap.push(r as DisagreementResult);
  }
  withGap.sort((a, b) => b.disagreement.overall - a.disagreement.overall || compareCandidates(a.candidate, b.candidate));
  return withGap.length > limit ? withGap.slice(0, limit) : withGap;
}

function isMap(x: ReadonlyMap<string, CandidateResult> | Iterable<CandidateResult>): x is ReadonlyMap<string, CandidateResult> {
  return x instanceof Map;
}

/** A participant's value on one axis, for naming who scored highest and lowest. */
export interface ParticipantValue {
  participantId: string;
  value: number;
}

/**
 * Who scored a candidate highest and lowest on the axis of its widest gap, to ask them to
 * explain; undefined when fewer than two participants have a value on that axis. When several
 * share the highest (or lowest) value, the first of them in the session's participant order
 * is named (perParticipant is filled in that order, see computeCandidateResults).
 */
export function gapExtremes(result: DisagreementResult): { axis: 'impact' | 'complexity'; high: ParticipantValue; low: ParticipantValue } | undefined {
  const axis = result.disagreement.axis;
  let high: ParticipantValue | undefined;
  let low: ParticipantValue | undefined;
  let count = 0;
  for (const [participantId, axisValues] of result.perParticipant) {
    const value = axisValues[axis];
    if (value === undefined) continue;
    count += 1;
    if (high === undefined || value > high.value) high = { participantId, value };
    if (low === undefined || value < low.value) low = { participantId, value };
  }
  if (count < 2 || high === undefined || low === undefined) return undefined;
  return { axis, high, low };
}
