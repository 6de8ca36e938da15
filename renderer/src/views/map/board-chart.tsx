import { useReadinessFlags, useSession, useVisibleMatrixPoints } from '../../store/derived';
import { useMapViewStore } from '../../store/map-view-store';
import { MatrixChart, type MatrixChartProps } from './matrix-chart';

/**
 * The session's chart as the room has set it up: its filters, colours and sizes, and the
 * readiness flags. The map, presentation mode and exported images all draw this, so they
 * always show the same board.
 */
export function BoardChart(props: Omit<MatrixChartProps, 'session' | 'points' | 'colourBy' | 'sizeBy' | 'readinessFlags'>) {
  const session = useSession();
  const points = useVisibleMatrixPoints();
  const colourBy = useMapViewStore((state) => state.colourBy);
  const sizeBy = useMapViewStore((state) => state.sizeBy);
  const readinessFlags = useReadinessFlags();
  return <MatrixChart session={session} points={points} colourBy={colourBy} sizeBy={sizeBy} readinessFlags={readinessFlags} {...props} />;
}
