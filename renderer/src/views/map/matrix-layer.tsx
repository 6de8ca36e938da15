import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { usePlotArea, useXAxisInverseScale, useXAxisScale, useYAxisInverseScale, useYAxisScale } from 'recharts';
import { placeLabels, snapToScale, tagsInUse, updateCandidate, type MapPoint, type Quadrant, type ReadinessFlag, type Session } from '../../../../shared';
import { editSession } from '../../store/session-store';
import type { ColourBy, SizeBy } from '../../store/map-view-store';
import { DragOverlay, useDragOverlay } from './drag-overlay';
import { LABEL_FONT, labelSize, QUADRANT_NAME_FONT } from './label-metrics';
import { PointMark, type PointGeometry } from './point-mark';
import { pointColour, pointLabel, pointRadius, reachWithReadinessMark, readinessMarkAt, sizeMeasure } from './point-style';
import { ThresholdHandles } from './threshold-handles';

interface MatrixLayerProps {
  session: Session;
  points: readonly MapPoint[];
  colourBy: ColourBy;
  sizeBy: SizeBy;
  readinessFlags: ReadonlyMap<string, ReadinessFlag>;
  large: boolean;
  selectedId: string | null;
  highlightedId: string | null;
  readOnly: boolean;
  onSelect(candidateId: string): void;
  onFocusPoint(candidateId: string | null): void;
}

interface Drag {
  candidateId: string;
  startX: number;
  startY: number;
  x: number;
  y: number;
  moved: boolean;
}

const DRAG_THRESHOLD_PX = 4;

/**
 * The points of the matrix, drawn with recharts' scales. While a point is dragged only a
 * light overlay follows the pointer, moved without a render (drag-overlay.tsx); the layer
 * renders when the drag starts and ends, and the override is committed once, on drop, as one
 * undo step.
 */
