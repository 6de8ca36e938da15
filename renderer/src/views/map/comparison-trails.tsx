import { memo } from 'react';
import type { ComparisonTrail } from '../../../../shared';
import type { PointGeometry } from './point-mark';
import { arrowHeadPoints, THEN_HALF_SIDE, trailGeometry } from './trail-geometry';

interface ComparisonTrailsProps {
  trails: readonly ComparisonTrail[];
  geometry: ReadonlyMap<string, PointGeometry>;
  xScale(complexity: number): number | undefined;
  yScale(impact: number): number | undefined;
}

/**
 * Where each matched candidate stood in the earlier session (a small hollow square) and an
 * arrow to its dot today, under the points so the dots and labels stay on top. Drawn from the
 * dot as it is drawn (a crowded dot may sit a little off its exact place), so the arrow always
 * ends at a dot the room can see. Decorative: each point's accessible name says where it was.
 */
export const ComparisonTrails = memo(function ComparisonTrails({ trails, geometry, xScale, yScale }: ComparisonTrailsProps) {
  return (
    <g className="comparison-trails" aria-hidden="true">
      {trails.map((trail) => {
        const at = geometry.get(trail.candidateId);
        const fromX = xScale(trail.from.complexity);
        const fromY = yScale(trail.from.impact);
        if (!at || fromX === undefined || fromY === undefined) return null;
        const drawn = trailGeometry({ x: fromX, y: fromY }, at, at.radius);
        return (
          <g key={trail.candidateId} className="comparison-trail" data-testid="comparison-trail" data-candidate-id={trail.candidateId}>
            <rect className="comparison-then" x={fromX - THEN_HALF_SIDE} y={fromY - THEN_HALF_SIDE} width={2 * THEN_HALF_SIDE} height={2 * THEN_HALF_SIDE} />
            {drawn.drawsArrow && (
              <>
                <line x1={fromX} y1={fromY} x2={drawn.base.x} y2={drawn.base.y} />
                <polygon points={arrowHeadPoints(drawn)} />
              </>
            )}
          </g>
        );
      })}
    </g>
  );
});
