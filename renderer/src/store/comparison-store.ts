import { create } from 'zustand';
import { compareSessions, planOf, proposeMatches, type Language, type MatchPlan, type Session, type SessionComparison } from '../../../shared';
import { announce } from '../desktop-ui';
import { interfaceLanguage, translate, useLanguage } from '../i18n';
import { pickwise } from '../pickwise-client';
import { useSessionStore } from './session-store';

/**
 * The session the open one is compared with (issue 16), and the pairs the facilitator settled
 * on. View state: never saved, never undone; the session's file knows nothing of it.
 */
export interface ComparisonState {
  /**
   * The earlier session and the file it came from; null when nothing is compared. `followedUp`
   * marks the session a follow-up follows up, compared by default rather than chosen.
   */
  earlier: { session: Session; fileName: string; followedUp?: true } | null;
  /** The pairs the comparison reads; null until the review step is first confirmed. */
  plan: MatchPlan | null;
  /** The review step is open. */
  reviewing: boolean;
}

const NOTHING_COMPARED: ComparisonState = { earlier: null, plan: null, reviewing: false };

export const useComparisonStore = create<ComparisonState>()(() => NOTHING_COMPARED);

/** Takes an earlier session as the comparison and opens the review step on Pickwise's proposal. */
export function startComparison(session: Session, fileName: string): void {
  useComparisonStore.setState({ earlier: { session, fileName }, plan: null, reviewing: true });
}

/** File ▸ Compare with Another Session…: main asks for the file and reads it; a file it refuses changes nothing here. */
export async function compareWithFile(): Promise<void> {
  const read = await pickwise().readSessionForComparison();
  if (read.status === 'read') startComparison(read.session, read.fileName);
}

/**
 * A follow-up's earlier session as its comparison by default (issue 16): on Pickwise's own pairs
 * (a follow-up keeps every candidate's id, so each pairs with itself), with no review step;
 * *Review pairs…* is there as for any comparison.
 */
export function compareWithEarlier(session: Session, fileName: string): void {
  const plan = planOf(proposeMatches(session, useSessionStore.getState().session));
  useComparisonStore.setState({ earlier: { session, fileName, followedUp: true }, plan, reviewing: false });
}

/**
 * A follow-up opened from its file: main looks beside that file for the earlier session's file
 * (the page names no path) and, when it holds the session linked, it becomes the comparison.
 * Said quietly; when it is not there, nothing is said: the comparison is only a default.
 */
export async function compareWithEarlierBeside(session: Session): Promise<void> {
  const found = await pickwise().readEarlierSession();
  // Another document opened meanwhile is not the follow-up the earlier file belongs to.
  if (found.status !== 'found' || useSessionStore.getState().session.id !== session.id) return;
  compareWithEarlier(found.session, found.fileName);
  announce(translate('notices.comparedWithEarlier', { fileName: found.fileName }));
}

/** The review step again, on the pairs in use. */
export const reviewPairs = () => useComparisonStore.setState({ reviewing: true });

/** Closes the review step without its changes; a comparison never confirmed ends with it. */
export function cancelReview(): void {
  const { plan } = useComparisonStore.getState();
  useComparisonStore.setState(plan === null ? NOTHING_COMPARED : { reviewing: false });
}

/**
 * The facilitator's pairs, checked by the comparison rule against both sessions: used when it
 * accepts them, else its message is returned and nothing changes.
 */
export function confirmPairs(plan: MatchPlan): string | null {
  const { earlier } = useComparisonStore.getState();
  if (earlier === null) return translate('errors.noSessionToCompare');
  const result = compareSessions(earlier.session, useSessionStore.getState().session, plan, interfaceLanguage());
  if (result.kind === 'refused') return result.message;
  useComparisonStore.setState({ plan, reviewing: false });
  return null;
}

export const endComparison = () => useComparisonStore.setState(NOTHING_COMPARED);

// Another document (New, Open, a restored draft) is not the session the comparison was made
// for: the comparison ends with the document it belonged to.
useSessionStore.subscribe((now, before) => {
  if (now.session.id !== before.session.id && useComparisonStore.getState().earlier !== null) endComparison();
});

let last: { earlier: Session; plan: MatchPlan; current: Session; language: Language; result: SessionComparison } | null = null;

/** The comparison in use, computed by the rule once per change of either side, the pairs or the language of its words. */
function comparisonOf(earlier: Session | null, plan: MatchPlan | null, current: Session, language: Language): SessionComparison | null {
  if (earlier === null || plan === null) return null;
  if (last === null || last.earlier !== earlier || last.plan !== plan || last.current !== current || last.language !== language) {
    last = { earlier, plan, current, language, result: compareSessions(earlier, current, plan, language) };
  }
  return last.result;
}

/** The comparison in use now, outside React (the exports); null when none is in use. */
export function currentComparison(): SessionComparison | null {
  const { earlier, plan } = useComparisonStore.getState();
  return comparisonOf(earlier?.session ?? null, plan, useSessionStore.getState().session, interfaceLanguage());
}

/** The comparison the views show, following every edit of the open session; null when none is in use. */
export function useComparison(): SessionComparison | null {
  const earlier = useComparisonStore((state) => state.earlier?.session ?? null);
  const plan = useComparisonStore((state) => state.plan);
  const current = useSessionStore((state) => state.session);
  return comparisonOf(earlier, plan, current, useLanguage());
}
