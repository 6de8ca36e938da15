import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis, ZIndexLayer, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { formatPercent, percentOf, type ParetoCurve, type ParetoStep } from '../../../../shared';
import { useLanguage, useTranslation } from '../../i18n';
import { formatShare } from '../common/format';

export interface ParetoChartProps {
  curve: ParetoCurve;
  width: number;
  height: number;
}

// As on the Map (matrix-chart.tsx): recharts writes a text's fill into its inline style, so
// the theme's colours are given as that fill; each measures at least 4.5:1 on the panel
// (tests/e2e/specs/pareto.spec.ts).
const TEXT_FILL = {
  axisTitle: 'var(--chart-axis-title)',
  axisNumber: 'var(--chart-text)',
} as const;

const AXIS_FONT = 15;
const TICKS = [0, 20, 40, 60, 80, 100];
/** Candidates up to the knee are labelled with their code when there are at most this many. */
const MOST_CODES = 12;
const MARKS_LAYER = 2000;

/** The curve's points in percent, from the origin: (effort so far, impact so far). */
function curvePoints(curve: ParetoCurve): { effort: number; impact: number }[] {
  return [{ effort: 0, impact: 0 }, ...curve.steps.map((step) => ({ effort: step.effortShare * 100, impact: step.impactShare * 100 }))];
}

/** A candidate as its point's name and the table say it: code and title. */
function named(step: ParetoStep): string {
  return `${step.candidate.code} ${step.candidate.title}`.trim();
}

/** Room the knee's two-line label needs beside the knee (its longer line at 15 px). */
const KNEE_LABEL_WIDTH = 320;

