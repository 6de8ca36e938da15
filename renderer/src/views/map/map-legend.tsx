import type { MapPoint } from '../../../../shared';
import { useReadinessFlags, useSession } from '../../store/derived';
import { useMapViewStore } from '../../store/map-view-store';
import type { ChartLayoutReport } from './board-layout';
import { colourKeys } from './legend-entries';
import { READINESS_MARK_MEANING, SIZE_LABELS } from './point-style';
import { useComparisonMarks } from './use-comparison-marks';

/** What colours, sizes and marks mean, for the room. */
export function MapLegend({ points, whiskers }: { points: readonly MapPoint[]; whiskers: ChartLayoutReport['whiskers'] }) {
  const session = useSession();
  const colourBy = useMapViewStore((state) => state.colourBy);
  const sizeBy = useMapViewStore((state) => state.sizeBy);
  const readinessFlags = useReadinessFlags();
  // Said only where a point carries the mark: a room that skips the checklists is not asked about them.
  const anyMarked = points.some((point) => readinessFlags.has(point.candidate.id));
  // The arrows and rings of a comparison in use are said only while the chart draws some.
  const { legendLines } = useComparisonMarks();
  return (
    <ul className="map-legend" aria-label="Legend">
      {colourKeys(session, points, colourBy).map((entry) => (
        <li key={entry.key}>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="6" fill={entry.colour} />
          </svg>
          {entry.label}
        </li>
      ))}
      {sizeBy !== 'none' && <li className="legend-note">Size: {SIZE_LABELS[sizeBy]}</li>}
      <li className="legend-note" data-testid="legend-whiskers">
        {whiskers === 'all' ? 'Whiskers: spread between participants' : 'Whiskers: spread between participants, on the selected point (too many to draw them all with every label)'}
      </li>
      <li className="legend-note">Dashed: placed by the room</li>
      <li className="legend-note">Dotted ring: sensitive to the weights</li>
      {legendLines.map((line) => (
        <li key={line.key} className="legend-note" data-testid={line.key === 'moved' ? 'legend-comparison-moved' : 'legend-comparison-new'}>
          {line.text}
        </li>
      ))}
      {anyMarked && (
        <li className="legend-note" data-testid="legend-readiness-mark">
          <svg width="16" height="16" aria-hidden="true" className="readiness-mark">
            <circle cx="8" cy="8" r="6.5" />
            <text x="8" y="8" textAnchor="middle" dominantBaseline="central">
              !
            </text>
          </svg>
          {READINESS_MARK_MEANING}
        </li>
      )}
    </ul>
  );
}
