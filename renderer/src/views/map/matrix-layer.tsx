import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { usePlotArea, useXAxisInverseScale, useXAxisScale, useYAxisInverseScale, useYAxisScale } from 'recharts';
import { useLanguage, useTranslation } from '../../i18n';
import { snapToScale, updateCandidate, type ComparisonMarks, type LabelReading, type MapPoint, type ReadinessFlag, type Session } from '../../../../shared';
import { editSession } from '../../store/session-store';
import type { ColourBy, SizeBy } from '../../store/map-view-store';
import { layoutBoard, type ChartLayoutReport } from './board-layout';
import { ClusterList, ClusterMark } from './cluster-mark';
import { ComparisonTrails } from './comparison-trails';
import { DragOverlay, useDragOverlay } from './drag-overlay';
import { PointMark, type PointGeometry } from './point-mark';
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
  /** Shortened titles where the chart can be hovered ('interactive'), the code alone and a key where it cannot ('print'). */
  labelReading: LabelReading;
  /** Told what the drawn chart's key must list and which whiskers it draws, for the key beside it and the legend. */
  onChartLayout?: ((report: ChartLayoutReport) => void) | undefined;
  /** A comparison in use: its arrows go under the points, its new candidates are marked. */
  comparison: ComparisonMarks | null;
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
export function MatrixLayer({ session, points, colourBy, sizeBy, readinessFlags, large, selectedId, highlightedId, readOnly, onSelect, onFocusPoint, labelReading, onChartLayout, comparison }: MatrixLayerProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const xInverse = useXAxisInverseScale();
  const yInverse = useYAxisInverseScale();
  const plot = usePlotArea();
  const { t } = useTranslation('map');
  const language = useLanguage();
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  const overlay = useDragOverlay();
  const { scale } = session.settings;
  const quadrantNames = session.settings.quadrantNames;

  const layout = useMemo(() => {
    if (!xScale || !yScale || !plot) return { geometry: new Map<string, PointGeometry>(), coded: [], whiskers: 'all' as const, clusters: [], clusterMarks: [] };
    const bounds = { x: plot.x, y: plot.y, width: plot.width, height: plot.height };
    return layoutBoard({ session, points, xScale, yScale, plot: bounds, colourBy, sizeBy, readinessFlags, large, reading: labelReading, trails: comparison?.trails });
  }, [points, xScale, yScale, plot, colourBy, sizeBy, readinessFlags, large, session, labelReading, comparison]);
  const { geometry, coded, whiskers, clusters, clusterMarks } = layout;

  // The key beside the chart lists what is drawn by its code and each cluster's members, and the
  // legend says which whiskers are drawn. Told only when that changes: whoever listens re-renders the chart.
  const reported = useRef<string | null>(null);
  useEffect(() => {
    const report = `${whiskers} ${coded.join(' ')} | ${clusters.map((members) => members.join(' ')).join(' | ')}`;
    if (!onChartLayout || report === reported.current) return;
    reported.current = report;
    onChartLayout({ coded, whiskers, clusters });
  }, [coded, whiskers, clusters, onChartLayout]);

  // The cluster whose list is open on the Map, by number; its members stand out, the rest fade.
  const [expanded, setExpanded] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const openCluster = clusterMarks.find((cluster) => cluster.number === expanded);
  const shownCluster = openCluster ?? clusterMarks.find((cluster) => cluster.number === hovered);
  const interactiveClusters = labelReading === 'interactive' && !readOnly;
  const toggleCluster = useCallback((number: number) => setExpanded((open) => (open === number ? null : number)), []);
  const layerRef = useRef<SVGGElement>(null);
  const closeCluster = useCallback(
    (refocus: boolean) => {
      if (refocus && expanded !== null) layerRef.current?.querySelector<SVGGElement>(`[data-testid="matrix-cluster"][data-cluster-number="${expanded}"]`)?.focus();
      setExpanded(null);
    },
    [expanded],
  );
  const members = useMemo(() => new Set(shownCluster?.members ?? []), [shownCluster]);
  const pointsById = useMemo(() => new Map(points.map((point) => [point.candidate.id, point])), [points]);
  const trailFrom = useMemo(() => new Map(comparison?.trails.map((trail) => [trail.candidateId, trail.from])), [comparison]);

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
    <g ref={layerRef} className={`matrix-layer${large ? ' large' : ''}${highlightedId ? ' walking' : ''}`}>
      <ThresholdHandles session={session} readOnly={readOnly} />
      {comparison && comparison.trails.length > 0 && <ComparisonTrails trails={comparison.trails} geometry={geometry} xScale={xScale} yScale={yScale} />}
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
            isNew={comparison?.added.has(id) ?? false}
            movedFrom={trailFrom.get(id)}
            selected={id === selectedId}
            showWhiskers={whiskers === 'all' || id === selectedId || id === highlightedId}
            dimmed={(highlightedId !== null && id !== highlightedId) || (shownCluster !== undefined && !members.has(id))}
            dragging={dragged !== undefined && id === dragged.candidate.id}
            onPointerDown={onPointerDown}
            onKeyDown={onKeyDown}
            onFocusPoint={onFocusPoint}
            t={t}
            language={language}
          />
        );
      })}
      {clusterMarks.map((cluster) => (
        <ClusterMark key={cluster.number} cluster={cluster} interactive={interactiveClusters} expanded={cluster.number === expanded} onToggle={toggleCluster} onHover={setHovered} />
      ))}
      {interactiveClusters && openCluster && <ClusterList cluster={openCluster} points={pointsById} onSelect={onSelect} onClose={closeCluster} />}
      {drag && dragged && draggedGeometry && (
        <DragOverlay overlay={overlay} x={draggedGeometry.x} y={draggedGeometry.y} radius={draggedGeometry.radius} colour={draggedGeometry.colour} code={dragged.candidate.code} />
      )}
    </g>
  );
}