/** One point per candidate, named for a screen reader; the knee ringed and labelled; codes up to the knee. */
function ParetoMarks({ curve }: { curve: ParetoCurve }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const { t } = useTranslation('decide');
  const language = useLanguage();
  if (!x || !y || !plot) return null;
  const { steps, kneeCount } = curve;
  const knee = kneeCount > 0 ? steps[kneeCount - 1] : undefined;
  const codes = kneeCount <= MOST_CODES;
  const at = (share: number, scale: typeof x) => scale(share * 100) ?? 0;
  return (
    <g className="pareto-marks">
      {knee && (
        <g data-testid="pareto-knee" aria-hidden="true">
          <line className="pareto-knee-guide" x1={at(knee.effortShare, x)} y1={at(knee.impactShare, y)} x2={at(knee.effortShare, x)} y2={at(0, y)} />
          <line className="pareto-knee-guide" x1={at(0, x)} y1={at(knee.impactShare, y)} x2={at(knee.effortShare, x)} y2={at(knee.impactShare, y)} />
          <circle className="pareto-knee-ring" cx={at(knee.effortShare, x)} cy={at(knee.impactShare, y)} r={11} />
          <KneeLabel x={at(knee.effortShare, x)} y={at(knee.impactShare, y)} plotLeft={plot.x} plotTop={plot.y} kneeCount={kneeCount} knee={knee} />
        </g>
      )}
      {steps.map((step) => {
        const cx = at(step.effortShare, x);
        const cy = at(step.impactShare, y);
        const upToKnee = step.rank <= kneeCount;
        // The knee's own code stands clear of its ring.
        const codeOffset = step.rank === kneeCount ? 15 : 9;
        return (
          <g key={step.candidate.id}>
            <circle
              data-testid="pareto-point"
              data-candidate-id={step.candidate.id}
              className={upToKnee ? 'pareto-point up-to-knee' : 'pareto-point'}
              role="img"
              aria-label={t('paretoChart.point', { rank: String(step.rank), name: named(step), impact: formatShare(step.impactShare, language), effort: formatShare(step.effortShare, language) })}
              cx={cx}
              cy={cy}
              r={upToKnee ? 6 : 5}
            />
            {codes && upToKnee && (
              <text className="pareto-code" x={cx - codeOffset} y={cy - codeOffset} textAnchor="end" fontSize={AXIS_FONT - 1} fill={TEXT_FILL.axisNumber} aria-hidden="true">
                {step.candidate.code}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** "Knee: the first 3 candidates" over "55 % of the impact, 27 % of the effort", beside the knee, inside the plot. */
function KneeLabel({ x, y, plotLeft, plotTop, kneeCount, knee }: { x: number; y: number; plotLeft: number; plotTop: number; kneeCount: number; knee: ParetoStep }) {
  const { t } = useTranslation('decide');
  // Above and to the left of the knee nothing is drawn: the candidates before it are lower,
  // those after it further right (the curve only rises, ever less steeply). The label sits
  // there, ending short of the knee; when the knee is too close to the left or top edge, it
  // goes below and to the right, under the curve, instead.
  // Above the knee's own code label (its top is 15 + 14 px above the knee).
  const aboveLeft = x - 20 - KNEE_LABEL_WIDTH >= plotLeft && y - 74 >= plotTop;
  const left = aboveLeft ? x - 20 : x + 18;
  return (
    <text className="pareto-knee-label" x={left} y={aboveLeft ? y - 58 : y + 26} textAnchor={aboveLeft ? 'end' : 'start'} fontSize={AXIS_FONT} fill={TEXT_FILL.axisTitle}>
      <tspan x={left} fontWeight={600}>
        {t('paretoChart.knee', { count: kneeCount })}
      </tspan>
      <tspan x={left} dy="1.3em">{t('paretoChart.kneeShares', { impact: String(percentOf(knee.impactShare)), effort: String(percentOf(knee.effortShare)) })}</tspan>
    </text>
  );
}

/**
 * The 80/20 curve: cumulative share of impact (y) against cumulative share of effort (x), from
 * the origin, candidate by candidate in the 80/20 order; the diagonal is what candidates of
 * equal value per effort would give. Drawn at a fixed size (recharts' responsive container
 * draws nothing where layout is not measured).
 */
export function ParetoChart({ curve, width, height }: ParetoChartProps) {
  const { t } = useTranslation('decide');
  const language = useLanguage();
  if (width <= 0 || height <= 0 || curve.steps.length === 0) return null;
  return (
    <LineChart width={width} height={height} data={curvePoints(curve)} margin={{ top: 16, right: 28, bottom: 40, left: 30 }} className="pareto-chart" accessibilityLayer={false}>
      <CartesianGrid className="pareto-grid" strokeDasharray="2 4" />
      <XAxis
        type="number"
        dataKey="effort"
        domain={[0, 100]}
        ticks={TICKS}
        interval={0}
        tickFormatter={(value: number) => formatPercent(value, language)}
        height={34}
        tick={{ fontSize: AXIS_FONT, fill: TEXT_FILL.axisNumber }}
        label={{ value: t('paretoChart.effortAxis'), position: 'insideBottom', offset: -26, fontSize: AXIS_FONT, className: 'axis-title', fill: TEXT_FILL.axisTitle }}
      />
      <YAxis
        type="number"
        dataKey="impact"
        domain={[0, 100]}
        ticks={TICKS}
        interval={0}
        tickFormatter={(value: number) => formatPercent(value, language)}
        width={52}
        tick={{ fontSize: AXIS_FONT, fill: TEXT_FILL.axisNumber }}
        label={{ value: t('paretoChart.impactAxis'), angle: -90, position: 'insideLeft', offset: -18, fontSize: AXIS_FONT, className: 'axis-title', fill: TEXT_FILL.axisTitle }}
      />
      <ReferenceLine
        className="pareto-diagonal"
        segment={[
          { x: 0, y: 0 },
          { x: 100, y: 100 },
        ]}
        ifOverflow="hidden"
      />
      <Line dataKey="impact" className="pareto-line" type="linear" dot={false} activeDot={false} isAnimationActive={false} legendType="none" />
      <ZIndexLayer zIndex={MARKS_LAYER}>
        <ParetoMarks curve={curve} />
      </ZIndexLayer>
    </LineChart>
  );
}
