// The matrix as data: which candidates the chart shows, where, and what it says about each.
// The chart only turns these into pixels.
import type { Candidate, CandidateStatus, Quadrant, Session } from '../session/schema';
import { compareNatural } from './compare';
import { isBetterWithoutMl } from './ranking';
import type { CandidateResult } from './scoring';
import type { WeightSensitivity } from './sensitivity';

/** The lowest and highest participant value on one axis; undefined with fewer than 2. */
export interface AxisRange {
  min: number;
  max: number;
}

/** One candidate as the impact-versus-complexity chart shows it. */
export interface MapPoint {
  candidate: Candidate;
  impact: number;
  complexity: number;
  quadrant: Quadrant;
  /** Dragged by the room: the position is a consensus override, not the scores' aggregate. */
  overridden: boolean;
  /** Where the scores alone put it, when it is overridden and scored. */
  scoresPosition: { impact: number; complexity: number } | null;
  impactRange: AxisRange | undefined;
  complexityRange: AxisRange | undefined;
  /** Its quadrant changes when a criterion weight moves by ±25 %. */
  unstable: boolean;
  votes: number;
  /** Share of the room that scored it, 0–1 (1 in consensus mode once scored). */
  confidence: number;
  /** Largest spread between participants, in scale points; 0 when nobody disagrees. */
  disagreement: number;
  focus: boolean;
  withoutMl: boolean;
  /** impact − complexity, the ranking's priority (see ranking.ts); labels go to higher ones first. */
  priority: number;
}

/** What the room chose to look at: empty lists mean "all". */
export interface MatrixFilters {
  tags: readonly string[];
  statuses: readonly CandidateStatus[];
  quadrants: readonly Quadrant[];
  showWithoutMl: boolean;
}

function rangeOf(values: number[]): AxisRange | undefined {
  if (values.length < 2) return undefined;
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** Whether a point passes the filters (tags match when the candidate has any of them). */
export function passesFilters(point: MapPoint, filters: MatrixFilters): boolean {
  if (point.withoutMl && !filters.showWithoutMl) return false;
  if (filters.statuses.length > 0 && !filters.statuses.includes(point.candidate.status)) return false;
  if (filters.quadrants.length > 0 && !filters.quadrants.includes(point.quadrant)) return false;
  if (filters.tags.length > 0 && !point.candidate.tags.some((tag) => filters.tags.includes(tag))) return false;
  return true;
}

/** Every candidate that has a position, as a point of the matrix, in session order. */
export function matrixPoints(
  session: Session,
  results: ReadonlyMap<string, CandidateResult>,
  sensitivity: ReadonlyMap<string, WeightSensitivity>,
): MapPoint[] {
  const room = Math.max(1, session.participants.length);
  const points: MapPoint[] = [];
  for (const candidate of session.candidates) {
    const result = results.get(candidate.id);
    // Stryker disable next-line StringLiteral: a result without a position has no quadrant either, which the same line checks.
    if (!result || result.position.source === 'none' || result.quadrant === undefined) continue;
    const perParticipant = [...result.perParticipant.values()];
    const aggregate = result.aggregate;
    points.push({
      candidate,
      impact: result.position.impact,
      complexity: result.position.complexity,
      quadrant: result.quadrant,
      overridden: result.position.source === 'override',
      scoresPosition:
        result.position.source === 'override' && aggregate.impact !== undefined && aggregate.complexity !== undefined
          ? { impact: aggregate.impact, complexity: aggregate.complexity }
          : null,
      impactRange: rangeOf(perParticipant.flatMap((values) => (values.impact === undefined ? [] : [values.impact]))),
      complexityRange: rangeOf(perParticipant.flatMap((values) => (values.complexity === undefined ? [] : [values.complexity]))),
      unstable: sensitivity.get(candidate.id)?.unstable ?? false,
      votes: result.votes,
      confidence: session.settings.scoringMode === 'consensus' ? 1 : Math.min(1, result.scoredBy / room),
      disagreement: result.disagreement?.overall ?? 0,
      focus: session.decision.focusCandidateId === candidate.id,
      withoutMl: isBetterWithoutMl(candidate),
      // Stryker disable next-line ArithmeticOperator: a placed result always carries its priority, so the fallback never runs.
      priority: result.priority ?? result.position.impact - result.position.complexity,
    });
  }
  return points;
}

/** Every tag in use, in natural order whatever the machine's locale, for the tag filter and the tag colours. */
export function tagsInUse(session: Pick<Session, 'candidates'>): string[] {
  return [...new Set(session.candidates.flatMap((candidate) => candidate.tags))].sort(compareNatural);
}
