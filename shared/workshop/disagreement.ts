// How far apart the participants are on a candidate.
//
// Definition: per axis, over the participants who have a value on that axis (at least 2):
// spread = max − min of their axis values, and the population standard deviation. The
// candidate's overall disagreement is the larger of the two axes' spreads (and its overall
// standard deviation the larger of the two axes' standard deviations). An axis with fewer than
// 2 values has no spread; a candidate with no spread on either axis has no disagreement.
// Which gaps the room discusses is in gaps.ts, over the candidates' results.
import { spreadOf, standardDeviationOf } from './statistics';

/** A value per axis; undefined where nothing was scored on that axis. */
export interface AxisValues {
  impact: number | undefined;
  complexity: number | undefined;
}

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
  // Stryker disable next-line ConditionalExpression: a shortcut; with fewer than 2 participants no axis has 2 values either.
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
