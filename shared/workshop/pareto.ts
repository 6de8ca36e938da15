// The 80/20 of the backlog: which few ML candidates give most of the impact for little of the
// effort.
//
// Rule: the candidates of the ranking (shared/workshop/ranking.ts: better-without-ML and
// unscored candidates are already set apart there, and are left out here and counted) are
// ordered by impact ÷ complexity, higher first; ties go to the higher impact, then to the code
// (natural order) and title. Impact and complexity are the values of the candidate's position
// on the matrix (the room's placement or the aggregated scores), summed as they are: on a 1–5
// scale a complexity of 1 is the least effort the scale can say, not no effort, so it counts 1
// (counting from the scale's minimum would make every complexity-1 candidate "free" and put it
// first whatever its impact). The curve accumulates both, as shares of the backlog's totals.
//
// The knee is the candidate where the curve rises farthest above the diagonal from (0 %, 0 %)
// to (100 %, 100 %), i.e. where impact share − effort share is largest (the earliest one on a
// tie). The diagonal is what candidates of equal value per effort would give, so the knee is
// where the lead over "all alike" stops growing: after it, each candidate adds less impact
// than effort, in shares. It is simple enough to check by hand. When no candidate rises above
// the diagonal (one candidate, or all with the same ratio) there is no knee; the last
// candidate is never the knee.
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import type { Candidate } from '../session/schema';
import { compareCandidates } from './compare';
import type { Ranking } from './ranking';

/** The parts of a ranked row the 80/20 reads: the position the ranking already computed. */
type ParetoInput = Pick<Ranking['ranked'][number], 'candidate' | 'impact' | 'complexity'>;

/** The rule in one sentence, under the 80/20 in the app and in the decision record. */
export function paretoRuleText(language: Language): string {
  return textsIn(language)('rules:pareto.rule');
}

/** One candidate on the 80/20 curve. */
export interface ParetoStep {
  /** 1-based place in the 80/20 order. */
  rank: number;
  candidate: Candidate;
  impact: number;
  complexity: number;
  /** impact ÷ complexity; Infinity for no complexity (only possible outside the app's scales). */
  ratio: number;
  /** Share of the backlog's impact of this candidate and all before it, 0..1. */
  impactShare: number;
  /** Share of the backlog's complexity (its effort) of this candidate and all before it, 0..1. */
  effortShare: number;
}

/** The 80/20 of a ranking: the ordered curve, its knee, and what was left out. */
export interface ParetoCurve {
  steps: ParetoStep[];
  /** How many candidates up to and including the knee; 0 when there is no knee. */
  kneeCount: number;
  /** Set apart as better solved without ML: left out of the curve. */
  withoutMl: Candidate[];
  /** Not placed on the matrix yet: left out of the curve. */
  unscored: Candidate[];
}

/** Below this, a difference in lead over the diagonal is rounding noise (shares are 0..1). */
const ABOVE_DIAGONAL = 1e-9;

/** Orders two candidates by the 80/20 rule: higher impact ÷ complexity, then higher impact, then code. */
export function compareParetoOrder(a: ParetoInput, b: ParetoInput): number {
  // a.impact / a.complexity vs b.impact / b.complexity, cross-multiplied: exact for whole
  // numbers, and defined when a complexity is 0 (that candidate comes first).
  return b.impact * a.complexity - a.impact * b.complexity || b.impact - a.impact || compareCandidates(a.candidate, b.candidate);
}

function share(part: number, total: number): number {
  return total > 0 ? part / total : 0;
}

/** The 80/20 curve of a ranking (see the rule at the top of this file). */
export function paretoCurve(ranking: { ranked: readonly ParetoInput[] } & Pick<Ranking, 'withoutMl' | 'unscored'>): ParetoCurve {
  const ordered = [...ranking.ranked].sort(compareParetoOrder);
  const totalImpact = ordered.reduce((sum, row) => sum + row.impact, 0);
  const totalComplexity = ordered.reduce((sum, row) => sum + row.complexity, 0);
  let impact = 0;
  let complexity = 0;
  const steps = ordered.map((row, i): ParetoStep => {
    impact += row.impact;
    complexity += row.complexity;
    return {
      rank: i + 1,
      candidate: row.candidate,
      impact: row.impact,
      complexity: row.complexity,
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a scored candidate's complexity is at least 1 on either scale, so the guard never fails.
      ratio: row.complexity > 0 ? row.impact / row.complexity : Infinity,
      impactShare: share(impact, totalImpact),
      effortShare: share(complexity, totalComplexity),
    };
  });
  let kneeCount = 0;
  let lead = 0;
  // Never the last candidate: all of the backlog is not a few of it (its lead is 0 anyway,
  // unless the backlog has no impact or no complexity at all).
  for (const step of steps.slice(0, -1)) {
    const above = step.impactShare - step.effortShare;
    // Strictly more by a margin: an equal lead (up to rounding) keeps the earlier knee.
    // Stryker disable next-line EqualityOperator: differs only when the lead is exactly the margin more, to the last bit.
    if (above > lead + ABOVE_DIAGONAL) {
      lead = above;
      kneeCount = step.rank;
    }
  }
  return { steps, kneeCount, withoutMl: ranking.withoutMl, unscored: ranking.unscored };
}

/** A share as the sentence says it: a whole percent, halves rounded up (0.605 → 61). */
export function percentOf(shareValue: number): number {
  return Math.round(shareValue * 100);
}

/** What the 80/20 says in words: the headline, then why candidates are missing from it. */
export interface ParetoSentences {
  headline: string;
  leftOut: string[];
}


/** The 80/20 in words, from the curve: "The first 3 candidates give 61 % of the backlog's impact for 24 % of its effort." */
export function paretoSentences(curve: ParetoCurve, language: Language): ParetoSentences {
  const t = textsIn(language);
  const { steps, kneeCount } = curve;
  let headline: string;
  if (steps.length === 0) {
    headline = t('rules:pareto.none');
  } else if (steps.length === 1) {
    headline = t('rules:pareto.single');
  } else if (kneeCount === 0) {
    headline = t('rules:pareto.allAlike', { number: String(steps.length) });
  } else {
    const knee = steps[kneeCount - 1]!;
    headline = t('rules:pareto.knee', { count: kneeCount, impact: String(percentOf(knee.impactShare)), effort: String(percentOf(knee.effortShare)) });
  }
  const leftOut: string[] = [];
  const withoutMl = curve.withoutMl.length;
  if (withoutMl > 0) leftOut.push(t('rules:pareto.withoutMlLeftOut', { count: withoutMl }));
  const unscored = curve.unscored.length;
  if (unscored > 0) leftOut.push(t('rules:pareto.unscoredLeftOut', { count: unscored }));
  return { headline, leftOut };
}

/** The 80/20 in one paragraph: the headline and what is left out, as the decision record prints it. */
export function paretoText(curve: ParetoCurve, language: Language): string {
  const { headline, leftOut } = paretoSentences(curve, language);
  return [headline, ...leftOut].join(' ');
}
