import { memo } from 'react';
import type { ComparisonTrail } from '../../../../shared';
import type { PointGeometry } from './point-mark';

/** The arrowhead's length and half its width, in pixels. */
const HEAD = { length: 9, halfWidth: 4.5 };
/** The room left between the arrow's tip and the dot it points at. */
const GAP = 2;

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
        const dx = at.x - fromX;
        const dy = at.y - fromY;
        const length = Math.hypot(dx, dy);
        // A move smaller than the dot itself cannot carry an arrow: the square alone shows it.
        const reach = length - at.radius - GAP;
        const ux = length === 0 ? 0 : dx / length;
        const uy = length === 0 ? 0 : dy / length;
        const tip = { x: fromX + ux * reach, y: fromY + uy * reach };
        const base = { x: tip.x - ux * HEAD.length, y: tip.y - uy * HEAD.length };
        const head = `${tip.x},${tip.y} ${base.x - uy * HEAD.halfWidth},${base.y + ux * HEAD.halfWidth} ${base.x + uy * HEAD.halfWidth},${base.y - ux * HEAD.halfWidth}`;
        return (
          <g key={trail.candidateId} className="comparison-trail" data-testid="comparison-trail" data-candidate-id={trail.candidateId}>
            <rect className="comparison-then" x={fromX - 3.5} y={fromY - 3.5} width={7} height={7} />
            {reach > HEAD.length + 4 && (
              <>
                <line x1={fromX} y1={fromY} x2={base.x} y2={base.y} />
                <polygon points={head} />
              </>
            )}
          </g>
        );
      })}
    </g>
  );
});
