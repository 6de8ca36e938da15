import { useCallback, useState } from 'react';
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
  if (useScoresSealed()) {
    return (
      <div className="phase-view map-view">
        <SealedScores title="Impact versus complexity" what="The map" />
        <ComparisonPanel />
      </div>
    );
  }
  return <RevealedMap />;
}

function RevealedMap() {
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
        <section className="panel matrix-panel" aria-label="Impact versus complexity">
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
              {points.length} of {allPoints.length} placed candidates shown
              {unplaced > 0 ? ` · ${unplaced} not placed yet (score them first)` : ''}. Drag a point to place it by consensus; arrow keys move the
              focused point.
            </p>
          </div>
        </section>
        <div className="map-side">
          <SelectedCandidatePanel />
          <section className="panel map-legend-panel" aria-label="Legend">
            <MapLegend points={points} whiskers={showTable ? 'all' : whiskers} />
          </section>
          <MapFilters />
        </div>
      </div>
      <ComparisonPanel />
    </div>
  );
}
