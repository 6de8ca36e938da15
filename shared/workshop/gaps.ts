// Which gaps the room should discuss: the candidates whose participants are furthest apart
// (disagreement.ts says how far), and who to ask to explain.
import { compareCandidates } from './compare';
import type { Disagreement } from './disagreement';
import type { CandidateResult } from './scoring';

/** A result known to have a disagreement (what widestGaps returns). */
export type DisagreementResult = CandidateResult & { disagreement: Disagreement };

/**
 * The candidates to put up for discussion: those with a disagreement, by overall spread
 * descending, ties by code and title, then in the order given (the session's: results come
 * from computeCandidateResults); at most `limit` of them.
 */
export function widestGaps(results: ReadonlyMap<string, CandidateResult> | Iterable<CandidateResult>, limit: number): DisagreementResult[] {
  // Stryker disable next-line EqualityOperator: a limit of 0 then takes a slice of none.
  if (!(limit > 0)) return [];
  const iterable = isMap(results) ? results.values() : results;
  const withGap: DisagreementResult[] = [];
  for (const r of iterable) {
    if (r.disagreement !== undefined) withGap.push(r as DisagreementResult);
  }
  withGap.sort((a, b) => b.disagreement.overall - a.disagreement.overall || compareCandidates(a.candidate, b.candidate));
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; a slice to the limit of a shorter list is the list.
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
