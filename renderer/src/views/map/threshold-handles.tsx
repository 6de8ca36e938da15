import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { usePlotArea, useXAxisInverseScale, useXAxisScale, useYAxisInverseScale, useYAxisScale } from 'recharts';
import { clampToScale, formatNumber, updateSettings, type Session } from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';
import { editSession } from '../../store/session-store';

type Axis = 'impact' | 'complexity';

/** Thresholds move in half steps, so a line can sit between two scores or on one. */
function snapThreshold(value: number, scale: Session['settings']['scale']): number {
  return clampToScale(Math.round(value * 2) / 2, scale);
}

const RING_HALF_WIDTH = 8;

/** The app's focus ring round a line: a capsule along it, drawn only while it has keyboard focus (map.css). */
function ringAround({ x1, x2, y1, y2 }: { x1: number; x2: number; y1: number; y2: number }) {
  const left = Math.min(x1, x2) - RING_HALF_WIDTH;
  const top = Math.min(y1, y2) - RING_HALF_WIDTH;
  return { x: left, y: top, width: Math.abs(x2 - x1) + 2 * RING_HALF_WIDTH, height: Math.abs(y2 - y1) + 2 * RING_HALF_WIDTH, rx: RING_HALF_WIDTH };
}

/**
 * The two lines that split the matrix into quadrants. Drag one (or focus it and use the arrow
 * keys) to move its threshold; the change is one undo step, made on drop. On a read-only chart
 * they are plain lines: not focusable, not draggable.
 */
export function ThresholdHandles({ session, readOnly }: { session: Session; readOnly: boolean }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const xInverse = useXAxisInverseScale();
  const yInverse = useYAxisInverseScale();
  const plot = usePlotArea();
  const { t } = useTranslation('map');
  const language = useLanguage();
  const [dragging, setDragging] = useState<{ axis: Axis; pixel: number } | null>(null);
  if (!xScale || !yScale || !plot || !xInverse || !yInverse) return null;
  const { thresholds, scale, axisLabels } = session.settings;

  const commit = (axis: Axis, value: number) => {
    const snapped = snapThreshold(value, scale);
    if (snapped !== thresholds[axis]) editSession((draft) => updateSettings(draft, { thresholds: { ...draft.settings.thresholds, [axis]: snapped } }));
  };

  const startDrag = (event: PointerEvent<SVGGElement>, axis: Axis) => {
    if (event.button !== 0) return;
    event.preventDefault();
    const startPixel = axis === 'impact' ? (yScale(thresholds.impact) ?? 0) : (xScale(thresholds.complexity) ?? 0);
    const startClient = axis === 'impact' ? event.clientY : event.clientX;
    let pixel = startPixel;
    setDragging({ axis, pixel });
    const move = (moveEvent: globalThis.PointerEvent) => {
      pixel = startPixel + (axis === 'impact' ? moveEvent.clientY : moveEvent.clientX) - startClient;
      setDragging({ axis, pixel });
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      setDragging(null);
      const value = axis === 'impact' ? yInverse(pixel) : xInverse(pixel);
      if (typeof value === 'number') commit(axis, value);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, axis: Axis) => {
    const delta = { ArrowUp: 0.5, ArrowRight: 0.5, ArrowDown: -0.5, ArrowLeft: -0.5 }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    commit(axis, thresholds[axis] + delta);
  };

  const impactY = dragging?.axis === 'impact' ? dragging.pixel : (yScale(thresholds.impact) ?? 0);
  const complexityX = dragging?.axis === 'complexity' ? dragging.pixel : (xScale(thresholds.complexity) ?? 0);
  const lines = [
    { axis: 'impact' as const, className: 'horizontal', orientation: 'vertical' as const, x1: plot.x, x2: plot.x + plot.width, y1: impactY, y2: impactY },
    { axis: 'complexity' as const, className: 'vertical', orientation: 'horizontal' as const, x1: complexityX, x2: complexityX, y1: plot.y, y2: plot.y + plot.height },
  ];
  return (
    <g className="threshold-handles">
      {lines.map(({ axis, className, orientation, ...ends }) =>
        readOnly ? (
          <g key={axis} className={`threshold ${className} read-only`}>
            <line className="threshold-line" data-testid={`threshold-${axis}`} {...ends} />
          </g>
        ) : (
        <g
          key={axis}
          className={`threshold ${className}`}
          tabIndex={0}
          role="slider"
          aria-label={t('threshold', { axis: axisLabels[axis] })}
          aria-valuemin={1}
          aria-valuemax={scale}
          aria-valuenow={thresholds[axis]}
          // Said as the language writes it ("5,5"), not as a screen reader's own locale would.
          aria-valuetext={formatNumber(thresholds[axis], language)}
          aria-orientation={orientation}
          onPointerDown={(event) => startDrag(event, axis)}
          onKeyDown={(event) => onKeyDown(event, axis)}
        >
          <line className="threshold-hit" {...ends} />
          <rect className="focus-halo" {...ringAround(ends)} />
          <line className="threshold-line" data-testid={`threshold-${axis}`} {...ends} />
        </g>
        ),
      )}
    </g>
  );
}
