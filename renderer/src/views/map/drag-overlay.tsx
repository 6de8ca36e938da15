import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';

/** How far the pointer has taken the dragged point from its place on the chart (px). */
interface DragOffset {
  dx: number;
  dy: number;
}

export interface DragOverlayHandle {
  ref: RefObject<SVGSVGElement | null>;
  offset: RefObject<DragOffset>;
  /** Moves the overlay to its place plus (dx, dy): a write to the DOM, no React render. */
  move(dx: number, dy: number): void;
}

const translate = ({ dx, dy }: DragOffset) => `translate(${dx}px, ${dy}px)`;

/**
 * The pointer's side of a drag: each pointermove sets the overlay's transform straight on its
 * element, and the compositor shifts it: no render, no layout, no paint. A render per move
 * repainted the chart's whole SVG, 1,000 points on a big board (npm run bench, Drag).
 */
export function useDragOverlay(): DragOverlayHandle {
  const ref = useRef<SVGSVGElement | null>(null);
  const offset = useRef<DragOffset>({ dx: 0, dy: 0 });
  const move = useCallback((dx: number, dy: number) => {
    offset.current = { dx, dy };
    if (ref.current) ref.current.style.transform = translate(offset.current);
  }, []);
  return useMemo(() => ({ ref, offset, move }), [move]);
}

interface DragOverlayProps {
  overlay: DragOverlayHandle;
  /** The dragged point where it was when the drag began (chart px), its size and colour. */
  x: number;
  y: number;
  radius: number;
  colour: string;
  code: string;
}

/**
 * The light stand-in for the dragged point that follows the pointer: a dot and its code. It is
 * drawn in an SVG of its own laid over the chart (in recharts' wrapper, the chart's box), not
 * inside the chart's SVG: there a moved element invalidates the whole SVG's layout and paint,
 * while an HTML-level element with will-change: transform is a composited layer of its own.
 */
export function DragOverlay({ overlay, x, y, radius, colour, code }: DragOverlayProps) {
  const { ref, offset } = overlay;
  // The chart's wrapper, found from a mark left in the chart's SVG.
  const [host, setHost] = useState<Element | null>(null);
  const anchor = useCallback((mark: SVGGElement | null) => setHost(mark?.ownerSVGElement?.parentElement ?? null), []);
  // The moves made before the overlay was drawn (the one that started the drag, any while React rendered).
  useLayoutEffect(() => {
    if (ref.current) ref.current.style.transform = translate(offset.current);
  }, [host, ref, offset]);
  return (
    <g ref={anchor}>
      {host &&
        createPortal(
          <svg
            ref={ref}
            className="drag-overlay"
            data-testid="drag-overlay"
            aria-hidden="true"
            // A box the size of a pixel at the point, the dot and code drawn round its corner: the
            // layer is no bigger than what it shows, so a move redraws only there.
            style={{ position: 'absolute', left: x, top: y, width: 1, height: 1, overflow: 'visible', pointerEvents: 'none', willChange: 'transform' }}
          >
            <circle cx={0} cy={0} r={radius} fill={colour} />
            <text className="point-label" x={radius + 4} y={4}>
              {code}
            </text>
          </svg>,
          host,
        )}
    </g>
  );
}
