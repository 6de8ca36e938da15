import { chartKey, comparisonLegendLines, comparisonMarks, readinessFlags, sealedExportRefusal, type ChartKeyEntry } from '../../../shared';
import { loadExportLanguage, textsIn } from '../../../shared/i18n/texts';
import { interfaceLanguage, translate } from '../i18n';
import { currentComparison, useComparisonStore } from '../store/comparison-store';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { visibleMatrixPoints } from '../store/derived';
import { useMapViewStore } from '../store/map-view-store';
import { useSessionStore } from '../store/session-store';
import { colourKeys } from '../views/map/legend-entries';
import { BoardChart } from '../views/map/board-chart';
import type { ChartLayoutReport } from '../views/map/board-layout';
import { chartSvgDocument, type ImageBackground } from './chart-image';

export interface SnapshotOptions {
  background: ImageBackground;
  withTitle: boolean;
  withLegend: boolean;
  /** The chart's size in CSS pixels; the on-screen chart's size when left out. */
  width?: number;
  height?: number;
  /** A candidate drawn selected, to stand out (the ML brief's chart). */
  highlightId?: string;
  /** Leave the key out of the picture (the decision record lists it as text after the picture); in by default. */
  withoutKey?: boolean;
  /** Draw a label that does not fit shortened rather than as its code (the ML brief, which says so under it). */
  shortenLabels?: boolean;
  /** Draw the arrows and new marks of a comparison in use (the chart image's choice); left out by default. */
  withComparison?: boolean;
}

const DEFAULT_SIZE = { width: 1200, height: 780 };

function onScreenChartSize(): { width: number; height: number } {
  const frame = document.querySelector('.matrix-frame');
  const rect = frame?.getBoundingClientRect();
  return rect && rect.width > 200 && rect.height > 200 ? { width: Math.round(rect.width), height: Math.round(rect.height) } : DEFAULT_SIZE;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Draws the chart the room sees (same session, filters, colours and sizes) off screen in the
 * chosen theme, and returns it as a standalone SVG document with optional title and legend,
 * its own words in the session's export language.
 */
export async function snapshotChart(options: SnapshotOptions): Promise<{ svg: string; width: number; height: number; key: ChartKeyEntry[] }> {
  const session = useSessionStore.getState().session;
  // The export dialog never offers a sealed chart; this stops any other way to draw one.
  const refusal = sealedExportRefusal(session, 'chart', interfaceLanguage());
  if (refusal !== null) throw new Error(refusal);
  const language = await loadExportLanguage(session, interfaceLanguage());
  const t = textsIn(language);
  const view = useMapViewStore.getState();
  const points = visibleMatrixPoints(session, view);
  const size = options.width && options.height ? { width: options.width, height: options.height } : onScreenChartSize();
  const stage = document.createElement('div');
  stage.className = 'chart-export-stage';
  // A transparent picture keeps the screen's theme for its text; light and dark choose theirs.
  stage.dataset['theme'] = options.background === 'transparent' ? (document.documentElement.dataset['theme'] ?? 'light') : options.background;
  Object.assign(stage.style, { position: 'fixed', left: '-100000px', top: '0', width: `${size.width}px`, height: `${size.height}px` });
  document.body.appendChild(stage);
  const root = createRoot(stage);
  // The chart tells which points it drew by their code alone: the key lists their whole titles.
  let coded: readonly string[] = [];
  let clusters: ChartLayoutReport['clusters'] = [];
  const onChartLayout = (report: ChartLayoutReport) => {
    coded = report.coded;
    clusters = report.clusters;
  };
  try {
    flushSync(() =>
      root.render(
        <BoardChart
          width={size.width}
          height={size.height}
          readOnly
          labelReading={options.shortenLabels ? 'interactive' : 'print'}
          selectedId={options.highlightId ?? null}
          withoutComparison={!options.withComparison}
          onChartLayout={onChartLayout}
        />,
      ),
    );
    // recharts lays out its axes in effects: wait until every point is drawn.
    for (let frame = 0; frame < 60 && stage.querySelectorAll('[data-testid="matrix-point"]').length < points.length; frame += 1) await nextFrame();
    await nextFrame();
    const svg = stage.querySelector('svg.recharts-surface');
    if (!(svg instanceof SVGSVGElement)) throw new Error(translate('documents:errors.notDrawn'));
    const flags = readinessFlags(session);
    const comparisonLines = options.withComparison ? comparisonLegendLines(comparisonMarks(currentComparison()), useComparisonStore.getState().earlier?.session.frame, language) : [];
    const legend = options.withLegend
      ? [
          ...colourKeys(session, points, view.colourBy, language).map((key) => ({ colour: key.colour, label: key.label })),
          ...(view.sizeBy === 'none' ? [] : [{ colour: 'transparent', label: t('map:legend.size', { measure: t(`map:sizeBy.${view.sizeBy}`) }) }]),
          // The picture leaves the room without the Map's legend: its "!" mark is explained in it.
          ...(points.some((point) => flags.has(point.candidate.id)) ? [{ colour: 'transparent', label: `! ${t('map:legend.readinessMark')}` }] : []),
          // The arrows and rings of a comparison are explained in the picture, which leaves the room without the Map.
          ...comparisonLines.map((line) => ({ colour: 'transparent', label: line.text })),
        ]
      : null;
    const key = chartKey(session.candidates, coded, clusters);
    const picture = chartSvgDocument(
      svg,
      stage,
      {
        title: options.withTitle ? session.frame.title || t('documents:chart.untitled') : null,
        legend,
        key: options.withoutKey ? [] : key,
        background: options.background,
      },
      language,
    );
    return { ...picture, key };
  } finally {
    root.unmount();
    stage.remove();
  }
}
