import { useMemo } from 'react';
import {
  computeCandidateResults,
  passesFilters,
  matrixPoints,
  paretoCurve,
  paretoSentences,
  type ParetoCurve,
  type ParetoSentences,
  weightSensitivity,
  type MapPoint,
  type WeightSensitivity,
  candidateWarnings,
  candidatesBeforeCommitting,
  questionsBeforeCommitting,
  rankCandidates,
  readinessFlags,
  type QuestionsFor,
  type ReadinessFlag,
  scoresSealed,
  sessionAsRoomSees,
  widestGaps,
  type CandidateResult,
  type RankedCandidate,
  type Ranking,
  type Session,
  type WorkshopWarning,
} from '../../../shared';
import { useLanguage } from '../i18n';
import { useMapViewStore, type MapViewState } from './map-view-store';
import { useSessionStore } from './session-store';

// The workshop's results, computed by shared/ rules once per session version and shared by
// every view that shows them. Every result is computed from the session as the room may see
// it: while blind scores are sealed, no view can show anything computed from them, whatever it
// asks for.

function perSession<T>(compute: (session: Session) => T): (session: Session) => T {
  let lastSession: Session | null = null;
  let lastValue: T;
  return (session) => {
    if (session !== lastSession) {
      lastValue = compute(session);
      lastSession = session;
    }
    return lastValue;
  };
}

const roomSessionOf = perSession(sessionAsRoomSees);

const resultsOf = perSession((session): ReadonlyMap<string, CandidateResult> => computeCandidateResults(roomSessionOf(session)));
const rankingOf = perSession((session): Ranking => rankCandidates(roomSessionOf(session), resultsOf(session)));
const paretoOf = perSession((session): ParetoCurve => paretoCurve(rankingOf(session)));
const widestGapsOf = perSession((session) => widestGaps(resultsOf(session), 5));
const readinessFlagsOf = perSession((session): ReadonlyMap<string, ReadinessFlag> => readinessFlags(roomSessionOf(session), resultsOf(session)));
const questionsOf = perSession((session): QuestionsFor[] => questionsBeforeCommitting(roomSessionOf(session), resultsOf(session)));
const candidatesBeforeCommittingOf = perSession((session): RankedCandidate[] => candidatesBeforeCommitting(roomSessionOf(session), resultsOf(session)));

export const sensitivityOf = perSession(
  (session): Map<string, WeightSensitivity> => weightSensitivity(roomSessionOf(session), undefined, resultsOf(session)),
);
const matrixPointsOf = perSession((session): MapPoint[] => matrixPoints(roomSessionOf(session), resultsOf(session), sensitivityOf(session)));

export const useResults = () => resultsOf(useSessionStore((state) => state.session));
export const useRanking = () => rankingOf(useSessionStore((state) => state.session));
/** The 80/20 of the backlog (shared/workshop/pareto.ts), from the same ranking as Decide's list; empty while sealed. */
export const useParetoCurve = () => paretoOf(useSessionStore((state) => state.session));
/** The 80/20 in words, in the interface's language. */
export function useParetoSentences(): ParetoSentences {
  const curve = useParetoCurve();
  const language = useLanguage();
  return useMemo(() => paretoSentences(curve, language), [curve, language]);
}
/** The backlog's warnings, in the interface's language. */
export function useCandidateWarnings(): WorkshopWarning[] {
  const session = useSessionStore((state) => state.session);
  const language = useLanguage();
  return useMemo(() => candidateWarnings(roomSessionOf(session), language), [session, language]);
}
export const useWidestGaps = () => widestGapsOf(useSessionStore((state) => state.session));
export const useSession = () => useSessionStore((state) => state.session);
export const useReadinessFlags = () => readinessFlagsOf(useSessionStore((state) => state.session));
export const useQuestionsBeforeCommitting = () => questionsOf(useSessionStore((state) => state.session));
/** The quick wins and big bets in ranking order, whose checklists Decide goes through; none while sealed. */
export const useCandidatesBeforeCommitting = () => candidatesBeforeCommittingOf(useSessionStore((state) => state.session));
export const useMatrixPoints = () => matrixPointsOf(useSessionStore((state) => state.session));

/** The points the chart shows: the board with the room's filters applied. */
export function visibleMatrixPoints(session: Session, view: Pick<MapViewState, 'filters' | 'showWithoutMl'>): MapPoint[] {
  return matrixPointsOf(session).filter((point) => passesFilters(point, { ...view.filters, showWithoutMl: view.showWithoutMl }));
}

/** The visible points, the same array until the session or the filters change. */
export function useVisibleMatrixPoints(): MapPoint[] {
  const session = useSessionStore((state) => state.session);
  const filters = useMapViewStore((state) => state.filters);
  const showWithoutMl = useMapViewStore((state) => state.showWithoutMl);
  return useMemo(() => visibleMatrixPoints(session, { filters, showWithoutMl }), [session, filters, showWithoutMl]);
}

/** Whether blind scores are still sealed: the screens that show results show why they are empty. */
export const useScoresSealed = () => useSessionStore((state) => scoresSealed(state.session));
