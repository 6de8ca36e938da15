// Which candidate of the earlier session is which candidate of the current one, before two
// sessions are compared (issue 16): Pickwise proposes the pairs, the facilitator confirms or
// changes them, and the comparison reads the pairs the facilitator settled on.
//
// The proposal's rule:
// 1. By id: an earlier candidate and a current one with the same id are a pair (a follow-up
//    or a copy of the same file keeps its ids, whatever the titles became).
// 2. By title: among the candidates left on both sides, an earlier and a current candidate
//    whose titles have the same titleKey (comparison-names.ts: case, accents, punctuation and
//    word order ignored) are a pair, when that key belongs to exactly one candidate left on
//    each side.
// 3. A key that belongs to more than one candidate left on either side, and to at least one
//    on the other, is a clash: none of its candidates is paired (Pickwise does not guess which
//    is which); the clash is reported with all of them so the facilitator can pair them.
// 4. Every candidate not paired is dropped (earlier side) or new (current side).
// Pairs are listed in the current session's order, dropped candidates in the earlier
// session's order, new ones in the current session's order.
import type { Language } from '../i18n/languages';
import { textsIn } from '../i18n/texts';
import type { Candidate, Session } from '../session/schema';
import { candidateLabel } from './compare';
import { titleKey } from './comparison-names';

/** How a pair was found: the same id, the same title (as titleKey reads it), or the facilitator's choice. */
export type MatchBasis = 'id' | 'title' | 'facilitator';

/** One candidate of the earlier session and the current candidate it has become. */
export interface CandidatePair {
  earlier: Candidate;
  current: Candidate;
  matchedBy: MatchBasis;
}

/** The settled pairs: what the comparison reads. Every candidate of both sessions is in exactly one list. */
export interface CandidateMatching {
  pairs: CandidatePair[];
  /** Earlier candidates with no current one: dropped since then. */
  dropped: Candidate[];
  /** Current candidates with no earlier one: new since then. */
  added: Candidate[];
}

/** Candidates whose titles read the same, more than one on a side: left unpaired for the facilitator. */
export interface TitleClash {
  /** The title as both sessions' candidates share it (titleKey). */
  key: string;
  earlier: Candidate[];
  current: Candidate[];
}

/** Pickwise's proposal, for the review step: the pairs it found, and the clashes it would not guess. */
export interface MatchProposal extends CandidateMatching {
  clashes: TitleClash[];
}

/** The facilitator's pairs, by candidate id: every candidate not named in a pair is dropped or new. */
export interface MatchPlan {
  pairs: readonly { earlierId: string; currentId: string }[];
}

/** A plan turned into pairs, or why it cannot be (in words, nothing changed). */
export type MatchPlanResult = { ok: true; matching: CandidateMatching } | { ok: false; message: string; problems: string[] };

function groupByTitle(candidates: readonly Candidate[]): Map<string, Candidate[]> {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const key = titleKey(candidate.title);
    if (key === '') continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [candidate]);
    else group.push(candidate);
  }
  return groups;
}

/** The pairs Pickwise proposes between two sessions' candidates, by the rule at the top of this file. */
export function proposeMatches(earlier: Pick<Session, 'candidates'>, current: Pick<Session, 'candidates'>): MatchProposal {
  const earlierIds = new Set(earlier.candidates.map((candidate) => candidate.id));
  const currentIds = new Set(current.candidates.map((candidate) => candidate.id));
  const earlierLeft = earlier.candidates.filter((candidate) => !currentIds.has(candidate.id));
  const currentLeft = current.candidates.filter((candidate) => !earlierIds.has(candidate.id));
  const earlierByTitle = groupByTitle(earlierLeft);
  const currentByTitle = groupByTitle(currentLeft);

  const earlierOf = new Map<string, { candidate: Candidate; matchedBy: MatchBasis }>();
  const byId = new Map(earlier.candidates.map((candidate) => [candidate.id, candidate]));
  for (const candidate of current.candidates) {
    const same = byId.get(candidate.id);
    if (same !== undefined) earlierOf.set(candidate.id, { candidate: same, matchedBy: 'id' });
  }
  const clashes: TitleClash[] = [];
  for (const [key, currentGroup] of currentByTitle) {
    const earlierGroup = earlierByTitle.get(key);
    if (earlierGroup === undefined) continue;
    if (earlierGroup.length === 1 && currentGroup.length === 1) {
      earlierOf.set(currentGroup[0]!.id, { candidate: earlierGroup[0]!, matchedBy: 'title' });
    } else {
      clashes.push({ key, earlier: earlierGroup, current: currentGroup });
    }
  }

  const paired = new Set([...earlierOf.values()].map((match) => match.candidate.id));
  return {
    pairs: current.candidates.flatMap((candidate) => {
      const match = earlierOf.get(candidate.id);
      return match === undefined ? [] : [{ earlier: match.candidate, current: candidate, matchedBy: match.matchedBy }];
    }),
    dropped: earlier.candidates.filter((candidate) => !paired.has(candidate.id)),
    added: current.candidates.filter((candidate) => !earlierOf.has(candidate.id)),
    // In the order the current session first lists a candidate of each clash.
    clashes,
  };
}

