import type { MapPoint } from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';
import { useReadinessFlags, useSession } from '../../store/derived';
import { useMapViewStore } from '../../store/map-view-store';
import type { ChartLayoutReport } from './board-layout';
import { colourKeys } from './legend-entries';
import { useComparisonMarks } from './use-comparison-marks';

/** What colours, sizes and marks mean, for the room. */
export function MapLegend({ points, whiskers }: { points: readonly MapPoint[]; whiskers: ChartLayoutReport['whiskers'] }) {
  const { t } = useTranslation('map');
  const language = useLanguage();
  const session = useSession();
  const colourBy = useMapViewStore((state) => state.colourBy);
  const sizeBy = useMapViewStore((state) => state.sizeBy);
  const readinessFlags = useReadinessFlags();
  // Said only where a point carries the mark: a room that skips the checklists is not asked about them.
  const anyMarked = points.some((point) => readinessFlags.has(point.candidate.id));
  // The arrows and rings of a comparison in use are said only while the chart draws some.
  const { legendLines } = useComparisonMarks();
  return (
    <ul className="map-legend" aria-label={t('legend.title')}>
      {colourKeys(session, points, colourBy, language).map((entry) => (
        <li key={entry.key}>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="6" fill={entry.colour} />
          </svg>
          {entry.label}
        </li>
      ))}
      {sizeBy !== 'none' && <li className="legend-note">{t('legend.size', { measure: t(`sizeBy.${sizeBy}`) })}</li>}
      <li className="legend-note" data-testid="legend-whiskers">
        {whiskers === 'all' ? t('legend.whiskersAll') : t('legend.whiskersSelected')}
      </li>
      <li className="legend-note">{t('legend.dashed')}</li>
      <li className="legend-note">{t('legend.dottedRing')}</li>
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
          {t('legend.readinessMark')}
        </li>
      )}
    </ul>
  );
}