export function MatrixLayer({ session, points, colourBy, sizeBy, readinessFlags, large, selectedId, highlightedId, readOnly, onSelect, onFocusPoint }: MatrixLayerProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const xInverse = useXAxisInverseScale();
  const yInverse = useYAxisInverseScale();
  const plot = usePlotArea();
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  const overlay = useDragOverlay();
  const { scale } = session.settings;
  const quadrantNames = session.settings.quadrantNames;

  const geometry = useMemo(() => {
    const map = new Map<string, PointGeometry>();
    if (!xScale || !yScale || !plot) return map;
    const tags = tagsInUse(session);
    const board = {
      maxVotes: Math.max(0, ...points.map((point) => point.votes)),
      maxDisagreement: Math.max(0, ...points.map((point) => point.disagreement)),
    };
    const fontSize = large ? LABEL_FONT.large : LABEL_FONT.normal;
    const base = points.map((point) => ({
      point,
      x: xScale(point.complexity) ?? 0,
      y: yScale(point.impact) ?? 0,
      radius: pointRadius(sizeMeasure(point, sizeBy, board), large),
      label: pointLabel(point),
    }));
    // The points that matter most are labelled first: the focus, then by the ranking's priority.
    const order = [...base].sort((a, b) => Number(b.point.focus) - Number(a.point.focus) || b.point.priority - a.point.priority);
    const bounds = { x: plot.x, y: plot.y, width: plot.width, height: plot.height };
    // The quadrant names sit in the plot's corners (see matrix-chart.tsx); no label covers them.
    const nameFont = large ? QUADRANT_NAME_FONT.large : QUADRANT_NAME_FONT.normal;
    const nameBox = (quadrant: Quadrant, right: boolean, bottom: boolean) => {
      const size = labelSize(quadrantNames[quadrant], nameFont);
      const width = size.width + 8;
      const height = size.height + 6;
      return { x: right ? plot.x + plot.width - width : plot.x, y: bottom ? plot.y + plot.height - height : plot.y, width, height };
    };
    const obstacles = [nameBox('quick-wins', false, false), nameBox('big-bets', true, false), nameBox('fill-ins', false, true), nameBox('money-pits', true, true)];
    const labelPoints = (short: ReadonlySet<string>) =>
      order.map((each) => {
        const text = short.has(each.point.candidate.id) ? each.point.candidate.code : each.label;
        const radius = readinessFlags.has(each.point.candidate.id) ? reachWithReadinessMark(each.radius, large) : each.radius;
        return { id: each.point.candidate.id, x: each.x, y: each.y, radius, ...labelSize(text, fontSize) };
      });
    const first = placeLabels(labelPoints(new Set()), bounds, { obstacles });
    const short = new Set(first.filter((placement) => placement.hidden).map((placement) => placement.id));
    const placements = new Map((short.size > 0 ? placeLabels(labelPoints(short), bounds, { obstacles }) : first).map((placement) => [placement.id, placement]));
    for (const each of base) {
      const { point } = each;
      const id = point.candidate.id;
      const mark = readinessFlags.has(id) ? readinessMarkAt(each.radius, large) : null;
      map.set(id, {
        x: each.x,
        y: each.y,
        radius: each.radius,
        colour: pointColour(point, colourBy, tags),
        label: short.has(id) ? point.candidate.code : each.label,
        placement: placements.get(id),
        impactWhisker: point.impactRange ? [yScale(point.impactRange.min) ?? each.y, yScale(point.impactRange.max) ?? each.y] : null,
        complexityWhisker: point.complexityRange ? [xScale(point.complexityRange.min) ?? each.x, xScale(point.complexityRange.max) ?? each.x] : null,
        readinessMark: mark && { x: each.x + mark.dx, y: each.y + mark.dy, r: mark.r },
        ghost: point.scoresPosition ? { x: xScale(point.scoresPosition.complexity) ?? each.x, y: yScale(point.scoresPosition.impact) ?? each.y } : null,
      });
    }
    return map;
  }, [points, xScale, yScale, plot, colourBy, sizeBy, readinessFlags, large, session, quadrantNames]);

  const commitOverride = useCallback(
    (candidateId: string, impact: number, complexity: number) => {
      editSession((draft) => updateCandidate(draft, candidateId, { override: { impact: snapToScale(impact, scale), complexity: snapToScale(complexity, scale) } }));
    },
    [scale],
  );

  const onPointerDown = useCallback(
    (event: PointerEvent<SVGGElement>, point: MapPoint) => {
      if (event.button !== 0) return;
      if (readOnly) {
        // A read-only chart is pointed at, never dragged: a press selects.
        event.preventDefault();
        onSelect(point.candidate.id);
        return;
      }
      const at = geometry.get(point.candidate.id);
      if (!at) return;
      event.preventDefault();
      const start: Drag = { candidateId: point.candidate.id, startX: event.clientX, startY: event.clientY, x: at.x, y: at.y, moved: false };
      dragRef.current = start;
      setDrag(start);
      const move = (moveEvent: globalThis.PointerEvent) => {
        const current = dragRef.current;
        if (!current) return;
        const dx = moveEvent.clientX - current.startX;
        const dy = moveEvent.clientY - current.startY;
        const moved = current.moved || Math.hypot(dx, dy) >= DRAG_THRESHOLD_PX;
        const next = { ...current, moved, x: at.x + dx, y: at.y + dy };
        dragRef.current = next;
        overlay.move(dx, dy);
        // The layer renders once, when the drag starts (the overlay appears, the point fades).
        if (moved && !current.moved) setDrag(next);
      };
      const up = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', up);
        const finished = dragRef.current;
        dragRef.current = null;
        setDrag(null);
        if (!finished) return;
        if (!finished.moved) {
          onSelect(finished.candidateId);
          return;
        }
        const complexity = xInverse?.(finished.x);
        const impact = yInverse?.(finished.y);
        if (typeof complexity === 'number' && typeof impact === 'number') commitOverride(finished.candidateId, impact, complexity);
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', up);
    },
    [geometry, xInverse, yInverse, commitOverride, onSelect, readOnly, overlay],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGGElement>, point: MapPoint) => {
      const steps: Record<string, [number, number]> = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
      const step = steps[event.key];
      // Read-only: the arrow keys are left to the page (presentation mode walks with them).
      if (step && !readOnly) {
        event.preventDefault();
        commitOverride(point.candidate.id, Math.round(point.impact) + step[0], Math.round(point.complexity) + step[1]);
      } else if (event.key === 'Enter' || (event.key === ' ' && !readOnly)) {
        event.preventDefault();
        onSelect(point.candidate.id);
      }
    },
    [commitOverride, onSelect, readOnly],
  );

  if (!xScale || !yScale || !plot) return null;
  const dragged = drag?.moved ? points.find((point) => point.candidate.id === drag.candidateId) : undefined;
  const draggedGeometry = dragged ? geometry.get(dragged.candidate.id) : undefined;
  return (
    <g className={`matrix-layer${large ? ' large' : ''}${highlightedId ? ' walking' : ''}`}>
      <ThresholdHandles session={session} readOnly={readOnly} />
      {points.map((point) => {
        const id = point.candidate.id;
        const at = geometry.get(id);
        if (!at) return null;
        return (
          <PointMark
            key={id}
            point={point}
            geometry={at}
            quadrantName={quadrantNames[point.quadrant]}
            readinessFlag={readinessFlags.get(id)}
            selected={id === selectedId}
            dimmed={highlightedId !== null && id !== highlightedId}
            dragging={dragged !== undefined && id === dragged.candidate.id}
            onPointerDown={onPointerDown}
            onKeyDown={onKeyDown}
            onFocusPoint={onFocusPoint}
          />
        );
      })}
      {drag && dragged && draggedGeometry && (
        <DragOverlay overlay={overlay} x={draggedGeometry.x} y={draggedGeometry.y} radius={draggedGeometry.radius} colour={draggedGeometry.colour} code={dragged.candidate.code} />
      )}
    </g>
  );
}
