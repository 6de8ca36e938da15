import type { TFunction } from 'i18next';
import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import { focusMark, focusMarkOf } from '../../focus-after';
import { formatNumber, type Language, type LabelPlacement, type MapPoint, type MatrixPoint, type ReadinessFlag } from '../../../../shared';
import { formatScore } from '../common/format';
import { EXACT_MARK_RADIUS, ringsOutside } from './point-style';

export interface PointGeometry {
  /** Where the point is drawn: its exact position, or a little way off where points crowd. */
  x: number;
  y: number;
  /** Its exact position when it is drawn spread apart (a line leads back to it); null otherwise. */
  exact: { x: number; y: number } | null;
  radius: number;
  colour: string;
  /** The label's lines (one, or two when wrapped) and where they go. */
  labelLines: readonly string[];
  placement: LabelPlacement | undefined;
  /** A line back to the point from a label set further out; null when the label sits beside it. */
  labelLeader: { x1: number; y1: number; x2: number; y2: number } | null;
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
  /** New since the earlier session of a comparison in use: ringed. */
  isNew: boolean;
  /** Where it stood in the earlier session of a comparison in use, when it moved since (an arrow shows it). */
  movedFrom: MatrixPoint | undefined;
  selected: boolean;
  /** Its whiskers are drawn: every point's on a roomy board, the selected one's on a crowded one. */
  showWhiskers: boolean;
  dimmed: boolean;
  dragging: boolean;
  onPointerDown(event: PointerEvent<SVGGElement>, point: MapPoint): void;
  onKeyDown(event: KeyboardEvent<SVGGElement>, point: MapPoint): void;
  onFocusPoint(candidateId: string | null): void;
  /** The Map's words, from the layer: one subscription to the language for the whole board, not one per point. */
  t: TFunction<'map'>;
  /** The interface's language, from the layer as `t` is, for the numbers in the point's name. */
  language: Language;
}

/**
 * One candidate on the chart: whiskers spanning the participants' values, the point sized and
 * coloured, a dashed ring when overridden, a dotted one when its quadrant is fragile, a "!"
 * badge when its readiness checklist disagrees with the room's complexity, and its label.
 * Keyboard focus draws the app's focus ring round it and stresses its label (map.css).
 * Memoised: a drag elsewhere on the board does not redraw it.
 */
export const PointMark = memo(function PointMark({ point, geometry, quadrantName, readinessFlag, isNew, movedFrom, selected, showWhiskers, dimmed, dragging, onPointerDown, onKeyDown, onFocusPoint, t, language }: PointMarkProps) {
  const { x, y, radius, colour, placement, ghost, exact, labelLeader } = geometry;
  // Whiskers and the override's trail belong to the exact position, wherever the dot is drawn.
  const at = exact ?? { x, y };
  const lineHeight = placement ? placement.height / Math.max(1, geometry.labelLines.length) : 0;
  const candidate = point.candidate;
  // Keyboard focus rings the point outside its own rings (fragile, the focus problem's).
  const rings = ringsOutside(point);
  // Its name: where it stands, then each fact that holds, after a comma.
  const description = [
    t('point.description', { code: candidate.code, title: candidate.title, impact: formatScore(point.impact, language), complexity: formatScore(point.complexity, language), quadrant: quadrantName }),
    point.overridden ? t('point.placedByRoom') : '',
    point.unstable ? t('point.sensitive') : '',
    readinessFlag ? t('point.readiness', { checklistSays: formatNumber(readinessFlag.checklistSays, language) }) : '',
    isNew ? t('point.isNew') : '',
    movedFrom ? t('point.movedFrom', { impact: formatScore(movedFrom.impact, language), complexity: formatScore(movedFrom.complexity, language) }) : '',
  ]
    .filter(Boolean)
    .join(', ');
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
      data-new={isNew ? 'true' : undefined}
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
      {showWhiskers && geometry.impactWhisker && <line className="whisker" data-testid="matrix-whisker" x1={at.x} x2={at.x} y1={geometry.impactWhisker[0]} y2={geometry.impactWhisker[1]} stroke={colour} />}
      {showWhiskers && geometry.complexityWhisker && <line className="whisker" data-testid="matrix-whisker" y1={at.y} y2={at.y} x1={geometry.complexityWhisker[0]} x2={geometry.complexityWhisker[1]} stroke={colour} />}
      {ghost && (
        <>
          <line className="override-trail" x1={ghost.x} y1={ghost.y} x2={at.x} y2={at.y} />
          <circle className="ghost" cx={ghost.x} cy={ghost.y} r={4} />
        </>
      )}
      {exact && (
        <g className="spread-leader" data-testid="spread-leader">
          <line x1={exact.x} y1={exact.y} x2={x} y2={y} stroke={colour} />
          <circle cx={exact.x} cy={exact.y} r={EXACT_MARK_RADIUS} fill={colour} />
        </g>
      )}
      {point.unstable && <circle className="unstable-ring" cx={x} cy={y} r={radius + 5} />}
      {point.focus && <circle className="focus-ring" cx={x} cy={y} r={radius + rings} />}
      {isNew && <circle className="new-ring" data-testid="new-mark" cx={x} cy={y} r={radius + rings + 3.5} />}
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
      {labelLeader && <line className="label-leader" x1={labelLeader.x1} y1={labelLeader.y1} x2={labelLeader.x2} y2={labelLeader.y2} />}
      {placement && !placement.hidden && (
        <text className="point-label" data-testid="point-label" x={placement.x + 2} y={placement.y + lineHeight * 0.78}>
          {geometry.labelLines.map((line, index) => (
            // A space ends every line but the last, so the text reads as the title's words.
            <tspan key={index} x={placement.x + 2} dy={index === 0 ? 0 : lineHeight}>
              {index < geometry.labelLines.length - 1 ? `${line} ` : line}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
});
