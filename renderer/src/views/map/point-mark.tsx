import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import { focusMark, focusMarkOf } from '../../focus-after';
import type { LabelPlacement, MapPoint, ReadinessFlag } from '../../../../shared';

export interface PointGeometry {
  x: number;
  y: number;
  radius: number;
  colour: string;
  label: string;
  placement: LabelPlacement | undefined;
  /** Pixel ends of the disagreement whiskers. */
  impactWhisker: [number, number] | null;
  complexityWhisker: [number, number] | null;
  /** Where the scores alone would put it, when the room overrode them. */
  ghost: { x: number; y: number } | null;
  /** The "!" badge of a candidate whose readiness checklist disagrees with the room. */
  readinessMark: { x: number; y: number; r: number } | null;
}

interface PointMarkProps {
  point: MapPoint;
  geometry: PointGeometry;
  quadrantName: string;
  /** Set when the candidate's readiness checklist and the room's complexity disagree. */
  readinessFlag: ReadinessFlag | undefined;
  selected: boolean;
  dimmed: boolean;
  dragging: boolean;
  onPointerDown(event: PointerEvent<SVGGElement>, point: MapPoint): void;
  onKeyDown(event: KeyboardEvent<SVGGElement>, point: MapPoint): void;
  onFocusPoint(candidateId: string | null): void;
}

/**
 * One candidate on the chart: whiskers spanning the participants' values, the point sized and
 * coloured, a dashed ring when overridden, a dotted one when its quadrant is fragile, a "!"
 * badge when its readiness checklist disagrees with the room's complexity, and its label.
 * Keyboard focus draws the app's focus ring round it and stresses its label (map.css).
 * Memoised: a drag elsewhere on the board does not redraw it.
 */
export const PointMark = memo(function PointMark({ point, geometry, quadrantName, readinessFlag, selected, dimmed, dragging, onPointerDown, onKeyDown, onFocusPoint }: PointMarkProps) {
  const { x, y, radius, colour, placement, ghost } = geometry;
  const candidate = point.candidate;
  // Keyboard focus rings the point outside its own rings (fragile, the focus problem's).
  const rings = point.focus ? (point.unstable ? 9 : 5) : point.unstable ? 5 : 0;
  const description = `${candidate.code} ${candidate.title}: impact ${point.impact.toFixed(1)}, complexity ${point.complexity.toFixed(1)}, ${quadrantName}${point.overridden ? ', placed by the room' : ''}${point.unstable ? ', sensitive to the weights' : ''}${
    readinessFlag ? `, its readiness checklist disagrees with the room’s complexity (the checklist says ${readinessFlag.checklistSays})` : ''
  }`;
  return (
    <g
      className={`matrix-point${selected ? ' selected' : ''}${dimmed ? ' dimmed' : ''}${dragging ? ' dragging' : ''}${point.focus ? ' focus' : ''}`}
      data-testid="matrix-point"
      data-candidate-id={candidate.id}
      {...focusMarkOf(focusMark.point(candidate.id))}
      data-quadrant={point.quadrant}
      data-overridden={point.overridden ? 'true' : 'false'}
      data-unstable={point.unstable ? 'true' : 'false'}
      data-readiness-flag={readinessFlag ? 'true' : 'false'}
      tabIndex={0}
      role="button"
      aria-label={description}
      aria-pressed={selected}
      onPointerDown={(event) => onPointerDown(event, point)}
      onKeyDown={(event) => onKeyDown(event, point)}
      onFocus={() => onFocusPoint(candidate.id)}
      onBlur={() => onFocusPoint(null)}
      onPointerEnter={() => onFocusPoint(candidate.id)}
      onPointerLeave={() => onFocusPoint(null)}
    >
      {geometry.impactWhisker && <line className="whisker" x1={x} x2={x} y1={geometry.impactWhisker[0]} y2={geometry.impactWhisker[1]} stroke={colour} />}
      {geometry.complexityWhisker && <line className="whisker" y1={y} y2={y} x1={geometry.complexityWhisker[0]} x2={geometry.complexityWhisker[1]} stroke={colour} />}
      {ghost && (
        <>
          <line className="override-trail" x1={ghost.x} y1={ghost.y} x2={x} y2={y} />
          <circle className="ghost" cx={ghost.x} cy={ghost.y} r={4} />
        </>
      )}
      {point.unstable && <circle className="unstable-ring" cx={x} cy={y} r={radius + 5} />}
      {point.focus && <circle className="focus-ring" cx={x} cy={y} r={radius + (point.unstable ? 9 : 5)} />}
      <circle className="focus-halo" cx={x} cy={y} r={radius + rings + 5} />
      <circle className="dot" data-testid="matrix-dot" cx={x} cy={y} r={radius} fill={colour} strokeDasharray={point.overridden ? '3 2' : undefined} />
      {geometry.readinessMark && (
        <g className="readiness-mark" data-testid="readiness-mark" aria-hidden="true">
          <circle cx={geometry.readinessMark.x} cy={geometry.readinessMark.y} r={geometry.readinessMark.r} />
          <text x={geometry.readinessMark.x} y={geometry.readinessMark.y} textAnchor="middle" dominantBaseline="central">
            !
          </text>
        </g>
      )}
      {placement && !placement.hidden && (
        <text className="point-label" x={placement.x + 2} y={placement.y + placement.height * 0.78}>
          {geometry.label}
        </text>
      )}
    </g>
  );
});
