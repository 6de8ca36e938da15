import type { MapPoint } from '../../../../shared';
import { useSession } from '../../store/derived';
import { useMapViewStore } from '../../store/map-view-store';
import { colourKeys } from './legend-entries';
import { SIZE_LABELS } from './point-style';

/** What colours, sizes and marks mean, for the room. */
export function MapLegend({ points }: { points: readonly MapPoint[] }) {
  const session = useSession();
  const colourBy = useMapViewStore((state) => state.colourBy);
  const sizeBy = useMapViewStore((state) => state.sizeBy);
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
      <li className="legend-note">Whiskers: spread between participants</li>
      <li className="legend-note">Dashed: placed by the room</li>
      <li className="legend-note">Dotted ring: sensitive to the weights</li>
    </ul>
  );
}