/** The proposal as a plan: what the review step starts from before the facilitator changes anything. */
export function planOf(matching: Pick<CandidateMatching, 'pairs'>): MatchPlan {
  return { pairs: matching.pairs.map((pair) => ({ earlierId: pair.earlier.id, currentId: pair.current.id })) };
}

/** How a pair the facilitator settled on is described: by id or title when those agree, else their choice. */
function basisOf(earlier: Candidate, current: Candidate): MatchBasis {
  if (earlier.id === current.id) return 'id';
  const key = titleKey(current.title);
  return key !== '' && key === titleKey(earlier.title) ? 'title' : 'facilitator';
}

/** A candidate as a refusal names it: its code and quoted title, or its quoted title alone. */
function namedIn(language: Language): (candidate: Candidate) => string {
  const t = textsIn(language);
  return (candidate) => {
    const label = candidateLabel(candidate);
    return label === candidate.title ? t('rules:named.title', { title: candidate.title }) : t('rules:named.codeAndTitle', { code: label, title: candidate.title });
  };
}

/** How many problems a refusal names before it only counts the rest (as a refused file does). */
const PROBLEMS_NAMED = 3;

function refusal(problems: string[], language: Language): { ok: false; message: string; problems: string[] } {
  const t = textsIn(language);
  const shown = problems.slice(0, PROBLEMS_NAMED).join(t('rules:phraseSeparator'));
  const more = problems.length - PROBLEMS_NAMED;
  const number = String(problems.length);
  const message =
    problems.length === 1
      ? t('rules:comparison.refused.single', { problem: problems[0]! })
      : more > 0
        ? t('rules:comparison.refused.severalAndMore', { number, problems: shown, count: more })
        : t('rules:comparison.refused.several', { number, problems: shown });
  return { ok: false, message, problems };
}

/**
 * The facilitator's plan as pairs, checked first: every id must name a candidate of its
 * session, and no candidate may be in two different pairs. A plan that fails is refused with every
 * problem in words and nothing is paired; the review step shows the message and keeps the plan.
 */
export function applyMatchPlan(earlier: Pick<Session, 'candidates'>, current: Pick<Session, 'candidates'>, plan: MatchPlan, language: Language): MatchPlanResult {
  const t = textsIn(language);
  const named = namedIn(language);
  const earlierById = new Map(earlier.candidates.map((candidate) => [candidate.id, candidate]));
  const currentById = new Map(current.candidates.map((candidate) => [candidate.id, candidate]));
  const problems: string[] = [];
  const partnersOfEarlier = new Map<string, Candidate[]>();
  const partnersOfCurrent = new Map<string, Candidate[]>();
  const earlierOf = new Map<string, Candidate>();
  const seen = new Set<string>();
  for (const { earlierId, currentId } of plan.pairs) {
    // The same pair named twice says one thing twice: it counts once.
    const pairKey = `${earlierId}\u0000${currentId}`;
    if (seen.has(pairKey)) continue;
    seen.add(pairKey);
    const before = earlierById.get(earlierId);
    const now = currentById.get(currentId);
    if (before === undefined) problems.push(t('rules:comparison.problem.noEarlierCandidate', { id: earlierId }));
    if (now === undefined) problems.push(t('rules:comparison.problem.noCurrentCandidate', { id: currentId }));
    if (before === undefined || now === undefined) continue;
    partnersOfEarlier.set(earlierId, [...(partnersOfEarlier.get(earlierId) ?? []), now]);
    partnersOfCurrent.set(currentId, [...(partnersOfCurrent.get(currentId) ?? []), before]);
    earlierOf.set(currentId, before);
  }
  for (const [earlierId, partners] of partnersOfEarlier) {
    if (partners.length < 2) continue;
    problems.push(
      t('rules:comparison.problem.earlierPairedTwice', { candidate: named(earlierById.get(earlierId)!), number: String(partners.length), partners: partners.map(named).join(', ') }),
    );
  }
  for (const [currentId, partners] of partnersOfCurrent) {
    if (partners.length < 2) continue;
    problems.push(
      t('rules:comparison.problem.currentPairedTwice', { candidate: named(currentById.get(currentId)!), number: String(partners.length), partners: partners.map(named).join(', ') }),
    );
  }
  if (problems.length > 0) return refusal(problems, language);

  const paired = new Set([...earlierOf.values()].map((candidate) => candidate.id));
  return {
    ok: true,
    matching: {
      pairs: current.candidates.flatMap((candidate) => {
        const before = earlierOf.get(candidate.id);
        return before === undefined ? [] : [{ earlier: before, current: candidate, matchedBy: basisOf(before, candidate) }];
      }),
      dropped: earlier.candidates.filter((candidate) => !paired.has(candidate.id)),
      added: current.candidates.filter((candidate) => !earlierOf.has(candidate.id)),
    },
  };
}
