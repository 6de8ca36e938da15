// The ranked list of the Decide phase.
//
// Rule: candidates better solved without ML are set apart (their own outcome); candidates with
// no position (not scored on both axes and not placed by the room) are set apart as unscored,
// to be listed after the ranking; the rest are ordered by quadrant (quick wins, big bets,
// fill-ins, money pits), then by priority = impact − complexity of their position, higher
// first, then by dot votes, more first, then by code (natural order) and title, then in the
// session's order (never by id: ids are random).
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import type { Candidate, Quadrant, Session } from '../session/schema';
import { midSentenceIn } from '../i18n/sentence';
import { compareCandidates } from './compare';
import { QUADRANT_ORDER, quadrantRank } from './quadrant';
import { computeCandidateResults, type CandidateResult } from './scoring';

/**
 * The sentence the Decide view and the decision record show under the ranked list, so the
 * order is never a mystery: with the session's own quadrant names (for renamed quadrants).
 */
export function rankingRuleText(names: Session['settings']['quadrantNames'], language: Language): string {
  const [first, second, third, fourth] = QUADRANT_ORDER.map((q, i) => {
    const name = names[q].trim() || q;
    // Mid-sentence names read in lower case ("then big bets").
    return i > 0 ? midSentenceIn(name, language) : name;
  }) as [string, string, string, string];
  return textsIn(language)('rules:rankingRule', { first, second, third, fourth });
}

/** One row of the ranked list. */
export interface RankedCandidate {
  /** 1-based position in the list; every row has a distinct rank (the order is total). */
  rank: number;
  candidate: Candidate;
  result: CandidateResult;
  quadrant: Quadrant;
  /** impact − complexity of the position (override or scores). */
  priority: number;
  impact: number;
  complexity: number;
  votes: number;
}

/** The Decide phase's three lists. */
export interface Ranking {
  ranked: RankedCandidate[];
  /** Better solved without ML, by code; shown as their own outcome, whatever their scores. */
  withoutMl: Candidate[];
  /** Not placed on the matrix yet, by code; listed after the ranking. */
  unscored: Candidate[];
}

/** Whether the room set a candidate apart as better solved without ML (flag or 'non-ml' status). */
export function isBetterWithoutMl(candidate: Pick<Candidate, 'betterWithoutMl' | 'status'>): boolean {
  return candidate.betterWithoutMl || candidate.status === 'non-ml';
}

/** Orders two ranked rows by the ranking rule (quadrant, priority, votes, code). */
export function compareRanked(
  a: Pick<RankedCandidate, 'quadrant' | 'priority' | 'votes' | 'candidate'>,
  b: Pick<RankedCandidate, 'quadrant' | 'priority' | 'votes' | 'candidate'>,
): number {
  return (
    quadrantRank(a.quadrant) - quadrantRank(b.quadrant) ||
    b.priority - a.priority ||
    b.votes - a.votes ||
    compareCandidates(a.candidate, b.candidate)
  );
}

/** Splits and orders the candidates for the Decide phase by the ranking rule above. */
export function rankCandidates(session: Session, results: ReadonlyMap<string, CandidateResult> = computeCandidateResults(session)): Ranking {
  const rows: Omit<RankedCandidate, 'rank'>[] = [];
  const withoutMl: Candidate[] = [];
  const unscored: Candidate[] = [];
  for (const candidate of session.candidates) {
    if (isBetterWithoutMl(candidate)) {
      withoutMl.push(candidate);
      continue;
    }
    const result = results.get(candidate.id);
    const position = result?.position;
    if (result === undefined || position === undefined || position.source === 'none' || result.quadrant === undefined) {
      unscored.push(candidate);
      continue;
    }
    rows.push({
      candidate,
      result,
      quadrant: result.quadrant,
      // Stryker disable next-line ArithmeticOperator: a placed result always carries its priority, so the fallback never runs.
      priority: result.priority ?? position.impact - position.complexity,
      impact: position.impact,
      complexity: position.complexity,
      votes: result.votes,
    });
  }
  rows.sort(compareRanked);
  withoutMl.sort(compareCandidates);
  unscored.sort(compareCandidates);
  return { ranked: rows.map((row, i) => ({ ...row, rank: i + 1 })), withoutMl, unscored };
}
