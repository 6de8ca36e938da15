import { useCallback, useEffect, useMemo, useState } from 'react';
import { chartKey } from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';
import { useRanking, useScoresSealed, useSession, useVisibleMatrixPoints } from '../../store/derived';
import { useMapViewStore } from '../../store/map-view-store';
import { formatScore } from '../common/format';
import { SealedScores } from '../common/sealed-scores';
import { DesktopNotice } from '../shortcuts-overlay';
import { BoardChart } from './board-chart';
import type { ChartLayoutReport } from './board-layout';
import { ChartKey } from './chart-key';
import { useElementSize } from './use-element-size';
import { usePresentationFullScreen } from './use-presentation-full-screen';

/**
 * The chart alone, full screen, in large type and high contrast, for the projector. ← and →
 * walk through the candidates in ranked order; Esc leaves. Read-only: nothing shown here can
 * change the session (see presenting-commands.ts for the keys and menu commands).
 */
export function PresentationMode() {
  const { t } = useTranslation('map');
  const language = useLanguage();
  const session = useSession();
  const sealed = useScoresSealed();
  const presentedCandidateId = useMapViewStore((state) => state.presentedCandidateId);
  const presentCandidate = useMapViewStore((state) => state.presentCandidate);
  const setPresenting = useMapViewStore((state) => state.setPresenting);
  const { ranked } = useRanking();
  const [frameRef, size] = useElementSize<HTMLDivElement>();
  const points = useVisibleMatrixPoints();
  const order = ranked.map((row) => row.candidate.id).filter((id) => points.some((point) => point.candidate.id === id));
  const current = points.find((point) => point.candidate.id === presentedCandidateId);
  // The key beside the chart: its column, once needed, stays while presenting, so that the
  // chart it narrows never widens back and forth.
  const [layoutReport, setLayoutReport] = useState<Pick<ChartLayoutReport, 'coded' | 'clusters'>>({ coded: [], clusters: [] });
  const [keyColumn, setKeyColumn] = useState(false);
  const onChartLayout = useCallback((report: ChartLayoutReport) => {
    setLayoutReport(report);
    if (report.coded.length > 0 || report.clusters.length > 0) setKeyColumn(true);
  }, []);
  const keyEntries = useMemo(() => chartKey(session.candidates, layoutReport.coded, layoutReport.clusters), [session.candidates, layoutReport]);

  const step = useCallback(
    (direction: 1 | -1) => {
      if (order.length === 0) return;
      const index = presentedCandidateId === null ? -1 : order.indexOf(presentedCandidateId);
      const next = index + direction;
      presentCandidate(next < 0 || next >= order.length ? null : (order[next] ?? null));
    },
    [order, presentedCandidateId, presentCandidate],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        setPresenting(false);
      } else if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ') {
        event.preventDefault();
        step(1);
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
        event.preventDefault();
        step(-1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, setPresenting]);

  usePresentationFullScreen();

  return (
    // Focus is put on the presentation itself when it opens (focus-after.ts): the keys are the window's.
    <div className="presentation" role="dialog" aria-modal="true" aria-label={t('presentation.title')} data-testid="presentation" tabIndex={-1}>
      <header className="presentation-head">
        <h1>{session.frame.title || t('impactVersusComplexity')}</h1>
        <span className="presentation-hint">{sealed ? t('presentation.hintSealed') : t('presentation.hint')}</span>
      </header>
      <div className="presentation-frame">
        <div className="presentation-chart" ref={frameRef}>
          {sealed ? (
            <SealedScores title={t('impactVersusComplexity')} what={t('sealed.theChart')} className="presentation-sealed" beforeGoing={() => setPresenting(false)} />
          ) : (
            <BoardChart width={size.width} height={size.height} large readOnly selectedId={null} highlightedId={current?.candidate.id ?? null} onSelect={presentCandidate} onChartLayout={onChartLayout} />
          )}
        </div>
        {!sealed && keyColumn && <ChartKey entries={keyEntries} currentId={current?.candidate.id ?? null} />}
      </div>
      <footer className="presentation-caption" aria-live="polite" data-testid="presentation-caption">
        {current ? (
          <>
            <strong>
              {order.indexOf(current.candidate.id) + 1}. {current.candidate.code} · {current.candidate.title}
            </strong>
            <span>
              {session.settings.quadrantNames[current.quadrant]} · {session.settings.axisLabels.impact} {formatScore(current.impact, language)} ·{' '}
              {session.settings.axisLabels.complexity} {formatScore(current.complexity, language)}
              {current.candidate.keyMetric ? ` · ${current.candidate.keyMetric}` : ''}
            </span>
          </>
        ) : sealed ? (
          <span>{t('presentation.sealed')}</span>
        ) : (
          <span>{t('presentation.walk', { count: points.length })}</span>
        )}
      </footer>
      <DesktopNotice />
    </div>
  );
}
