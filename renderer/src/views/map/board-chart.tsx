import { useReadinessFlags, useSession, useVisibleMatrixPoints } from '../../store/derived';
import { useMapViewStore } from '../../store/map-view-store';
import { MatrixChart, type MatrixChartProps } from './matrix-chart';
import { useComparisonMarks } from './use-comparison-marks';

interface BoardChartProps extends Omit<MatrixChartProps, 'session' | 'points' | 'colourBy' | 'sizeBy' | 'readinessFlags' | 'comparison'> {
  /** Leave out the arrows and new marks of a comparison in use (the ML brief's picture, or when the export leaves them out). */
  withoutComparison?: boolean;
}

/**
 * The session's chart as the room has set it up: its filters, colours and sizes, the
 * readiness flags, and the moves since an earlier session when one is compared. The map,
 * presentation mode and exported images all draw this, so they always show the same board.
 */
export function BoardChart({ withoutComparison = false, ...props }: BoardChartProps) {
  const session = useSession();
  const points = useVisibleMatrixPoints();
  const colourBy = useMapViewStore((state) => state.colourBy);
  const sizeBy = useMapViewStore((state) => state.sizeBy);
  const readinessFlags = useReadinessFlags();
  const { marks } = useComparisonMarks();
  return <MatrixChart session={session} points={points} colourBy={colourBy} sizeBy={sizeBy} readinessFlags={readinessFlags} comparison={withoutComparison ? null : marks} {...props} />;
}
