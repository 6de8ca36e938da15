import { scoresSealed, type ChartKeyEntry, type ComparisonRequest, type Paper } from '../../../shared';
import type { ExportResult } from '../../../shared/ipc-contract';
import { loadExportLanguage, textsIn } from '../../../shared/i18n/texts';
import { announce } from '../desktop-ui';
import { interfaceLanguage, translate } from '../i18n';
import { pickwise } from '../pickwise-client';
import { useComparisonStore } from '../store/comparison-store';
import { useSessionStore } from '../store/session-store';
import { svgToPng, type ImageBackground } from './chart-image';
import { snapshotChart, type SnapshotOptions } from './chart-snapshot';

type ImageFormat = 'png' | 'svg';
export type ImageScale = 1 | 2 | 4;

export interface ChartImageChoice {
  format: ImageFormat;
  scale: ImageScale;
  background: ImageBackground;
  withTitle: boolean;
  withLegend: boolean;
  /** The arrows and new marks of a comparison in use (offered only while one is). */
  withComparison: boolean;
}

export const DEFAULT_IMAGE_CHOICE: ChartImageChoice = { format: 'png', scale: 2, background: 'light', withTitle: true, withLegend: true, withComparison: true };

/** The chart image's suggested file name: the session's title and the export's word for a chart. */
async function chartFileName(): Promise<string> {
  const session = useSessionStore.getState().session;
  const what = textsIn(await loadExportLanguage(session, interfaceLanguage()))('documents:chart.fileName');
  const title = session.frame.title.trim();
  return title === '' ? what : `${title} — ${what}`;
}

function tell(result: ExportResult): ExportResult {
  // A failure was explained by main's dialog; a cancel needs no word.
  if (result.status === 'exported') announce(translate('documents:announce.exported', { file: result.fileName }));
  return result;
}

/** The chart as PNG bytes, drawn at the chosen scale, and the key of the points it draws by their code. */
async function chartPicture(
  choice: Omit<ChartImageChoice, 'format' | 'withComparison'> & Pick<SnapshotOptions, 'width' | 'height' | 'highlightId' | 'withoutKey' | 'shortenLabels' | 'withComparison'>,
): Promise<{ png: Uint8Array<ArrayBuffer>; key: ChartKeyEntry[] }> {
  const { svg, width, height, key } = await snapshotChart(choice);
  return { png: await svgToPng(svg, width, height, choice.scale), key };
}

async function chartPng(choice: Omit<ChartImageChoice, 'format' | 'withComparison'> & Pick<SnapshotOptions, 'width' | 'height' | 'highlightId' | 'withoutKey' | 'shortenLabels' | 'withComparison'>): Promise<Uint8Array<ArrayBuffer>> {
  return (await chartPicture(choice)).png;
}

/** Exports the chart as PNG (carrying the session, so it reopens) or as SVG. */
export async function exportChartImage(choice: ChartImageChoice): Promise<ExportResult> {
  const session = useSessionStore.getState().session;
  if (choice.format === 'svg') {
    const { svg } = await snapshotChart(choice);
    return tell(await pickwise().exportChartImage({ format: 'svg', svg, suggestedName: await chartFileName() }));
  }
  const png = await chartPng(choice);
  return tell(await pickwise().exportChartImage({ format: 'png', png, session, suggestedName: await chartFileName() }));
}

export async function copyChartImage(choice: ChartImageChoice): Promise<void> {
  await pickwise().copyChartImage({ png: await chartPng(choice) });
  announce(translate('documents:announce.chartCopied'));
}

/** A chart's key as the decision record asks for it: the ids drawn by their code, and each numbered cluster's members (cluster 1 first). */
function chartKeyIds(key: readonly ChartKeyEntry[]): { chartKey: string[]; chartClusters: string[][] } {
  const chartClusters: string[][] = [];
  for (const entry of key) if (entry.cluster !== undefined) (chartClusters[entry.cluster - 1] ??= []).push(entry.id);
  return { chartKey: key.filter((entry) => entry.cluster === undefined).map((entry) => entry.id), chartClusters: chartClusters.filter((members) => members.length > 0) };
}

/** The comparison in use, once its pairs are confirmed, as the record and the CSV send it: main compares the sessions itself. */
function comparisonInUse(): ComparisonRequest | undefined {
  const { earlier, plan } = useComparisonStore.getState();
  return earlier === null || plan === null ? undefined : { earlier: earlier.session, fileName: earlier.fileName, plan };
}

/** The one-page decision record, with the chart drawn light at 2× for print (and the "Since …" section while a comparison is in use). */
export async function exportDecisionRecord(format: 'markdown' | 'pdf'): Promise<ExportResult> {
  const session = useSessionStore.getState().session;
  // While blind scores are sealed nothing is drawn: main refuses the record and says why.
  // The record lists the chart's key as text after the picture, so the picture leaves it out;
  // with a comparison in use the record has its "Since …" section, and the picture its arrows.
  const comparison = comparisonInUse();
  const chart = !scoresSealed(session) && session.candidates.length > 0 ? await chartPicture({ scale: 2, background: 'light', withTitle: false, withLegend: true, withoutKey: true, withComparison: comparison !== undefined }) : null;
  return tell(await pickwise().exportDecisionRecord({ format, session, chartPng: chart?.png ?? null, ...chartKeyIds(chart?.key ?? []), comparison }));
}

/** The backlog as CSV (with the comparison's before columns while one is in use). */
export async function exportBacklogCsv(options: { bom: boolean; delimiter: ',' | ';' }): Promise<ExportResult> {
  const session = useSessionStore.getState().session;
  return tell(await pickwise().exportBacklogCsv({ session, ...options, comparison: comparisonInUse() }));
}

/** One candidate's one-page ML brief, with a small light chart that highlights it. */
export async function exportMlBrief(candidateId: string, format: 'markdown' | 'pdf', paper: Paper): Promise<ExportResult> {
  const session = useSessionStore.getState().session;
  // While blind scores are sealed nothing is drawn: main refuses the brief and says why.
  const chart = scoresSealed(session)
    ? null
    : // The brief's small picture stays the chart alone (a key under it would shrink the chart to
      // nothing on its one page): a title that does not fit is shortened, as the brief says of its texts.
      await chartPng({ scale: 2, background: 'light', withTitle: false, withLegend: false, width: 520, height: 370, highlightId: candidateId, withoutKey: true, shortenLabels: true });
  return tell(await pickwise().exportMlBrief({ format, session, candidateId, paper, chartPng: chart }));
}
