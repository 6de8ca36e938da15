import { useCallback, useState } from 'react';
import { useTranslation } from '../../i18n';
import { useMatrixPoints, useReadinessFlags, useScoresSealed, useSession, useVisibleMatrixPoints } from '../../store/derived';
import { SealedScores } from '../common/sealed-scores';
import { useMapViewStore } from '../../store/map-view-store';
import { useViewStore } from '../../store/view-store';
import { MapControls, MapFilters } from './map-controls';
import { MapLegend } from './map-legend';
import { BoardChart } from './board-chart';
import type { ChartLayoutReport } from './board-layout';
import { MatrixTable } from './matrix-table';
import { PointCard } from './point-card';
import { SelectedCandidatePanel } from './selected-candidate-panel';
import { useElementSize } from './use-element-size';
import { ComparisonPanel } from '../compare/comparison-panel';
import './map.css';

/** Map: the impact-versus-complexity picture the room decides on; empty until blind scores are revealed. */
export function MapView() {
  const { t } = useTranslation('map');
  if (useScoresSealed()) {
    return (
      <div className="phase-view map-view">
        <SealedScores title={t('impactVersusComplexity')} what={t('sealed.theMap')} />
        <ComparisonPanel />
      </div>
    );
  }
  return <RevealedMap />;
}

function RevealedMap() {
  const { t } = useTranslation('map');
  const session = useSession();
  const allPoints = useMatrixPoints();
  const showTable = useMapViewStore((state) => state.showTable);
  const selectedId = useViewStore((state) => state.selectedCandidateId);
  const selectCandidate = useViewStore((state) => state.selectCandidate);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [chartRef, size] = useElementSize<HTMLDivElement>();
  const points = useVisibleMatrixPoints();
  const readinessFlags = useReadinessFlags();
  const onSelect = useCallback((candidateId: string) => selectCandidate(candidateId), [selectCandidate]);
  const focusedPoint = points.find((point) => point.candidate.id === focusedId);
  // The legend says which whiskers the chart draws: all, or on a crowded board the selected point's.
  const [whiskers, setWhiskers] = useState<ChartLayoutReport['whiskers']>('all');
  const onChartLayout = useCallback((report: ChartLayoutReport) => setWhiskers(report.whiskers), []);
  const unplaced = session.candidates.length - allPoints.length;

  return (
    <div className="phase-view map-view">
      <MapControls />
      <div className="map-columns">
        <section className="panel matrix-panel" aria-label={t('impactVersusComplexity')}>
          {showTable ? (
            <MatrixTable points={points} />
          ) : (
            <div className="matrix-frame" ref={chartRef}>
              <BoardChart
                width={size.width}
                height={size.height}
                selectedId={selectedId}
                onSelect={onSelect}
                onFocusPoint={setFocusedId}
                onChartLayout={onChartLayout}
              />
              {focusedPoint && <PointCard point={focusedPoint} session={session} readinessFlag={readinessFlags.get(focusedPoint.candidate.id)} />}
            </div>
          )}
          <div className="matrix-footer">
            <p className="panel-note" aria-live="polite">
              {unplaced > 0
                ? t('footer.shownAndUnplaced', { shown: String(points.length), placed: String(allPoints.length), count: unplaced })
                : t('footer.shown', { shown: String(points.length), count: allPoints.length })}{' '}
              {t('footer.howToMove')}
            </p>
          </div>
        </section>
        <div className="map-side">
          <SelectedCandidatePanel />
          <section className="panel map-legend-panel" aria-label={t('legend.title')}>
            <MapLegend points={points} whiskers={showTable ? 'all' : whiskers} />
          </section>
          <MapFilters />
        </div>
      </div>
      <ComparisonPanel />
    </div>
  );
}
