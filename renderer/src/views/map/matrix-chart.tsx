import { CartesianGrid, ReferenceArea, Scatter, ScatterChart, XAxis, YAxis, ZIndexLayer } from 'recharts';
import type { ComparisonMarks, LabelReading, MapPoint, ReadinessFlag, Session } from '../../../../shared';
import type { ColourBy, SizeBy } from '../../store/map-view-store';
import type { ChartLayoutReport } from './board-layout';
import { QUADRANT_NAME_FONT } from './label-metrics';
import { MatrixLayer } from './matrix-layer';

export interface MatrixChartProps {
  session: Session;
  points: readonly MapPoint[];
  width: number;
  height: number;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  /** Candidates whose readiness checklist disagrees with the room's complexity: marked on their point. */
  readinessFlags?: ReadonlyMap<string, ReadinessFlag>;
  large?: boolean;
  selectedId: string | null;
  highlightedId?: string | null;
  /** Presentation mode and exports: no point or threshold can be moved, by pointer or by key. */
  readOnly?: boolean;
  onSelect?(candidateId: string): void;
  onFocusPoint?(candidateId: string | null): void;
  /** How labels that do not fit are drawn; by default shortened where the chart can be hovered, the code alone where it is read-only. */
  labelReading?: LabelReading | undefined;
  /** Told what the drawn chart's key must list and which whiskers it draws (see board-layout.ts). */
  onChartLayout?: ((report: ChartLayoutReport) => void) | undefined;
  /** A comparison in use: arrows from the earlier points, and the new candidates marked. */
  comparison?: ComparisonMarks | null | undefined;
}

/** For a chart nobody clicks on (an exported image). */
const ignore = () => undefined;
const NO_FLAGS: ReadonlyMap<string, ReadinessFlag> = new Map();

// Quadrant tints sit under the grid; the points sit above everything recharts draws.
const QUADRANT_LAYER = -150;
const POINTS_LAYER = 2000;

// recharts writes a text's fill into its inline style (grey #808080 for labels, #666 for axis
// numbers), which outranks any style sheet rule: the theme's colours (styles/tokens.css) are
// given as that fill instead, so the drawn SVG, and every image exported from it, carries them.
const CHART_TEXT_FILL = {
  quadrantName: 'var(--chart-quadrant-name)',
  axisTitle: 'var(--chart-axis-title)',
  axisNumber: 'var(--chart-text)',
} as const;

/** Axis titles' and numbers' type size, in pixels: on the Map, and for the projector. */
const AXIS_FONT = { normal: 14, large: 22 } as const;

// Two invisible corners give recharts' axes their data; the points are drawn by MatrixLayer.
const corners = (scale: number) => [
  { complexity: 1, impact: 1 },
  { complexity: scale, impact: scale },
];

/**
 * Impact against complexity: complexity on x (low to high), impact on y, four named
 * quadrants split at the session's thresholds. Every tick of the scale is drawn (interval 0):
 * recharts would otherwise measure each tick's text in the page to drop those that overlap,
 * a forced layout per tick that was a tenth of the chart's first render (README, Performance).
 */
export function MatrixChart({ session, points, width, height, colourBy, sizeBy, readinessFlags = NO_FLAGS, large = false, selectedId, highlightedId = null, readOnly = false, onSelect = ignore, onFocusPoint = ignore, labelReading, onChartLayout, comparison = null }: MatrixChartProps) {
  const { scale, thresholds, axisLabels, quadrantNames } = session.settings;
  const ticks = Array.from({ length: scale }, (_, index) => index + 1);
  const fontSize = large ? AXIS_FONT.large : AXIS_FONT.normal;
  const quadrantLabel = (name: string, position: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight') => ({
    value: name,
    position,
    className: 'quadrant-name',
    fontSize: large ? QUADRANT_NAME_FONT.large : QUADRANT_NAME_FONT.normal,
    fill: CHART_TEXT_FILL.quadrantName,
  });
  if (width <= 0 || height <= 0) return null;
  return (
    <ScatterChart
      width={width}
      height={height}
      margin={{ top: 16, right: 24, bottom: large ? 50 : 34, left: large ? 40 : 24 }}
      className={`matrix-chart${large ? ' large' : ''}`}
      accessibilityLayer={false}
    >
      <ReferenceArea x1={1} x2={thresholds.complexity} y1={thresholds.impact} y2={scale} className="quadrant quick-wins" fillOpacity={1} label={quadrantLabel(quadrantNames['quick-wins'], 'insideTopLeft')} ifOverflow="hidden" zIndex={QUADRANT_LAYER} />
      <ReferenceArea x1={thresholds.complexity} x2={scale} y1={thresholds.impact} y2={scale} className="quadrant big-bets" fillOpacity={1} label={quadrantLabel(quadrantNames['big-bets'], 'insideTopRight')} ifOverflow="hidden" zIndex={QUADRANT_LAYER} />
      <ReferenceArea x1={1} x2={thresholds.complexity} y1={1} y2={thresholds.impact} className="quadrant fill-ins" fillOpacity={1} label={quadrantLabel(quadrantNames['fill-ins'], 'insideBottomLeft')} ifOverflow="hidden" zIndex={QUADRANT_LAYER} />
      <ReferenceArea x1={thresholds.complexity} x2={scale} y1={1} y2={thresholds.impact} className="quadrant money-pits" fillOpacity={1} label={quadrantLabel(quadrantNames['money-pits'], 'insideBottomRight')} ifOverflow="hidden" zIndex={QUADRANT_LAYER} />
      <CartesianGrid className="matrix-grid" strokeDasharray="2 4" />
      <XAxis
        type="number"
        dataKey="complexity"
        domain={[1, scale]}
        ticks={ticks}
        interval={0}
        allowDataOverflow
        height={large ? 36 : 30}
        tick={{ fontSize, fill: CHART_TEXT_FILL.axisNumber }}
        label={{ value: `${axisLabels.complexity} →`, position: 'insideBottom', offset: large ? -34 : -22, fontSize, className: 'axis-title', fill: CHART_TEXT_FILL.axisTitle }}
      />
      <YAxis
        type="number"
        dataKey="impact"
        domain={[1, scale]}
        ticks={ticks}
        interval={0}
        allowDataOverflow
        width={large ? 50 : 32}
        tick={{ fontSize, fill: CHART_TEXT_FILL.axisNumber }}
        label={{ value: `${axisLabels.impact} →`, angle: -90, position: 'insideLeft', offset: large ? -28 : -14, fontSize, className: 'axis-title', fill: CHART_TEXT_FILL.axisTitle }}
      />
      <Scatter data={corners(scale)} fill="none" shape={() => <g />} isAnimationActive={false} legendType="none" />
      <ZIndexLayer zIndex={POINTS_LAYER}>
      <MatrixLayer
        session={session}
        points={points}
        colourBy={colourBy}
        sizeBy={sizeBy}
        readinessFlags={readinessFlags}
        large={large}
        selectedId={selectedId}
        highlightedId={highlightedId}
        readOnly={readOnly}
        onSelect={onSelect}
        onFocusPoint={onFocusPoint}
        labelReading={labelReading ?? (readOnly ? 'print' : 'interactive')}
        onChartLayout={onChartLayout}
        comparison={comparison}
      />
      </ZIndexLayer>
    </ScatterChart>
  );
}
